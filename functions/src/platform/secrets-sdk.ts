/**
 * The one Secrets Manager command the API sends, imported on first use (deps.ts). A dynamic
 * `import('@aws-sdk/client-secrets-manager')` would keep every command of the package in the bundle
 * (~22 KB); importing this module instead lets esbuild keep only these (issue 14).
 */
export { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

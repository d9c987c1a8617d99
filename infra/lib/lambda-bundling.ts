import { join } from 'node:path';
import type { BuildOptions, Plugin } from 'esbuild';

export const repositoryRoot = join(import.meta.dirname, '..', '..');
export const lambdaEntry = join(repositoryRoot, 'functions', 'src', 'lambda.ts');
/** The document checker's worker thread (functions/src/documents/check-in-worker.ts): its own file. */
export const checkWorkerEntry = join(repositoryRoot, 'functions', 'src', 'documents', 'check-worker.ts');

const functionsSource = join(repositoryRoot, 'functions', 'src');

/**
 * The routes' DynamoDB commands are built on the first command sent, with the client: every module
 * but platform/dynamo-sdk.ts gets lambda-dynamo-commands.ts for `@aws-sdk/lib-dynamodb`, whose
 * commands only keep their input (issue 14: ~150 KB of SDK code out of every cold start).
 */
const deferredDynamoCommands: Plugin = {
  name: 'deferred-dynamo-commands',
  setup(build) {
    const sdkModule = join(functionsSource, 'platform', 'dynamo-sdk.ts');
    build.onResolve({ filter: /^@aws-sdk\/lib-dynamodb$/ }, (args) =>
      args.importer === sdkModule ? undefined : { path: join(functionsSource, 'lambda-dynamo-commands.ts') },
    );
  },
};

/**
 * `@aws-sdk/lib-dynamodb` does not declare itself free of side effects (its sibling packages do), so
 * a route's `import { GetCommand }` kept its whole index at cold start: the document client class and
 * through it the DynamoDB client with its HTTP handler, signer and credentials, which
 * platform/lazy-clients.ts loads on first use. Its modules only declare classes and functions.
 */
const sideEffectFree = (packageName: string): Plugin => ({
  name: `side-effect-free:${packageName}`,
  setup(build) {
    const inPackage = `/node_modules/${packageName}/`;
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      if (!args.path.startsWith(packageName) && !args.importer.includes(inPackage)) return undefined;
      const { importer, namespace, resolveDir, kind, with: attributes } = args;
      const resolved = await build.resolve(args.path, {
        importer,
        namespace,
        resolveDir,
        kind,
        with: attributes,
        pluginData: 'resolving',
      });
      if (!resolved.path.includes(inPackage)) return resolved;
      return { ...resolved, sideEffects: false };
    });
  },
});

/**
 * One set of esbuild settings for the stack (infra/lib/api.ts) and for the bundle test and bench
 * (build-lambda.ts): ESM for Node 22, minified, source maps, the AWS SDK bundled in (it starts faster
 * than the runtime's own copy, loaded from hundreds of files: PITFALLS.md), and split into chunks:
 * `index.mjs` is what every cold start compiles; what only one route needs (WebAuthn, OpenID
 * Connect, Secrets Manager, the device-name parser) is imported when that route first runs.
 */
export const lambdaEsbuildOptions = {
  entryPoints: { index: lambdaEntry, 'check-worker': checkWorkerEntry },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  minify: true,
  sourcemap: true,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  mainFields: ['module', 'main'],
  // Some CommonJS dependencies call require(): give the ESM bundle one.
  banner: {
    js: "import{createRequire as __passerelleRequire}from'module';const require=__passerelleRequire(import.meta.url);",
  },
  alias: {
    // On Lambda the role's credentials are in the environment: the SDK's default chain (profiles,
    // SSO, STS web identity, IMDS, with their own nested clients) is ~100 KB never used there.
    '@aws-sdk/credential-provider-node': join(repositoryRoot, 'functions', 'src', 'lambda-credentials.ts'),
    // Attestation certificate chains are refused before @simplewebauthn/server would parse them
    // (devices/webauthn.ts): its X.509 stack is replaced by constructors that throw.
    '@peculiar/x509': join(repositoryRoot, 'functions', 'src', 'lambda-no-certificates.ts'),
    'reflect-metadata': join(repositoryRoot, 'functions', 'src', 'lambda-no-certificates.ts'),
  },
  plugins: [deferredDynamoCommands, sideEffectFree('@aws-sdk/lib-dynamodb')],
  // Licence comments go to a .LEGAL.txt file beside each chunk rather than into the code.
  legalComments: 'linked',
  logLevel: 'silent',
} satisfies BuildOptions;

// Quiet by default: known warnings of dependencies (oidc-provider's dev-mode notices, the AWS SDK's
// Node 22 reminder) only with LOG_LEVEL=debug. API log lines are pretty-printed on a terminal.
if (process.env.LOG_LEVEL !== 'debug') {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const warn = console.warn.bind(console);
  const info = console.info.bind(console);
  const known = (args: unknown[]) => typeof args[0] === 'string' && args[0].includes('oidc-provider ');
  console.warn = (...args: unknown[]) => (known(args) ? undefined : warn(...args));
  console.info = (...args: unknown[]) => (known(args) ? undefined : info(...args));
}
if (process.stdout.isTTY) process.env.POWERTOOLS_DEV ??= 'true';

export {};

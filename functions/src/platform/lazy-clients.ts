import type { S3Client } from '@aws-sdk/client-s3';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DeferredCommand } from '../lambda-dynamo-commands.js';
import type { Config } from './config.js';

/**
 * S3 and SES are needed by a few routes only (uploads, downloads, the link email), so their SDK
 * clients are loaded and built on first use, not at cold start: `/api/health`, the status polls and
 * `/auth/me` never load them (issue 14, the Lambda's first answer). Each is built once per process.
 */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= make();
    // A failed load (never expected: it is local code) is tried again rather than kept.
    pending.catch(() => {
      pending = undefined;
    });
    return pending;
  };
}

/** The SDK options every client shares (deps.ts: timeouts, and the embedded servers' credentials). */
type ClientOptions = Record<string, unknown>;

export function lazyS3(config: Config, endpoint: string | undefined, options: ClientOptions) {
  return once(async (): Promise<S3Client> => {
    const { S3Client } = await import('./s3-sdk.js');
    return new S3Client({
      region: config.AWS_REGION,
      endpoint,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      ...options,
    });
  });
}

export function lazySes(config: Config, options: ClientOptions) {
  return once(async (): Promise<SESv2Client> => {
    const { SESv2Client } = await import('./ses-sdk.js');
    return new SESv2Client({
      region: config.SES_REGION ?? config.AWS_REGION,
      endpoint: config.SES_ENDPOINT,
      ...options,
    });
  });
}

/** What routes use of the DynamoDB document client: `send`, and `middlewareStack.add` (tests, bench). */
export interface DocumentDb {
  send: DynamoDBDocumentClient['send'];
  middlewareStack: Pick<DynamoDBDocumentClient['middlewareStack'], 'add'>;
}

/**
 * The DynamoDB document client, loaded and built when a route first sends a command (every route
 * but `/api/health` does), not at cold start: the client's construction and the code only it needs
 * (HTTP handler, request signing, credentials, endpoint rules) wait for that first command (issue
 * 14). Middleware added before then (tests and the bench count calls that way) is added on build.
 */
export function lazyDynamo(options: ClientOptions): DocumentDb {
  let built: DynamoDBDocumentClient | undefined;
  const queued: ((stack: DocumentDb['middlewareStack']) => void)[] = [];
  const sdk = once(() => import('./dynamo-sdk.js'));
  const client = once(async () => {
    const { DynamoDBClient, DynamoDBDocumentClient } = await sdk();
    const made = DynamoDBDocumentClient.from(new DynamoDBClient(options), {
      marshallOptions: { removeUndefinedValues: true },
    });
    for (const add of queued) add(made.middlewareStack);
    built = made;
    return made;
  });
  // One implementation each for the SDK's overloads (by argument shape, by middleware step); the
  // callback form of `send` is not used. In the Lambda, a route's command is a DeferredCommand
  // (lambda-dynamo-commands.ts), built into the SDK's own here.
  const send = async (...[command, ...rest]: Parameters<DynamoDBDocumentClient['send']>) => {
    const made = await client();
    if (!(command instanceof DeferredCommand)) return made.send(command, ...rest);
    const Command = (await sdk()).commands[command.deferred] as new (input: unknown) => typeof command;
    return made.send(new Command(command.input), ...rest);
  };
  const add = (...args: Parameters<DocumentDb['middlewareStack']['add']>) => {
    if (built) built.middlewareStack.add(...args);
    else queued.push((stack) => stack.add(...args));
  };
  return {
    send: send as DocumentDb['send'],
    middlewareStack: { add: add as DocumentDb['middlewareStack']['add'] },
  };
}

/**
 * Bundled in place of `@aws-sdk/lib-dynamodb` in the Lambda only, for every module but
 * platform/dynamo-sdk.ts (infra/lib/lambda-bundling.ts). A record module's `new GetCommand(input)`
 * then only keeps its input: the SDK's command classes, their schemas and the client code they pull
 * in (~150 KB) load with the client, on the first command sent (platform/lazy-clients.ts turns each
 * of these into the SDK's own command), not at every cold start (issue 14). `npm start` and the
 * tests use the package itself; the bundle test sends each of these through the bundled client.
 */
export const DEFERRED_COMMANDS = [
  'GetCommand',
  'PutCommand',
  'UpdateCommand',
  'DeleteCommand',
  'QueryCommand',
  'ScanCommand',
  'BatchGetCommand',
  'BatchWriteCommand',
  'TransactGetCommand',
  'TransactWriteCommand',
] as const;

export type DeferredCommandName = (typeof DEFERRED_COMMANDS)[number];

/** A command not built yet: the SDK class to build it with, and its input. */
export class DeferredCommand {
  constructor(
    readonly deferred: DeferredCommandName,
    readonly input: unknown,
  ) {}
}

const deferred = (name: DeferredCommandName) =>
  class extends DeferredCommand {
    constructor(input: unknown) {
      super(name, input);
    }
  };

export const GetCommand = deferred('GetCommand');
export const PutCommand = deferred('PutCommand');
export const UpdateCommand = deferred('UpdateCommand');
export const DeleteCommand = deferred('DeleteCommand');
export const QueryCommand = deferred('QueryCommand');
export const ScanCommand = deferred('ScanCommand');
export const BatchGetCommand = deferred('BatchGetCommand');
export const BatchWriteCommand = deferred('BatchWriteCommand');
export const TransactGetCommand = deferred('TransactGetCommand');
export const TransactWriteCommand = deferred('TransactWriteCommand');

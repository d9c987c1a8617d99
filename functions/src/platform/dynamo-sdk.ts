import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactGetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { DeferredCommandName } from '../lambda-dynamo-commands.js';

/**
 * The DynamoDB client, imported on first use (lazy-clients.ts): its construction and the code only
 * it needs (the HTTP handler, request signing, credentials, endpoint rules) stay out of a cold start
 * until a route first reads or writes (issue 14). In the Lambda, so do the command classes: the
 * routes' commands are built here from what lambda-dynamo-commands.ts kept of them.
 */
export { DynamoDBClient } from '@aws-sdk/client-dynamodb';
export { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export const commands = {
  GetCommand,
  PutCommand,
  UpdateCommand,
  DeleteCommand,
  QueryCommand,
  ScanCommand,
  BatchGetCommand,
  BatchWriteCommand,
  TransactGetCommand,
  TransactWriteCommand,
} satisfies Record<DeferredCommandName, unknown>;

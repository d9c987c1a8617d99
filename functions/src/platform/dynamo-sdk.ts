/**
 * The DynamoDB client, imported on first use (lazy-clients.ts): its construction and the code only
 * it needs (the HTTP handler, request signing, credentials, endpoint rules) stay out of a cold start
 * until a route first reads or writes (issue 14). The commands the routes build come from
 * `@aws-sdk/lib-dynamodb` directly.
 */
export { DynamoDBClient } from '@aws-sdk/client-dynamodb';
export { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

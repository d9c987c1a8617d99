import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from '../platform/deps.js';
import { ApiError, notFound } from '../platform/errors.js';
import { assertMember } from './citizens.js';
import { keys, type Procedure, type SupportingDocument } from './model.js';

export async function readProcedure(deps: Deps, procedureId: string): Promise<Procedure | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.config.TABLE_NAME, Key: keys.procedure(procedureId) }),
  );
  return Item as Procedure | undefined;
}

/** The procedure, if it exists and the citizen is a member of its eSpace (403 otherwise). */
export async function procedureFor(deps: Deps, citizenId: string, procedureId: string): Promise<Procedure> {
  const procedure = await readProcedure(deps, procedureId);
  if (!procedure) throw notFound('This procedure');
  await assertMember(deps, citizenId, procedure.espaceId);
  return procedure;
}

export function assertActive(procedure: Procedure) {
  if (procedure.status !== 'active') {
    throw new ApiError(
      409,
      'procedure_closed',
      'This procedure is closed: documents can no longer be added to it.',
    );
  }
}

export async function proceduresOf(deps: Deps, espaceId: string): Promise<Procedure[]> {
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.config.TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :proc)',
      ExpressionAttributeValues: { ':pk': `ESPACE#${espaceId}`, ':proc': 'PROC#' },
    }),
  );
  return (Items ?? []) as Procedure[];
}

export async function documentsOf(deps: Deps, procedureId: string): Promise<SupportingDocument[]> {
  const documents: SupportingDocument[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.config.TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :doc)',
        ExpressionAttributeValues: { ':pk': `PROC#${procedureId}`, ':doc': 'DOC#' },
        ExclusiveStartKey: start,
      }),
    );
    documents.push(...((page.Items ?? []) as SupportingDocument[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return documents.sort((a, b) => b.filedAt.localeCompare(a.filedAt));
}

export async function readDocument(deps: Deps, procedureId: string, documentId: string) {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.config.TABLE_NAME, Key: keys.document(procedureId, documentId) }),
  );
  return Item as SupportingDocument | undefined;
}

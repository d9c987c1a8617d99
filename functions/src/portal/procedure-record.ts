import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { checkedItem, checkedItems } from '../platform/checked-read.js';
import { conditionalWrite } from '../platform/conditional.js';
import type { Deps } from '../platform/deps.js';
import { ApiError, notFound } from '../platform/errors.js';
import { partitionPages } from '../platform/table.js';
import { assertMember } from './citizen-record.js';
import { keys, type Procedure, type SupportingDocument } from './model.js';

/**
 * The procedure record (`PROC#<id>` / `PROC`, with a copy under its eSpace, `ESPACE#<id>` /
 * `PROC#<id>`, for the eSpace's list) and its supporting documents (`PROC#<id>` / `DOC#<id>`). The
 * types are shared with the web app (shared/model.ts); the schemas say the same, checked on read.
 */
const translated = z.object({ en: z.string(), fr: z.string(), de: z.string() });

const procedureSchema: z.ZodMiniType<Procedure> = z.object({
  procedureId: z.string(),
  espaceId: z.string(),
  reference: z.string(),
  title: translated,
  status: z.enum(['active', 'closed']),
  openedAt: z.string(),
  documentTypes: z.array(z.object({ typeId: z.string(), label: translated, required: z.boolean() })),
});

const documentSchema: z.ZodMiniType<SupportingDocument> = z.object({
  documentId: z.string(),
  procedureId: z.string(),
  typeId: z.string(),
  name: z.string(),
  status: z.enum(['filed', 'replaced']),
  fileKey: z.string(),
  contentType: z.string(),
  size: z.number(),
  pages: z.optional(z.number()),
  filedAt: z.string(),
  source: z.enum(['computer', 'phone']),
  deviceName: z.optional(z.string()),
  replaces: z.optional(z.string()),
  replacedBy: z.optional(z.string()),
});

export async function readProcedure(deps: Deps, procedureId: string): Promise<Procedure | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.config.TABLE_NAME, Key: keys.procedure(procedureId) }),
  );
  return checkedItem('procedure', procedureSchema, Item);
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
  return checkedItems('procedure', procedureSchema, Items);
}

export async function documentsOf(deps: Deps, procedureId: string): Promise<SupportingDocument[]> {
  const documents: SupportingDocument[] = [];
  for await (const items of partitionPages(deps, `PROC#${procedureId}`, 'DOC#')) {
    documents.push(...checkedItems('document', documentSchema, items));
  }
  return documents.sort((a, b) => b.filedAt.localeCompare(a.filedAt));
}

export async function readDocument(deps: Deps, procedureId: string, documentId: string) {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.config.TABLE_NAME, Key: keys.document(procedureId, documentId) }),
  );
  return checkedItem('document', documentSchema, Item);
}

/**
 * Records a filed document; false when one with this id is recorded already (a concurrent attempt
 * to file the same upload won: documents/file-document.ts).
 */
export function putNewDocument(deps: Deps, document: SupportingDocument): Promise<boolean> {
  return conditionalWrite(
    deps.db.send(
      new PutCommand({
        TableName: deps.config.TABLE_NAME,
        Item: { ...keys.document(document.procedureId, document.documentId), ...document },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    ),
  );
}

/**
 * Marks a filed document as replaced by another, once: a second replacement of the same file, or a
 * retry, finds it replaced already and changes nothing (false).
 */
export function markReplaced(
  deps: Deps,
  procedureId: string,
  replaced: string,
  by: string,
): Promise<boolean> {
  return conditionalWrite(
    deps.db.send(
      new UpdateCommand({
        TableName: deps.config.TABLE_NAME,
        Key: keys.document(procedureId, replaced),
        UpdateExpression: 'SET #status = :replaced, replacedBy = :by',
        ConditionExpression: '#status = :filed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':replaced': 'replaced', ':filed': 'filed', ':by': by },
      }),
    ),
  );
}

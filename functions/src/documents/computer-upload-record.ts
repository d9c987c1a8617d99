import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { ACCEPTED_CONTENT_TYPES } from '../../../shared/limits.js';
import { checkedItem } from '../platform/checked-read.js';
import { conditionalWrite } from '../platform/conditional.js';
import type { Deps } from '../platform/deps.js';
import { putNew } from '../platform/table.js';
import { hashToken } from '../platform/tokens.js';
import type { FilingTarget } from './filing-target.js';

/**
 * The computer upload record (`UPLOAD#<hash of the upload id>` / `UPLOAD`): one file the browser
 * sends straight to S3, then asks to file (computer-uploads.ts). `pending → filing → filed`; a
 * refused file goes back to `pending`.
 */
const targetSchema: z.ZodMiniType<FilingTarget> = z.object({
  procedureId: z.string(),
  action: z.enum(['add', 'attach', 'replace']),
  typeId: z.string(),
  replaces: z.optional(z.string()),
  name: z.string(),
});

const uploadSchema = z.object({
  pk: z.string(),
  sk: z.literal('UPLOAD'),
  kind: z.literal('computer'),
  citizenId: z.string(),
  target: targetSchema,
  /** Where the browser's presigned POST puts the file. */
  key: z.string(),
  contentType: z.enum(ACCEPTED_CONTENT_TYPES),
  state: z.enum(['pending', 'filing', 'filed']),
  /** Fixed when filing starts, so a retry files the same document. */
  documentId: z.optional(z.string()),
  /** Epoch seconds: refused from then on, and the TTL attribute. */
  expiresAt: z.number(),
});

export type ComputerUpload = z.infer<typeof uploadSchema>;

const uploadKey = (uploadId: string) => ({ pk: `UPLOAD#${hashToken(uploadId)}`, sk: 'UPLOAD' as const });

/** A new upload; its id is a fresh token, so it never replaces another. */
export async function putNewUpload(
  deps: Deps,
  uploadId: string,
  fields: Omit<ComputerUpload, 'pk' | 'sk' | 'kind' | 'state' | 'documentId'>,
): Promise<ComputerUpload> {
  const upload: ComputerUpload = { ...uploadKey(uploadId), kind: 'computer', state: 'pending', ...fields };
  await putNew(deps, upload);
  return upload;
}

export async function readUpload(deps: Deps, uploadId: string): Promise<ComputerUpload | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.config.TABLE_NAME, Key: uploadKey(uploadId) }),
  );
  return checkedItem('computer upload', uploadSchema, Item);
}

/** One state change, only from the state (and document) it expects. */
async function moveUpload(
  deps: Deps,
  uploadId: string,
  change: { set: string; from: 'pending' | 'filing'; documentId?: string; values: Record<string, unknown> },
): Promise<void> {
  await deps.db.send(
    new UpdateCommand({
      TableName: deps.config.TABLE_NAME,
      Key: uploadKey(uploadId),
      UpdateExpression: change.set,
      ConditionExpression:
        change.documentId === undefined ? '#state = :from' : '#state = :from AND documentId = :documentId',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: {
        ':from': change.from,
        ...(change.documentId === undefined ? {} : { ':documentId': change.documentId }),
        ...change.values,
      },
    }),
  );
}

/** Consumes a pending upload for one document; false when another completion consumed it first. */
export const startFilingUpload = (deps: Deps, uploadId: string, documentId: string) =>
  conditionalWrite(
    moveUpload(deps, uploadId, {
      set: 'SET #state = :filing, documentId = :documentId',
      from: 'pending',
      values: { ':filing': 'filing', ':documentId': documentId },
    }),
  );

/*
 * The two moves below start from `filing` with this request's document id, which only the request
 * that set it (or its retry) holds: a refusal is not expected there and stays an error (a 500), as
 * it always was.
 */

/** Its file was refused: back to `pending`, so the citizen may send another. */
export const releaseUpload = (deps: Deps, uploadId: string, documentId: string) =>
  moveUpload(deps, uploadId, {
    set: 'SET #state = :pending REMOVE documentId',
    from: 'filing',
    documentId,
    values: { ':pending': 'pending' },
  });

/** Filed: said once the document exists. */
export const markUploadFiled = (deps: Deps, uploadId: string, documentId: string) =>
  moveUpload(deps, uploadId, {
    set: 'SET #state = :filed',
    from: 'filing',
    documentId,
    values: { ':filed': 'filed' },
  });

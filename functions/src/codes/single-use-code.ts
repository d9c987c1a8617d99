import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { checkedItem, StoredItemMismatch } from '../platform/checked-read.js';
import { epochSeconds } from '../platform/clock.js';
import { conditionalWrite, isConditionalFailure } from '../platform/conditional.js';
import type { Deps } from '../platform/deps.js';
import type { ApiError } from '../platform/errors.js';
import { hashToken, newToken } from '../platform/tokens.js';
import { type CodeKind, codeError } from './code-errors.js';

export { type CodeKind, type CodeReason, codeError } from './code-errors.js';

/**
 * The one single-use code of the API, whatever it is for: a link code (a phone joins the account,
 * DESIGN.md Flow 1) or an upload code (a phone sends one document, Flow 2). Both are a random token
 * handed out once (in a QR's fragment, or sealed behind a typed short code), stored only as its
 * SHA-256 under `<KIND>_CODE#<hash>`, read strongly consistent, refused from `validUntil` on whatever
 * the item still says (TTL deletes days late and dynalite never does), and moved from state to state
 * by conditional writes only, each refusal explained from the item as it then is.
 */
export interface SingleUseCode<State extends string = string> {
  pk: string;
  sk: string;
  kind: CodeKind;
  citizenId: string;
  state: State;
  /** Epoch milliseconds. */
  createdAt: number;
  /** Epoch milliseconds: the code is refused from this instant on, checked on every read. */
  validUntil: number;
  /** TTL attribute (epoch seconds): the record may outlive the code so its owner can see how it ended. */
  expiresAt: number;
}

/**
 * What every stored code must hold, checked on each read: the attributes this module decides on.
 * A kind's own attributes (an upload code's target, a link code's approval) are written only by its
 * module (add-document/upload-code.ts, link/link-codes.ts) through `createCode` and `transition`.
 */
const codeSchema = z.object({
  pk: z.string(),
  sk: z.string(),
  kind: z.enum(['link', 'upload']),
  citizenId: z.string(),
  state: z.string(),
  createdAt: z.number(),
  validUntil: z.number(),
  expiresAt: z.number(),
});

/**
 * The item as a code of this kind, checked; a code of another kind under this key is a mismatch.
 * Exported for a code read alongside its owner's session (a status poll: platform/table.ts).
 */
export function checkedCode<Code extends SingleUseCode>(kind: CodeKind, item: unknown): Code | undefined {
  const code = checkedItem(`${kind} code`, codeSchema, item);
  if (code && code.kind !== kind) throw new StoredItemMismatch(`${kind} code`, ['kind: invalid_value']);
  return code as Code | undefined;
}

/**
 * Each kind has its own key prefix: upload codes used to share `UPLOAD#` with the computer's upload
 * records (documents/computer-uploads.ts). No migration: a code lives 30 minutes at most.
 */
const PREFIX: Record<CodeKind, string> = { link: 'LINK_CODE', upload: 'UPLOAD_CODE' };

export const codeKey = (kind: CodeKind, codeId: string) => ({
  pk: `${PREFIX[kind]}#${codeId}`,
  sk: PREFIX[kind],
});

/** A code's id is its token's SHA-256: stored and shown to its owner, useless to redeem the code. */
export const codeIdOf = (token: string) => hashToken(token);

/** The id back from a stored item's key. */
export const codeIdOfItem = (code: Pick<SingleUseCode, 'pk'>) => code.pk.slice(code.pk.indexOf('#') + 1);

export const isExpired = (code: Pick<SingleUseCode, 'validUntil'>, now: number) => now >= code.validUntil;

/** Whole seconds left, computed here so a client never compares its own clock with the server's. */
export const secondsLeft = (code: Pick<SingleUseCode, 'validUntil'>, now: number) =>
  Math.max(0, Math.ceil((code.validUntil - now) / 1000));

/**
 * A new code, written only if absent. The token is returned once, for a QR or a short code; a caller
 * that binds the code to a device drops it, so nobody holds it.
 */
export async function createCode<Code extends SingleUseCode>(
  deps: Deps,
  kind: CodeKind,
  fields: Omit<Code, keyof SingleUseCode> & Pick<Code, 'citizenId' | 'state'>,
  lifetime: { validMs: number; keptSeconds: number },
) {
  const token = newToken();
  const codeId = codeIdOf(token);
  const now = deps.clock.now();
  const code = {
    ...codeKey(kind, codeId),
    kind,
    createdAt: now,
    validUntil: now + lifetime.validMs,
    expiresAt: epochSeconds(now + lifetime.validMs) + lifetime.keptSeconds,
    ...fields,
  } as Code;
  await deps.db.send(
    new PutCommand({
      TableName: deps.config.TABLE_NAME,
      Item: code,
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return { token, codeId, code };
}

/** One strongly consistent read: a code just claimed elsewhere must never look free. */
export async function readCode<Code extends SingleUseCode>(
  deps: Deps,
  kind: CodeKind,
  codeId: string,
): Promise<Code | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.config.TABLE_NAME, Key: codeKey(kind, codeId), ConsistentRead: true }),
  );
  return checkedCode<Code>(kind, Item);
}

/**
 * The refusal for a code that is gone or past its time, else undefined: the two reasons every kind
 * shares. `final` states are over for good and keep their own meaning after expiry.
 */
export function commonRefusal(
  kind: CodeKind,
  code: SingleUseCode | undefined,
  now: number,
  final: readonly string[],
): ApiError | undefined {
  if (!code) return codeError(kind, 'unknown');
  if (!final.includes(code.state) && isExpired(code, now)) return codeError(kind, 'expired');
  return undefined;
}

/** `state`, `key`, `percent` and `status` are DynamoDB reserved words: expressions write them `#state`. */
const RESERVED = ['state', 'key', 'percent', 'status'];
function namesIn(expression: string) {
  const reserved = RESERVED.filter((name) => expression.includes(`#${name}`));
  return reserved.length ? Object.fromEntries(reserved.map((name) => [`#${name}`, name])) : undefined;
}

export interface Transition {
  /** The UpdateExpression. */
  set: string;
  /** What must hold on the item for the write to happen (none: always). */
  condition?: string;
  values: Record<string, unknown>;
}

/** One UpdateItem on any item (a code, a typed short code, a counter): its new attributes. */
function update(deps: Deps, Key: Record<string, string>, change: Transition) {
  return deps.db.send(
    new UpdateCommand({
      TableName: deps.config.TABLE_NAME,
      Key,
      UpdateExpression: change.set,
      ConditionExpression: change.condition,
      ExpressionAttributeNames: namesIn(`${change.set} ${change.condition ?? ''}`),
      ExpressionAttributeValues: change.values,
      ReturnValues: 'ALL_NEW',
    }),
  );
}

/** A conditional update that only needs to know whether it won: true if written, false if refused. */
export const updateIf = (deps: Deps, Key: Record<string, string>, change: Transition) =>
  conditionalWrite(update(deps, Key, change));

/**
 * One conditional write on a code: the first to meet `condition` wins. On a refusal the item is read
 * again (consistently) and `explain` says why, from the code as it now is; the new item is returned.
 */
export async function transition<Code extends SingleUseCode>(
  deps: Deps,
  kind: CodeKind,
  codeId: string,
  change: Transition,
  explain: (current: Code | undefined) => ApiError,
): Promise<Code> {
  try {
    const { Attributes } = await update(deps, codeKey(kind, codeId), change);
    const code = checkedCode<Code>(kind, Attributes);
    if (!code) throw new Error(`A ${kind} code update returned no item.`);
    return code;
  } catch (error) {
    if (!isConditionalFailure(error)) throw error;
    throw explain(await readCode<Code>(deps, kind, codeId));
  }
}

import * as z from 'zod/mini';
import { checkedItems } from '../platform/checked-read.js';
import type { Deps } from '../platform/deps.js';
import { partitionPages, putNew } from '../platform/table.js';

/**
 * The device request pointer record (`USER#<citizen>` / `REQUEST#<device>#<code id>`): lets a phone
 * list the upload codes sent to it with one query. The code itself stays the one record of truth
 * (state, expiry, filing); the pointer only names it.
 */
const requestSchema = z.object({
  pk: z.string(),
  sk: z.string(),
  codeId: z.string(),
  /** Epoch seconds: the code's own TTL. */
  expiresAt: z.number(),
});

const requestKey = (citizenId: string, deviceId: string, codeId: string) => ({
  pk: `USER#${citizenId}`,
  sk: `REQUEST#${deviceId}#${codeId}`,
});

/** The code is new: so is its pointer, never one replaced. */
export async function putNewRequest(
  deps: Deps,
  request: { citizenId: string; deviceId: string; codeId: string; expiresAt: number },
): Promise<void> {
  const { citizenId, deviceId, codeId, expiresAt } = request;
  await putNew(deps, { ...requestKey(citizenId, deviceId, codeId), codeId, expiresAt });
}

/** The ids of the codes sent to this device (those TTL has not removed yet). */
export async function requestedCodeIds(deps: Deps, citizenId: string, deviceId: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const items of partitionPages(deps, `USER#${citizenId}`, `REQUEST#${deviceId}#`)) {
    ids.push(...checkedItems('device request', requestSchema, items).map((request) => request.codeId));
  }
  return ids;
}

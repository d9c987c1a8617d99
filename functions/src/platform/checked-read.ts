import type * as z from 'zod/mini';

/**
 * What a stored item must look like before the code trusts it: a zod (mini) schema, or a type guard
 * where a schema would be heavier than the check.
 */
export type ItemCheck<T> = z.ZodMiniType<T> | ((item: unknown) => item is T);

/**
 * A stored item did not have its record's shape (written by an older version, or by hand). It is a
 * bug on our side, answered as a generic 500 (platform/errors.ts) and logged by the request log;
 * the message names the record and the attributes at fault, never their values (they may be
 * personal data).
 */
export class StoredItemMismatch extends Error {
  override readonly name = 'StoredItemMismatch';
  constructor(
    readonly record: string,
    readonly paths: string[],
  ) {
    super(`A stored ${record} item does not match its record: ${paths.join(', ') || '(the item itself)'}`);
  }
}

function mismatchedPaths<T>(check: ItemCheck<T>, item: unknown): string[] | undefined {
  if (typeof check === 'function') return check(item) ? undefined : [];
  const result = check.safeParse(item);
  if (result.success) return undefined;
  return result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`);
}

/**
 * The item as stored, once checked against its record (`undefined` stays `undefined`: no item).
 * The check does not reshape it: attributes the schema does not name are kept, as they were read.
 */
export function checkedItem<T>(record: string, check: ItemCheck<T>, item: unknown): T | undefined {
  if (item === undefined) return undefined;
  const paths = mismatchedPaths(check, item);
  if (paths) throw new StoredItemMismatch(record, paths);
  return item as T;
}

/** Every item of a Query or Scan page, each checked as `checkedItem` does. */
export function checkedItems<T>(record: string, check: ItemCheck<T>, items: unknown[] | undefined): T[] {
  return (items ?? []).map((item) => checkedItem(record, check, item) as T);
}

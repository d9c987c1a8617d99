/**
 * The value, or an Error saying what was missing. For tests and benches, where a missing value
 * means the fixture or the run went wrong: the failure names it instead of a later
 * "cannot read properties of undefined". API code narrows with its own checks and messages.
 */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`Missing: ${what}`);
  return value;
}

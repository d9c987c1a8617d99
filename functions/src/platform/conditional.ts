/**
 * DynamoDB refuses a write whose `ConditionExpression` does not hold with a
 * `ConditionalCheckFailedException`. That refusal is an answer, not a failure: the record moved on
 * (already used, already exists, unlinked meanwhile). Every guarded write goes through here, so the
 * exception's name is tested in one place and anything else (a timeout, throttling) still throws.
 */

/** Whether an error is DynamoDB refusing a write because its condition did not hold. */
export function isConditionalFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** The guarded write's output (its `Attributes`, say), or undefined when its condition did not hold. */
export async function outputIfWritten<T extends object>(write: Promise<T>): Promise<T | undefined> {
  try {
    return await write;
  } catch (error) {
    if (!isConditionalFailure(error)) throw error;
    return undefined;
  }
}

/**
 * Awaits a guarded write. Without `refusal`: true when written, false when its condition did not
 * hold. With `refusal`: the write's output, or the error `refusal` makes (an `ApiError` that says
 * why to the citizen) thrown in its place. Any other error is rethrown as it is.
 */
export function conditionalWrite(write: Promise<unknown>): Promise<boolean>;
export function conditionalWrite<T>(write: Promise<T>, refusal: () => Error): Promise<T>;
export async function conditionalWrite<T>(write: Promise<T>, refusal?: () => Error): Promise<T | boolean> {
  try {
    const output = await write;
    return refusal ? output : true;
  } catch (error) {
    if (!isConditionalFailure(error)) throw error;
    if (refusal) throw refusal();
    return false;
  }
}

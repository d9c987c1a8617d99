/** A body's JSON, or undefined when it is empty or not JSON (an error page from a proxy, a cut answer). */
export function jsonOrUndefined(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

import type { Context } from 'hono';
import type * as z from 'zod/mini';
import './zod-messages.js';
import { ApiError } from './errors.js';

function invalid(issues: z.core.$ZodIssue[]): ApiError {
  const fields = issues.map((issue) => ({ path: issue.path.join('.'), problem: issue.message }));
  return new ApiError(
    400,
    'invalid_request',
    'Some of the information sent is not valid. Check it and try again.',
    {
      fields,
    },
  );
}

/** Parses a JSON body with a zod (mini) schema; anything else is a 400 that changes nothing. */
export async function readJson<S extends z.ZodMiniType>(c: Context, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request could not be read. Reload the page and try again.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalid(parsed.error.issues);
  return parsed.data;
}

export function readParams<S extends z.ZodMiniType>(value: unknown, schema: S): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid(parsed.error.issues);
  return parsed.data;
}

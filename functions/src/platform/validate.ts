import type { Context, MiddlewareHandler } from 'hono';
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

/**
 * The path of the first string (value or key) that is not well-formed UTF-16, e.g. a lone surrogate
 * that JSON's `\ud800` escape lets through (SECURITY.md row 44): it could not be stored, shown or
 * emailed as text, so the whole request is refused before any schema or handler sees it.
 */
const loneSurrogate = /\p{Cs}/u;

function brokenText(value: unknown, path: string[] = []): string[] | undefined {
  if (typeof value === 'string') return loneSurrogate.test(value) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (loneSurrogate.test(key)) return [...path, key.replace(/\p{Cs}/gu, '\uFFFD')];
    const found = brokenText(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

function refuseBrokenText(value: unknown) {
  const path = brokenText(value);
  if (!path) return;
  throw new ApiError(
    400,
    'invalid_request',
    'Some of the information sent is not valid. Check it and try again.',
    {
      fields: [{ path: path.join('.'), problem: 'Not valid text.' }],
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
  refuseBrokenText(body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalid(parsed.error.issues);
  return parsed.data;
}

export function readParams<S extends z.ZodMiniType>(value: unknown, schema: S): z.infer<S> {
  refuseBrokenText(value);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid(parsed.error.issues);
  return parsed.data;
}

/**
 * Validation as route middleware: the schema becomes the route's request type (for `hc` on the web
 * and `c.req.valid(...)` in the handler), and a refusal is the same `ApiError` as ever. Hono's own
 * `validator('json')` is not used for bodies because it lets a body without a JSON content type
 * through as `{}` and answers unparsable JSON outside our error shape.
 */
export const jsonBody =
  <S extends z.ZodMiniType>(
    schema: S,
    // biome-ignore lint/suspicious/noExplicitAny: the middleware fits any route's environment.
  ): MiddlewareHandler<any, string, { in: { json: z.input<S> }; out: { json: z.output<S> } }> =>
  async (c, next) => {
    c.req.addValidatedData('json', (await readJson(c, schema)) as object);
    await next();
  };

/** Path parameters, checked as one object (the problem's path names the parameter). */
export const pathParams =
  <S extends z.ZodMiniType<Record<string, unknown>>>(
    schema: S,
  ): MiddlewareHandler<
    // biome-ignore lint/suspicious/noExplicitAny: the middleware fits any route's environment.
    any,
    string,
    { in: { param: { [K in keyof z.output<S>]: string } }; out: { param: z.output<S> } }
  > =>
  async (c, next) => {
    c.req.addValidatedData('param', readParams(c.req.param(), schema) as object);
    await next();
  };

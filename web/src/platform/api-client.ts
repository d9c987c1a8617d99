import { type ClientResponse, hc } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
// Types only, erased from the build: the API's own route table is the contract (issue 10).
import type { AppType } from '../../../functions/src/app.js';
import { reachable, readAnswer } from './api.js';

/**
 * The API as typed by its own routes (`hc<AppType>`): paths, path parameters, JSON bodies and
 * answers all come from `functions/src/app.ts`, so a route or a response that changes breaks the
 * web's typecheck instead of a citizen's screen. Same origin, so the session cookies go along.
 */
export const api = hc<AppType>('/', { fetch: reachable }).api;

/** What a route answers when it succeeds: its JSON, or nothing for a 204. */
export type Answer<R> =
  R extends ClientResponse<infer T, infer S, infer F>
    ? S extends SuccessStatusCode
      ? F extends 'json'
        ? T
        : undefined
      : never
    : never;

/**
 * Waits for a typed call and gives its successful answer; any other answer throws an `ApiFailure`
 * with the API's stable code, as `request` always did.
 */
export async function ok<R extends ClientResponse<unknown, number, string>>(
  pending: Promise<R>,
): Promise<Answer<R>> {
  return readAnswer<Answer<R>>((await pending) as unknown as Response);
}

/** The successful answer of a client method, e.g. `AnswerOf<typeof api.auth.me.$get>`. */
// biome-ignore lint/suspicious/noExplicitAny: any call signature of the typed client.
export type AnswerOf<F extends (...args: any[]) => Promise<unknown>> = Answer<Awaited<ReturnType<F>>>;

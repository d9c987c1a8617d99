import { expectTypeOf } from 'vitest';
import { type AnswerOf, api } from './api-client.js';

/**
 * The contract between the web and the API, checked by `npm run typecheck` (never run, only typed).
 * Each `@ts-expect-error` is a call the API's routes do not allow: if a route, a parameter, a body
 * field or an answer changed so that the wrong call became right, or the right one wrong, the
 * typecheck fails here and at every call site that relied on it.
 */
export function contract() {
  // A route's answer is the API's own type, not one written on the web's side.
  type Me = AnswerOf<typeof api.auth.me.$get>;
  expectTypeOf<Extract<Me, { signedIn: true }>['citizen']['citizenId']>().toEqualTypeOf<string>();
  expectTypeOf<Extract<Me, { signedIn: false }>['reason']>().toEqualTypeOf<
    'signed_out' | 'session_expired'
  >();
  // @ts-expect-error: signed out, /auth/me answers 200 without a citizen (the web must check first).
  expectTypeOf<Me['citizen']>().toBeObject();
  expectTypeOf<
    AnswerOf<(typeof api.procedures)[':procedureId']['uploads']['$post']>['uploadId']
  >().toEqualTypeOf<string>();

  // @ts-expect-error: there is no such route.
  api.procedure[':procedureId'].$get({ param: { procedureId: 'x' } });
  // @ts-expect-error: the path parameter is `procedureId`.
  api.procedures[':procedureId'].$get({ param: { id: 'x' } });
  // @ts-expect-error: a procedure is read, not posted.
  api.procedures[':procedureId'].$post({ param: { procedureId: 'x' } });

  // The request the web sends, as written: a renamed body field or parameter breaks it here too.
  api.procedures[':procedureId'].uploads.$post({
    param: { procedureId: 'x' },
    json: { action: 'add', typeId: 'other', name: 'Payslip', contentType: 'application/pdf', size: 1 },
  });
  api.procedures[':procedureId'].uploads.$post({
    param: { procedureId: 'x' },
    // @ts-expect-error: only PDF, JPEG and PNG files are accepted.
    json: { action: 'add', contentType: 'text/html', size: 1 },
  });
  api.procedures[':procedureId'].uploads.$post({
    param: { procedureId: 'x' },
    // @ts-expect-error: the action is one of add, attach, replace.
    json: { action: 'delete', contentType: 'application/pdf', size: 1 },
  });
  // @ts-expect-error: the body is required.
  api.procedures[':procedureId'].uploads.$post({ param: { procedureId: 'x' } });

  type Created = AnswerOf<(typeof api)['link-codes']['$post']>;
  expectTypeOf<Created['secondsLeft']>().toEqualTypeOf<number>();
  // @ts-expect-error: a link code says how many seconds are left, not until when.
  expectTypeOf<Created['validUntil']>().toEqualTypeOf<string>();
}

import { type Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { DOCUMENT_NAME_INPUT_MAX } from '../../../shared/limits.js';
import type { CitizenEnv } from '../auth/citizen-session.js';
import { checkedCode, codeError, codeKey, secondsLeft } from '../codes/single-use-code.js';
import { resolveTarget } from '../documents/filing-target.js';
import { createShortCode } from '../link/short-code-record.js';
import { epochSeconds } from '../platform/clock.js';
import type { Deps } from '../platform/deps.js';
import { siteOrigin } from '../platform/same-origin.js';
import { readAlongside } from '../platform/table.js';
import { jsonBody, pathParams } from '../platform/validate.js';
import { assertActive, documentsOf, procedureFor } from '../portal/procedure-record.js';
import { sendToDevice } from './device-requests.js';
import { createCode, readCode, type UploadCode, updateCode, visibleState } from './upload-code.js';

const newCodeBody = z.object({
  action: z.enum(['add', 'attach', 'replace']),
  typeId: z.optional(z.string().check(z.maxLength(64))),
  documentId: z.optional(z.uuid()),
  name: z.optional(z.string().check(z.maxLength(DOCUMENT_NAME_INPUT_MAX))),
  /** Send the request to this linked device instead of showing a QR. */
  deviceId: z.optional(z.uuid()),
});

const codeParams = z.object({
  procedureId: z.uuid(),
  codeId: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

const codeNotFound = () => codeError('upload', 'unknown', 'owner');

/**
 * The code a status poll (`GET /procedures/:procedureId/upload-codes/:codeId`) reads, told from the
 * request alone: the computer's guard reads it together with the session, one request in all (issue 14).
 */
export function uploadCodeStatusKey(c: Context) {
  const codeId =
    c.req.method === 'GET'
      ? /\/procedures\/[^/]+\/upload-codes\/([0-9a-f]{64})$/.exec(c.req.path)?.[1]
      : undefined;
  return codeId ? codeKey('upload', codeId) : undefined;
}

/**
 * 'My mobile app' on the computer: generate a code for one document, follow what the phone does
 * (the dialog's live timeline), cancel it. Only the citizen who generated a code can see or cancel it.
 * Mounted under `/procedures`, behind the computer's guard (app.ts).
 */
export function desktopCodeRoutes(deps: Deps) {
  async function ownCode(c: Context<CitizenEnv>, { procedureId, codeId }: z.infer<typeof codeParams>) {
    const citizenId = c.get('session').citizenId;
    // Read with the session by the guard for a status poll (uploadCodeStatusKey), else here.
    const read = readAlongside(c.get('alongside'), codeKey('upload', codeId));
    const code = read ? checkedCode<UploadCode>('upload', read.item) : await readCode(deps, codeId);
    if (!code || code.citizenId !== citizenId || code.target.procedureId !== procedureId) {
      throw codeNotFound();
    }
    return { code, codeId };
  }

  return new Hono<CitizenEnv>()
    .post(
      '/:procedureId/upload-codes',
      pathParams(z.object({ procedureId: z.uuid() })),
      jsonBody(newCodeBody),
      async (c) => {
        const { procedureId } = c.req.valid('param');
        const body = c.req.valid('json');
        const citizenId = c.get('session').citizenId;
        const procedure = await procedureFor(deps, citizenId, procedureId);
        assertActive(procedure);
        const target = resolveTarget(procedure, await documentsOf(deps, procedureId), body);
        if (body.deviceId) {
          // 'Send to <device>': no QR, no token; the phone finds it on its home (docs/linked-account.md).
          const sent = await sendToDevice(deps, citizenId, body.deviceId, target);
          return c.json(sent, 201);
        }
        const { token, codeId, code } = await createCode(deps, citizenId, target);
        // The same code to type, for a phone that cannot scan (SECURITY.md rows 51, 53).
        const shortCode = await createShortCode(deps, {
          journey: 'add',
          token,
          codeId,
          expiresAt: epochSeconds(code.validUntil),
        });
        // A URL, so the phone's own camera app opens the PWA too; the token stays in the fragment,
        // which browsers never send to a server (SECURITY.md row 10).
        const url = `${siteOrigin(c, deps.config.ALLOWED_ORIGINS)}/app/add#${token}`;
        return c.json({ codeId, url, shortCode, secondsLeft: secondsLeft(code, deps.clock.now()) }, 201);
      },
    )
    .get('/:procedureId/upload-codes/:codeId', pathParams(codeParams), async (c) => {
      // The session and the code in one strongly consistent request: the filed document's view is on
      // the code (filing.ts).
      const { code } = await ownCode(c, c.req.valid('param'));
      const now = deps.clock.now();
      const document = code.state === 'filed' ? code.filedDocument : undefined;
      return c.json({
        state: visibleState(code, now),
        secondsLeft: secondsLeft(code, now),
        ...(code.deviceName ? { deviceName: code.deviceName } : {}),
        ...(code.sentTo ? { sentTo: code.sentTo } : {}),
        ...(code.percent !== undefined ? { percent: code.percent } : {}),
        ...(code.refusal ? { refusal: code.refusal } : {}),
        ...(document ? { document } : {}),
      });
    })
    .delete('/:procedureId/upload-codes/:codeId', pathParams(codeParams), async (c) => {
      const { codeId } = await ownCode(c, c.req.valid('param'));
      // A code whose document is being filed can no longer be cancelled; anything before can.
      await updateCode(deps, codeId, {
        set: 'SET #state = :cancelled',
        condition: '#state IN (:waiting, :claimed, :uploading)',
        values: {
          ':cancelled': 'cancelled',
          ':waiting': 'waiting',
          ':claimed': 'claimed',
          ':uploading': 'uploading',
        },
      });
      return c.body(null, 204);
    });
}

import { Hono } from 'hono';
import * as z from 'zod/mini';
import { DOCUMENT_NAME_INPUT_MAX } from '../../../shared/limits.js';
import { requestsFor } from '../add-document/device-requests.js';
import { createCode } from '../add-document/upload-code.js';
import { codeIdOfItem, secondsLeft } from '../codes/single-use-code.js';
import { setPush } from '../devices/device-record.js';
import type { DeviceEnv } from '../devices/device-session.js';
import { endpointAllowed, subscriptionSchema } from '../devices/push.js';
import { resolveTarget } from '../documents/filing-target.js';
import type { Deps } from '../platform/deps.js';
import { ApiError, notFound } from '../platform/errors.js';
import { jsonBody, pathParams } from '../platform/validate.js';
import { assertMember, profileOf } from '../portal/citizen-record.js';
import { downloadUrl, missingRequired } from '../portal/download.js';
import {
  assertActive,
  documentsOf,
  procedureFor,
  proceduresOf,
  readDocument,
  readProcedure,
} from '../portal/procedure-record.js';
import { documentView } from '../portal/routes.js';

const id = z.uuid();
const newUploadBody = z.object({
  action: z.enum(['add', 'attach', 'replace']),
  typeId: z.optional(z.string().check(z.maxLength(64))),
  documentId: z.optional(z.uuid()),
  name: z.optional(z.string().check(z.maxLength(DOCUMENT_NAME_INPUT_MAX))),
});

/**
 * The citizen's account on a linked, unlocked phone (docs/linked-account.md): the same data as the
 * computer's portal, authorised by the device session only — a desktop cookie opens none of it
 * (SECURITY.md rows 47, 48). Every read goes through the citizen's eSpace memberships. Mounted at
 * `/device` behind the device session guard and the upload-code refusal (app.ts).
 */
export function accountRoutes(deps: Deps) {
  const citizenOf = (c: { get(key: 'device'): { citizenId: string } }) => c.get('device').citizenId;

  return new Hono<DeviceEnv>()
    .get('/account', async (c) => {
      const profile = await profileOf(deps, citizenOf(c));
      return c.json({ name: profile.name, espaces: profile.espaces });
    })
    .get('/espaces/:espaceId/procedures', pathParams(z.object({ espaceId: id })), async (c) => {
      const { espaceId } = c.req.valid('param');
      await assertMember(deps, citizenOf(c), espaceId);
      const procedures = await proceduresOf(deps, espaceId);
      const listed = await Promise.all(
        procedures.map(async (summary) => {
          // The list item carries no document types: read the procedure itself for what is missing.
          const procedure = (await readProcedure(deps, summary.procedureId)) ?? summary;
          const documents = await documentsOf(deps, summary.procedureId);
          return {
            procedureId: procedure.procedureId,
            reference: procedure.reference,
            title: procedure.title,
            status: procedure.status,
            openedAt: procedure.openedAt,
            missing: procedure.status === 'active' ? missingRequired(procedure, documents).length : 0,
          };
        }),
      );
      // Active first, newest first; closed ones apart, after them.
      listed.sort((a, b) =>
        a.status === b.status ? b.openedAt.localeCompare(a.openedAt) : a.status === 'active' ? -1 : 1,
      );
      return c.json({ procedures: listed });
    })
    .get('/procedures/:procedureId', pathParams(z.object({ procedureId: id })), async (c) => {
      const { procedureId } = c.req.valid('param');
      const procedure = await procedureFor(deps, citizenOf(c), procedureId);
      const documents = await documentsOf(deps, procedureId);
      return c.json({
        procedure,
        documents: documents.map(documentView),
        missing: procedure.status === 'active' ? missingRequired(procedure, documents) : [],
      });
    })
    .get(
      '/procedures/:procedureId/documents/:documentId/file',
      pathParams(z.object({ procedureId: id, documentId: id })),
      async (c) => {
        const { procedureId, documentId } = c.req.valid('param');
        await procedureFor(deps, citizenOf(c), procedureId);
        const document = await readDocument(deps, procedureId, documentId);
        if (!document) throw notFound('This document');
        return c.redirect(await downloadUrl(deps, document), 302);
      },
    )
    .post(
      '/procedures/:procedureId/uploads',
      pathParams(z.object({ procedureId: id })),
      jsonBody(newUploadBody),
      async (c) => {
        // 'Add a supporting document' / 'Attach' / 'Replace' on the phone: an upload code bound to this
        // device, then the same send, checks and filing as after a QR (functions/src/add-document).
        const { procedureId } = c.req.valid('param');
        const body = c.req.valid('json');
        const device = c.get('device');
        const procedure = await procedureFor(deps, device.citizenId, procedureId);
        assertActive(procedure);
        const target = resolveTarget(procedure, await documentsOf(deps, procedureId), body);
        const { codeId, code } = await createCode(deps, device.citizenId, target, {
          deviceId: device.deviceId,
        });
        return c.json({ codeId, secondsLeft: secondsLeft(code, deps.clock.now()) }, 201);
      },
    )
    .get('/requests', async (c) => {
      const device = c.get('device');
      const codes = await requestsFor(deps, device.citizenId, device.deviceId);
      const requests = await Promise.all(
        codes.map(async (code) => {
          const procedure = await readProcedure(deps, code.target.procedureId);
          const type = procedure?.documentTypes.find((t) => t.typeId === code.target.typeId);
          return {
            codeId: codeIdOfItem(code),
            action: code.target.action,
            procedure: procedure
              ? { procedureId: procedure.procedureId, title: procedure.title, reference: procedure.reference }
              : undefined,
            type: type ? { label: type.label } : undefined,
            name: code.target.name,
            secondsLeft: secondsLeft(code, deps.clock.now()),
          };
        }),
      );
      return c.json({ requests: requests.filter((request) => request.procedure) });
    })
    .get('/push', (c) => c.json({ publicKey: deps.config.VAPID_PUBLIC_KEY ?? null }))
    .put('/push', jsonBody(z.object({ subscription: subscriptionSchema })), async (c) => {
      const { subscription } = c.req.valid('json');
      if (!deps.config.VAPID_PUBLIC_KEY) {
        throw new ApiError(409, 'push_unavailable', 'Notifications are not available on this service.');
      }
      if (!endpointAllowed(deps, subscription.endpoint)) {
        throw new ApiError(
          400,
          'push_endpoint_refused',
          'This browser’s notification service is not supported.',
        );
      }
      await setPush(deps, c.get('device'), subscription);
      return c.json({ notifications: true });
    })
    .delete('/push', async (c) => {
      await setPush(deps, c.get('device'), undefined);
      return c.json({ notifications: false });
    });
}

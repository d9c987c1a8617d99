import { Hono } from 'hono';
import * as z from 'zod/mini';
import { ACCEPTED_CONTENT_TYPES, DOCUMENT_NAME_INPUT_MAX } from '../../../shared/limits.js';
import type { CitizenEnv } from '../auth/citizen-session.js';
import { epochSeconds } from '../platform/clock.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { hashToken, newId, newToken, TOKEN_PATTERN } from '../platform/tokens.js';
import { jsonBody, pathParams } from '../platform/validate.js';
import { assertActive, documentsOf, procedureFor } from '../portal/procedure-record.js';
import { documentView } from '../portal/routes.js';
import {
  markUploadFiled,
  putNewUpload,
  readUpload,
  releaseUpload,
  startFilingUpload,
} from './computer-upload-record.js';
import { fileUpload } from './file-document.js';
import { resolveTarget } from './filing-target.js';
import { extensionOf, presignUpload, tooLarge } from './storage.js';

const UPLOAD_SECONDS = 60 * 60;

const newUploadBody = z.object({
  action: z.enum(['add', 'attach', 'replace']),
  typeId: z.optional(z.string().check(z.maxLength(64))),
  documentId: z.optional(z.uuid()),
  name: z.optional(z.string().check(z.maxLength(DOCUMENT_NAME_INPUT_MAX))),
  contentType: z.enum(ACCEPTED_CONTENT_TYPES),
  size: z.int().check(z.positive()),
});

/**
 * 'My computer': the browser sends the file straight to S3, then asks us to check and file it.
 * Mounted under `/procedures`, behind the computer's guard (app.ts).
 */
export function computerUploadRoutes(deps: Deps) {
  return new Hono<CitizenEnv>()
    .post(
      '/:procedureId/uploads',
      pathParams(z.object({ procedureId: z.uuid() })),
      jsonBody(newUploadBody),
      async (c) => {
        const { procedureId } = c.req.valid('param');
        const body = c.req.valid('json');
        const citizenId = c.get('session').citizenId;
        const procedure = await procedureFor(deps, citizenId, procedureId);
        assertActive(procedure);
        if (body.size > deps.config.MAX_UPLOAD_BYTES) {
          throw tooLarge(deps.config.MAX_UPLOAD_BYTES);
        }
        const target = resolveTarget(procedure, await documentsOf(deps, procedureId), body);
        const uploadId = newToken();
        const upload = await putNewUpload(deps, uploadId, {
          citizenId,
          target,
          key: `incoming/${hashToken(uploadId).slice(0, 32)}/${newId()}.${extensionOf[body.contentType]}`,
          contentType: body.contentType,
          expiresAt: epochSeconds(deps.clock.now()) + UPLOAD_SECONDS,
        });
        return c.json({ uploadId, ...(await presignUpload(deps, upload.key, body.contentType)) }, 201);
      },
    )
    .post(
      '/:procedureId/uploads/:uploadId/complete',
      pathParams(z.object({ procedureId: z.uuid(), uploadId: z.string().check(z.regex(TOKEN_PATTERN)) })),
      async (c) => {
        const { procedureId, uploadId } = c.req.valid('param');
        const citizenId = c.get('session').citizenId;
        const upload = await readUpload(deps, uploadId);
        if (
          upload?.kind !== 'computer' ||
          upload.citizenId !== citizenId ||
          upload.target.procedureId !== procedureId
        ) {
          throw new ApiError(
            404,
            'upload_not_found',
            'This upload could not be found. Choose the file again.',
          );
        }
        if (upload.expiresAt <= epochSeconds(deps.clock.now())) {
          throw new ApiError(
            410,
            'upload_expired',
            'This upload took too long and has expired. Choose the file again.',
          );
        }
        if (upload.state === 'filed' || (upload.state === 'filing' && !upload.documentId))
          throw new ApiError(409, 'upload_done', 'This file has already been added.');
        assertActive(await procedureFor(deps, citizenId, procedureId));
        // Consume first, then file: a second completion of the same upload can never file twice. A
        // completion cut short by an unavailable service (row 38) left it 'filing' with its document id:
        // the retry resumes with that id (fileUpload is idempotent per id), so it files exactly once.
        const resumed = upload.state === 'filing' ? upload.documentId : undefined;
        const documentId = resumed ?? newId();
        if (!resumed && !(await startFilingUpload(deps, uploadId, documentId)))
          throw new ApiError(409, 'upload_done', 'This file has already been added.');
        const job = {
          target: upload.target,
          incomingKey: upload.key,
          contentType: upload.contentType,
          source: 'computer' as const,
          documentId,
        };
        const document = await fileUpload(deps, job).catch(async (error: Error) => {
          if (error instanceof ApiError && [409, 413, 422].includes(error.status)) {
            await releaseUpload(deps, uploadId, documentId);
          }
          throw error;
        });
        await markUploadFiled(deps, uploadId, documentId);
        return c.json({ document: documentView(document) }, 201);
      },
    );
}

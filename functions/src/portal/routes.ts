import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { CitizenEnv } from '../auth/citizen-session.js';
import type { Deps } from '../platform/deps.js';
import { notFound } from '../platform/errors.js';
import { pathParams } from '../platform/validate.js';
import { assertMember } from './citizen-record.js';
import { downloadUrl } from './download.js';
import type { Procedure, SupportingDocument } from './model.js';
import { documentsOf, procedureFor, proceduresOf, readDocument } from './procedure-record.js';

const id = z.uuid();

/** What a browser sees of a document: never the storage key. */
export function documentView(document: SupportingDocument) {
  const { fileKey: _key, ...view } = document;
  return view;
}

const summary = ({ procedureId, reference, title, status, openedAt }: Procedure) => ({
  procedureId,
  reference,
  title,
  status,
  openedAt,
});

/** `/espaces…` on the computer (signed-in citizen; the guard is at the mount, app.ts). */
export function espaceRoutes(deps: Deps) {
  return new Hono<CitizenEnv>().get(
    '/:espaceId/procedures',
    pathParams(z.object({ espaceId: id })),
    async (c) => {
      const { espaceId } = c.req.valid('param');
      await assertMember(deps, c.get('session').citizenId, espaceId);
      const procedures = await proceduresOf(deps, espaceId);
      procedures.sort((a, b) => b.openedAt.localeCompare(a.openedAt));
      return c.json({ procedures: procedures.map(summary) });
    },
  );
}

/** `/procedures/:procedureId…` on the computer: a procedure and its documents' files. */
export function procedureRoutes(deps: Deps) {
  return new Hono<CitizenEnv>()
    .get('/:procedureId', pathParams(z.object({ procedureId: id })), async (c) => {
      const { procedureId } = c.req.valid('param');
      const procedure = await procedureFor(deps, c.get('session').citizenId, procedureId);
      const documents = await documentsOf(deps, procedureId);
      return c.json({ procedure, documents: documents.map(documentView) });
    })
    .get(
      '/:procedureId/documents/:documentId/file',
      pathParams(z.object({ procedureId: id, documentId: id })),
      async (c) => {
        const { procedureId, documentId } = c.req.valid('param');
        await procedureFor(deps, c.get('session').citizenId, procedureId);
        const document = await readDocument(deps, procedureId, documentId);
        if (!document) throw notFound('This document');
        const url = await downloadUrl(deps, document);
        c.header('Cache-Control', 'no-store');
        return c.redirect(url, 302);
      },
    );
}

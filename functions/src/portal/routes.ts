import { Hono } from 'hono';
import * as z from 'zod/mini';
import { type CitizenEnv, requireCitizen } from '../auth/citizen-session.js';
import type { Deps } from '../platform/deps.js';
import { notFound } from '../platform/errors.js';
import { readParams } from '../platform/validate.js';
import { assertMember } from './citizens.js';
import { downloadUrl } from './download.js';
import type { Procedure, SupportingDocument } from './model.js';
import { documentsOf, procedureFor, proceduresOf, readDocument } from './procedures.js';

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

export function portalRoutes(deps: Deps) {
  return new Hono<CitizenEnv>()
    .use('/espaces/*', requireCitizen(deps))
    .use('/procedures/*', requireCitizen(deps))
    .get('/espaces/:espaceId/procedures', async (c) => {
      const espaceId = readParams(c.req.param('espaceId'), id);
      await assertMember(deps, c.get('session').citizenId, espaceId);
      const procedures = await proceduresOf(deps, espaceId);
      procedures.sort((a, b) => b.openedAt.localeCompare(a.openedAt));
      return c.json({ procedures: procedures.map(summary) });
    })
    .get('/procedures/:procedureId', async (c) => {
      const procedureId = readParams(c.req.param('procedureId'), id);
      const procedure = await procedureFor(deps, c.get('session').citizenId, procedureId);
      const documents = await documentsOf(deps, procedureId);
      return c.json({ procedure, documents: documents.map(documentView) });
    })
    .get('/procedures/:procedureId/documents/:documentId/file', async (c) => {
      const { procedureId, documentId } = readParams(
        c.req.param(),
        z.object({ procedureId: id, documentId: id }),
      );
      await procedureFor(deps, c.get('session').citizenId, procedureId);
      const document = await readDocument(deps, procedureId, documentId);
      if (!document) throw notFound('This document');
      const url = await downloadUrl(deps, document);
      c.header('Cache-Control', 'no-store');
      return c.redirect(url, 302);
    });
}

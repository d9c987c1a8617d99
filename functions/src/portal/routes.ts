import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { type CitizenEnv, requireCitizen } from '../auth/citizen-session.js';
import type { Deps } from '../platform/deps.js';
import { notFound } from '../platform/errors.js';
import { readParams } from '../platform/validate.js';
import { assertMember } from './citizens.js';
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
      const extension = document.fileKey.split('.').pop();
      const fileName = `${document.name.replace(/[^\p{L}\p{N} ._-]/gu, '_').slice(0, 80) || 'document'}.${extension}`;
      // Short-lived and always a download: a filed file is never rendered on our origin or S3's.
      const url = await getSignedUrl(
        deps.s3Public,
        new GetObjectCommand({
          Bucket: deps.config.BUCKET_NAME,
          Key: document.fileKey,
          ResponseContentDisposition: `attachment; filename="${fileName.replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
          ResponseContentType: document.contentType,
        }),
        { expiresIn: 60 },
      );
      c.header('Cache-Control', 'no-store');
      return c.redirect(url, 302);
    });
}

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import jpeg from 'jpeg-js';
import type { BrowserContext, Page } from 'playwright-core';
import { codeKey } from '../../../functions/src/codes/single-use-code.js';
import { hashToken } from '../../../functions/src/platform/tokens.js';
import { tempFile } from './browser.js';
import { stackDeps } from './stack-data.js';

export const HOUSING = '00000000-0000-4000-8000-000000000201';

/** 'Generate' through the API from the desktop page (its session, its origin), for tests that skip the dialog. */
export async function generateCode(desktop: Page, body: Record<string, unknown>) {
  const created = await desktop.evaluate(
    async ({ procedureId, body }) => {
      const response = await fetch(`/api/procedures/${procedureId}/upload-codes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { codeId: string; url: string };
    },
    { procedureId: HOUSING, body },
  );
  return { ...created, token: new URL(created.url).hash.slice(1) };
}

/** What the computer's timeline reads from the API for a code. */
export function codeStatus(desktop: Page, codeId: string) {
  return desktop.evaluate(
    async ({ procedureId, codeId }) =>
      (await fetch(`/api/procedures/${procedureId}/upload-codes/${codeId}`)).json(),
    { procedureId: HOUSING, codeId },
  ) as Promise<{ state: string; document?: { documentId: string; name: string; pages?: number } }>;
}

/** The filed document's bytes, downloaded as the desktop would (presigned redirect to storage). */
export async function download(desktop: BrowserContext, origin: string, documentId: string) {
  const response = await desktop.request.get(
    `${origin}/api/procedures/${HOUSING}/documents/${documentId}/file`,
  );
  return Buffer.from(await response.body());
}

/** Moves a code's end into the past, as 30 minutes would (the item stays in the table). */
export async function expireCode(token: string) {
  const deps = stackDeps();
  await deps.db.send(
    new UpdateCommand({
      TableName: deps.config.TABLE_NAME,
      Key: codeKey('upload', hashToken(token)),
      UpdateExpression: 'SET validUntil = :past',
      ExpressionAttributeValues: { ':past': Date.now() - 1000 },
    }),
  );
}

/** A photo-sized JPEG of a plain page with a coloured band, written to a temporary file. */
export function jpegFile(name: string, width: number, height: number, band: [number, number, number]) {
  const data = Buffer.alloc(width * height * 4, 255);
  for (let y = Math.floor(height / 3); y < Math.floor(height / 2); y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      [data[i], data[i + 1], data[i + 2]] = band;
    }
  }
  const path = tempFile(name);
  writeFileSync(path, jpeg.encode({ data, width, height }, 80).data);
  return path;
}

/** What a real PDF reader says about a file: qpdf's structural check and pdfinfo's page count. */
export function readPdf(bytes: Buffer) {
  const path = tempFile('filed.pdf');
  writeFileSync(path, bytes);
  execFileSync('/usr/bin/qpdf', ['--check', path], { stdio: 'pipe' });
  const info = execFileSync('/usr/bin/pdfinfo', [path], { encoding: 'utf8' });
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), info };
}

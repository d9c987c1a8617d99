import { Hono } from 'hono';
import * as z from 'zod/mini';
import { secondsLeft } from '../codes/single-use-code.js';
import { presignUpload, tooLarge } from '../documents/storage.js';
import { maskName } from '../link/mask-name.js';
import type { Deps } from '../platform/deps.js';
import { ApiError } from '../platform/errors.js';
import { hashToken, newId, newToken } from '../platform/tokens.js';
import { jsonBody } from '../platform/validate.js';
import { profileName } from '../portal/citizen-record.js';
import type { SupportingDocument } from '../portal/model.js';
import { assertActive, readProcedure } from '../portal/procedure-record.js';
import { type Filing, fileCode, filedDocument, startFiling, takeOver } from './filing.js';
import { linkedDeviceName } from './linked-device.js';
import type { PhoneEnv } from './phone-credentials.js';
import {
  assertUsable,
  codeErrors,
  MAX_PRESIGNS,
  readCode,
  type UploadCode,
  updateCode,
  visibleState,
} from './upload-code.js';

// Bodies name only what the phone decides (how big, how far). Procedure, type and document come
// from the code; anything else in a body is dropped by zod (SECURITY.md row 25).
const presignBody = z.object({ size: z.int().check(z.positive()) });
const progressBody = z.object({ percent: z.int().check(z.gte(0), z.lte(100)) });

/** What the phone is told once its document exists: it may now let go of its PDF. */
const filedAnswer = (document: SupportingDocument) => ({
  state: 'filed' as const,
  document: { name: document.name, pages: document.pages, size: document.size },
});

const tooManyUploads = () =>
  new ApiError(
    429,
    'too_many_uploads',
    'Too many attempts to send a file with this QR code. Generate a new code on your computer.',
  );

/**
 * 'Add a document' on the phone, linked or not: the code itself is the phone's only credential, and
 * it lets the phone do one thing: send one PDF into the procedure it was generated for. Mounted at
 * `/upload-code` behind the guess limit and the code check (app.ts).
 */
export function phoneCodeRoutes(deps: Deps) {
  /** The code, still usable and claimed by the phone asking. */
  /** The code this phone has claimed, with the claim it was checked against. */
  async function claimedCode(codeId: string, claimHash: string | undefined) {
    const code = await readCode(deps, codeId);
    assertUsable(code, deps.clock.now());
    if (!claimHash || code.claimHash !== claimHash) throw codeErrors.claimed();
    return { ...code, claimHash };
  }

  /** Only this phone, only while the code is valid, only from the states listed. */
  const mine = (claimHash: string, states: UploadCode['state'][]) => ({
    condition: `claimHash = :claim AND validUntil > :now AND #state IN (${states.map((s) => `:${s}`).join(', ')})`,
    values: {
      ':claim': claimHash,
      ':now': deps.clock.now(),
      ...Object.fromEntries(states.map((state) => [`:${state}`, state])),
    },
  });

  return new Hono<PhoneEnv>()
    .get('/', async (c) => {
      const code = await readCode(deps, c.get('codeId'));
      assertUsable(code, deps.clock.now());
      const claimedByYou = Boolean(code.claimHash) && code.claimHash === c.get('claimHash');
      if (code.claimHash && !claimedByYou) throw codeErrors.claimed();
      const procedure = await readProcedure(deps, code.target.procedureId);
      if (!procedure) throw codeErrors.unknown();
      assertActive(procedure);
      const type = procedure.documentTypes.find((candidate) => candidate.typeId === code.target.typeId);
      const owner = await profileName(deps, code.citizenId);
      // What the code is for, and no more: never the procedure's documents (SECURITY.md row 26).
      return c.json({
        action: code.target.action,
        procedure: { title: procedure.title, reference: procedure.reference },
        type: type ? { label: type.label } : undefined,
        name: code.target.name,
        owner: maskName(owner),
        secondsLeft: secondsLeft(code, deps.clock.now()),
        state: visibleState(code, deps.clock.now()),
        claimedByYou,
        limits: { maxBytes: deps.config.MAX_UPLOAD_BYTES, maxPages: deps.config.MAX_PDF_PAGES },
      });
    })
    .post('/claim', async (c) => {
      const codeId = c.get('codeId');
      const code = await readCode(deps, codeId);
      assertUsable(code, deps.clock.now());
      const claim = newToken();
      const deviceName = await linkedDeviceName(c, deps, code.citizenId);
      // One conditional write: the first phone to go on wins, any other is told the code is taken.
      await updateCode(deps, codeId, {
        set: `SET #state = :claimed, claimHash = :claimHash, claimedAt = :now${deviceName ? ', deviceName = :device' : ''}`,
        condition: '#state = :waiting AND validUntil > :now AND attribute_not_exists(claimHash)',
        values: {
          ':claimed': 'claimed',
          ':waiting': 'waiting',
          ':claimHash': hashToken(claim),
          ':now': deps.clock.now(),
          ...(deviceName ? { ':device': deviceName } : {}),
        },
      });
      return c.json({ claim }, 201);
    })
    .post('/release', async (c) => {
      const { claimHash } = await claimedCode(c.get('codeId'), c.get('claimHash'));
      const { condition, values } = mine(claimHash, ['claimed', 'uploading']);
      await updateCode(deps, c.get('codeId'), {
        set: 'SET #state = :waiting REMOVE claimHash, deviceName, #percent, #key',
        condition,
        values: { ...values, ':waiting': 'waiting' },
      });
      return c.body(null, 204);
    })
    .post('/presign', jsonBody(presignBody), async (c) => {
      const codeId = c.get('codeId');
      const code = await claimedCode(codeId, c.get('claimHash'));
      const { size } = c.req.valid('json');
      if (size > deps.config.MAX_UPLOAD_BYTES) throw tooLarge(deps.config.MAX_UPLOAD_BYTES);
      const procedure = await readProcedure(deps, code.target.procedureId);
      if (procedure) assertActive(procedure);
      const key = `incoming/${codeId.slice(0, 32)}/${newId()}.pdf`;
      const { condition, values } = mine(code.claimHash, ['claimed', 'uploading']);
      await updateCode(
        deps,
        codeId,
        {
          set: 'SET #state = :uploading, #percent = :zero, #key = :key, presigns = if_not_exists(presigns, :zero) + :one REMOVE refusal',
          condition: `${condition} AND (attribute_not_exists(presigns) OR presigns < :max)`,
          values: { ...values, ':zero': 0, ':one': 1, ':key': key, ':max': MAX_PRESIGNS },
        },
        (current) => ((current.presigns ?? 0) >= MAX_PRESIGNS ? tooManyUploads() : codeErrors.claimed()),
      );
      return c.json(await presignUpload(deps, key, 'application/pdf'), 201);
    })
    .post('/progress', jsonBody(progressBody), async (c) => {
      const code = await claimedCode(c.get('codeId'), c.get('claimHash'));
      const { percent } = c.req.valid('json');
      const { condition, values } = mine(code.claimHash, ['uploading']);
      await updateCode(deps, c.get('codeId'), {
        set: 'SET #percent = :percent',
        condition,
        values: { ...values, ':percent': percent },
      });
      return c.body(null, 204);
    })
    .post('/complete', async (c) => {
      const codeId = c.get('codeId');
      const code = await readCode(deps, codeId);
      const claimHash = c.get('claimHash');
      if (!code || !claimHash || code.claimHash !== claimHash) {
        assertUsable(code, deps.clock.now());
        throw codeErrors.claimed();
      }
      // Asked again once filed (the answer was lost): told 'filed', with the document (row 39).
      const filed = await filedDocument(deps, code);
      if (filed) return c.json(filedAnswer(filed), 200);
      let filing: Filing;
      if (code.state === 'filing') {
        // Stopped mid-filing (a crash, a timeout, a service down): resumed once its lease is free.
        if (!code.documentId || !code.key) throw codeErrors.filing();
        const taken = await takeOver(deps, codeId, code as Filing);
        if ('filed' in taken) return c.json(filedAnswer(taken.filed), 200);
        filing = taken.filing;
      } else {
        assertUsable(code, deps.clock.now());
        if (code.state !== 'uploading' || !code.key) {
          throw new ApiError(
            409,
            'upload_missing',
            'The file did not arrive. Check your connection and send it again.',
          );
        }
        const procedure = await readProcedure(deps, code.target.procedureId);
        if (procedure) assertActive(procedure);
        // Consume first, then file: two completions of one code can never file twice.
        filing = await startFiling(deps, codeId, code, newId());
      }
      return c.json(filedAnswer(await fileCode(deps, codeId, filing)), 201);
    });
}

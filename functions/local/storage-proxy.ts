import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { S3RequestPresigner } from '@aws-sdk/s3-request-presigner';
import type { Context } from 'hono';

/**
 * `npm start -- --lan` serves S3 (s3rver) through the site at /storage/*, so a phone on the network
 * can upload to it. s3rver checks no signature and no POST policy, so the proxy does it itself
 * (SECURITY.md row 46): it forwards only
 * - a presigned upload POST to the bucket, whose policy is signed with the API's key, not expired,
 *   and whose every condition holds (its own key, type, size), and
 * - a presigned GET of one object, whose signature it recomputes and which has not expired.
 * Listing, unsigned or forged reads, PUT, DELETE, multi-delete and anything else are refused.
 */
export interface StorageProxyOptions {
  /** s3rver's own address. */
  target: string;
  bucket: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  clock?: () => number;
}

const PREFIX = '/storage';

const refuse = (c: Context, why: string) => c.text(`Forbidden: ${why}`, 403);

const bytes = (data: string | ArrayBuffer | ArrayBufferView) =>
  typeof data === 'string'
    ? data
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);

/** SHA-256 and HMAC-SHA-256 as the SDK's signer expects them. */
class Sha256 {
  private readonly hash;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret ? createHmac('sha256', bytes(secret)) : createHash('sha256');
  }
  update(data: string | ArrayBuffer | ArrayBufferView) {
    this.hash.update(bytes(data));
  }
  digest() {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

const hmac = (key: string | Buffer, value: string) => createHmac('sha256', key).update(value).digest();

const sameText = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/** `20261130T224900Z` → milliseconds. */
function amzDate(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{8}T\d{6}Z$/.test(value)) return undefined;
  const at = (from: number, to: number) => Number(value.slice(from, to));
  return Date.UTC(at(0, 4), at(4, 6) - 1, at(6, 8), at(9, 11), at(11, 13), at(13, 15));
}

export function storageProxy(options: StorageProxyOptions) {
  const now = options.clock ?? Date.now;
  const { accessKeyId, secretAccessKey } = options.credentials;
  const presigner = new S3RequestPresigner({
    credentials: options.credentials,
    region: options.region,
    sha256: Sha256,
  });

  /** A presigned POST: the policy's signature, expiry and every condition, as S3 checks them. */
  async function upload(c: Context) {
    const form = await c.req.formData().catch(() => undefined);
    const file = form?.get('file');
    if (!form || !(file instanceof Blob)) return refuse(c, 'not an upload');
    const fields = new Map<string, string>();
    for (const [name, value] of form) {
      if (name !== 'file' && typeof value === 'string') fields.set(name.toLowerCase(), value);
    }
    const policyText = fields.get('policy') ?? '';
    const [keyId, day, region, service, terminator] = (fields.get('x-amz-credential') ?? '').split('/');
    if (
      fields.get('x-amz-algorithm') !== 'AWS4-HMAC-SHA256' ||
      keyId !== accessKeyId ||
      region !== options.region ||
      service !== 's3' ||
      terminator !== 'aws4_request' ||
      !day
    ) {
      return refuse(c, 'not signed by Passerelle');
    }
    const signingKey = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, day), region), 's3'), 'aws4_request');
    if (!sameText(hmac(signingKey, policyText).toString('hex'), fields.get('x-amz-signature') ?? '')) {
      return refuse(c, 'bad signature');
    }
    let policy: { expiration?: string; conditions?: unknown[] };
    try {
      policy = JSON.parse(Buffer.from(policyText, 'base64').toString('utf8'));
    } catch {
      return refuse(c, 'bad policy');
    }
    if (!(Date.parse(policy.expiration ?? '') > now())) return refuse(c, 'expired');
    const values = new Map(fields);
    values.set('bucket', options.bucket);
    const covered = new Set(['policy', 'x-amz-signature', 'file']);
    for (const condition of policy.conditions ?? []) {
      if (Array.isArray(condition) && condition[0] === 'content-length-range') {
        if (file.size < Number(condition[1]) || file.size > Number(condition[2])) {
          return refuse(c, 'size outside the policy');
        }
        continue;
      }
      const [operator, field, expected] = Array.isArray(condition)
        ? [String(condition[0]), String(condition[1]).replace(/^\$/, '').toLowerCase(), String(condition[2])]
        : (() => {
            const [name, value] = Object.entries(condition as Record<string, string>)[0] ?? [];
            return ['eq', String(name).toLowerCase(), String(value)];
          })();
      const actual = values.get(field) ?? '';
      const holds =
        operator === 'eq' ? actual === expected : operator === 'starts-with' && actual.startsWith(expected);
      if (!holds) return refuse(c, `${field} outside the policy`);
      covered.add(field);
    }
    // As on S3: a field the policy does not name may not ride along.
    for (const name of fields.keys()) {
      if (!covered.has(name) && !name.startsWith('x-ignore-')) return refuse(c, `${name} not in the policy`);
    }
    const forwarded = new FormData();
    for (const [name, value] of form) if (name !== 'file') forwarded.append(name, value);
    forwarded.append('file', file);
    return relay(await fetch(`${options.target}/${options.bucket}`, { method: 'POST', body: forwarded }));
  }

  /** A presigned GET of one object: the signature is recomputed with the API's key, expiry checked. */
  async function read(c: Context, url: URL) {
    const query = Object.fromEntries(url.searchParams);
    const signedAt = amzDate(query['X-Amz-Date']);
    const expires = Number(query['X-Amz-Expires']);
    const given = query['X-Amz-Signature'];
    if (!given || signedAt === undefined || !(expires > 0) || query['X-Amz-SignedHeaders'] !== 'host') {
      return refuse(c, 'not a presigned read');
    }
    if (signedAt + expires * 1000 <= now()) return refuse(c, 'expired');
    // The identity fields are set again by the signer; everything else is signed as it was given.
    const rest: Record<string, string> = { ...query };
    for (const name of [
      'X-Amz-Signature',
      'X-Amz-Algorithm',
      'X-Amz-Credential',
      'X-Amz-Date',
      'X-Amz-Expires',
      'X-Amz-SignedHeaders',
    ]) {
      delete rest[name];
    }
    const signed = await presigner.presign(
      {
        method: 'GET',
        protocol: url.protocol,
        hostname: url.hostname,
        port: url.port ? Number(url.port) : undefined,
        path: url.pathname,
        query: rest,
        headers: { host: url.host },
      },
      { signingDate: new Date(signedAt), expiresIn: expires },
    );
    const expected = String(signed.query?.['X-Amz-Signature'] ?? '');
    if (!sameText(expected, given) || signed.query?.['X-Amz-Credential'] !== query['X-Amz-Credential']) {
      return refuse(c, 'bad signature');
    }
    return relay(await fetch(`${options.target}${url.pathname.slice(PREFIX.length)}${url.search}`));
  }

  return async (c: Context) => {
    const url = new URL(c.req.url);
    const path = url.pathname.slice(PREFIX.length);
    const bucketPath = `/${options.bucket}`;
    if (c.req.method === 'POST' && (path === bucketPath || path === `${bucketPath}/`) && !url.search) {
      return upload(c);
    }
    // One object of the bucket (never the bucket itself: that is a listing).
    if (c.req.method === 'GET' && path.startsWith(`${bucketPath}/`) && path.length > bucketPath.length + 1) {
      return read(c, url);
    }
    return refuse(c, 'only presigned uploads and reads pass');
  };
}

/** s3rver's answer, as it is (status, type, disposition, body). */
function relay(response: Response) {
  const headers = new Headers();
  for (const name of [
    'content-type',
    'content-length',
    'content-disposition',
    'etag',
    'last-modified',
    'location',
  ]) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(response.body, { status: response.status, headers });
}

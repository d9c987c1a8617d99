import { describe, expect, it } from 'vitest';
import { filesUnder, read } from './source-files.js';

/**
 * One storage module per record (issue 10; docs/architecture.md, Data): only a record module talks
 * to the table. A record module is named `<record>-record.ts` and holds its record's key builders,
 * checked reads and guarded writes; besides them only the single-use code (codes/single-use-code.ts,
 * every link and upload code) and platform/table.ts (the put-if-absent and page-by-page query the
 * records share) send DynamoDB commands. Tests may read and write the table directly.
 */
const GENERIC = ['functions/src/codes/single-use-code.ts', 'functions/src/platform/table.ts'];
/** Where the client is made and its SDK imported: they build it, they send nothing. */
const CLIENT = [
  'functions/src/platform/deps.ts',
  'functions/src/platform/dynamo-sdk.ts',
  'functions/src/platform/lazy-clients.ts',
];

const isRecordModule = (file: string) => file.endsWith('-record.ts') || GENERIC.includes(file);
const sources = filesUnder('functions/src', ['.ts']).filter((file) => !file.endsWith('.test.ts'));

describe('the storage seam', () => {
  it('sends DynamoDB commands (`db.send`) only from record modules', () => {
    const senders = sources.filter((file) => /\bdb\s*\.\s*send\s*\(/.test(read(file)));
    expect(senders.length).toBeGreaterThan(10);
    expect(senders.filter((file) => !isRecordModule(file))).toEqual([]);
  });

  it('imports DynamoDB commands only in record modules (and where the client is built)', () => {
    const importers = sources.filter((file) => /from '@aws-sdk\/(lib|client)-dynamodb'/.test(read(file)));
    expect(importers.filter((file) => !isRecordModule(file) && !CLIENT.includes(file))).toEqual([]);
  });

  it('a record module is one record: no two of them build the same key prefix', () => {
    const owners = new Map<string, string[]>();
    for (const file of sources.filter((file) => file.endsWith('-record.ts'))) {
      for (const match of read(file).matchAll(/pk: `([A-Z_]+)#/g)) {
        const prefix = match[1] as string;
        owners.set(prefix, [...new Set([...(owners.get(prefix) ?? []), file])]);
      }
    }
    expect(owners.size).toBeGreaterThan(5);
    // USER# holds a citizen's profile, memberships, devices and device requests, each its own sort key.
    const shared = [...owners].filter(([prefix, files]) => files.length > 1 && prefix !== 'USER');
    expect(shared).toEqual([]);
  });
});

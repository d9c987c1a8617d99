import { describe, expect, it } from 'vitest';
import { testApp } from '../../test/test-app.js';
import { filingMarkerPages, forgetFiling, markFiling } from './filing-marker-record.js';

async function markers(deps: Parameters<typeof filingMarkerPages>[0]) {
  const all = [];
  for await (const page of filingMarkerPages(deps)) all.push(...page);
  return all;
}

describe('the filing marker (SWEEP#FILING), on the embedded DynamoDB', () => {
  it('is replaced only by a marker no older than itself: a late write of an earlier attempt changes nothing', async () => {
    const t = await testApp();
    await markFiling(t.deps, 'code-1', 2_000, 50);
    // Filed again (given back, then sent anew): the newer marker replaces the older one.
    await markFiling(t.deps, 'code-1', 3_000, 60);
    expect(await markers(t.deps)).toMatchObject([{ codeId: 'code-1', at: 3_000, expiresAt: 60 }]);
    // An earlier attempt's write arriving late is refused quietly: the marker keeps its age.
    await markFiling(t.deps, 'code-1', 1_000, 40);
    expect(await markers(t.deps)).toMatchObject([{ codeId: 'code-1', at: 3_000 }]);
    await forgetFiling(t.deps, 'code-1');
    expect(await markers(t.deps)).toEqual([]);
  });
});

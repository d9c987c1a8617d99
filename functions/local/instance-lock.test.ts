import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireInstanceLock } from './instance-lock.js';

describe('one npm start per data folder', () => {
  it('tells a second start that Passerelle already runs there, and where', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-lock-'));
    // The first start is another process, as when two terminals run `npm start`.
    const first = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    writeFileSync(
      join(dataDir, 'passerelle.lock'),
      JSON.stringify({ pid: first.pid, site: 'http://localhost:5173' }),
    );
    try {
      expect(acquireInstanceLock(dataDir, 'http://localhost:5173')).toEqual({
        acquired: false,
        pid: first.pid,
        site: 'http://localhost:5173',
      });
    } finally {
      first.kill();
      await new Promise((done) => first.once('exit', done));
    }
    // Once it has stopped (here: killed, its lock left behind), the next start takes over.
    const next = acquireInstanceLock(dataDir, 'http://localhost:5173');
    expect(next.acquired).toBe(true);
    if (next.acquired) next.release();
    expect(existsSync(join(dataDir, 'passerelle.lock'))).toBe(false);
  });

  it('lets the same folder be started again after a clean stop', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-lock-'));
    const first = acquireInstanceLock(dataDir, 'http://localhost:5173');
    expect(first.acquired).toBe(true);
    if (first.acquired) first.release();
    const second = acquireInstanceLock(dataDir, 'http://localhost:5173');
    expect(second.acquired).toBe(true);
    if (second.acquired) second.release();
  });
});

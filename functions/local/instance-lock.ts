import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type InstanceLock =
  | { acquired: true; release(): void }
  | { acquired: false; pid: number; site?: string };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else — still running.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One `npm start` per data folder: the embedded database cannot be opened twice (a second start
 * used to die with dynalite's "Database is closed"). The lock file holds the running one's pid and
 * address; a lock left by a process that no longer runs (killed, crashed) is taken over.
 */
export function acquireInstanceLock(dataDir: string, site: string): InstanceLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'passerelle.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(file, JSON.stringify({ pid: process.pid, site }), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
      process.once('exit', release);
      return { acquired: true, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: { pid?: number; site?: string } = {};
      try {
        holder = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // Unreadable: treated as stale.
      }
      if (holder.pid && holder.pid !== process.pid && alive(holder.pid)) {
        return { acquired: false, pid: holder.pid, site: holder.site };
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${file}.`);
}

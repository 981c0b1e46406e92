// When a page's source last changed, from git. A file git does not know yet (a draft being written)
// counts as changed now. Cached: one `git log` per file per build.
import { execFileSync } from 'node:child_process';

const cache = new Map<string, Date>();

export function lastUpdated(file: string): Date {
  let date = cache.get(file);
  if (!date) {
    let iso = '';
    try {
      iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim();
    } catch {
      /* not a git checkout: fall through to now */
    }
    date = iso ? new Date(iso) : new Date();
    cache.set(file, date);
  }
  return date;
}

export const BUILD_DATE = new Date();
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

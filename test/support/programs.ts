import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** A program of this machine's, found on PATH or in the sbin directories (where Debian puts haproxy and nginx, often off a user's PATH). */
export function findProgram(name: string): string | undefined {
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter).filter(Boolean), '/usr/local/sbin', '/usr/sbin', '/sbin'];
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this directory.
    }
  }
  return undefined;
}

/** The program, or an error that says how to install it: a test that got this far needs it. */
export function requireProgram(name: string, install: string): string {
  const found = findProgram(name);
  if (found) return found;
  throw new Error(`This test needs ${name}, which is not installed (looked on PATH and in /usr/local/sbin, /usr/sbin, /sbin). Install it: ${install}`);
}

import type { DefectKind, ImportDefect, ImportTally } from '../list-document';

/** Collects defects in source order, so a report reads like the file. */
export class DefectLog {
  readonly defects: ImportDefect[] = [];

  add(kind: DefectKind, location: string, message: string, rejected: ImportDefect['rejected']): void {
    this.defects.push({ kind, location, message, rejected });
  }
}

export function tally(read: number, written: number): ImportTally {
  return { read, written, rejected: read - written };
}

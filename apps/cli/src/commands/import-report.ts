import type { ImportDefect, ParsedList } from '@concord/control-list';
import type { SnapshotCounts } from '@concord/releases';

/** Per defect kind, this many lines on the terminal; the --report file always has all of them. */
export const DEFECTS_SHOWN_PER_KIND = 50;

export interface ImportOutcome {
  file: string;
  format: string;
  selection: { codes?: string[]; categories?: string[] };
  /** As asked, or the one the importer chose; unset when refused before one was chosen. */
  version?: string;
  dryRun: boolean;
  status: 'IMPORTED' | 'CHECKED' | 'REFUSED';
  counts: ParsedList['counts'];
  defects: ImportDefect[];
  written?: SnapshotCounts;
  /** Codes of the release in force that the list leaves out, kept as RESERVED in the new one. */
  reserved?: string[];
  refusal?: { code: string; reason: string; message: string };
  seconds: number;
}

export function formatReport(outcome: ImportOutcome, reportFile: string | undefined): string {
  const lines: string[] = [];
  const selection = [
    outcome.selection.codes ? `codes ${outcome.selection.codes.join(',')}` : '',
    outcome.selection.categories ? `categories ${outcome.selection.categories.join(',')}` : '',
  ].filter(Boolean);
  lines.push(`Source: ${outcome.file} (${outcome.format})${selection.length ? `, selection: ${selection.join('; ')}` : ''}`);
  lines.push('', '               read   written  rejected');
  for (const [name, tally] of Object.entries(outcome.counts)) {
    lines.push(`${name.padEnd(12)}${String(tally.read).padStart(7)}${String(tally.written).padStart(10)}${String(tally.rejected).padStart(10)}`);
  }
  lines.push('', ...formatDefects(outcome.defects, reportFile), '');
  lines.push(conclusion(outcome));
  return lines.join('\n');
}

function formatDefects(defects: ImportDefect[], reportFile: string | undefined): string[] {
  if (!defects.length) return ['No defects found in the source.'];
  const byKind = new Map<string, ImportDefect[]>();
  for (const defect of defects) byKind.set(defect.kind, [...(byKind.get(defect.kind) ?? []), defect]);
  const lines = [`Defects in the source: ${defects.length}`];
  for (const [kind, ofKind] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${kind} (${ofKind.length})`);
    for (const defect of ofKind.slice(0, DEFECTS_SHOWN_PER_KIND)) {
      const effect = defect.rejected === 'NONE' ? 'kept' : `${defect.rejected.toLowerCase()} rejected`;
      lines.push(`    ${defect.location}: ${defect.message} [${effect}]`);
    }
    const hidden = ofKind.length - DEFECTS_SHOWN_PER_KIND;
    if (hidden > 0) lines.push(`    … and ${hidden} more${reportFile ? `, see ${reportFile}` : ', see --report'}`);
  }
  return lines;
}

function conclusion(outcome: ImportOutcome): string {
  const took = `${outcome.seconds.toFixed(1)} s`;
  if (outcome.status === 'REFUSED') {
    return `Refused (${outcome.refusal?.reason ?? 'ERROR'}): ${outcome.refusal?.message}. Nothing was written.`;
  }
  const w = outcome.written!;
  const what = `${w.entries} entries, ${w.paragraphs} paragraphs, ${w.references} related-control references, ${w.correlations} customs correlations, ${w.definitions} definitions`;
  const reserved = outcome.reserved?.length
    ? `\n${outcome.reserved.length} code(s) of the release in force are not in this list and stay reserved (a removed code is never reused): ${outcome.reserved.join(', ')}.`
    : '';
  if (outcome.status === 'CHECKED') {
    return `Dry run: release ${outcome.version} would be imported with ${what}; the database accepted it and nothing was kept (${took}).${reserved}`;
  }
  return `Imported release ${outcome.version} (published): ${what} in ${took}.${reserved}`;
}

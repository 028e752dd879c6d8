import type { ParsedXliff, XliffDefect } from '@concord/control-list';
import { DEFECTS_SHOWN_PER_KIND } from './import-report';

export interface XliffReportInput {
  file: string;
  release: string;
  language: string;
  parsed: ParsedXliff;
  /** Where every defect is written, when the terminal shows only the first of each kind. */
  reportFile: string | undefined;
}

/** Like the list import's report: counts, then the defects by kind, each kind in file order, then what it means for an import. */
export function formatXliffReport({ file, release, language, parsed, reportFile }: XliffReportInput): string {
  const { counts, defects } = parsed;
  const lines = [
    `Source: ${file} (${parsed.version ? `XLIFF ${parsed.version}` : 'not XLIFF Concord reads'}), checked against ${release}, en → ${language}`,
    '',
    '               read   written  rejected',
    `units       ${String(counts.read).padStart(7)}${String(counts.written).padStart(10)}${String(counts.rejected).padStart(10)}`,
    '',
  ];
  if (!defects.length) {
    lines.push('No defects found in the file.', '', `All ${counts.written} translations can be imported.`);
    return lines.join('\n');
  }
  lines.push(`Defects in the file: ${defects.length}`, ...defectLines(defects, reportFile));
  const fileRejected = defects.some((defect) => defect.rejected === 'FILE');
  lines.push('', fileRejected ? 'Nothing in this file can be imported.' : `${counts.written} translation(s) can be imported; ${counts.rejected} cannot, see above.`);
  return lines.join('\n');
}

function defectLines(defects: XliffDefect[], reportFile: string | undefined): string[] {
  const byKind = new Map<string, XliffDefect[]>();
  for (const defect of defects) byKind.set(defect.kind, [...(byKind.get(defect.kind) ?? []), defect]);
  const lines: string[] = [];
  for (const [kind, ofKind] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${kind} (${ofKind.length})`);
    for (const defect of ofKind.slice(0, DEFECTS_SHOWN_PER_KIND)) {
      lines.push(`    ${defect.location}: ${defect.message} [${defect.rejected === 'FILE' ? 'file rejected' : 'unit rejected'}]`);
    }
    const hidden = ofKind.length - DEFECTS_SHOWN_PER_KIND;
    if (hidden > 0) lines.push(`    … and ${hidden} more${reportFile ? `, see ${reportFile}` : ', see --report'}`);
  }
  return lines;
}

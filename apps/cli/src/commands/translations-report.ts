import type { ParsedXliff } from '@concord/control-list';

export interface XliffReportInput {
  file: string;
  release: string;
  language: string;
  parsed: ParsedXliff;
}

/** Like the list import's report: counts, then every defect in file order, then what it means for an import. */
export function formatXliffReport({ file, release, language, parsed }: XliffReportInput): string {
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
  lines.push(`Defects in the file: ${defects.length}`);
  for (const defect of defects) lines.push(`  ${defect.location}: ${defect.kind}: ${defect.message} [${defect.rejected === 'FILE' ? 'file rejected' : 'unit rejected'}]`);
  const fileRejected = defects.some((defect) => defect.rejected === 'FILE');
  lines.push('', fileRejected ? 'Nothing in this file can be imported.' : `${counts.written} translation(s) can be imported; ${counts.rejected} cannot, see above.`);
  return lines.join('\n');
}

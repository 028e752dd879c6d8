import type { ChangeClassification, ChangeMeaning, Renumbering } from '@concord/control-list';

export interface ClassifiedChange {
  code: string | null;
  term: string | null;
  kind: string;
  meaning: Readonly<ChangeClassification> | undefined;
}

const MEANINGS: readonly ChangeMeaning[] = ['NEW_CONTROL', 'DECONTROL', 'BROADENED', 'NARROWED', 'REASONS_CHANGED', 'RENUMBERED', 'EDITORIAL'];

/** One line per change with its meanings and moved thresholds, then the crosswalk, then counts per meaning. */
export function formatMeanings(changes: readonly ClassifiedChange[], crosswalk: readonly Renumbering[]): string {
  const lines: string[] = [];
  const counts = new Map<ChangeMeaning, number>();
  for (const change of changes) {
    const meanings = change.meaning?.meanings ?? [];
    for (const meaning of meanings) counts.set(meaning, (counts.get(meaning) ?? 0) + 1);
    lines.push(`${change.kind.padEnd(8)} ${(change.code ?? `definition "${change.term}"`).padEnd(8)} ${meanings.join(', ')}`);
    for (const parameter of change.meaning?.parameters ?? []) {
      lines.push(`           ${parameter.path}: "${parameter.before.text}" → "${parameter.after.text}" (${parameter.direction})`);
    }
  }
  lines.push('', `Crosswalk (${crosswalk.length} path(s) renumbered):`);
  for (const row of crosswalk) lines.push(`  ${row.kind.padEnd(9)} ${row.oldPath} → ${row.newPath}`);
  lines.push('', `${changes.length} change(s): ${MEANINGS.map((meaning) => `${meaning} ${counts.get(meaning) ?? 0}`).join(', ')}`);
  return lines.join('\n');
}

import { isKnownReason } from '../codes';
import type { DefectLog } from './defect-log';

/**
 * Reason-for-control codes as written ("NS, SL, AT"), upper-cased, deduplicated, in source order. Unknown codes are
 * reported and left out; a list that needed more than comma splitting ("NS, MT and AT", "RS AT") is reported too,
 * so nobody is surprised by how it was read.
 */
export function readReasonList(raw: string, location: string, log: DefectLog): string[] {
  const tokens: string[] = [];
  let irregular = false;
  for (const piece of raw.split(',')) {
    const trimmed = piece.trim();
    if (trimmed === '') continue;
    const withoutPeriod = trimmed.replace(/\.+$/, '');
    if (withoutPeriod !== trimmed) irregular = true;
    for (const part of withoutPeriod.split(/\s+and\s+/i)) {
      const words = part.trim().split(/\s+/);
      const runTogetherCodes = words.length > 1 && words.every((word) => isKnownReason(word.toUpperCase()));
      if (runTogetherCodes || part !== withoutPeriod) irregular = true;
      tokens.push(...(runTogetherCodes ? words : [part.trim()]));
    }
  }
  const reasons = collectReasons(tokens, location, log);
  if (irregular) {
    log.add(
      'INVALID_VALUE',
      location,
      `reason list "${raw}" is not a plain comma-separated list; read as ${reasons.join(', ') || 'no reasons'}`,
      'NONE',
    );
  }
  return reasons;
}

/** Upper-cases, drops duplicates and reports codes outside KNOWN_REASONS (left out, entry kept). */
export function collectReasons(tokens: readonly string[], location: string, log: DefectLog): string[] {
  const reasons: string[] = [];
  for (const token of tokens) {
    const code = token.trim().toUpperCase();
    if (!isKnownReason(code)) {
      log.add('UNKNOWN_REASON', location, `reason "${token}" is not a known reason-for-control code; left out`, 'NONE');
      continue;
    }
    if (!reasons.includes(code)) reasons.push(code);
  }
  return reasons;
}

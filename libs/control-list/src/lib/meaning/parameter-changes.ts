import { isLowerBound, readThresholds } from './thresholds';
import type { Threshold } from './thresholds';

export type ScopeDirection = 'BROADENED' | 'NARROWED';

/** One parameter bound that moved: where, from what to what, and which way the control's scope went. */
export interface ParameterChange {
  path: string;
  before: Threshold;
  after: Threshold;
  direction: ScopeDirection;
}

/**
 * The bounds that moved between two versions of one paragraph's text. Bounds pair up in reading order within the
 * same dimension and side (a lower bound with a lower bound, in bit/s), so "above 31.8 GHz, but not exceeding 57 GHz"
 * compares each end with its counterpart. In a note that releases items (`releases`), the scope moves the other way:
 * a wider exemption narrows the control.
 */
export function parameterChanges(path: string, before: string, after: string, releases = false): ParameterChange[] {
  const old = groupBySide(readThresholds(before));
  const next = groupBySide(readThresholds(after));
  const changes: ParameterChange[] = [];
  for (const [key, olds] of old) {
    const nexts = next.get(key) ?? [];
    olds.forEach((threshold, i) => {
      const moved = nexts[i];
      if (!moved) return;
      const direction = directionOf(threshold, moved);
      if (!direction) return;
      changes.push({ path, before: threshold, after: moved, direction: releases ? opposite(direction) : direction });
    });
  }
  return changes;
}

/**
 * Raising a lower bound ("exceeding 120 Gbit/s" → "exceeding 560 Gbit/s") leaves fewer items above it: NARROWED.
 * Raising an upper bound ("less than 1 ms" → "less than 2 ms") takes more in: BROADENED. At the same value, letting
 * the value itself in ("exceeding" → "or more") broadens.
 */
export function directionOf(before: Threshold, after: Threshold): ScopeDirection | undefined {
  if (before.baseUnit !== after.baseUnit || isLowerBound(before.comparator) !== isLowerBound(after.comparator)) return undefined;
  const lower = isLowerBound(before.comparator);
  // Unit factors are binary fractions: 9,000 ps and 9 ns must still be one value.
  const moved = Math.abs(after.baseValue - before.baseValue) > 1e-9 * Math.max(Math.abs(after.baseValue), Math.abs(before.baseValue));
  if (moved) {
    const raised = after.baseValue > before.baseValue;
    return raised === lower ? 'NARROWED' : 'BROADENED';
  }
  if (before.comparator === after.comparator) return undefined;
  const nowInclusive = after.comparator === 'AT_LEAST' || after.comparator === 'AT_MOST';
  return nowInclusive ? 'BROADENED' : 'NARROWED';
}

function groupBySide(thresholds: Threshold[]): Map<string, Threshold[]> {
  const groups = new Map<string, Threshold[]>();
  for (const threshold of thresholds) {
    const key = `${threshold.baseUnit} ${isLowerBound(threshold.comparator) ? 'lower' : 'upper'}`;
    groups.set(key, [...(groups.get(key) ?? []), threshold]);
  }
  return groups;
}

function opposite(direction: ScopeDirection): ScopeDirection {
  return direction === 'BROADENED' ? 'NARROWED' : 'BROADENED';
}

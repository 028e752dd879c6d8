/** `{ field: { from, to } }` for the fields whose value differs: the audit summary of an update. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): Record<string, { from: unknown; to: unknown }> {
  const changed: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (!Object.is(before[key], after[key])) changed[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  return changed;
}

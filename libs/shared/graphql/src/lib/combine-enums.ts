/**
 * One string enum out of several libraries' enums, for a GraphQL enum the API assembles (ErrorReason, AuditAction).
 * Libraries may share a name only for the same value: otherwise one would silently replace the other.
 */
export function combineEnums(...enums: Readonly<Record<string, string>>[]): Readonly<Record<string, string>> {
  const combined: Record<string, string> = {};
  for (const values of enums) {
    for (const [name, value] of Object.entries(values)) {
      if (name in combined && combined[name] !== value) throw new Error(`${name} means both ${combined[name]} and ${value}`);
      combined[name] = value;
    }
  }
  return Object.freeze(combined);
}

import type { ListDefinition, ListEntry } from '@concord/control-list';

/** The release a proposal was drafted against, as the change-set rules need to see it. */
export interface BaseList {
  entry(code: string): ListEntry | undefined;
  definition(term: string): ListDefinition | undefined;
}

/** A base list held in memory: tests, and the service once it has loaded what a change set touches. */
export function baseListOf(entries: readonly ListEntry[], definitions: readonly ListDefinition[]): BaseList {
  const byCode = new Map(entries.map((entry) => [entry.code, entry]));
  const byTerm = new Map(definitions.map((definition) => [definition.term.toLowerCase(), definition]));
  return {
    entry: (code) => byCode.get(code),
    definition: (term) => byTerm.get(term.toLowerCase()),
  };
}

import { ListEntry, quotedTerms } from '@concord/control-list';

/** Terms an entry relies on: quoted in its heading or paragraphs, or listed among its definitions. */
export function termsUsedBy(entry: ListEntry): string[] {
  const quoted = quotedTerms([entry.heading, ...entry.paragraphs.map((paragraph) => paragraph.text)]);
  return [...new Set([...quoted, ...entry.definitions])];
}

/**
 * Terms that `after` uses and `before` did not, which `isDefined` does not know. Only what a change introduces is
 * its doing: an imported baseline uses terms its source defines elsewhere (the CCL's part 772), and an amendment
 * that keeps them is not at fault.
 */
export function undefinedTermsIntroduced(before: ListEntry | undefined, after: ListEntry, isDefined: (term: string) => boolean): string[] {
  if (after.status !== 'ACTIVE') return [];
  const known = new Set((before ? termsUsedBy(before) : []).map((term) => term.toLowerCase()));
  return termsUsedBy(after).filter((term) => !known.has(term.toLowerCase()) && !isDefined(term));
}

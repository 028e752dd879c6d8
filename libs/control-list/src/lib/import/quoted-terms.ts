// The CCL puts defined terms in curly double quotes; American punctuation puts a trailing comma or period inside them.
const CURLY_QUOTED = /“([^”]+)”/g;
const TRAILING_PUNCTUATION = /[\s,.;:]+$/;

/**
 * Distinct defined terms quoted in the texts, in order of first use. A capital that only starts a sentence is
 * lowered (“Specially designed” is the term “specially designed”); acronyms such as “MMIC” keep their case.
 */
export function quotedTerms(texts: readonly string[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(CURLY_QUOTED)) {
      const term = normalizeTerm(match[1]);
      if (term) terms.add(term);
    }
  }
  return [...terms];
}

function normalizeTerm(raw: string): string {
  const term = raw.trim().replace(TRAILING_PUNCTUATION, '');
  const startsSentenceCase = /^[A-Z][a-z]/.test(term);
  return startsSentenceCase ? term.charAt(0).toLowerCase() + term.slice(1) : term;
}

import type { RegimeReference } from '../list-document';

const ECCN = /\b([0-9][A-E][0-9]{3})\b/g;
// "USML Category XI", "Categories III, IV, or V", "Category XIV(h)", "22 CFR part 121, Category VII".
const USML_CATEGORIES = /\bCategor(?:y|ies)\s+((?:[IVXL]+\b(?:\([^)]*\))*(?:,?\s*(?:or|and)\s+|,\s*)?)+)/g;
const ROMAN = /\b[IVXL]+\b/g;
const MENTIONS_USML = /USML|Munitions List|22 CFR|ITAR/;

/**
 * Structured references named by a related-controls text: other ECCNs (`US-CCL`) and, when the text is about the
 * US Munitions List, its categories (`USML`). The entry's own code is not a reference.
 */
export function relatedReferences(text: string | null, ownCode: string): RegimeReference[] {
  if (!text) return [];
  const references: RegimeReference[] = [];
  const seen = new Set<string>();
  const add = (regime: string, code: string): void => {
    const key = `${regime} ${code}`;
    if (seen.has(key) || (regime === 'US-CCL' && code === ownCode)) return;
    seen.add(key);
    references.push({ regime, code });
  };
  for (const match of text.matchAll(ECCN)) add('US-CCL', match[1]);
  if (MENTIONS_USML.test(text)) {
    for (const match of text.matchAll(USML_CATEGORIES)) {
      const withoutParagraphs = match[1].replace(/\([^)]*\)/g, '');
      for (const roman of withoutParagraphs.matchAll(ROMAN)) add('USML', roman[0]);
    }
  }
  return references;
}

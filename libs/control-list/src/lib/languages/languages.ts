import { createHash } from 'node:crypto';
import type { AuthenticTexts, ListDefinition, ListEntry } from '../list-document';
import { LanguageText } from '../translations/language-text.model';
import { TextStatus } from '../translations/text-status';

/** Every release is authentic in English: the paragraphs' own `text`. */
export const ENGLISH = 'en';

/** A BCP 47 language with an optional region (`fr`, `ja`, `pt-BR`); the same grammar as the tables' CHECKs. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Z]{2})?$/;
export const LANGUAGE_CODE_SQL = `'^[a-z]{2,3}(-[A-Z]{2})?$'`;

/** What a text in another language records of the English text it renders: SHA-256 of its UTF-8 bytes, in hex. */
export function textDigest(english: string): string {
  return createHash('sha256').update(english, 'utf8').digest('hex');
}

/** A text is stale when the English it was made from is no longer the English being read. */
export const isStale = (sourceDigest: string, english: string) => sourceDigest !== textDigest(english);

/** `en` first, then every other language any entry or definition carries an authentic text in, alphabetically. */
export function authenticLanguages(list: { entries: readonly ListEntry[]; definitions: readonly ListDefinition[] }): string[] {
  const found = new Set<string>();
  const add = (texts: AuthenticTexts | undefined) => Object.keys(texts ?? {}).forEach((language) => found.add(language));
  for (const entry of list.entries) {
    add(entry.headingTexts);
    entry.paragraphs.forEach((paragraph) => add(paragraph.texts));
  }
  list.definitions.forEach((definition) => add(definition.texts));
  found.delete(ENGLISH);
  return [ENGLISH, ...[...found].sort()];
}

/** Texts in other languages agreed alongside an English text: each renders that English, by digest. Absent when none. */
export function authenticTextsOf(texts: readonly { language: string; text: string }[], english: string): AuthenticTexts | undefined {
  if (!texts.length) return undefined;
  const sourceDigest = textDigest(english);
  return Object.fromEntries([...texts].sort((a, b) => a.language.localeCompare(b.language)).map(({ language, text }) => [language.trim(), { text: text.trim(), sourceDigest }]));
}

/** Authentic texts as the API shows them, stale when they render other English than `english`. */
export function authenticLanguageTexts(texts: AuthenticTexts | undefined, english: string): LanguageText[] {
  return Object.entries(texts ?? {}).map(([language, { text, sourceDigest }]) => ({
    language,
    text,
    status: TextStatus.AUTHENTIC,
    stale: isStale(sourceDigest, english),
    sourceDigest,
    recordedBy: null,
    recordedAt: null,
  }));
}

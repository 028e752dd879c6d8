import { entryCodeOfPath, isEntryCode, isKnownReason, isParagraphPath } from './codes';
import { stableJson } from './snapshots/content-digest';
import { ENGLISH, LANGUAGE_CODE } from './languages/languages';
import type { AuthenticTexts, CustomsScheme, ListDefinition, ListEntry } from './list-document';

/**
 * The list's own limits. The importer, the drafting API and publication all apply these same numbers, so every entry
 * that an import accepts can be amended and removed, and nothing a proposal may say is refused at publication.
 * They are far above anything in the real lists (the longest CCL heading is about 5,400 characters).
 */
export const LIST_LIMITS = Object.freeze({
  /** The whole entry as JSON: what one drafting request carries (the API takes bodies of 10 entries this size). */
  entryBytes: 1_000_000,
  headingLength: 20_000,
  paragraphsPerEntry: 2_000,
  paragraphTextLength: 50_000,
  pathLength: 100,
  reasonsPerEntry: 20,
  relatedControlsTextLength: 50_000,
  referencesPerEntry: 200,
  referenceCodeLength: 60,
  termsPerEntry: 500,
  termLength: 200,
  definitionTextLength: 50_000,
  correlationsPerEntry: 200,
});

/** Other regimes' lists a related control may name, by the code the list uses for them. */
export const KNOWN_REGIMES: Readonly<Record<string, string>> = Object.freeze({
  WA: 'Wassenaar Arrangement, List of Dual-Use Goods and Technologies',
  EU: 'EU dual-use list (Annex I to Regulation (EU) 2021/821)',
  'US-CCL': 'US Commerce Control List (15 CFR part 774)',
  USML: 'US Munitions List (22 CFR part 121)',
  MTCR: 'Missile Technology Control Regime Annex',
  NSG: 'Nuclear Suppliers Group lists',
  AG: 'Australia Group common control lists',
  CWC: 'Chemical Weapons Convention schedules',
});

/** Lengths a code has in each customs nomenclature: HS chapters, headings, subheadings; CN adds 8-digit codes. */
export const CUSTOMS_CODE_LENGTHS: Readonly<Record<CustomsScheme, readonly number[]>> = Object.freeze({
  HS2022: [2, 4, 6],
  CN: [2, 4, 6, 8],
});

const PARAGRAPH_KINDS = ['ITEM', 'NOTE', 'TECHNICAL_NOTE', 'NB', 'DECONTROL_NOTE'];
const CORRELATION_RELATIONS = ['SAME', 'BROADER', 'NARROWER', 'PARTIAL'];
const REASON_FORMAT = /^[A-Z][A-Z0-9]{0,9}$/;

/** One broken rule, at a field path relative to the entry or definition (`paragraphs[3].path`, `heading`; '' for the whole). */
export interface ListProblem {
  field: string;
  message: string;
}

/**
 * Every rule an entry of the list obeys (DESIGN §3), beyond what the database's constraints check, so that a
 * problem is told with its field before anything is written. Relational rules (does the code exist, is it reserved)
 * depend on a release and are the proposals' and the composer's to check.
 */
export function entryProblems(entry: ListEntry): ListProblem[] {
  const problems: ListProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  if (!isEntryCode(entry.code)) problem('code', `${entry.code} is not a control-list code such as 4A005`);
  if (!entry.heading.trim()) problem('heading', 'an entry has a heading');
  else if (entry.heading.length > LIST_LIMITS.headingLength) problem('heading', `at most ${LIST_LIMITS.headingLength} characters`);
  checkTexts('headingTexts', entry.headingTexts, LIST_LIMITS.headingLength, problem);
  if (entry.status !== 'ACTIVE' && entry.status !== 'RESERVED') problem('status', 'is ACTIVE or RESERVED');
  checkReasons(entry, problem);
  checkParagraphs(entry, problem);
  const related = entry.relatedControls;
  if (related.text !== null && related.text.length > LIST_LIMITS.relatedControlsTextLength) {
    problem('relatedControlsText', `at most ${LIST_LIMITS.relatedControlsTextLength} characters`);
  }
  if (related.references.length > LIST_LIMITS.referencesPerEntry) problem('references', `at most ${LIST_LIMITS.referencesPerEntry} references`);
  related.references.forEach((reference, r) => {
    if (!(reference.regime in KNOWN_REGIMES)) {
      problem(`references[${r}].regime`, `"${reference.regime}" is not a regime code; use one of ${Object.keys(KNOWN_REGIMES).join(', ')}`);
    }
    const code = reference.code.trim();
    if (!code || code !== reference.code || code.length > LIST_LIMITS.referenceCodeLength) {
      problem(`references[${r}].code`, `a code of 1 to ${LIST_LIMITS.referenceCodeLength} characters without surrounding spaces`);
    }
  });
  checkTerms(entry, problem);
  const bytes = Buffer.byteLength(stableJson(entry));
  if (bytes > LIST_LIMITS.entryBytes) problem('', `an entry is at most ${LIST_LIMITS.entryBytes} bytes as JSON; this one is ${bytes}`);
  if (entry.correlations.length > LIST_LIMITS.correlationsPerEntry) problem('correlations', `at most ${LIST_LIMITS.correlationsPerEntry} correlations`);
  entry.correlations.forEach((correlation, c) => {
    const lengths = CUSTOMS_CODE_LENGTHS[correlation.scheme];
    if (!lengths) problem(`correlations[${c}].scheme`, `is one of ${Object.keys(CUSTOMS_CODE_LENGTHS).join(', ')}`);
    else if (!/^[0-9]+$/.test(correlation.code) || !lengths.includes(correlation.code.length)) {
      problem(`correlations[${c}].code`, `${correlation.scheme} codes are ${lengths.join(', ')} digits without dots or spaces, e.g. 852589`);
    }
    if (!CORRELATION_RELATIONS.includes(correlation.relation)) problem(`correlations[${c}].relation`, `is one of ${CORRELATION_RELATIONS.join(', ')}`);
  });
  return problems;
}

export function definitionProblems(definition: ListDefinition): ListProblem[] {
  const problems: ListProblem[] = [];
  const term = definition.term.trim();
  if (!term || term !== definition.term || term.length > LIST_LIMITS.termLength) {
    problems.push({ field: 'term', message: `a term of 1 to ${LIST_LIMITS.termLength} characters without surrounding spaces` });
  }
  if (!definition.text.trim()) problems.push({ field: 'text', message: 'a definition has text' });
  else if (definition.text.length > LIST_LIMITS.definitionTextLength) problems.push({ field: 'text', message: `at most ${LIST_LIMITS.definitionTextLength} characters` });
  checkTexts('texts', definition.texts, LIST_LIMITS.definitionTextLength, (field, message) => problems.push({ field, message }));
  return problems;
}

type Report = (field: string, message: string) => void;

function checkReasons(entry: ListEntry, problem: Report): void {
  if (entry.reasons.length > LIST_LIMITS.reasonsPerEntry) problem('reasons', `at most ${LIST_LIMITS.reasonsPerEntry} reasons`);
  const seen = new Set<string>();
  entry.reasons.forEach((reason, r) => {
    if (!REASON_FORMAT.test(reason) || !isKnownReason(reason)) problem(`reasons[${r}]`, `${reason} is not a known reason for control`);
    else if (seen.has(reason)) problem(`reasons[${r}]`, `${reason} is listed twice`);
    seen.add(reason);
  });
}

/** Items have paths of their own entry; a note carries the path of an item above it, or the bare code before any. */
function checkParagraphs(entry: ListEntry, problem: Report): void {
  if (entry.paragraphs.length > LIST_LIMITS.paragraphsPerEntry) problem('paragraphs', `at most ${LIST_LIMITS.paragraphsPerEntry} paragraphs`);
  const itemPaths = new Set<string>();
  entry.paragraphs.forEach((paragraph, p) => {
    const field = `paragraphs[${p}]`;
    if (!PARAGRAPH_KINDS.includes(paragraph.kind)) problem(`${field}.kind`, `is one of ${PARAGRAPH_KINDS.join(', ')}`);
    if (paragraph.path.length > LIST_LIMITS.pathLength) problem(`${field}.path`, `at most ${LIST_LIMITS.pathLength} characters`);
    else if (paragraph.kind === 'ITEM') {
      if (!isParagraphPath(paragraph.path) || entryCodeOfPath(paragraph.path) !== entry.code) {
        problem(`${field}.path`, `${paragraph.path} is not a paragraph path of ${entry.code} (letters and numbers alternating, e.g. ${entry.code}.a.1)`);
      } else if (itemPaths.has(paragraph.path)) problem(`${field}.path`, `item ${paragraph.path} appears twice`);
      itemPaths.add(paragraph.path);
    } else if (paragraph.path !== entry.code && !itemPaths.has(paragraph.path)) {
      problem(`${field}.path`, `a note carries the path of an item above it, or ${entry.code} before the first item`);
    }
    if (!paragraph.text.trim()) problem(`${field}.text`, 'a paragraph has text');
    else if (paragraph.text.length > LIST_LIMITS.paragraphTextLength) problem(`${field}.text`, `at most ${LIST_LIMITS.paragraphTextLength} characters`);
    checkTexts(`${field}.texts`, paragraph.texts, LIST_LIMITS.paragraphTextLength, problem);
  });
}

/** Authentic texts in other languages obey the English text's limits, under a language code other than en. */
function checkTexts(field: string, texts: AuthenticTexts | undefined, maxLength: number, problem: Report): void {
  for (const [language, { text, sourceDigest }] of Object.entries(texts ?? {})) {
    if (!LANGUAGE_CODE.test(language) || language === ENGLISH) problem(`${field}.${language}`, `${language} is not a language code other than en, such as fr or pt-BR`);
    if (!text.trim()) problem(`${field}.${language}.text`, 'a text in a language has words');
    else if (text.length > maxLength) problem(`${field}.${language}.text`, `at most ${maxLength} characters`);
    if (!/^[0-9a-f]{64}$/.test(sourceDigest)) problem(`${field}.${language}.sourceDigest`, 'is the SHA-256 of the English text, 64 hex digits');
  }
}

function checkTerms(entry: ListEntry, problem: Report): void {
  if (entry.definitions.length > LIST_LIMITS.termsPerEntry) problem('definitions', `at most ${LIST_LIMITS.termsPerEntry} terms`);
  const seen = new Set<string>();
  entry.definitions.forEach((term, t) => {
    if (!term.trim() || term.trim() !== term || term.length > LIST_LIMITS.termLength) {
      problem(`definitions[${t}]`, `a term of 1 to ${LIST_LIMITS.termLength} characters without surrounding spaces`);
    } else if (seen.has(term.toLowerCase())) problem(`definitions[${t}]`, `"${term}" is listed twice`);
    seen.add(term.toLowerCase());
  });
}

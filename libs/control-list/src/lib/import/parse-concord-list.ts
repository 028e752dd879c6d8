import { entryCodeOfPath, isEntryCode, isParagraphPath } from '../codes';
import { ENGLISH, LANGUAGE_CODE } from '../languages/languages';
import { LIST_FORMAT } from '../list-document';
import type {
  AuthenticTexts,
  CustomsCorrelation,
  EntryStatus,
  ListDefinition,
  ListDocument,
  ListEntry,
  ListParagraph,
  ListSelection,
  ListSource,
  ParagraphKind,
  ParsedList,
  RegimeReference,
} from '../list-document';
import { DefectLog, tally } from './defect-log';
import { isRecord, show } from './json-shape';
import type { JsonRecord } from './json-shape';
import { collectReasons } from './reasons';
import { isSelected } from './selection';

const STATUSES: readonly EntryStatus[] = ['ACTIVE', 'RESERVED'];
const KINDS: readonly ParagraphKind[] = ['ITEM', 'NOTE', 'TECHNICAL_NOTE', 'NB', 'DECONTROL_NOTE'];
const SCHEMES: readonly string[] = ['HS2022', 'CN'];
const RELATIONS: readonly string[] = ['SAME', 'BROADER', 'NARROWER', 'PARTIAL'];

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * A Concord list document (`format: 'concord-list/1'`), every field checked. What cannot be trusted is reported and
 * not written; what can be repaired without guessing (duplicate or lower-case reasons) is repaired and reported.
 */
export function parseConcordList(json: unknown, selection?: ListSelection): ParsedList {
  if (!isRecord(json) || json.format !== LIST_FORMAT) {
    throw new Error(`Not a Concord list: expected "format": "${LIST_FORMAT}"`);
  }
  if (!Array.isArray(json.entries)) throw new Error('Not a Concord list: "entries" must be an array');
  const log = new DefectLog();
  const entries: ListEntry[] = [];
  const firstIndexOfCode = new Map<string, number>();
  let entriesRead = 0;
  let paragraphsRead = 0;
  let paragraphsWritten = 0;

  json.entries.forEach((raw, index) => {
    const rawCode = isRecord(raw) && typeof raw.code === 'string' ? raw.code : '';
    if (!isSelected(rawCode, selection)) return;
    entriesRead++;
    const rows = isRecord(raw) && Array.isArray(raw.paragraphs) ? raw.paragraphs : [];
    paragraphsRead += rows.length;
    const location = `entries[${index}] ${rawCode || '(no code)'}`;
    const reject = (kind: Parameters<DefectLog['add']>[0], why: string): void =>
      log.add(kind, location, `${why}; entry not written (${rows.length} paragraphs rejected with it)`, 'ENTRY');

    if (!isRecord(raw)) return reject('INVALID_VALUE', `entry is not an object: ${show(raw)}`);
    if (typeof raw.code !== 'string') return reject('MISSING_FIELD', 'entry has no code');
    if (!isEntryCode(raw.code)) return reject('MALFORMED_CODE', `"${raw.code}" is not an entry code (digit, A–E, three digits)`);
    const first = firstIndexOfCode.get(raw.code);
    if (first !== undefined) return reject('DUPLICATE_CODE', `${raw.code} already appeared at entries[${first}]`);
    if (typeof raw.heading !== 'string') return reject('MISSING_FIELD', 'entry has no heading');
    if (raw.status === undefined) return reject('MISSING_FIELD', 'entry has no status');
    if (!STATUSES.includes(raw.status as EntryStatus)) return reject('INVALID_VALUE', `status ${show(raw.status)} is not ACTIVE or RESERVED`);
    if (!Array.isArray(raw.paragraphs)) return reject('MISSING_FIELD', 'entry has no paragraphs array');

    firstIndexOfCode.set(raw.code, index);
    const headingTexts = readTexts(raw.headingTexts, `${location} headingTexts`, log);
    const entry: ListEntry = {
      code: raw.code,
      heading: raw.heading,
      ...(headingTexts ? { headingTexts } : {}),
      status: raw.status as EntryStatus,
      reasons: readReasons(raw.reasons, location, log),
      paragraphs: readParagraphs(raw.code, rows, location, log),
      relatedControls: readRelatedControls(raw.relatedControls, location, log),
      definitions: readTermList(raw.definitions, location, log),
      correlations: readCorrelations(raw.correlations, location, log),
    };
    entries.push(entry);
    paragraphsWritten += entry.paragraphs.length;
  });

  const rawDefinitions = Array.isArray(json.definitions) ? json.definitions : [];
  if (json.definitions !== undefined && !Array.isArray(json.definitions)) {
    log.add('INVALID_VALUE', 'definitions', `definitions ${show(json.definitions)} is not an array; none read`, 'NONE');
  }
  const definitions = readDefinitions(rawDefinitions, log);
  const document: ListDocument = {
    format: LIST_FORMAT,
    ...(readVersion(json.version, log) !== undefined ? { version: json.version as string } : {}),
    ...readSource(json.source, log),
    ...readLanguages(json.languages, log),
    entries,
    definitions,
  };
  return {
    document,
    defects: log.defects,
    counts: {
      entries: tally(entriesRead, entries.length),
      paragraphs: tally(paragraphsRead, paragraphsWritten),
      definitions: tally(rawDefinitions.length, definitions.length),
    },
  };
}

function readVersion(raw: unknown, log: DefectLog): string | undefined {
  if (raw === undefined) return undefined;
  if (isText(raw)) return raw;
  log.add('INVALID_VALUE', 'version', `version ${show(raw)} is not text; left out`, 'NONE');
  return undefined;
}

function readSource(raw: unknown, log: DefectLog): { source?: ListSource } {
  if (raw === undefined) return {};
  if (!isRecord(raw) || !isText(raw.description)) {
    log.add('INVALID_VALUE', 'source', `source ${show(raw)} has no description; left out`, 'NONE');
    return {};
  }
  const source: ListSource = { description: raw.description };
  for (const key of ['url', 'issued'] as const) {
    if (raw[key] === undefined) continue;
    if (isText(raw[key])) source[key] = raw[key];
    else log.add('INVALID_VALUE', `source.${key}`, `${show(raw[key])} is not text; left out`, 'NONE');
  }
  return { source };
}

function readReasons(raw: unknown, location: string, log: DefectLog): string[] {
  if (!Array.isArray(raw)) {
    log.add('MISSING_FIELD', location, 'reasons is not an array; read as no reasons', 'NONE');
    return [];
  }
  const tokens = raw.filter((token): token is string => {
    if (typeof token === 'string') return true;
    log.add('INVALID_VALUE', location, `reason ${show(token)} is not text; left out`, 'NONE');
    return false;
  });
  const reasons = collectReasons(tokens, location, log);
  const asWritten = tokens.filter((token) => reasons.includes(token));
  if (asWritten.length !== reasons.length || asWritten.some((token, i) => token !== reasons[i])) {
    log.add('INVALID_VALUE', location, `reasons ${show(raw)} were not upper case without duplicates; read as ${reasons.join(', ')}`, 'NONE');
  }
  return reasons;
}

function readParagraphs(code: string, rows: readonly unknown[], entryLocation: string, log: DefectLog): ListParagraph[] {
  const paragraphs: ListParagraph[] = [];
  const itemPaths = new Set<string>();
  rows.forEach((raw, index) => {
    const location = `${entryLocation} paragraph ${index}${isRecord(raw) && typeof raw.path === 'string' ? ` ("${raw.path}")` : ''}`;
    const reject = (kind: Parameters<DefectLog['add']>[0], why: string): void =>
      log.add(kind, location, `${why}; paragraph not written`, 'PARAGRAPH');
    if (!isRecord(raw)) return reject('INVALID_VALUE', `paragraph is not an object: ${show(raw)}`);
    if (typeof raw.path !== 'string') return reject('MISSING_FIELD', 'paragraph has no path');
    if (typeof raw.text !== 'string') return reject('MISSING_FIELD', 'paragraph has no text');
    if (!KINDS.includes(raw.kind as ParagraphKind)) return reject('INVALID_VALUE', `kind ${show(raw.kind)} is not one of ${KINDS.join(', ')}`);
    const kind = raw.kind as ParagraphKind;
    if (entryCodeOfPath(raw.path) !== code) return reject('MALFORMED_PATH', `path "${raw.path}" is not under ${code}`);
    if (kind === 'ITEM') {
      if (!isParagraphPath(raw.path)) return reject('MALFORMED_PATH', `"${raw.path}" is not a paragraph path (letters and numbers alternating)`);
      if (itemPaths.has(raw.path)) return reject('MALFORMED_PATH', `item ${raw.path} appears twice`);
      itemPaths.add(raw.path);
    } else if (raw.path !== code && !itemPaths.has(raw.path)) {
      return reject('MALFORMED_PATH', `note path "${raw.path}" is neither the entry code nor an item above it`);
    }
    const texts = readTexts(raw.texts, `${location} texts`, log);
    paragraphs.push({ path: raw.path, kind, text: raw.text, ...(texts ? { texts } : {}) });
  });
  return paragraphs;
}

function readRelatedControls(raw: unknown, location: string, log: DefectLog): ListEntry['relatedControls'] {
  if (!isRecord(raw)) {
    log.add('MISSING_FIELD', location, 'relatedControls is missing; read as none', 'NONE');
    return { text: null, references: [] };
  }
  let text: string | null = null;
  if (typeof raw.text === 'string') text = raw.text;
  else if (raw.text !== null && raw.text !== undefined) {
    log.add('INVALID_VALUE', location, `relatedControls.text ${show(raw.text)} is not text; left out`, 'NONE');
  }
  const references: RegimeReference[] = [];
  for (const reference of Array.isArray(raw.references) ? raw.references : []) {
    if (isRecord(reference) && isText(reference.regime) && isText(reference.code)) {
      references.push({ regime: reference.regime, code: reference.code });
    } else {
      log.add('INVALID_VALUE', location, `reference ${show(reference)} needs regime and code; left out`, 'NONE');
    }
  }
  return { text, references };
}

function readTermList(raw: unknown, location: string, log: DefectLog): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    log.add('INVALID_VALUE', location, `definitions ${show(raw)} is not an array; left out`, 'NONE');
    return [];
  }
  const terms: string[] = [];
  for (const term of raw) {
    if (!isText(term)) log.add('INVALID_VALUE', location, `definition term ${show(term)} is not text; left out`, 'NONE');
    else if (terms.includes(term)) log.add('DUPLICATE_DEFINITION', location, `term "${term}" listed twice; kept once`, 'NONE');
    else terms.push(term);
  }
  return terms;
}

function readCorrelations(raw: unknown, location: string, log: DefectLog): CustomsCorrelation[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    log.add('INVALID_VALUE', location, `correlations ${show(raw)} is not an array; left out`, 'NONE');
    return [];
  }
  const correlations: CustomsCorrelation[] = [];
  for (const item of raw) {
    const valid = isRecord(item) && SCHEMES.includes(item.scheme as string) && isText(item.code) && RELATIONS.includes(item.relation as string);
    if (!valid) {
      log.add('INVALID_VALUE', location, `correlation ${show(item)} needs scheme ${SCHEMES.join('|')}, code and relation ${RELATIONS.join('|')}; left out`, 'NONE');
      continue;
    }
    const { scheme, code, relation } = item as unknown as CustomsCorrelation;
    correlations.push({ scheme, code, relation });
  }
  return correlations;
}

function readDefinitions(rows: readonly unknown[], log: DefectLog): ListDefinition[] {
  const definitions: ListDefinition[] = [];
  const seen = new Set<string>();
  rows.forEach((raw: unknown, index) => {
    const record: JsonRecord | undefined = isRecord(raw) ? raw : undefined;
    const location = `definitions[${index}]${record && typeof record.term === 'string' ? ` "${record.term}"` : ''}`;
    if (!record || !isText(record.term)) return log.add('MISSING_FIELD', location, 'definition has no term; not written', 'DEFINITION');
    if (typeof record.text !== 'string') return log.add('MISSING_FIELD', location, 'definition has no text; not written', 'DEFINITION');
    if (seen.has(record.term)) return log.add('DUPLICATE_DEFINITION', location, `term "${record.term}" is defined twice; second not written`, 'DEFINITION');
    seen.add(record.term);
    const texts = readTexts(record.texts, `${location} texts`, log);
    definitions.push({ term: record.term, text: record.text, ...(texts ? { texts } : {}) });
  });
  return definitions;
}

/** Other-language authentic texts, `{ fr: { text, sourceDigest } }`; a malformed one is reported and left out. */
function readTexts(raw: unknown, location: string, log: DefectLog): AuthenticTexts | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    log.add('INVALID_VALUE', location, `${show(raw)} is not an object of texts by language; left out`, 'NONE');
    return undefined;
  }
  const texts: AuthenticTexts = {};
  for (const [language, value] of Object.entries(raw)) {
    if (!LANGUAGE_CODE.test(language) || language === ENGLISH) {
      log.add('INVALID_VALUE', `${location}.${language}`, `"${language}" is not a language code other than en; left out`, 'NONE');
    } else if (!isRecord(value) || !isText(value.text) || typeof value.sourceDigest !== 'string' || !/^[0-9a-f]{64}$/.test(value.sourceDigest)) {
      log.add('INVALID_VALUE', `${location}.${language}`, 'a text needs text and the sourceDigest (SHA-256 hex) of the English it renders; left out', 'NONE');
    } else {
      texts[language] = { text: value.text, sourceDigest: value.sourceDigest };
    }
  }
  return Object.keys(texts).length ? texts : undefined;
}

function readLanguages(raw: unknown, log: DefectLog): { languages?: string[] } {
  if (raw === undefined) return {};
  const valid = Array.isArray(raw) && raw[0] === ENGLISH && raw.every((language) => typeof language === 'string' && LANGUAGE_CODE.test(language));
  if (valid) return { languages: [...new Set(raw as string[])] };
  log.add('INVALID_VALUE', 'languages', `languages ${show(raw)} is not a list of language codes with en first; left out`, 'NONE');
  return {};
}

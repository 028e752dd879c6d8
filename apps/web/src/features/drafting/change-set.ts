import type {
  ChangeInput,
  CorrelationRelation,
  CreateProposalInput,
  CustomsScheme,
  DraftingBaseEntryQuery,
  DraftingProposalQuery,
  EntryStatus,
  ParagraphKind,
} from '../../graphql/graphql';
import type { MessageId } from '../../app/i18n/catalog';
import type { FieldProblem } from '../../errors/describe-error';

/**
 * The drafting form's state: a proposal as the person is writing it, every list item with a stable key so that
 * reordering and removing keep each paragraph's focus and problems with it. Field paths are the API's own
 * (`changes[0].entry.paragraphs[2].path`), so a problem the API names lands on exactly the field it means.
 */
export const PARAGRAPH_KINDS: readonly ParagraphKind[] = ['ITEM', 'NOTE', 'TECHNICAL_NOTE', 'NB', 'DECONTROL_NOTE'];
export const RELATIONS: readonly CorrelationRelation[] = ['SAME', 'BROADER', 'NARROWER', 'PARTIAL'];
export const JUSTIFICATION_FIELDS = ['humanRightsRisk', 'evidenceOfMisuse', 'foreignAvailability', 'controllability', 'clarity'] as const;
export type JustificationField = (typeof JUSTIFICATION_FIELDS)[number];
export type ChangeKindName = ChangeInput['kind'];
export const CHANGE_KINDS: readonly ChangeKindName[] = ['ADD_ENTRY', 'AMEND_ENTRY', 'REMOVE_ENTRY', 'ADD_DEFINITION', 'AMEND_DEFINITION', 'REMOVE_DEFINITION'];

export interface ParagraphDraft {
  key: string;
  path: string;
  kind: ParagraphKind;
  text: string;
}
export interface ReferenceDraft {
  key: string;
  regime: string;
  code: string;
}
export interface CorrelationDraft {
  key: string;
  scheme: CustomsScheme;
  code: string;
  relation: CorrelationRelation;
}
export interface EntryDraft {
  code: string;
  heading: string;
  status: EntryStatus;
  reasons: string[];
  paragraphs: ParagraphDraft[];
  relatedControlsText: string;
  references: ReferenceDraft[];
  /** Defined terms the entry uses, one per line as the person types them. */
  terms: string;
  correlations: CorrelationDraft[];
}

export type ChangeDraft =
  | { key: string; kind: 'ADD_ENTRY'; entry: EntryDraft }
  /** entry is null until the base entry's text is loaded. */
  | { key: string; kind: 'AMEND_ENTRY'; code: string; entry: EntryDraft | null }
  | { key: string; kind: 'REMOVE_ENTRY'; code: string }
  | { key: string; kind: 'ADD_DEFINITION'; term: string; text: string }
  | { key: string; kind: 'AMEND_DEFINITION'; term: string; text: string }
  | { key: string; kind: 'REMOVE_DEFINITION'; term: string };

export interface DraftForm {
  title: string;
  rationale: string;
  justification: Record<JustificationField, string>;
  changes: ChangeDraft[];
}

let counter = 0;
export const newKey = () => `k${++counter}`;

export const emptyJustification = (): DraftForm['justification'] => ({ humanRightsRisk: '', evidenceOfMisuse: '', foreignAvailability: '', controllability: '', clarity: '' });
export const emptyForm = (changes: ChangeDraft[] = []): DraftForm => ({ title: '', rationale: '', justification: emptyJustification(), changes });

export const emptyEntry = (code = ''): EntryDraft => ({
  code,
  heading: '',
  status: 'ACTIVE',
  reasons: [],
  paragraphs: [{ key: newKey(), path: code ? `${code}.a` : '', kind: 'ITEM', text: '' }],
  relatedControlsText: '',
  references: [],
  terms: '',
  correlations: [],
});

export function newChange(kind: ChangeKindName, code = ''): ChangeDraft {
  const key = newKey();
  switch (kind) {
    case 'ADD_ENTRY':
      return { key, kind, entry: emptyEntry(code) };
    case 'AMEND_ENTRY':
      return { key, kind, code, entry: null };
    case 'REMOVE_ENTRY':
      return { key, kind, code };
    case 'ADD_DEFINITION':
    case 'AMEND_DEFINITION':
      return { key, kind, term: '', text: '' };
    case 'REMOVE_DEFINITION':
      return { key, kind, term: '' };
  }
}

type ApiEntry = NonNullable<DraftingBaseEntryQuery['release']['entry']>;

/** An entry as the API answers it (base release or proposal), as the form edits it. */
export function entryDraftOf(entry: ApiEntry): EntryDraft {
  return {
    code: entry.code,
    heading: entry.heading,
    status: entry.status,
    reasons: [...entry.reasons],
    paragraphs: entry.paragraphs.map((p) => ({ key: newKey(), path: p.path, kind: p.kind, text: p.text })),
    relatedControlsText: entry.relatedControls.text ?? '',
    references: entry.relatedControls.references.map((r) => ({ key: newKey(), regime: r.regime, code: r.code })),
    terms: entry.definitions.join('\n'),
    correlations: entry.correlations.map((c) => ({ key: newKey(), scheme: c.scheme, code: c.code, relation: c.relation })),
  };
}

type Revision = DraftingProposalQuery['proposal']['revision'];

/** The form for a revision: what it says, ready to be edited into the next one. */
export function formOfRevision(revision: Revision): DraftForm {
  return {
    title: revision.title,
    rationale: revision.rationale,
    justification: { ...emptyJustification(), ...pick(revision.justification) },
    changes: revision.changes.map((change): ChangeDraft => {
      const key = newKey();
      switch (change.kind) {
        case 'ADD_ENTRY':
          return { key, kind: change.kind, entry: change.entry ? entryDraftOf(change.entry) : emptyEntry() };
        case 'AMEND_ENTRY':
          return { key, kind: change.kind, code: change.code ?? '', entry: change.entry ? entryDraftOf(change.entry) : null };
        case 'REMOVE_ENTRY':
          return { key, kind: change.kind, code: change.code ?? '' };
        case 'ADD_DEFINITION':
          return { key, kind: change.kind, term: change.definition?.term ?? '', text: change.definition?.text ?? '' };
        case 'AMEND_DEFINITION':
          return { key, kind: change.kind, term: change.term ?? change.definition?.term ?? '', text: change.definition?.text ?? '' };
        case 'REMOVE_DEFINITION':
          return { key, kind: change.kind, term: change.term ?? '' };
      }
    }),
  };
}

const pick = (j: Revision['justification']) => Object.fromEntries(JUSTIFICATION_FIELDS.map((f) => [f, j[f]])) as DraftForm['justification'];

export function entryInput(entry: EntryDraft): NonNullable<ChangeInput['entry']> {
  return {
    code: entry.code.trim(),
    heading: entry.heading,
    status: entry.status,
    reasons: entry.reasons,
    paragraphs: entry.paragraphs.map(({ path, kind, text }) => ({ path, kind, text })),
    relatedControlsText: entry.relatedControlsText.trim() ? entry.relatedControlsText : null,
    references: entry.references.map(({ regime, code }) => ({ regime, code })),
    definitions: entry.terms.split('\n').map((term) => term.trim()).filter(Boolean),
    correlations: entry.correlations.map(({ scheme, code, relation }) => ({ scheme, code, relation })),
  };
}

/** What the API takes for one change. An amendment whose text is not loaded yet is sent without it (the API says so). */
export function changeInput(change: ChangeDraft): ChangeInput {
  switch (change.kind) {
    case 'ADD_ENTRY':
      return { kind: change.kind, entry: entryInput(change.entry) };
    case 'AMEND_ENTRY':
      return { kind: change.kind, code: change.code.trim(), ...(change.entry ? { entry: { ...entryInput(change.entry), code: change.code.trim() } } : {}) };
    case 'REMOVE_ENTRY':
      return { kind: change.kind, code: change.code.trim() };
    case 'ADD_DEFINITION':
      return { kind: change.kind, definition: { term: change.term.trim(), text: change.text } };
    case 'AMEND_DEFINITION':
      return { kind: change.kind, term: change.term, definition: { term: change.term, text: change.text } };
    case 'REMOVE_DEFINITION':
      return { kind: change.kind, term: change.term };
  }
}

export function proposalInput(form: DraftForm): CreateProposalInput {
  return { title: form.title.trim(), rationale: form.rationale.trim(), justification: { ...form.justification }, changes: form.changes.map(changeInput) };
}

// ——— list editing: insert, remove, move, keeping each item's key ———

export const insertAt = <T>(list: readonly T[], index: number, item: T): T[] => [...list.slice(0, index), item, ...list.slice(index)];
export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);
export function moveBy<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length || index < 0 || index >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item);
  return next;
}
export const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] => list.map((x, i) => (i === index ? item : x));

/**
 * A new paragraph after the one at `index` (-1: at the start): an item continues its path's level with the next
 * letter or number when it can; a note takes the path of the item above it.
 */
export function newParagraphAfter(entry: EntryDraft, index: number, kind: ParagraphKind = 'ITEM'): ParagraphDraft {
  const above = entry.paragraphs.slice(0, index + 1).reverse().find((p) => p.kind === 'ITEM');
  const code = entry.code.trim();
  if (kind !== 'ITEM') return { key: newKey(), kind, path: above?.path ?? code, text: '' };
  return { key: newKey(), kind, path: above ? nextSibling(above.path) : code ? `${code}.a` : '', text: '' };
}

/** 5A001.a → 5A001.b, 5A001.j.1 → 5A001.j.2; the code itself → its .a. */
export function nextSibling(path: string): string {
  const parts = path.split('.');
  if (parts.length < 2) return `${path}.a`;
  const last = parts[parts.length - 1];
  if (/^\d+$/.test(last)) parts[parts.length - 1] = String(Number(last) + 1);
  else if (/^[a-y]$/.test(last)) parts[parts.length - 1] = String.fromCharCode(last.charCodeAt(0) + 1);
  else return path;
  return parts.join('.');
}

export const addParagraph = (entry: EntryDraft, afterIndex: number, kind: ParagraphKind = 'ITEM'): EntryDraft => ({
  ...entry,
  paragraphs: insertAt(entry.paragraphs, afterIndex + 1, newParagraphAfter(entry, afterIndex, kind)),
});
export const removeParagraph = (entry: EntryDraft, index: number): EntryDraft => ({ ...entry, paragraphs: removeAt(entry.paragraphs, index) });
export const moveParagraph = (entry: EntryDraft, index: number, delta: number): EntryDraft => ({ ...entry, paragraphs: moveBy(entry.paragraphs, index, delta) });
export const updateParagraph = (entry: EntryDraft, index: number, patch: Partial<Omit<ParagraphDraft, 'key'>>): EntryDraft => ({
  ...entry,
  paragraphs: replaceAt(entry.paragraphs, index, { ...entry.paragraphs[index], ...patch }),
});

// ——— problems: local checks, the API's, and where each one goes ———

/** A problem at a field, in the reader's words (messageId) or, when Concord has no words for it, the API's text. */
export interface Problem {
  field: string;
  messageId: MessageId | null;
  text: string;
}

const ENTRY_CODE = /^[0-9][A-E][0-9]{3}$/;

/** What the form can tell without asking: required fields, and a code that cannot be one. */
export function localProblems(form: DraftForm): Problem[] {
  const problems: Problem[] = [];
  const required = (field: string, value: string) => {
    if (!value.trim()) problems.push({ field, messageId: 'drafting.problem.required', text: '' });
  };
  required('title', form.title);
  required('rationale', form.rationale);
  required('justification.humanRightsRisk', form.justification.humanRightsRisk);
  if (form.changes.length === 0) problems.push({ field: 'changes', messageId: 'drafting.problem.noChanges', text: '' });
  form.changes.forEach((change, i) => {
    const at = `changes[${i}]`;
    const entry = (e: EntryDraft) => {
      if (!e.code.trim()) required(`${at}.entry.code`, '');
      else if (!ENTRY_CODE.test(e.code.trim())) problems.push({ field: `${at}.entry.code`, messageId: 'error.reason.INVALID_ENTRY_CODE', text: '' });
      if (!e.heading.trim()) problems.push({ field: `${at}.entry.heading`, messageId: 'error.reason.MISSING_HEADING', text: '' });
      e.paragraphs.forEach((p, n) => {
        required(`${at}.entry.paragraphs[${n}].path`, p.path);
        required(`${at}.entry.paragraphs[${n}].text`, p.text);
      });
      e.references.forEach((r, n) => required(`${at}.entry.references[${n}].code`, r.code));
      e.correlations.forEach((c, n) => required(`${at}.entry.correlations[${n}].code`, c.code));
    };
    switch (change.kind) {
      case 'ADD_ENTRY':
        entry(change.entry);
        break;
      case 'AMEND_ENTRY':
        required(`${at}.code`, change.code);
        if (change.code.trim() && !change.entry) problems.push({ field: `${at}.code`, messageId: 'drafting.problem.notLoaded', text: '' });
        if (change.entry) entry({ ...change.entry, code: change.code });
        break;
      case 'REMOVE_ENTRY':
        required(`${at}.code`, change.code);
        break;
      case 'ADD_DEFINITION':
        required(`${at}.definition.term`, change.term);
        if (!change.text.trim()) problems.push({ field: `${at}.definition.text`, messageId: 'error.reason.MISSING_DEFINITION_TEXT', text: '' });
        break;
      case 'AMEND_DEFINITION':
        required(`${at}.term`, change.term);
        if (!change.text.trim()) problems.push({ field: `${at}.definition.text`, messageId: 'error.reason.MISSING_DEFINITION_TEXT', text: '' });
        break;
      case 'REMOVE_DEFINITION':
        required(`${at}.term`, change.term);
        break;
    }
  });
  return problems;
}

/**
 * The API names a field and says what is wrong in English; the field and the gist of the message say which of
 * Concord's explanations applies, in the reader's language. Unknown ones keep the API's text.
 */
export function messageIdFor(field: string, message: string): MessageId | null {
  const has = (words: string) => message.includes(words);
  if (/\.entry\.code$/.test(field)) {
    if (has('already exists')) return 'error.reason.DUPLICATE_CODE';
    if (has('reserved')) return 'drafting.problem.reservedCode';
    if (has('keeps the code')) return 'drafting.problem.keepsCode';
    return 'error.reason.INVALID_ENTRY_CODE';
  }
  if (/^changes\[\d+\]\.code$/.test(field)) return has('twice') ? 'drafting.problem.changedTwice' : 'error.reason.REFERENCE_NOT_FOUND';
  if (/^changes\[\d+\]\.term$/.test(field)) return has('twice') ? 'drafting.problem.changedTwice' : 'drafting.problem.termNotDefined';
  if (/\.paragraphs\[\d+\]\.path$/.test(field)) {
    if (has('appears twice')) return 'drafting.problem.pathTwice';
    if (has('a note carries')) return 'drafting.problem.notePath';
    if (has('at most')) return null;
    return 'error.reason.INVALID_PARAGRAPH_PATH';
  }
  if (/\.paragraphs\[\d+\]\.kind$/.test(field)) return 'error.reason.INVALID_PARAGRAPH_KIND';
  if (/\.paragraphs\[\d+\]\.text$/.test(field) && has('has text')) return 'drafting.problem.required';
  if (/\.entry\.heading$/.test(field) && has('has a heading')) return 'error.reason.MISSING_HEADING';
  if (/\.entry\.reasons\[\d+\]$/.test(field)) return has('twice') ? 'drafting.problem.listedTwice' : 'error.reason.INVALID_REASON';
  if (/\.references\[\d+\]\.regime$/.test(field)) return 'error.reason.INVALID_REGIME';
  if (/\.correlations\[\d+\]\.code$/.test(field)) return 'error.reason.INVALID_CUSTOMS_CODE';
  if (/\.entry\.status$/.test(field)) return 'drafting.problem.staysActive';
  if (/\.definition\.text$/.test(field) && has('has text')) return 'error.reason.MISSING_DEFINITION_TEXT';
  if (/\.definition\.term$/.test(field)) {
    if (has('already defined')) return 'error.reason.DUPLICATE_DEFINITION';
    if (has('keeps the term')) return 'drafting.problem.keepsTerm';
    return 'drafting.problem.termFormat';
  }
  if (/^changes\[\d+\]\.(entry|definition)$/.test(field) && has('changes nothing')) return 'drafting.problem.changesNothing';
  if (field === 'changes' && has('at least one')) return 'drafting.problem.noChanges';
  if (/^changes\[\d+\]\.(entry|definition|code|term)$/.test(field) && has('is required')) return 'drafting.problem.required';
  return null;
}

export const apiProblems = (fields: readonly FieldProblem[]): Problem[] =>
  fields.map((p) => ({ field: p.field, messageId: messageIdFor(p.field, p.message), text: p.message }));

/** Local problems first, then the API's; the same words at the same field once. */
export function mergeProblems(...lists: Problem[][]): Problem[] {
  const seen = new Set<string>();
  return lists.flat().filter((p) => {
    const key = `${p.field}|${p.messageId ?? p.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Problems exactly at a field (not those under it): for a whole change or a whole entry. */
export const problemsExactly = <P extends { field: string }>(problems: readonly P[], field: string): P[] => problems.filter((p) => p.field === field);

/** The DOM id of the wrapper around a field, for the summary's links: changes[0].entry.paragraphs[2].path → field-changes-0-entry-paragraphs-2-path. */
export const fieldId = (field: string) => `field-${field.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;

/** Where a problem is shown: a reason or term of a list is shown at the list; anything else at its own field. */
export function anchorOf(field: string): string {
  return field.replace(/(\.entry\.(?:reasons|definitions))\[\d+\]$/, '$1');
}

/** The parent paths of a field, nearest first, for a problem whose field the form does not show on its own. */
export function ancestorsOf(field: string): string[] {
  const out: string[] = [];
  let path = field;
  for (;;) {
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    if (cut <= 0) break;
    path = path.slice(0, cut);
    out.push(path);
  }
  return out;
}

// ——— a stale edit: the person's edits on top of the latest revision ———

const subjectOf = (change: ChangeDraft): string => {
  switch (change.kind) {
    case 'ADD_ENTRY':
      return `code:${change.entry.code.trim()}`;
    case 'AMEND_ENTRY':
    case 'REMOVE_ENTRY':
      return `code:${change.code.trim()}`;
    default:
      return `term:${change.term.trim().toLowerCase()}`;
  }
};
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Three-way: what the person opened, what they made of it, and the latest revision. Every field and every change
 * (by the code or term it touches) that they edited is theirs; everything they left alone is the latest revision's;
 * changes they added are kept and those they deleted stay deleted.
 */
export function reapply(opened: DraftForm, mine: DraftForm, latest: DraftForm): DraftForm {
  const text = <K extends 'title' | 'rationale'>(k: K) => (mine[k] !== opened[k] ? mine[k] : latest[k]);
  const justification = Object.fromEntries(
    JUSTIFICATION_FIELDS.map((f) => [f, mine.justification[f] !== opened.justification[f] ? mine.justification[f] : latest.justification[f]]),
  ) as DraftForm['justification'];
  const openedBy = new Map(opened.changes.map((c) => [subjectOf(c), c]));
  const mineBy = new Map(mine.changes.map((c) => [subjectOf(c), c]));
  const latestSubjects = new Set(latest.changes.map(subjectOf));
  const changes: ChangeDraft[] = [];
  for (const theirs of latest.changes) {
    const subject = subjectOf(theirs);
    const before = openedBy.get(subject);
    const after = mineBy.get(subject);
    if (before && !after) continue;
    if (after && (!before || !same(changeInput(after), changeInput(before)))) changes.push(after);
    else changes.push(theirs);
  }
  for (const change of mine.changes) {
    const subject = subjectOf(change);
    const before = openedBy.get(subject);
    if (latestSubjects.has(subject)) continue;
    if (!before || !same(changeInput(change), changeInput(before))) changes.push(change);
  }
  return { title: text('title'), rationale: text('rationale'), justification, changes };
}

export const isDirty = (opened: DraftForm, form: DraftForm) => !same(proposalInput(opened), proposalInput(form));

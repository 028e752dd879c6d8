import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { AuditService } from '@concord/audit';
import { AccessPolicy, Actor, isDelegation, Permission } from '@concord/auth';
import { ReadReplicas } from '@concord/shared/db';
import { badInput, forbidden } from '@concord/shared/graphql';
import { ControlListAuditAction } from '../control-list-audit-action';
import { ControlListErrorReason } from '../control-list-error-reason';
import { ENGLISH, isStale, LANGUAGE_CODE } from '../languages/languages';
import { EntryKey, entryKeyOf } from '../snapshots/entry-reader';
import { LanguageText } from './language-text.model';
import { RecordedStatus, TextKind, TextStatus } from './text-status';
import { TranslationBatch } from './translation-batch.model';
import { WithdrawTranslationsInput } from './withdraw-translations.input';

/** An entry's texts in other languages: its heading's, and each paragraph's by position. */
export interface EntryTexts {
  heading: LanguageText[];
  paragraphs: Map<number, LanguageText[]>;
}

/** What a batch from the XLIFF import or the API records: units of one language, all TRANSLATION (the default) or all MACHINE. */
export interface TranslationRecord {
  language: string;
  status?: RecordedStatus;
  units: readonly RecordedUnit[];
}

/** One unit by place (see ListTranslationEntity); a caller that bypasses GraphQL's validation meets the table's CHECKs. */
export interface RecordedUnit {
  kind: TextKind;
  path: string;
  occurrence?: number;
  text: string;
  sourceDigest: string;
}

// Authentic first, then what delegations offer, the machine's last: the order a reader trusts them in.
const STATUS_ORDER = [TextStatus.AUTHENTIC, TextStatus.TRANSLATION, TextStatus.MACHINE];

@Injectable()
export class TranslationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly replicas: ReadReplicas,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  /** Records (or replaces) the actor's delegation's translations of many units at once, in one transaction. */
  async record(actor: Actor, input: TranslationRecord): Promise<TranslationBatch> {
    const delegation = this.assertTranslator(actor);
    const language = checkedLanguage(input.language);
    const status = input.status ?? TextStatus.TRANSLATION;
    assertDistinct(input.units);
    const units = input.units.map((unit) => ({ kind: unit.kind, path: unit.path.trim(), occurrence: unit.occurrence ?? 0, text: unit.text.trim(), source_digest: unit.sourceDigest }));
    return this.db.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO list_translation (state_id, language, kind, path, occurrence, status, text, source_digest, recorded_by_id)
         SELECT $1, $2, r.kind, r.path, r.occurrence, $3, r.text, r.source_digest, $4
         FROM jsonb_to_recordset($5::jsonb) AS r(kind text, path text, occurrence integer, text text, source_digest text)
         ON CONFLICT ON CONSTRAINT list_translation_place_unique DO UPDATE SET status = EXCLUDED.status, text = EXCLUDED.text,
           source_digest = EXCLUDED.source_digest, recorded_by_id = EXCLUDED.recorded_by_id, recorded_at = now()`,
        [delegation.stateId, language, status, delegation.id, JSON.stringify(units)],
      );
      await this.audit.record(manager, actor, {
        action: ControlListAuditAction.TRANSLATIONS_RECORDED,
        objectType: 'translations',
        objectId: `${delegation.stateCode}/${language}`,
        // Counts and entries, not every unit: one import may carry thousands.
        summary: { language, status, units: units.length, entries: entriesOf(units) },
      });
      return { language, state: delegation.stateCode, units: units.length };
    });
  }

  /** Removes the delegation's translations of these units; a unit it never translated is an error, and nothing changes. */
  async withdraw(actor: Actor, input: WithdrawTranslationsInput): Promise<TranslationBatch> {
    const delegation = this.assertTranslator(actor);
    const language = checkedLanguage(input.language);
    assertDistinct(input.units);
    const places = input.units.map((unit) => ({ kind: unit.kind, path: unit.path.trim(), occurrence: unit.occurrence ?? 0 }));
    return this.db.transaction(async (manager) => {
      const [{ count }] = await manager.query<{ count: number }[]>(
        `WITH removed AS (
           DELETE FROM list_translation t USING jsonb_to_recordset($3::jsonb) AS r(kind text, path text, occurrence integer)
           WHERE t.state_id = $1 AND t.language = $2 AND t.kind = r.kind AND t.path = r.path AND t.occurrence = r.occurrence RETURNING t.id
         ) SELECT count(*)::int AS count FROM removed`,
        [delegation.stateId, language, JSON.stringify(places)],
      );
      // Thrown inside the transaction, so the units that did exist are not removed either.
      if (count !== places.length) {
        throw badInput(`${places.length - count} of these units have no ${language} translation by ${delegation.stateCode}`, ControlListErrorReason.TRANSLATION_NOT_FOUND);
      }
      await this.audit.record(manager, actor, {
        action: ControlListAuditAction.TRANSLATIONS_WITHDRAWN,
        objectType: 'translations',
        objectId: `${delegation.stateCode}/${language}`,
        summary: { language, units: places.length, entries: entriesOf(places) },
      });
      return { language, state: delegation.stateCode, units: places.length };
    });
  }

  /**
   * Per-request loader of entries' texts in other languages, authentic and recorded, for a whole page of entries in
   * one statement. A translation follows its unit by place into every release; staleness compares the English it
   * records with the English of the release asked about.
   */
  readonly textsOf = () =>
    new DataLoader<EntryKey, EntryTexts, string>(
      async (keys) => {
        const rows = await this.replicas.read((db) =>
          db.query<TextRow[]>(ENTRY_TEXTS_SQL, [[...new Set(keys.map((key) => key.releaseId))], [...new Set(keys.map((key) => key.code))]]),
        );
        const byEntry = new Map<string, EntryTexts>();
        for (const row of rows) {
          const key = entryKeyOf(row.release_id, row.entry_code);
          const texts: EntryTexts = byEntry.get(key) ?? { heading: [], paragraphs: new Map() };
          byEntry.set(key, texts);
          const text = languageText(row);
          if (row.position === null) texts.heading.push(text);
          else texts.paragraphs.set(row.position, [...(texts.paragraphs.get(row.position) ?? []), text]);
        }
        return keys.map((key) => byEntry.get(entryKeyOf(key.releaseId, key.code)) ?? { heading: [], paragraphs: new Map() });
      },
      { cacheKeyFn: (key) => entryKeyOf(key.releaseId, key.code) },
    );

  /** Per-request loader of every definition's texts in other languages, a release's at once, keyed by term. */
  readonly definitionTextsOf = () =>
    new DataLoader<string, Map<string, LanguageText[]>>(async (releaseIds) => {
      const rows = await this.replicas.read((db) => db.query<(TextRow & { term: string })[]>(DEFINITION_TEXTS_SQL, [[...releaseIds]]));
      return releaseIds.map((releaseId) => {
        const byTerm = new Map<string, LanguageText[]>();
        for (const row of rows.filter((candidate) => candidate.release_id === releaseId)) byTerm.set(row.term, [...(byTerm.get(row.term) ?? []), languageText(row)]);
        return byTerm;
      });
    });

  private assertTranslator(actor: Actor) {
    this.access.assert(actor, Permission.RECORD_TRANSLATIONS);
    if (!isDelegation(actor)) throw forbidden('Only delegations record translations');
    return actor;
  }
}

interface TextRow {
  release_id: string;
  entry_code: string;
  position: number | null;
  language: string;
  text: string;
  source_digest: string;
  status: TextStatus;
  state_code: string | null;
  recorded_at: Date | null;
  english: string;
}

// A paragraph's occurrence counts the paragraphs of its kind and path above it, as the translation units do.
const ENTRY_TEXTS_SQL = `
  WITH paragraph AS (
    SELECT release_id, entry_code, position, path, kind, text,
      (row_number() OVER (PARTITION BY release_id, entry_code, path, kind ORDER BY position) - 1)::int AS occurrence
    FROM release_paragraph WHERE release_id = ANY($1::uuid[]) AND entry_code = ANY($2::text[])
  ), heading AS (
    SELECT release_id, code AS entry_code, heading AS text FROM release_entry WHERE release_id = ANY($1::uuid[]) AND code = ANY($2::text[])
  ), texts AS (
    SELECT p.release_id, p.entry_code, p.position, a.language, a.text, a.source_digest, 'AUTHENTIC' AS status,
      NULL AS state_code, NULL::timestamptz AS recorded_at, p.text AS english
    FROM paragraph p JOIN release_paragraph_text a USING (release_id, entry_code, position)
    UNION ALL
    SELECT h.release_id, h.entry_code, NULL, a.language, a.text, a.source_digest, 'AUTHENTIC', NULL, NULL, h.text
    FROM heading h JOIN release_heading_text a USING (release_id, entry_code)
    UNION ALL
    SELECT p.release_id, p.entry_code, p.position, t.language, t.text, t.source_digest, t.status, s.code, t.recorded_at, p.text
    FROM paragraph p JOIN list_translation t ON t.kind = p.kind AND t.path = p.path AND t.occurrence = p.occurrence
      JOIN participating_state s ON s.id = t.state_id
    UNION ALL
    SELECT h.release_id, h.entry_code, NULL, t.language, t.text, t.source_digest, t.status, s.code, t.recorded_at, h.text
    FROM heading h JOIN list_translation t ON t.kind = 'HEADING' AND t.path = h.entry_code AND t.occurrence = 0
      JOIN participating_state s ON s.id = t.state_id
  )
  SELECT * FROM texts
  ORDER BY language, array_position(ARRAY[${STATUS_ORDER.map((status) => `'${status}'`).join(', ')}], status), state_code`;

/** The entry codes units belong to (a definition's term belongs to none), in code order. */
function entriesOf(units: readonly { kind: TextKind; path: string }[]): string[] {
  return [...new Set(units.filter((unit) => unit.kind !== TextKind.DEFINITION).map((unit) => unit.path.slice(0, 5)))].sort();
}

const DEFINITION_TEXTS_SQL = `
  SELECT * FROM (
    SELECT d.release_id, d.term, a.language, a.text, a.source_digest, 'AUTHENTIC' AS status, NULL AS state_code,
      NULL::timestamptz AS recorded_at, d.text AS english
    FROM release_definition d JOIN release_definition_text a USING (release_id, term) WHERE d.release_id = ANY($1::uuid[])
    UNION ALL
    SELECT d.release_id, d.term, t.language, t.text, t.source_digest, t.status, s.code, t.recorded_at, d.text
    FROM release_definition d JOIN list_translation t ON t.kind = 'DEFINITION' AND t.path = d.term AND t.occurrence = 0
      JOIN participating_state s ON s.id = t.state_id
    WHERE d.release_id = ANY($1::uuid[])
  ) texts
  ORDER BY language, array_position(ARRAY[${STATUS_ORDER.map((status) => `'${status}'`).join(', ')}], status), state_code`;

function languageText(row: TextRow): LanguageText {
  return {
    language: row.language,
    text: row.text,
    status: row.status,
    stale: isStale(row.source_digest, row.english),
    sourceDigest: row.source_digest,
    recordedBy: row.state_code,
    recordedAt: row.recorded_at,
  };
}

export function checkedLanguage(language: string): string {
  const code = language.trim();
  if (!LANGUAGE_CODE.test(code) || code === ENGLISH) {
    throw badInput('A language is a code such as fr, ja or pt-BR, and not en (English is the text itself)', ControlListErrorReason.INVALID_LANGUAGE, [
      { field: 'language', message: 'must be a language code other than en' },
    ]);
  }
  return code;
}

function assertDistinct(units: readonly Pick<RecordedUnit, 'kind' | 'path' | 'occurrence'>[]): void {
  const seen = new Set<string>();
  for (const [index, unit] of units.entries()) {
    const key = `${unit.kind} ${unit.path.trim()} ${unit.occurrence ?? 0}`;
    if (seen.has(key)) {
      throw badInput(`units[${index}] repeats ${key}: one text per unit`, ControlListErrorReason.DUPLICATE_TRANSLATION_UNIT, [{ field: `units[${index}]`, message: 'repeats an earlier unit' }]);
    }
    seen.add(key);
  }
}

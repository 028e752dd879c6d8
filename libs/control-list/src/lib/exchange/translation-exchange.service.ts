import { Injectable } from '@nestjs/common';
import { AccessPolicy, Actor, isDelegation, Permission } from '@concord/auth';
import { ReadReplicas } from '@concord/shared/db';
import { badInput, forbidden, notFound } from '@concord/shared/graphql';
import { ControlListErrorReason } from '../control-list-error-reason';
import { isStale } from '../languages/languages';
import type { AuthenticTexts, ListDocument } from '../list-document';
import { ReleasesService } from '../releases/releases.service';
import { RecordedStatus, TextStatus } from '../translations/text-status';
import { checkedLanguage, TranslationsService } from '../translations/translations.service';
import { exportXliff } from '../xliff/export-xliff';
import { parseXliff } from '../xliff/parse-xliff';
import { translationPlaces } from '../xliff/translation-place';
import { expectedUnitsOf, TranslationUnit, translationUnits } from '../xliff/translation-unit';
import { TranslationState, XliffDefectKind } from '../xliff/xliff.enums';
import type { ParsedXliff } from '../xliff/xliff-import';
import { ImportTranslationsInput } from './import-translations.input';
import { TranslationExchangeInput } from './translation-exchange.input';
import { TranslationExchange } from './translation-exchange.model';
import { TranslationImport } from './translation-import.model';
import { XLIFF_VERSION_OF, xliffFormatOf, XliffRejection } from './xliff-format';

/** A whole list in one language is a few MiB; a file far larger is not a translation of it. */
export const MAX_XLIFF_BYTES = 8 * 1024 * 1024;

interface StoredTranslation {
  kind: string;
  path: string;
  occurrence: number;
  text: string;
  source_digest: string;
  status: RecordedStatus;
}

/** XLIFF files to and from the stored translations: what translators in CAT tools exchange with the server. */
@Injectable()
export class TranslationExchangeService {
  constructor(
    private readonly releases: ReleasesService,
    private readonly translations: TranslationsService,
    private readonly replicas: ReadReplicas,
    private readonly access: AccessPolicy,
  ) {}

  /**
   * The release's texts as XLIFF. Targets: an authentic text, final; else the caller's delegation's translation,
   * translated, or initial when it is a machine's or renders older English (the translator revises it).
   */
  async export(actor: Actor, input: TranslationExchangeInput): Promise<TranslationExchange> {
    const language = checkedLanguage(input.language);
    const list = selected(await this.releases.document(actor, input.version), input.codes);
    const stored = isDelegation(actor) ? await this.storedOf(actor.stateId, language) : new Map<string, StoredTranslation>();
    const authentic = authenticTextsInOrder(list);
    const places = translationPlaces(translationUnits(list));
    const units = translationUnits(list).map((unit, index): TranslationUnit => {
      const agreed = authentic[index]?.[language];
      if (agreed && !isStale(agreed.sourceDigest, unit.source)) return { ...unit, target: agreed.text, state: TranslationState.FINAL };
      const place = places.get(unit.id)!;
      const translation = stored.get(`${place.kind} ${place.path} ${place.occurrence}`);
      if (!translation) return unit;
      const current = translation.status === TextStatus.TRANSLATION && !isStale(translation.source_digest, unit.source);
      return { ...unit, target: translation.text, state: current ? TranslationState.TRANSLATED : TranslationState.INITIAL };
    });
    const version = XLIFF_VERSION_OF[input.xliffVersion];
    return {
      version: list.version!,
      language,
      xliffVersion: input.xliffVersion,
      fileName: `concord-${list.version}.${language}${version === '1.2' ? '.xliff12' : ''}.xlf`,
      units: units.length,
      translated: units.filter((unit) => unit.target !== undefined).length,
      xliff: exportXliff(units, { version, sourceLanguage: 'en', targetLanguage: language, release: list.version! }),
    };
  }

  /**
   * Checks a returned file against the release's English and records the units it can take, all in one transaction
   * with the audit event; nothing when the file as a whole is refused, or on a dry run.
   */
  async import(actor: Actor, input: ImportTranslationsInput): Promise<TranslationImport> {
    this.access.assert(actor, Permission.RECORD_TRANSLATIONS);
    if (!isDelegation(actor)) throw forbidden('Only delegations record translations');
    const language = checkedLanguage(input.language);
    if (Buffer.byteLength(input.xliff, 'utf8') > MAX_XLIFF_BYTES) {
      throw badInput(`The XLIFF file is larger than ${MAX_XLIFF_BYTES / 1024 / 1024} MiB`, ControlListErrorReason.XLIFF_TOO_LARGE, [{ field: 'xliff', message: 'at most 8 MiB' }]);
    }
    const list = await this.releases.document(actor, input.version);
    const units = translationUnits(list);
    const parsed = draftsRejected(parseXliff(input.xliff, { expectedUnits: expectedUnitsOf(units), targetLanguage: language }));
    const refused = parsed.defects.some((defect) => defect.rejected === 'FILE');
    const accepted = refused ? [] : parsed.units;
    if (accepted.length && !input.dryRun) {
      const places = translationPlaces(units);
      await this.translations.record(actor, {
        language,
        status: input.status,
        units: accepted.map((unit) => ({ ...places.get(unit.id)!, text: unit.target, sourceDigest: unit.sourceDigest })),
      });
    }
    return {
      version: list.version!,
      language,
      xliffVersion: xliffFormatOf(parsed.version),
      dryRun: input.dryRun,
      state: actor.stateCode,
      read: parsed.counts.read,
      written: accepted.length,
      rejected: parsed.counts.read - accepted.length,
      defects: parsed.defects.map((defect) => ({ ...defect, rejected: defect.rejected === 'FILE' ? XliffRejection.FILE : XliffRejection.UNIT })),
    };
  }

  private async storedOf(stateId: string, language: string): Promise<Map<string, StoredTranslation>> {
    const rows = await this.replicas.read((db) =>
      db.query<StoredTranslation[]>(`SELECT kind, path, occurrence, text, source_digest, status FROM list_translation WHERE state_id = $1 AND language = $2`, [stateId, language]),
    );
    return new Map(rows.map((row) => [`${row.kind} ${row.path} ${row.occurrence}`, row]));
  }
}

/** With codes, only those entries and the definitions they use; a code the release lacks is an error. */
function selected(list: ListDocument, codes: readonly string[] | null | undefined): ListDocument {
  if (!codes?.length) return list;
  const wanted = new Set(codes.map((code) => code.trim().toUpperCase()));
  const entries = list.entries.filter((entry) => wanted.has(entry.code));
  const missing = [...wanted].filter((code) => !entries.some((entry) => entry.code === code));
  if (missing.length) throw notFound('Entry', missing.join(', '));
  const terms = new Set(entries.flatMap((entry) => entry.definitions));
  return { ...list, entries, definitions: list.definitions.filter((definition) => terms.has(definition.term)) };
}

/** The authentic texts of every unit, in translationUnits' order: headings and paragraphs entry by entry, then definitions. */
function authenticTextsInOrder(list: ListDocument): (AuthenticTexts | undefined)[] {
  return [...list.entries.flatMap((entry) => [entry.headingTexts, ...entry.paragraphs.map((paragraph) => paragraph.texts)]), ...list.definitions.map((definition) => definition.texts)];
}

/** A target still in state initial is the translator's draft (or a stale text handed back untouched): not recorded. */
function draftsRejected(parsed: ParsedXliff): ParsedXliff {
  const drafts = parsed.units.filter((unit) => unit.state === TranslationState.INITIAL);
  if (!drafts.length) return parsed;
  return {
    ...parsed,
    units: parsed.units.filter((unit) => unit.state !== TranslationState.INITIAL),
    defects: [
      ...parsed.defects,
      ...drafts.map((unit) => ({
        kind: XliffDefectKind.NOT_TRANSLATED,
        location: `unit ${unit.id}`,
        message: 'The target is still in state initial: mark it translated (or reviewed, final) once it renders the current English.',
        rejected: 'UNIT' as const,
      })),
    ],
    counts: { ...parsed.counts, written: parsed.counts.written - drafts.length, rejected: parsed.counts.rejected + drafts.length },
  };
}

import { EntityManager } from 'typeorm';
import { groupByKeys } from '@concord/shared/graphql';
import { authenticLanguages } from '../languages/languages';
import { AuthenticTexts, LIST_FORMAT, ListDocument } from '../list-document';
import { readEntries, textsOf } from './entry-reader';
import { ReleaseEntity } from './release.entity';

/**
 * A release's snapshot as a document in Concord's format, entries and definitions in their released order. With
 * `codes`, only those entries (and every definition): what a change set needs, without reading the whole list.
 */
export async function readSnapshot(manager: EntityManager, release: ReleaseEntity, codes?: readonly string[]): Promise<ListDocument> {
  return (await readSnapshots(manager, [release], codes)).get(release.id)!;
}

/**
 * readSnapshot of several releases in the same five statements as one: a page of proposals written against different
 * releases reads their bases at once. By release id.
 */
export async function readSnapshots(manager: EntityManager, releases: readonly ReleaseEntity[], codes?: readonly string[]): Promise<Map<string, ListDocument>> {
  const releaseIds = releases.map((release) => release.id);
  const entries = await readEntries(manager, { releaseIds, codes });
  // After the entries, not beside them: inside a transaction the manager holds a single connection.
  const definitions = await manager.query<{ release_id: string; term: string; text: string; texts: AuthenticTexts | null }[]>(
    `SELECT release_id, term, text, ${textsOf('release_definition_text', 't.term = c.term')} AS texts
     FROM release_definition c WHERE release_id = ANY($1::uuid[]) ORDER BY release_id, position`,
    [releaseIds],
  );
  const entriesOf = groupByKeys(releaseIds, entries, (row) => row.releaseId, (row) => row.entry);
  const definitionsOf = groupByKeys(releaseIds, definitions, (row) => row.release_id, ({ term, text, texts }) => ({ term, text, ...(texts ? { texts } : {}) }));
  return new Map(
    releases.map((release, index) => {
      const list = { entries: entriesOf[index], definitions: definitionsOf[index] };
      const languages = authenticLanguages(list);
      const document: ListDocument = {
        format: LIST_FORMAT,
        version: release.version,
        ...(release.origin ? { source: release.origin } : {}),
        ...(languages.length > 1 ? { languages } : {}),
        ...list,
      };
      return [release.id, document];
    }),
  );
}

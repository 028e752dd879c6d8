import { EntityManager } from 'typeorm';
import { authenticLanguages } from '../languages/languages';
import { AuthenticTexts, LIST_FORMAT, ListDocument } from '../list-document';
import { readEntries, textsOf } from './entry-reader';
import { ReleaseEntity } from './release.entity';

/**
 * A release's snapshot as a document in Concord's format, entries and definitions in their released order. With
 * `codes`, only those entries (and every definition): what a change set needs, without reading the whole list.
 */
export async function readSnapshot(manager: EntityManager, release: ReleaseEntity, codes?: readonly string[]): Promise<ListDocument> {
  const entries = await readEntries(manager, { releaseIds: [release.id], codes });
  // After the entries, not beside them: inside a transaction the manager holds a single connection.
  const definitions = await manager.query<{ term: string; text: string; texts: AuthenticTexts | null }[]>(
    `SELECT term, text, ${textsOf('release_definition_text', 't.term = c.term')} AS texts
     FROM release_definition c WHERE release_id = $1 ORDER BY position`,
    [release.id],
  );
  const list = { entries: entries.map(({ entry }) => entry), definitions: definitions.map(({ term, text, texts }) => ({ term, text, ...(texts ? { texts } : {}) })) };
  const languages = authenticLanguages(list);
  return {
    format: LIST_FORMAT,
    version: release.version,
    ...(release.origin ? { source: release.origin } : {}),
    ...(languages.length > 1 ? { languages } : {}),
    ...list,
  };
}

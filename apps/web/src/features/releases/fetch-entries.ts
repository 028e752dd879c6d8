import type { ApolloClient } from '@apollo/client';
import type { ReleaseExportEntriesQuery } from '../../graphql/graphql';
import { RELEASE_EXPORT_ENTRIES } from './releases.operations';

export type ReleaseEntry = ReleaseExportEntriesQuery['release']['entries']['edges'][number]['node'];

/** The API's largest page: a release of a few thousand entries takes a handful of requests. */
const PAGE = 500;

/** Every entry of a release, page by page, telling after each page how many of how many have arrived. */
export async function fetchAllEntries(client: ApolloClient, version: string, onProgress: (done: number, total: number) => void): Promise<ReleaseEntry[]> {
  const entries: ReleaseEntry[] = [];
  let after: string | null | undefined;
  for (;;) {
    const { data, error } = await client.query({ query: RELEASE_EXPORT_ENTRIES, variables: { version, first: PAGE, after }, fetchPolicy: 'no-cache' });
    if (error) throw error;
    if (!data) throw new Error('no data');
    const page = data.release.entries;
    entries.push(...page.edges.map((edge) => edge.node));
    onProgress(entries.length, page.totalCount);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return entries;
    after = page.pageInfo.endCursor;
  }
}

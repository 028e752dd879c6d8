/** @jest-environment jsdom */
import type { ApolloClient } from '@apollo/client';
import { fetchAllEntries } from './fetch-entries';

const node = (code: string) => ({ code, category: code[0], productGroup: code[1], heading: code, status: 'ACTIVE', reasons: [], definitions: [], paragraphs: [] });
const page = (codes: string[], endCursor: string | null, hasNextPage: boolean) => ({
  data: { release: { version: '2026.0', entries: { totalCount: 3, pageInfo: { endCursor, hasNextPage }, edges: codes.map((code) => ({ node: node(code) })) } } },
});

describe('fetching every entry of a release', () => {
  it('asks page by page with the largest page size, following the cursor, and tells the progress after each page', async () => {
    const query = jest.fn().mockResolvedValueOnce(page(['0A503', '1A985'], 'c2', true)).mockResolvedValueOnce(page(['5A001'], 'c3', false));
    const progress: [number, number][] = [];
    const entries = await fetchAllEntries({ query } as unknown as ApolloClient, '2026.0', (done, total) => progress.push([done, total]));
    expect(entries.map((e) => e.code)).toEqual(['0A503', '1A985', '5A001']);
    expect(progress).toEqual([
      [2, 3],
      [3, 3],
    ]);
    expect(query.mock.calls.map(([options]) => options.variables)).toEqual([
      { version: '2026.0', first: 500, after: undefined },
      { version: '2026.0', first: 500, after: 'c2' },
    ]);
  });

  it('fails with the API error instead of returning part of the release', async () => {
    const refusal = new Error('RELEASE_NOT_FOUND');
    const query = jest.fn().mockResolvedValueOnce(page(['0A503'], 'c1', true)).mockRejectedValueOnce(refusal);
    await expect(fetchAllEntries({ query } as unknown as ApolloClient, '2026.0', () => undefined)).rejects.toBe(refusal);
  });
});

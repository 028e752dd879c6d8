import { decodeCursor, encodeCursor, pageSize, toConnection } from './pagination';

describe('pagination', () => {
  it('round-trips a keyset cursor', () => {
    expect(decodeCursor(encodeCursor(['5A001', 3]), 2)).toEqual(['5A001', 3]);
  });

  it('refuses a cursor it did not issue', () => {
    expect(() => decodeCursor('not-a-cursor', 1)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' }) }));
    expect(() => decodeCursor(encodeCursor(['a']), 2)).toThrow(/cursor/);
  });

  it('bounds the page size', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(() => pageSize(0)).toThrow(/between 1 and 500/);
    expect(() => pageSize(501)).toThrow(/between 1 and 500/);
  });

  it('uses the extra row only to say another page exists', () => {
    const page = toConnection([1, 2, 3], 2, 3, (n) => [n], (n) => n * 10);
    expect(page.edges.map((e) => e.node)).toEqual([10, 20]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2]) });
  });
});

import { byKeys, groupByKeys } from './loaders';

describe('DataLoader batch helpers', () => {
  const rows = [
    { owner: 'b', n: 1 },
    { owner: 'a', n: 2 },
    { owner: 'b', n: 3 },
  ];

  it('groups rows under the requested keys in row order, with an empty list for keys without rows', () => {
    expect(groupByKeys(['a', 'b', 'c'], rows, (row) => row.owner)).toEqual([[rows[1]], [rows[0], rows[2]], []]);
    expect(groupByKeys(['b'], rows, (row) => row.owner, (row) => row.n)).toEqual([[1, 3]]);
  });

  it('answers one row per key, null where there is none', () => {
    expect(byKeys(['a', 'z'], rows, (row) => row.owner)).toEqual([rows[1], null]);
  });
});

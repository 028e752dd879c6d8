/** @jest-environment jsdom */
import { buildReleaseCsv, csvField, CSV_COLUMNS, paragraphsCell } from './release-csv';

const entry = {
  code: '5A001',
  category: '5',
  productGroup: 'A',
  heading: 'Telecommunications systems, "equipment", components and accessories',
  status: 'ACTIVE',
  reasons: ['NS', 'HR'],
  paragraphs: [
    { position: 2, path: '5A001.a.1', kind: 'ITEM', text: 'Specially designed to withstand transitory electronic effects;' },
    { position: 1, path: '5A001.a', kind: 'ITEM', text: 'Any type of telecommunications equipment, having any of the following:' },
    { position: 3, path: '5A001.a', kind: 'NOTE', text: 'See also "5A101".' },
  ],
};

describe('the CSV export of a release', () => {
  it('quotes a field only when it holds a comma, a quote or a line break, doubling its quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
    expect(csvField('')).toBe('');
  });

  it('puts the columns in order and one row per entry, the paragraphs numbered one a line in one cell', () => {
    const csv = buildReleaseCsv([entry, { ...entry, code: '4A005', heading: 'Intrusion software', reasons: [], paragraphs: [] }]);
    const records = csv.split('\r\n');
    expect(records[0]).toBe('code,category,product_group,heading,status,reasons,paragraphs');
    expect(CSV_COLUMNS).toEqual(['code', 'category', 'product_group', 'heading', 'status', 'reasons', 'paragraphs']);
    expect(records[1].startsWith('5A001,5,A,"Telecommunications systems, ""equipment"", components and accessories",ACTIVE,NS HR,"a. Any type')).toBe(true);
    expect(paragraphsCell(entry.paragraphs).split('\n')).toEqual([
      'a. Any type of telecommunications equipment, having any of the following:',
      'a.1. Specially designed to withstand transitory electronic effects;',
      '[NOTE a] See also "5A101".',
    ]);
    // The line breaks inside the quoted cell are not record separators: the CRLF ones are.
    expect(csv.endsWith('4A005,5,A,Intrusion software,ACTIVE,,\r\n')).toBe(true);
    expect(csv.match(/\r\n/g)).toHaveLength(3);
  });
});

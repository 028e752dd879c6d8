import type { ListDocument } from '../list-document';

/** Texts that a careless writer or reader would change: markup characters, CDATA's end, line breaks, edge spaces. */
export const TRICKY: Pick<ListDocument, 'entries' | 'definitions'> = {
  entries: [
    {
      code: '4A005',
      heading: 'Systems & "components" <for> \'intrusion\' ]]> software',
      status: 'ACTIVE',
      reasons: ['NS'],
      paragraphs: [
        { path: '4A005', kind: 'ITEM', text: '  leading and trailing spaces  ' },
        { path: '4A005', kind: 'NOTE', text: 'Line one\nline two\r\nline three\rend\twith a tab' },
        { path: '4A005.a', kind: 'ITEM', text: 'Non-ASCII: é, 情報, 😀, and &amp; written out' },
      ],
      relatedControls: { text: null, references: [] },
      definitions: [],
      correlations: [],
    },
  ],
  definitions: [{ term: 'intrusion software', text: '"Software" specially designed < or > modified' }],
};

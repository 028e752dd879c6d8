import canonicalize from 'canonicalize';
import { arrayElements, memberSpan, parseSpan } from './canonical-document-scan';

const bytesOf = (value: unknown) => Buffer.from(canonicalize(value) as string, 'utf8');
const text = (bytes: Buffer, span: { start: number; end: number }) => bytes.toString('utf8', span.start, span.end);

describe('finding values in canonical JSON bytes', () => {
  const entries = [
    { code: '5A001', heading: 'Quotes " and backslashes \\ and braces } ] inside strings', reasons: ['NS', 'HR'], paragraphs: [{ path: 'a', text: '“µm”, 10⁻⁹ — 🛰' }] },
    { code: '5A002', heading: '', reasons: [], paragraphs: [], value: -1.5e-7, flags: [true, false, null], nested: { deeper: [[{}], []] } },
  ];
  const document = { version: '2026.1', list: { definitions: [], entries, format: 'concord-list/1' }, merkle: { root: 'ab12', leafCount: 2 }, zero: 0 };
  const bytes = bytesOf(document);

  it("gives each element's exact canonical bytes, whatever its strings and nesting hold", () => {
    const list = memberSpan(bytes, 0, 'list')!;
    const elements = arrayElements(bytes, memberSpan(bytes, list.start, 'entries')!.start);
    expect(elements.map((span) => text(bytes, span))).toEqual(entries.map((entry) => canonicalize(entry)));
    expect(arrayElements(bytes, memberSpan(bytes, list.start, 'definitions')!.start)).toEqual([]);
    expect(elements.map((span) => parseSpan(bytes, memberSpan(bytes, span.start, 'code')!))).toEqual(['5A001', '5A002']);
  });

  it('reads a member without reading the ones after it, and says when there is none', () => {
    expect(parseSpan(bytes, memberSpan(bytes, memberSpan(bytes, 0, 'merkle')!.start, 'root')!)).toBe('ab12');
    expect(parseSpan(bytes, memberSpan(bytes, 0, 'zero')!)).toBe(0);
    expect(memberSpan(bytes, 0, 'absent')).toBeUndefined();
    expect(memberSpan(bytesOf({}), 0, 'list')).toBeUndefined();
  });

  it('refuses bytes that are not canonical JSON with a SyntaxError naming the byte', () => {
    const scans = [
      () => arrayElements(Buffer.from('[{"code":"5A001"'), 0),
      () => arrayElements(Buffer.from('["a" ,"b"]'), 0),
      () => arrayElements(Buffer.from('{}'), 0),
      () => memberSpan(Buffer.from('{"list" :{}}'), 0, 'list'),
      () => memberSpan(Buffer.from('{"a":"unterminated}'), 0, 'a'),
      () => memberSpan(Buffer.from('{"a":}'), 0, 'a'),
    ];
    for (const scan of scans) expect(scan).toThrow(/^Not canonical JSON: expected .+ at byte \d+$/);
  });
});

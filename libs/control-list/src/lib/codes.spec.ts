import { KNOWN_REASONS, categoryOf, entryCodeOfPath, isEntryCode, isKnownReason, isParagraphPath, productGroupOf } from './codes';

describe('control-list code grammar', () => {
  it('accepts entry codes of a digit, a product group A–E and three digits', () => {
    expect(['4A005', '5A001', '0E001', '9D999'].every(isEntryCode)).toBe(true);
    expect(['4F005', '4a005', '45005', '4A05', '4A0051', '', ' 4A005', '5A001.j'].some(isEntryCode)).toBe(false);
    expect(isEntryCode(4005)).toBe(false);
  });

  it('accepts paragraph paths whose segments alternate letters and numbers below an entry code', () => {
    expect(['5A001.j.1.a', '4E001.c', '5A001.f.3.b', '3A001.a.5.b.2.a.1', '5A002.aa'].every(isParagraphPath)).toBe(true);
    expect(
      ['5A001', '5A001.1', '1A607.f.2.1', '5A001.j..a', '5A001.J', '5A001.j.01', '5A001.j.1.', 'XA001.a', '5A001.b.2.a..'].some(
        isParagraphPath,
      ),
    ).toBe(false);
  });

  it('finds the entry code, category and product group of a path', () => {
    expect(entryCodeOfPath('5A001.j.1.a')).toBe('5A001');
    expect(entryCodeOfPath('4E001')).toBe('4E001');
    expect(entryCodeOfPath('junk.a')).toBeUndefined();
    expect(categoryOf('5A001.j')).toBe('5');
    expect(productGroupOf('4E001.c')).toBe('E');
    expect(categoryOf('nonsense')).toBeUndefined();
  });

  it('knows the regime reasons for control and not the US oddities', () => {
    for (const code of ['AT', 'CB', 'CC', 'CW', 'EI', 'FC', 'HR', 'MT', 'NP', 'NS', 'RS', 'SI', 'SL', 'UN']) {
      expect(KNOWN_REASONS).toContain(code);
    }
    expect(['SS', 'CC1', 'FOREIGN POLICY', 'ns'].some(isKnownReason)).toBe(false);
  });
});

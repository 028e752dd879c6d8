import { isWalPosition, parseWalPosition } from './wal-position';

describe('WAL positions', () => {
  it('compare as numbers, the high half first, whatever the digits written', () => {
    expect(parseWalPosition('0/FFFFFFFF') < parseWalPosition('1/0')).toBe(true);
    expect(parseWalPosition('16/b374d848')).toBe(parseWalPosition('16/B374D848'));
    expect(parseWalPosition('0/9A0') < parseWalPosition('0/16B3740')).toBe(true);
  });

  it('are recognised only in PostgreSQL\'s own notation', () => {
    expect(['0/0', ' 16/B374D848 ', 'FFFFFFFF/FFFFFFFF'].every(isWalPosition)).toBe(true);
    expect(['', '16', '16/', '/1', '1/2/3', '123456789/0', 'yesterday', '0x1/0'].some(isWalPosition)).toBe(false);
    expect(() => parseWalPosition('yesterday')).toThrow(/not a WAL position/);
  });
});

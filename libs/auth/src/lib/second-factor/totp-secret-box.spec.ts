import { TotpSecretBox } from './totp-secret-box';

describe('the TOTP secret box', () => {
  const box = new TotpSecretBox('k'.repeat(40));
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

  it('seals a secret so that the stored value does not contain it, and opens it again for the same account', () => {
    const sealed = box.seal(secret, 'user-1');
    expect(sealed).not.toContain(secret);
    expect(box.isSealed(sealed)).toBe(true);
    expect(box.open(sealed, 'user-1')).toBe(secret);
    expect(box.seal(secret, 'user-1')).not.toBe(sealed);
  });

  it('refuses a sealed value under another key or moved to another account', () => {
    const sealed = box.seal(secret, 'user-1');
    expect(() => new TotpSecretBox('o'.repeat(40)).open(sealed, 'user-1')).toThrow();
    expect(() => box.open(sealed, 'user-2')).toThrow();
  });

  it('still reads a secret stored in plain Base32 before sealing existed, and nothing else', () => {
    expect(box.open(secret, 'user-1')).toBe(secret);
    expect(box.isSealed(secret)).toBe(false);
    expect(() => box.open('not a secret', 'user-1')).toThrow();
  });
});

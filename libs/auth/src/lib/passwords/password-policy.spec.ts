import { passwordWeakness } from './password-policy';

describe('passwordWeakness', () => {
  it('accepts a passphrase and refuses short, common, repeated and email-based passwords', () => {
    expect(passwordWeakness('correct horse battery staple', 'ana@example.org')).toBeUndefined();
    expect(passwordWeakness('short', 'ana@example.org')).toMatch(/at least 12/);
    expect(passwordWeakness('Password2024!', 'ana@example.org')).toMatch(/most common/);
    expect(passwordWeakness('abcabcabcabc', 'ana@example.org')).toMatch(/too few different|repeated/);
    expect(passwordWeakness('delegate.jp-secure-9', 'delegate.jp@example.org')).toMatch(/email/);
  });
});

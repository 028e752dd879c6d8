import { issueApiKey, parseApiKey, secretMatches } from './api-key';

describe('API keys', () => {
  it('issues a key whose secret matches only its own hash', () => {
    const issued = issueApiKey();
    const parsed = parseApiKey(issued.apiKey);
    expect(parsed?.keyId).toBe(issued.keyId);
    expect(secretMatches(parsed!.secret, issued.secretHash)).toBe(true);
    expect(secretMatches(parseApiKey(issueApiKey().apiKey)!.secret, issued.secretHash)).toBe(false);
  });

  it('never stores the secret itself', () => {
    const issued = issueApiKey();
    expect(issued.secretHash).not.toContain(parseApiKey(issued.apiKey)!.secret);
  });

  it('rejects malformed keys', () => {
    expect(parseApiKey('ck_123_abc')).toBeUndefined();
    expect(parseApiKey('Bearer something')).toBeUndefined();
  });
});

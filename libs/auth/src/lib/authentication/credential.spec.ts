import { HeaderMap } from '@apollo/server';
import { credentialFromConnectionParams, credentialFromHeaders } from './credential';

describe('Credential parsing', () => {
  it('reads a bearer token or an API key from Authorization, whatever the scheme\'s case', () => {
    expect(credentialFromHeaders({ authorization: 'Bearer abc.def' })).toEqual({ kind: 'BEARER', token: 'abc.def' });
    expect(credentialFromHeaders({ authorization: 'apikey ck_1' })).toEqual({ kind: 'API_KEY', key: 'ck_1' });
    expect(credentialFromHeaders({ 'x-api-key': 'ck_2' })).toEqual({ kind: 'API_KEY', key: 'ck_2' });
  });

  it('reads Apollo\'s header map and connection params the same way', () => {
    expect(credentialFromHeaders(new HeaderMap([['authorization', 'Bearer t']]))).toEqual({ kind: 'BEARER', token: 't' });
    expect(credentialFromConnectionParams({ authorization: ' ApiKey ck_3 ' })).toEqual({ kind: 'API_KEY', key: 'ck_3' });
  });

  it('takes no credential, or an empty one, for anonymous', () => {
    expect(credentialFromHeaders({})).toEqual({ kind: 'NONE' });
    expect(credentialFromHeaders({ authorization: '' })).toEqual({ kind: 'NONE' });
    expect(credentialFromConnectionParams(undefined)).toEqual({ kind: 'NONE' });
    expect(credentialFromConnectionParams({ authorization: null })).toEqual({ kind: 'NONE' });
  });

  it.each([
    ['another scheme', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['a scheme without a value', { authorization: 'Bearer' }],
    ['a value with spaces', { authorization: 'Bearer a b' }],
    ['two credentials at once', { authorization: 'Bearer t', 'x-api-key': 'ck_4' }],
  ])('refuses %s rather than treating the caller as anonymous', (_, headers) => {
    expect(credentialFromHeaders(headers)).toEqual({ kind: 'MALFORMED' });
  });

  it('refuses a connection param that is not text', () => {
    expect(credentialFromConnectionParams({ authorization: 42 })).toEqual({ kind: 'MALFORMED' });
  });
});

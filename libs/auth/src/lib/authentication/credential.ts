/** A person's access token, sent as `Authorization: Bearer <token>`. */
export interface BearerCredential {
  kind: 'BEARER';
  token: string;
}

/** A machine client's key, sent as `Authorization: ApiKey <key>` or `X-Api-Key: <key>`. */
export interface ApiKeyCredential {
  kind: 'API_KEY';
  key: string;
}

export type Credential = BearerCredential | ApiKeyCredential;

/** Nothing presented: the caller is anonymous, and the access policy decides what that may do. */
export interface NoCredential {
  kind: 'NONE';
}

/** Something presented that no check could accept (another scheme, two credentials at once): refused, never anonymous. */
export interface MalformedCredential {
  kind: 'MALFORMED';
}

export type PresentedCredential = Credential | NoCredential | MalformedCredential;

export const isCredential = (presented: PresentedCredential): presented is Credential => presented.kind === 'BEARER' || presented.kind === 'API_KEY';

const NONE: NoCredential = Object.freeze({ kind: 'NONE' });
const MALFORMED: MalformedCredential = Object.freeze({ kind: 'MALFORMED' });

const SCHEME = /^(Bearer|ApiKey)\s+(\S+)$/i;

/** Express's and Node's header objects, and Apollo's HeaderMap (lower-case names in both). */
export type CredentialHeaders = Readonly<Record<string, string | string[] | undefined>> | ReadonlyMap<string, string>;

/** What an HTTP request presents, from `Authorization` or `X-Api-Key`. */
export function credentialFromHeaders(headers: CredentialHeaders): PresentedCredential {
  const header = (name: string) => (headers instanceof Map ? headers.get(name) : (headers as Record<string, unknown>)[name]);
  return parse(header('authorization'), header('x-api-key'));
}

/** What a WebSocket connection presents, from `connectionParams.authorization` (the same forms as the header). */
export function credentialFromConnectionParams(params: Readonly<Record<string, unknown>> | null | undefined): PresentedCredential {
  return parse(params?.['authorization'], undefined);
}

function parse(authorization: unknown, apiKey: unknown): PresentedCredential {
  const hasAuthorization = present(authorization);
  const hasApiKey = present(apiKey);
  if (!hasAuthorization && !hasApiKey) return NONE;
  // Which of two credentials would speak for the caller is not for us to guess.
  if (hasAuthorization && hasApiKey) return MALFORMED;
  if (hasApiKey) return typeof apiKey === 'string' ? { kind: 'API_KEY', key: apiKey } : MALFORMED;
  const match = typeof authorization === 'string' ? SCHEME.exec(authorization.trim()) : null;
  if (!match) return MALFORMED;
  return match[1].toLowerCase() === 'bearer' ? { kind: 'BEARER', token: match[2] } : { kind: 'API_KEY', key: match[2] };
}

const present = (value: unknown) => value !== undefined && value !== null && value !== '';

import type { IncomingHttpHeaders } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Refusal } from '../refusal';
import { UsageError } from '../usage-error';
import { FetchProblem } from './fetch-problem';

const MiB = 1024 * 1024;

/** The defaults every network call of the CLI runs under (see docs/integrity-client.md). */
export const FETCH_LIMITS = {
  /** A release document: the full list is a few MiB; anything far beyond it is an attack or a mistake. */
  documentBytes: 64 * MiB,
  /** A GraphQL answer the CLI asks for (a version, the signing keys): a few KiB. */
  graphqlBytes: 1 * MiB,
  /** Resolving, connecting and the TLS handshake together; then the longest silence between two reads. */
  timeoutMs: 30_000,
  /** The whole exchange: a server sending one byte just before each timeout would otherwise never be cut off. */
  deadlineMs: 10 * 60_000,
} as const;

/** How much of a non-2xx answer is read, to quote the server's explanation in the refusal. */
const ERROR_BODY_BYTES = 16 * 1024;
const QUOTED_CHARACTERS = 200;

export interface SafeFetchOptions {
  /** What is fetched, as the refusal names it: "release 2026.1", "the latest version". */
  what: string;
  /**
   * The body is refused as soon as it exceeds this many bytes, and at once when its Content-Length does: nothing past
   * it is ever buffered. A length that signed metadata announces is passed here as is.
   */
  maxBytes: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Connect (DNS, TCP, TLS) timeout, and the longest silence allowed once connected; default FETCH_LIMITS.timeoutMs. */
  timeoutMs?: number;
  /** The whole exchange; default FETCH_LIMITS.deadlineMs, never shorter than the timeout. */
  deadlineMs?: number;
  /** Statuses besides 2xx that are an answer rather than a refusal, e.g. 404 for "there is no next root". */
  acceptStatus?: readonly number[];
}

export interface SafeFetchResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  header(name: string): string | undefined;
}

enum Phase {
  CONNECTING,
  HANDSHAKE,
  WAITING,
  BODY,
}

/**
 * One HTTP(S) request under a size cap, a connect timeout, an idle timeout and an overall deadline. Resolves only
 * to a complete 2xx answer; every other outcome rejects with a `Refusal` whose problem is a `FetchProblem`, which
 * `runCli` prints as `REFUSED (<CODE>): …` with exit code 1.
 *
 * node:http rather than fetch: fetch has one AbortSignal for everything, so it cannot tell a slow connect from a
 * stalled body, and it reports a cut connection as `terminated`. Redirects are not followed (a 3xx is refused) and
 * no compression is asked for: the bytes counted against the cap are the bytes that get verified.
 */
export function safeFetch(url: string, options: SafeFetchOptions): Promise<SafeFetchResponse> {
  const target = httpUrl(url);
  const secure = target.protocol === 'https:';
  const timeoutMs = options.timeoutMs ?? FETCH_LIMITS.timeoutMs;
  const deadlineMs = Math.max(options.deadlineMs ?? FETCH_LIMITS.deadlineMs, timeoutMs);
  const payload = options.body === undefined ? undefined : Buffer.from(options.body);

  return new Promise((resolve, reject) => {
    let phase = Phase.CONNECTING;
    let settled = false;
    let received = 0;
    let announced: number | undefined;
    let idle: NodeJS.Timeout | undefined;

    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(idle);
      clearTimeout(deadline);
      request.destroy();
      return true;
    };
    const refuse = (problem: FetchProblem, message: string): void => {
      if (settle()) reject(new Refusal(problem, `${options.what} from ${target.origin}: ${message}`));
    };
    const silence = (problem: FetchProblem, message: string): void => {
      clearTimeout(idle);
      idle = setTimeout(() => refuse(problem, message), timeoutMs);
    };
    const cut = (): void =>
      announced === undefined
        ? refuse(FetchProblem.CONNECTION_RESET, `the connection was reset or closed after ${received} bytes, before the answer ended`)
        : refuse(FetchProblem.TRUNCATED, `the connection ended after ${received} of the ${announced} bytes its Content-Length announced`);

    const deadline = setTimeout(
      () => refuse(FetchProblem.DEADLINE_EXCEEDED, `the answer was not complete after ${deadlineMs} ms (${received} bytes of body received)`),
      deadlineMs,
    );
    silence(FetchProblem.CONNECT_TIMEOUT, `no ${secure ? 'TLS ' : ''}connection within ${timeoutMs} ms`);

    const request = (secure ? httpsRequest : httpRequest)(target, {
      method: options.method ?? 'GET',
      agent: false,
      headers: {
        ...options.headers,
        'accept-encoding': 'identity',
        ...(payload ? { 'content-length': String(payload.length) } : {}),
      },
    });
    const answering = (): void => {
      phase = Phase.WAITING;
      silence(FetchProblem.READ_TIMEOUT, `connected, but no answer came within ${timeoutMs} ms`);
    };
    request.on('socket', (socket) => {
      socket.once('connect', () => (secure ? (phase = Phase.HANDSHAKE) : answering()));
      if (secure) socket.once('secureConnect', answering);
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code?.startsWith('HPE_')) return refuse(FetchProblem.BAD_RESPONSE, `the answer is not valid HTTP (${error.code})`);
      if (phase === Phase.BODY) return cut();
      const [problem, message] = connectionFailure(error, phase, target);
      refuse(problem, message);
    });

    request.on('response', (response) => {
      phase = Phase.BODY;
      const status = response.statusCode ?? 0;
      const ok = (status >= 200 && status < 300) || (options.acceptStatus ?? []).includes(status);
      const length = response.headers['content-length'];
      announced = length === undefined ? undefined : Number(length);
      if (ok && announced !== undefined && announced > options.maxBytes) {
        return refuse(FetchProblem.TOO_LARGE, `the answer announces ${announced} bytes, over the limit of ${options.maxBytes}`);
      }
      // Of a refusal's body only the start is read: it is quoted, never used.
      const limit = ok ? options.maxBytes : Math.min(options.maxBytes, ERROR_BODY_BYTES);
      const chunks: Buffer[] = [];
      const finish = (): void => {
        const body = Buffer.concat(chunks);
        if (!ok) return refuse(FetchProblem.HTTP_STATUS, `the server answered ${status} ${quote(response.statusMessage ?? '')}${explanation(body)}`);
        if (settle()) resolve({ status, headers: response.headers, body, header: (name) => headerValue(response.headers, name) });
      };
      silence(FetchProblem.READ_TIMEOUT, `the body stalled: no byte for ${timeoutMs} ms after ${received} bytes`);
      response.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > limit) {
          if (ok) return refuse(FetchProblem.TOO_LARGE, `the answer exceeds the limit of ${limit} bytes`);
          chunks.push(chunk.subarray(0, chunk.length - (received - limit)));
          return finish();
        }
        chunks.push(chunk);
        silence(FetchProblem.READ_TIMEOUT, `the body stalled: no byte for ${timeoutMs} ms after ${received} bytes`);
      });
      response.on('end', () => (announced !== undefined && received < announced ? cut() : finish()));
      response.on('error', cut);
      response.on('close', () => response.complete || cut());
    });
    request.end(payload);
  });
}

export interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

/** A GraphQL query under safeFetch's limits (1 MiB answers by default); an answer that is not JSON is refused. */
export async function safeGraphql<T>(
  server: string,
  query: string,
  options: Pick<SafeFetchOptions, 'what' | 'headers' | 'timeoutMs'> & { maxBytes?: number; variables?: Record<string, unknown> },
): Promise<GraphqlAnswer<T>> {
  const url = `${server.replace(/\/+$/, '')}/graphql`;
  const response = await safeFetch(url, {
    what: options.what,
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes ?? FETCH_LIMITS.graphqlBytes,
    method: 'POST',
    headers: { ...options.headers, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  let answer: unknown;
  try {
    answer = JSON.parse(response.body.toString('utf8'));
  } catch {
    answer = undefined;
  }
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
    throw new Refusal(FetchProblem.BAD_RESPONSE, `${options.what} from ${new URL(url).origin}: the GraphQL answer is not a JSON object`);
  }
  return answer as GraphqlAnswer<T>;
}

function httpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`${url} is not a URL: give the server as http(s)://host[:port]`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`${url} is not an http or https URL`);
  return parsed;
}

const NAME_NOT_FOUND = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EADDRNOTAVAIL', 'ENETDOWN', 'EHOSTDOWN']);
const RESET = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
// OpenSSL's and Node's names for a handshake or certificate failure.
const TLS_CODE = /^(ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_)/;

/** A failure before any answer came, in the words of what the user can check. */
function connectionFailure(error: NodeJS.ErrnoException, phase: Phase, target: URL): [FetchProblem, string] {
  const code = error.code ?? 'UNKNOWN';
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  if (NAME_NOT_FOUND.has(code)) return [FetchProblem.HOST_NOT_FOUND, `the name ${target.hostname} does not resolve (${code})`];
  if (code === 'ECONNREFUSED') return [FetchProblem.CONNECTION_REFUSED, `nothing accepts connections on port ${port} (ECONNREFUSED)`];
  if (UNREACHABLE.has(code)) return [FetchProblem.UNREACHABLE, `the network cannot reach ${target.hostname}:${port} (${code})`];
  // A server that does not speak TLS fails the handshake with EPROTO or a reset as often as with an OpenSSL code.
  if (TLS_CODE.test(code) || phase === Phase.HANDSHAKE) return [FetchProblem.TLS_FAILED, `the TLS handshake failed: ${quote(error.message)} (${code})`];
  if (RESET.has(code)) return [FetchProblem.CONNECTION_RESET, `the connection was reset or closed before any answer (${code})`];
  return [FetchProblem.NETWORK_ERROR, `${quote(error.message)} (${code})`];
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The server's own words for a refusal: `{ code, message }` (downloads), GraphQL's errors, or the start of the text. */
function explanation(body: Buffer): string {
  const text = body.toString('utf8');
  let said = text;
  try {
    const json = JSON.parse(text) as { code?: unknown; message?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
    const error = Array.isArray(json.errors) ? { code: json.errors[0]?.extensions?.code, message: json.errors[0]?.message } : json;
    if (typeof error.message === 'string') said = typeof error.code === 'string' ? `${error.code}: ${error.message}` : error.message;
  } catch {
    // Not JSON: the text itself is quoted.
  }
  const quoted = quote(said);
  return quoted ? `: ${quoted}` : '';
}

/** Server-chosen text reaches a terminal: control characters (escape sequences, new lines) are blanked, length capped. */
function quote(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return clean.length > QUOTED_CHARACTERS ? `${clean.slice(0, QUOTED_CHARACTERS)}…` : clean;
}

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSignatureHeader, ReleaseDocument, verifyReleaseDocument } from '@concord/releases';
import { EXIT, UsageError } from '../usage-error';
import { readPinnedKeys } from './pinned-keys';
import { FETCH_LIMITS, safeFetch, safeGraphql } from './safe-fetch';

export interface PullOptions {
  server: string;
  version: string;
  apiKey?: string;
  keys: string;
  out: string;
  /** The largest release document accepted, in bytes (default FETCH_LIMITS.documentBytes). */
  maxBytes?: number;
  /** Connect timeout and longest silence, in milliseconds (default FETCH_LIMITS.timeoutMs). */
  timeout?: number;
}

/** What the out directory holds: the signed document as pulled, its signature, and the list in concord-list/1. */
export const PULLED = { document: 'release.json', signature: 'release.sig', list: 'list.json' } as const;

/**
 * Pulls one released version, verifies it against the pinned keys, and only then replaces what the out directory
 * holds. A version older than the one held is refused (a rollback), whatever the server says.
 */
export async function pull(options: PullOptions): Promise<number> {
  const keys = readPinnedKeys(options.keys);
  const server = options.server.replace(/\/+$/, '');
  const headers: Record<string, string> = options.apiKey ? { authorization: `ApiKey ${options.apiKey}` } : {};
  const version = options.version === 'latest' ? await latestVersion(server, headers, options.timeout) : options.version;
  const response = await safeFetch(`${server}/releases/${encodeURIComponent(version)}.json`, {
    what: `release ${version}`,
    headers,
    maxBytes: options.maxBytes ?? FETCH_LIMITS.documentBytes,
    timeoutMs: options.timeout,
  });
  const bytes = response.body;
  const signature = parseSignatureHeader(response.header('concord-signature') ?? '');
  if (!signature) {
    console.error('REFUSED: the server sent no Concord-Signature header');
    return EXIT.REFUSED;
  }
  const held = heldVersion(options.out);
  const etag = response.header('etag')?.replace(/^"|"$/g, '');
  const verdict = verifyReleaseDocument({ bytes, signature, keys, expectedDigest: etag, heldVersion: held });
  if (!verdict.ok) {
    console.error(`REFUSED (${verdict.problem}): ${verdict.message}`);
    return EXIT.REFUSED;
  }
  if (verdict.document.version !== version) {
    console.error(`REFUSED: asked for release ${version}, got a document for ${verdict.document.version}`);
    return EXIT.REFUSED;
  }
  write(options.out, bytes, signature, verdict.document);
  console.log(`Pulled release ${version} (${verdict.document.list.entries.length} entries), SHA-256 ${verdict.digest}, signed by key ${signature.keyId}`);
  return EXIT.OK;
}

async function latestVersion(server: string, headers: Record<string, string>, timeoutMs: number | undefined): Promise<string> {
  const body = await safeGraphql<{ latestRelease?: { version: string } | null }>(server, '{ latestRelease { version } }', {
    what: 'the latest version',
    headers,
    timeoutMs,
  });
  const version = body.data?.latestRelease?.version;
  if (!version) throw new Error(`Cannot find the latest release: ${body.errors?.[0]?.message ?? 'none is published'}`);
  return version;
}

function heldVersion(out: string): string | undefined {
  const file = join(out, PULLED.document);
  if (!existsSync(file)) return undefined;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as ReleaseDocument).version;
  } catch {
    throw new UsageError(`${file} is not a release document: move it away, or pull into another directory`);
  }
}

/** Each file goes in whole (write, then rename), so a crash never leaves half a list behind. */
function write(out: string, bytes: Buffer, signature: object, document: ReleaseDocument): void {
  mkdirSync(out, { recursive: true });
  const list = { format: document.list.format, version: document.version, entries: document.list.entries, definitions: document.list.definitions };
  const files: [string, Buffer | string][] = [
    [PULLED.list, `${JSON.stringify(list, null, 2)}\n`],
    [PULLED.signature, `${JSON.stringify(signature)}\n`],
    [PULLED.document, bytes],
  ];
  for (const [name, content] of files) {
    writeFileSync(join(out, `${name}.partial`), content);
    renameSync(join(out, `${name}.partial`), join(out, name));
  }
}

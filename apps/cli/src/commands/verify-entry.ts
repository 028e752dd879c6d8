import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { EntryInclusionProof, verifyEntryInclusion } from '@concord/releases';
import { EXIT, UsageError } from '../usage-error';
import { trustedReleaseKeys } from './trust-state';
import { safeGraphql } from './safe-fetch';

export interface VerifyEntryOptions {
  code: string;
  /** The pinned root metadata, unless `state` names an existing trust state. */
  root?: string;
  state?: string;
  server?: string;
  version?: string;
  apiKey?: string;
  /** A saved answer instead of asking a server: `{ head, entry: { canonical, inclusionProof } }` (or `release`, `data.release`). */
  from?: string;
  out?: string;
}

/** What one entry's check needs, as the API answers it (`Release.head`, `Entry.canonical`, `Entry.inclusionProof`). */
interface EntryAnswer {
  version?: string;
  head: string | null;
  entry: { canonical: string; inclusionProof: EntryInclusionProof | null } | null;
}

const FIELDS = 'version head entry(code: $code) { canonical inclusionProof { leafIndex treeSize path } }';

/**
 * One entry, verified without the whole list: its canonical bytes and inclusion proof lead to the Merkle root in the
 * release's signed head, and the head is signed by a pinned key. Only the server's answer is needed, not its honesty.
 */
export async function verifyEntry(options: VerifyEntryOptions): Promise<number> {
  if (!!options.server === !!options.from) throw new UsageError('give either --server <url> or --from <file>');
  const headers: Record<string, string> = options.apiKey ? { authorization: `ApiKey ${options.apiKey}` } : {};
  const server = options.server ? { server: options.server.replace(/\/+$/, ''), headers } : undefined;
  const keys = await trustedReleaseKeys(options, server);
  const code = options.code.trim().toUpperCase();
  const asked = options.version && options.version !== 'latest' ? options.version : undefined;
  const answer = options.from ? readAnswer(options.from) : await fetchAnswer(options.server!, asked, code, options.apiKey);
  if ('problem' in answer) {
    console.error(`REFUSED (${answer.problem}): ${answer.message}`);
    return EXIT.REFUSED;
  }
  if (!answer.head) {
    console.error(`REFUSED (NO_HEAD): release ${answer.version ?? asked ?? 'latest'} has no signed head: it was sealed before releases carried a Merkle root`);
    return EXIT.REFUSED;
  }
  if (!answer.entry) {
    console.error(`REFUSED (NOT_FOUND): the release has no entry ${code}`);
    return EXIT.REFUSED;
  }
  if (!answer.entry.inclusionProof) {
    console.error(`REFUSED (NO_PROOF): no inclusion proof came with entry ${code}`);
    return EXIT.REFUSED;
  }
  const verdict = verifyEntryInclusion({
    canonical: answer.entry.canonical,
    proof: answer.entry.inclusionProof,
    head: answer.head,
    keys: keys(claimedPublication(answer.head)),
    code,
    version: asked,
  });
  if (!verdict.ok) {
    console.error(`REFUSED (${verdict.problem}): ${verdict.message}`);
    return EXIT.REFUSED;
  }
  if (options.out) writeFileSync(options.out, answer.entry.canonical);
  const { merkle, version } = verdict.head;
  console.log(
    `OK: entry ${code} is leaf ${answer.entry.inclusionProof.leafIndex} of ${merkle.leafCount} in release ${version}, ` +
      `Merkle root ${merkle.root}, head signed by a pinned key${options.out ? `; wrote its canonical JSON to ${options.out}` : ''}`,
  );
  return EXIT.OK;
}

type Refusal = { problem: string; message: string };

async function fetchAnswer(server: string, version: string | undefined, code: string, apiKey: string | undefined): Promise<EntryAnswer | Refusal> {
  const query = version
    ? `query ($version: String!, $code: String!) { release(version: $version) { ${FIELDS} } }`
    : `query ($code: String!) { latestRelease { ${FIELDS} } }`;
  // A proof of one entry is a few kilobytes: the cap for GraphQL answers is plenty.
  const body = await safeGraphql<{ release?: EntryAnswer | null; latestRelease?: EntryAnswer | null }>(server, query, {
    what: `entry ${code}`,
    headers: apiKey ? { authorization: `ApiKey ${apiKey}` } : {},
    variables: version ? { version, code } : { code },
  });
  const [error] = body.errors ?? [];
  if (error) return { problem: error.extensions?.reason ?? 'SERVER_ERROR', message: `the server refused: ${error.message}` };
  const release = body.data?.release ?? body.data?.latestRelease;
  if (!release) return { problem: 'NOT_FOUND', message: version ? `the server has no release ${version}` : 'the server has no published release' };
  return release;
}

function readAnswer(file: string): EntryAnswer {
  if (!existsSync(file)) throw new UsageError(`${file} does not exist`);
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { data?: { release?: EntryAnswer }; release?: EntryAnswer } & Partial<EntryAnswer>;
    const answer = json.data?.release ?? json.release ?? json;
    if ('head' in answer && 'entry' in answer) return answer as EntryAnswer;
  } catch {
    // Reported below, with the file named.
  }
  throw new UsageError(`${file} is not a saved answer: expected JSON { head, entry: { canonical, inclusionProof } }`);
}

/** The publication instant a head states, before its signature is checked: only keys valid then may have signed it. */
function claimedPublication(head: EntryAnswer['head']): string {
  try {
    const envelope = (typeof head === 'string' ? JSON.parse(head) : head) as { signed?: { publishedAt?: unknown } } | null;
    return typeof envelope?.signed?.publishedAt === 'string' ? envelope.signed.publishedAt : '';
  } catch {
    return '';
  }
}

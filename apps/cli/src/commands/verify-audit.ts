import { existsSync, readFileSync } from 'node:fs';
import {
  ChainLink,
  ChainProblem,
  ChainVersion,
  ChainWalk,
  SignedAuditCheckpoint,
  TrustedCheckpointKey,
  verifiedCheckpoint,
} from '@concord/audit';
import { EXIT, UsageError } from '../usage-error';
import { trustedReleaseKeys } from './trust-state';
import { FetchProblem } from './fetch-problem';
import { FETCH_LIMITS, safeFetch, safeGraphql } from './safe-fetch';
import { Refusal } from '../refusal';

export interface VerifyAuditOptions {
  server?: string;
  token?: string;
  apiKey?: string;
  events?: string;
  /** The pinned root metadata, unless `state` names an existing trust state. */
  root?: string;
  state?: string;
  from?: string;
  to?: string;
}

/** An event as `auditLog` returns it, redacted or not; also the shape of each item of an exported `--events` file. */
interface AuditEventNode {
  id: string;
  sequence: number;
  occurredAt: string;
  redacted: boolean;
  chainVersion: number;
  contentHash: string | null;
  contentSalt: string | null;
  actorKind: string | null;
  actorId: string | null;
  stateId: string | null;
  actionValue: string | null;
  objectType: string | null;
  objectId: string | null;
  summary: string | null;
  prevHash: string;
  hash: string;
}

const EVENT_FIELDS = 'id sequence occurredAt redacted chainVersion contentHash contentSalt actorKind actorId stateId actionValue objectType objectId summary prevHash hash';
const AUDIT_LOG_QUERY = `query ($after: String) { auditLog(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${EVENT_FIELDS} } } } }`;

/**
 * Checks the audit trail against signed checkpoints: the events from checkpoint A (`--from`, one you held; default
 * the first event) recompute, link by link, to checkpoint B's hash at B's sequence (`--to`; default the server's
 * latest), so B extends A: neither rewritten nor truncated. A delegation's view works too: the events it may not see
 * come redacted, with the content digest their hash is computed over.
 */
export async function verifyAudit(options: VerifyAuditOptions): Promise<number> {
  if (!!options.server === !!options.events) throw new UsageError('give either --server <url> or --events <file>');
  if (options.events && !options.to) throw new UsageError('with --events, give --to <checkpoint>: the signed head the events must reproduce');
  try {
    const keys = await trustedReleaseKeys(options, options.server ? { server: options.server.replace(/\/+$/, ''), headers: credentials(options) } : undefined);
    const from = options.from ? checkpointIn(readJson(options.from, '--from'), keys, '--from') : null;
    const to = options.to ? checkpointIn(readJson(options.to, '--to'), keys, '--to') : checkpointIn(await fetchLatest(options), keys, 'the server\'s latest checkpoint');
    if (from && from.signed.sequence > to.signed.sequence) {
      throw new Refusal(
        ChainProblem.CHECKPOINT_ORDER,
        `the checkpoint to verify to (event ${to.signed.sequence}) is older than the one held (event ${from.signed.sequence}): the server is serving an older chain`,
      );
    }
    const events = options.events ? eventsIn(readJson(options.events, '--events')) : await fetchEvents(options);
    const walk = new ChainWalk(from?.signed ?? null, to.signed);
    for (const event of [...events].sort((a, b) => a.sequence - b.sequence)) {
      if (!walk.push(linkOf(event))) break;
    }
    const verdict = walk.verdict();
    if (!verdict.valid) throw new Refusal(verdict.reason!, verdict.detail!);
    const redacted = events.filter((event) => event.redacted && event.sequence <= to.signed.sequence).length;
    console.log(
      `OK: audit chain from ${from ? `checkpoint ${from.signed.sequence}` : 'the first event'} to checkpoint ${to.signed.sequence} ` +
        `(${to.signed.at}, hash ${to.signed.hash}): ${verdict.checked} event(s) verified, ${redacted} of them redacted`,
    );
    return EXIT.OK;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    console.error(`REFUSED (${error.problem}): ${error.message}`);
    return EXIT.REFUSED;
  }
}

/** A checkpoint envelope, or a release document carrying one in `auditCheckpoint`, signed by a pinned key. */
function checkpointIn(value: unknown, keys: (at: string) => TrustedCheckpointKey[], what: string): SignedAuditCheckpoint {
  const holder = value as { auditCheckpoint?: unknown } | null;
  const envelope = holder && typeof holder === 'object' && 'auditCheckpoint' in holder ? holder.auditCheckpoint : value;
  if (envelope === null) throw new Refusal(ChainProblem.CHECKPOINT_UNTRUSTED, `${what}: the release document carries no audit checkpoint`);
  // Only the keys valid at the instant the checkpoint states may have signed it; a forged instant breaks the signature.
  const at = (envelope as { signed?: { at?: unknown } } | null)?.signed?.at;
  const checkpoint = verifiedCheckpoint(envelope, keys(typeof at === 'string' ? at : ''));
  if (typeof checkpoint === 'string') throw new Refusal(ChainProblem.CHECKPOINT_UNTRUSTED, `${what}: ${checkpoint}`);
  return checkpoint;
}

function linkOf(event: AuditEventNode): ChainLink {
  return {
    id: event.id,
    sequence: event.sequence,
    occurredAt: new Date(event.occurredAt),
    chainVersion: event.chainVersion as ChainVersion,
    prevHash: event.prevHash,
    hash: event.hash,
    contentHash: event.contentHash,
    content: event.redacted
      ? null
      : {
          actorKind: event.actorKind!,
          actorId: event.actorId,
          stateId: event.stateId,
          action: event.actionValue!,
          objectType: event.objectType!,
          objectId: event.objectId!,
          summary: JSON.parse(event.summary!) as Record<string, unknown>,
          salt: event.contentSalt,
        },
  };
}

function readJson(file: string, option: string): unknown {
  if (!existsSync(file)) throw new UsageError(`${option}: ${file} does not exist`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${option}: ${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `{ "events": [...] }` or a bare list, each event with the fields of EVENT_FIELDS. */
function eventsIn(value: unknown): AuditEventNode[] {
  const list = Array.isArray(value) ? value : (value as { events?: unknown } | null)?.events;
  if (!Array.isArray(list)) throw new UsageError('--events: expected { "events": [ … ] } or a list of audit events');
  return list as AuditEventNode[];
}

function credentials(options: VerifyAuditOptions): Record<string, string> {
  if (options.token) return { authorization: `Bearer ${options.token}` };
  if (options.apiKey) return { authorization: `ApiKey ${options.apiKey}` };
  throw new UsageError('with --server, give --token <access token> (or CONCORD_TOKEN) or --api-key <key> (or CONCORD_API_KEY)');
}

async function fetchLatest(options: VerifyAuditOptions): Promise<unknown> {
  const response = await safeFetch(`${options.server!.replace(/\/+$/, '')}/audit/checkpoints/latest.json`, {
    what: 'the latest audit checkpoint',
    headers: credentials(options),
    maxBytes: FETCH_LIMITS.graphqlBytes,
  });
  try {
    return JSON.parse(response.body.toString('utf8'));
  } catch {
    throw new Refusal(FetchProblem.BAD_RESPONSE, `${options.server} answered its latest audit checkpoint with something that is not JSON`);
  }
}

async function fetchEvents(options: VerifyAuditOptions): Promise<AuditEventNode[]> {
  const events: AuditEventNode[] = [];
  let after: string | undefined;
  for (;;) {
    const body = await safeGraphql<{ auditLog?: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: AuditEventNode }[] } }>(
      options.server!,
      AUDIT_LOG_QUERY,
      { what: 'the audit log', headers: credentials(options), variables: { after }, maxBytes: FETCH_LIMITS.documentBytes },
    );
    const page = body.data?.auditLog;
    if (!page) {
      const refusal = body.errors?.[0];
      throw new Error(`${options.server} refused the audit log (${refusal?.extensions?.code ?? 'no data'}): ${refusal?.message ?? 'no data'}`);
    }
    events.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return events;
    after = page.pageInfo.endCursor;
  }
}

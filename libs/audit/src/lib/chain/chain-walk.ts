import { ChainedFields, chainHash, ChainVersion, contentHash, GENESIS_HASH, linkHash } from './chain-hash';

/** Why a chain, or a chain against checkpoints, does not verify. Values are stable: clients match on them. */
export enum ChainProblem {
  SEQUENCE_GAP = 'SEQUENCE_GAP',
  PREV_HASH_MISMATCH = 'PREV_HASH_MISMATCH',
  HASH_MISMATCH = 'HASH_MISMATCH',
  /** A version-1 event shown redacted: its hash needs the hidden fields. Verify from a later checkpoint. */
  UNVERIFIABLE_EVENT = 'UNVERIFIABLE_EVENT',
  /** The event at a checkpoint's sequence has another hash: the chain was rewritten since it was signed. */
  CHECKPOINT_MISMATCH = 'CHECKPOINT_MISMATCH',
  /** The chain ends before a checkpoint's sequence: events it covered were removed. */
  CHECKPOINT_NOT_REACHED = 'CHECKPOINT_NOT_REACHED',
  /** A checkpoint is not signed by a trusted key, or is not a checkpoint at all. */
  CHECKPOINT_UNTRUSTED = 'CHECKPOINT_UNTRUSTED',
  /** The checkpoint to verify from is after the one to verify to. */
  CHECKPOINT_ORDER = 'CHECKPOINT_ORDER',
}

/** Head of a chain as a checkpoint states it. */
export interface ChainHead {
  sequence: number;
  hash: string;
}

/** Every field an event asserts besides its position, when the reader may see them. */
export type ChainedContent = Omit<ChainedFields, 'id' | 'sequence' | 'occurredAt'> & { salt: string | null };

/** One event as a verifier receives it: in full (`content`) or redacted (`content` null, `contentHash` given). */
export interface ChainLink {
  id: string;
  sequence: number;
  occurredAt: Date;
  chainVersion: ChainVersion;
  prevHash: string;
  hash: string;
  /** Version 2 only. Recomputed from `content` when it is given, and checked against this when both are. */
  contentHash: string | null;
  content: ChainedContent | null;
}

export interface ChainVerdict {
  valid: boolean;
  checked: number;
  firstBrokenSequence: number | null;
  firstBrokenEventId: string | null;
  reason: ChainProblem | null;
  detail: string | null;
  /** The checkpoint verified from (null: from the first event). */
  fromSequence: number | null;
  /** The checkpoint the chain was shown to reproduce (null: none given). */
  toSequence: number | null;
}

/**
 * Verifies a chain fed in ascending order, from the genesis or from a checkpoint's head, and that it passes through
 * every checkpoint given: the hash at each checkpoint's sequence is the checkpoint's, and the chain reaches it. That
 * is what a chain rewritten with recomputed hashes (a different hash at the checkpoint) or truncated (the chain ends
 * before it) fails. Links before the starting checkpoint are ignored, but the one at its sequence must match it.
 */
export class ChainWalk {
  private expectedSequence: number;
  private expectedPrev: string;
  private checked = 0;
  private broken?: ChainVerdict;
  private readonly pending: Map<number, string>;

  constructor(
    private readonly from: ChainHead | null = null,
    private readonly to: ChainHead | null = null,
  ) {
    this.expectedSequence = (from?.sequence ?? 0) + 1;
    this.expectedPrev = from?.hash ?? GENESIS_HASH;
    this.pending = new Map([from, to].filter((head): head is ChainHead => !!head && head.sequence > 0).map((head) => [head.sequence, head.hash]));
  }

  /** False once the chain is broken: later links cannot change the verdict. */
  push(link: ChainLink): boolean {
    if (this.broken) return false;
    if (this.from && link.sequence <= this.from.sequence) {
      if (link.sequence === this.from.sequence) this.atCheckpoint(link);
      this.pending.delete(link.sequence);
      return !this.broken;
    }
    const problem = brokenLink(link, this.expectedSequence, this.expectedPrev) ?? this.atCheckpoint(link);
    if (problem) {
      this.fail(link, problem.reason, problem.detail);
      return false;
    }
    this.pending.delete(link.sequence);
    this.checked += 1;
    this.expectedSequence = link.sequence + 1;
    this.expectedPrev = link.hash;
    return true;
  }

  verdict(): ChainVerdict {
    if (this.broken) return this.broken;
    const unreached = [...this.pending.keys()].sort((a, b) => a - b)[0];
    if (unreached !== undefined) {
      return this.result({
        valid: false,
        firstBrokenSequence: this.expectedSequence,
        firstBrokenEventId: null,
        reason: ChainProblem.CHECKPOINT_NOT_REACHED,
        detail: `the chain ends at event ${this.expectedSequence - 1}, but a signed checkpoint covers event ${unreached}: events were removed`,
      });
    }
    return this.result({ valid: true, firstBrokenSequence: null, firstBrokenEventId: null, reason: null, detail: null });
  }

  private atCheckpoint(link: ChainLink): { reason: ChainProblem; detail: string } | undefined {
    const expected = this.pending.get(link.sequence);
    if (expected === undefined || expected === link.hash) return undefined;
    const problem = {
      reason: ChainProblem.CHECKPOINT_MISMATCH,
      detail: `event ${link.sequence} has hash ${link.hash}, but the signed checkpoint at ${link.sequence} says ${expected}: the chain was rewritten`,
    };
    if (this.from && link.sequence <= this.from.sequence) this.fail(link, problem.reason, problem.detail);
    return problem;
  }

  private fail(link: ChainLink, reason: ChainProblem, detail: string): void {
    this.broken = this.result({ valid: false, firstBrokenSequence: link.sequence, firstBrokenEventId: link.id, reason, detail });
  }

  private result(outcome: Omit<ChainVerdict, 'checked' | 'fromSequence' | 'toSequence'>): ChainVerdict {
    return { ...outcome, checked: this.checked, fromSequence: this.from?.sequence ?? null, toSequence: this.to?.sequence ?? null };
  }
}

/** A verdict refusing the checkpoints themselves, before any event is read. */
export function checkpointRefusal(reason: ChainProblem, detail: string): ChainVerdict {
  return { valid: false, checked: 0, firstBrokenSequence: null, firstBrokenEventId: null, reason, detail, fromSequence: null, toSequence: null };
}

function brokenLink(link: ChainLink, expectedSequence: number, expectedPrev: string): { reason: ChainProblem; detail: string } | undefined {
  if (link.sequence !== expectedSequence) {
    return { reason: ChainProblem.SEQUENCE_GAP, detail: `expected event ${expectedSequence}, found ${link.sequence}: events are missing` };
  }
  if (link.prevHash !== expectedPrev) {
    return { reason: ChainProblem.PREV_HASH_MISMATCH, detail: `event ${link.sequence} does not point at the hash of the event before it` };
  }
  const recomputed = recomputedHash(link);
  if (recomputed === undefined) {
    return {
      reason: ChainProblem.UNVERIFIABLE_EVENT,
      detail: `event ${link.sequence} is redacted and was hashed over its hidden fields (chain version 1): verify from a later checkpoint`,
    };
  }
  if (recomputed !== link.hash) {
    return { reason: ChainProblem.HASH_MISMATCH, detail: `event ${link.sequence} was altered: its content no longer matches its hash` };
  }
  // A content hash shown beside the content must be that content's, or the event says two things.
  if (link.content && link.contentHash !== null && link.chainVersion === ChainVersion.CONTENT_DIGEST && recomputedContentHash(link, link.content) !== link.contentHash) {
    return { reason: ChainProblem.HASH_MISMATCH, detail: `event ${link.sequence} states a contentHash that is not its content's` };
  }
  return undefined;
}

/** Undefined when the link does not carry what its version's hash is computed over. */
function recomputedHash(link: ChainLink): string | undefined {
  if (link.chainVersion === ChainVersion.WHOLE_EVENT) {
    return link.content ? chainHash(link.prevHash, { ...link.content, id: link.id, sequence: link.sequence, occurredAt: link.occurredAt }) : undefined;
  }
  const digest = link.content ? recomputedContentHash(link, link.content) : link.contentHash;
  if (digest === null || digest === undefined) return undefined;
  return linkHash({ id: link.id, sequence: link.sequence, occurredAt: link.occurredAt, prevHash: link.prevHash, contentHash: digest });
}

function recomputedContentHash(link: ChainLink, content: ChainedContent): string | undefined {
  if (content.salt === null) return undefined;
  return contentHash({ ...content, id: link.id, sequence: link.sequence, occurredAt: link.occurredAt }, content.salt);
}

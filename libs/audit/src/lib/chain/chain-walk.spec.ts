import { ChainedFields, chainHash, ChainVersion, contentHash, GENESIS_HASH, linkHash } from './chain-hash';
import { ChainLink, ChainProblem, ChainWalk } from './chain-walk';

const fields = (sequence: number): ChainedFields => ({
  id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
  sequence,
  occurredAt: new Date(Date.UTC(2026, 11, 3, 9, 0, sequence)),
  actorKind: 'USER',
  actorId: 'u1',
  stateId: null,
  action: 'proposal.created',
  objectType: 'proposal',
  objectId: `p${sequence}`,
  summary: { n: sequence },
});

/** A chain whose first `legacy` events were written with version 1 and the rest with version 2. */
function chain(length: number, legacy: number): ChainLink[] {
  const links: ChainLink[] = [];
  let prevHash = GENESIS_HASH;
  for (let sequence = 1; sequence <= length; sequence++) {
    const event = fields(sequence);
    const v1 = sequence <= legacy;
    const salt = v1 ? null : sequence.toString(16).padStart(32, '0');
    const digest = salt ? contentHash(event, salt) : null;
    const hash = v1 ? chainHash(prevHash, event) : linkHash({ ...event, prevHash, contentHash: digest! });
    links.push({
      id: event.id,
      sequence,
      occurredAt: event.occurredAt,
      chainVersion: v1 ? ChainVersion.WHOLE_EVENT : ChainVersion.CONTENT_DIGEST,
      prevHash,
      hash,
      contentHash: digest,
      content: { ...event, salt },
    });
    prevHash = hash;
  }
  return links;
}

const redacted = (link: ChainLink): ChainLink => ({ ...link, content: null });
const walk = (links: ChainLink[], from: ChainLink | null = null, to: ChainLink | null = null) => {
  const run = new ChainWalk(from && { sequence: from.sequence, hash: from.hash }, to && { sequence: to.sequence, hash: to.hash });
  for (const link of links) if (!run.push(link)) break;
  return run.verdict();
};

describe('ChainWalk', () => {
  const links = chain(6, 2);

  it('verifies events written before the content digest (version 1) and after it, in full or redacted', () => {
    expect(walk(links, null, links[5])).toMatchObject({ valid: true, checked: 6, toSequence: 6 });
    expect(walk(links.map((link, i) => (i >= 2 ? redacted(link) : link)), null, links[5])).toMatchObject({ valid: true, checked: 6 });
  });

  it('needs a checkpoint after the version-1 events to verify them redacted', () => {
    const view = links.map(redacted);
    expect(walk(view)).toMatchObject({ valid: false, reason: ChainProblem.UNVERIFIABLE_EVENT, firstBrokenSequence: 1 });
    expect(walk(view, links[1], links[5])).toMatchObject({ valid: true, checked: 4, fromSequence: 2, toSequence: 6 });
  });

  it('refuses a content hash that is not the content’s, and a chain that stops short of a checkpoint', () => {
    expect(walk(links.map((link, i) => (i === 3 ? { ...link, contentHash: '0'.repeat(64) } : link)))).toMatchObject({
      valid: false,
      reason: ChainProblem.HASH_MISMATCH,
      firstBrokenSequence: 4,
    });
    expect(walk(links.slice(0, 5), null, links[5])).toMatchObject({ valid: false, reason: ChainProblem.CHECKPOINT_NOT_REACHED });
    expect(walk(links, { ...links[2], hash: '1'.repeat(64) }, links[5])).toMatchObject({ valid: false, reason: ChainProblem.CHECKPOINT_MISMATCH, firstBrokenSequence: 3 });
  });
});

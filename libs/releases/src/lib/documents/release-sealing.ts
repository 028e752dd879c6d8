import { EntityManager } from 'typeorm';
import { AuditCheckpointTrigger, takeAuditCheckpoint } from '@concord/audit';
import { ListDocument, readSnapshot, RELEASED_STATUSES, ReleaseEntity, VERSION_ORDER_SQL } from '@concord/control-list';
import { diffLists } from '../changes/list-diff';
import { ChangeSubject } from '../changes/release-change.entity';
import { SigningKeyring } from '../signing/signing-keyring';
import { sha256Hex } from '../signing/release-signature';
import { canonicalBytes, RELEASE_DOCUMENT_FORMAT, ReleaseDocument } from './release-document';
import { listLeafHashes, merkleOf, RELEASE_HEAD_FORMAT, sealReleaseHead } from './release-merkle';

const CHANGES_PER_STATEMENT = 500;

export interface Provenance {
  /** Proposal ids by `entry:<code>` / `term:<term>`, in adoption order, from the composition; the last one made the change. */
  touchedBy?: Map<string, string[]>;
  /** References of the incorporated proposals, in adoption order. */
  incorporates?: string[];
}

/** A release's snapshot the caller has already read, in the writing transaction: not read again to diff against. */
export interface ReadSnapshot {
  releaseId: string;
  list: ListDocument;
}

export interface SealedRelease {
  digest: string;
  previousVersion: string | null;
}

/**
 * The last step of writing a release, in its transaction: the changelog against the predecessor, then the canonical
 * document over the snapshot as stored, its digest and signature. Once the document row exists the database refuses
 * further changelog rows, so a sealed release is complete. Returns what was signed, for the notices that follow.
 */
export async function sealRelease(
  manager: EntityManager,
  keyring: SigningKeyring,
  release: ReleaseEntity,
  provenance: Provenance = {},
  known?: ReadSnapshot,
): Promise<SealedRelease> {
  if (!release.publishedAt) throw new Error(`Release ${release.version} must be published before it is sealed`);
  const predecessor = await manager
    .getRepository(ReleaseEntity)
    .createQueryBuilder('release')
    .where('release.status IN (:...released)', { released: RELEASED_STATUSES })
    .andWhere(`${VERSION_ORDER_SQL('release.version')} < ${VERSION_ORDER_SQL(':version')}`, { version: release.version })
    .orderBy(VERSION_ORDER_SQL('release.version'), 'DESC')
    .getOne();
  const list = await readSnapshot(manager, release);
  // A publication read its base, the predecessor, to compose: 20,000 entries read again were ~0.6 s of it (issue 16).
  const previous = predecessor ? (known?.releaseId === predecessor.id ? known.list : await readSnapshot(manager, predecessor)) : null;

  const changes = diffLists(previous, list).map((change, position) => ({
    position,
    subject: change.subject,
    code: change.code,
    term: change.term,
    kind: change.kind,
    before: change.before,
    after: change.after,
    proposal_id: provenance.touchedBy?.get(change.subject === ChangeSubject.ENTRY ? `entry:${change.code}` : `term:${change.term}`)?.at(-1) ?? null,
  }));
  // In bounded statements: 20,000 ADDED entries as one JSON parameter were a 60 MB string and its wire copy.
  for (let start = 0; start < changes.length; start += CHANGES_PER_STATEMENT) {
    await manager.query(
      `INSERT INTO release_change (release_id, position, subject, code, term, kind, before, after, proposal_id)
       SELECT $1, r.position, r.subject, r.code, r.term, r.kind, r.before, r.after, r.proposal_id
       FROM jsonb_to_recordset($2::jsonb) AS r(position integer, subject text, code text, term text, kind text, before jsonb, after jsonb, proposal_id uuid)`,
      [release.id, JSON.stringify(changes.slice(start, start + CHANGES_PER_STATEMENT))],
    );
  }

  const document: ReleaseDocument = {
    format: RELEASE_DOCUMENT_FORMAT,
    version: release.version,
    previous: predecessor ? { version: predecessor.version, digest: await documentDigest(manager, predecessor.id) } : null,
    publishedAt: release.publishedAt.toISOString(),
    effectiveFrom: release.effectiveFrom,
    source: release.source,
    origin: release.origin,
    incorporates: provenance.incorporates ?? [],
    // Languages only when there is more than English, so an English-only document keeps its bytes.
    list: { format: list.format, ...(list.languages ? { languages: list.languages } : {}), entries: list.entries, definitions: list.definitions },
    merkle: merkleOf(listLeafHashes(list), list.entries.length),
    // Anchors the audit trail in every copy of every release: a later chain must extend this head.
    auditCheckpoint: await takeAuditCheckpoint(manager, keyring, AuditCheckpointTrigger.RELEASE_PUBLICATION, new Date()),
  };
  const bytes = canonicalBytes(document);
  const signature = keyring.sign(bytes);
  const digest = sha256Hex(bytes);
  await manager.query(
    `INSERT INTO release_document (release_id, format, bytes, digest, key_id, algorithm, signature) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [release.id, RELEASE_DOCUMENT_FORMAT, bytes, digest, signature.keyId, signature.algorithm, signature.value],
  );
  await sealReleaseHead(manager, keyring, release.id, { format: RELEASE_HEAD_FORMAT, version: document.version, publishedAt: document.publishedAt, digest, merkle: document.merkle });
  return { digest, previousVersion: document.previous?.version ?? null };
}

async function documentDigest(manager: EntityManager, releaseId: string): Promise<string> {
  const [row] = await manager.query<{ digest: string }[]>(`SELECT digest FROM release_document WHERE release_id = $1`, [releaseId]);
  if (!row) throw new Error(`The predecessor release ${releaseId} has no signed document`);
  return row.digest;
}

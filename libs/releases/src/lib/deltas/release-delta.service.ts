import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy, Actor, Permission } from '@concord/auth';
import { ListEntry, RELEASED_STATUSES, ReleaseEntity } from '@concord/control-list';
import { NormalisedScope } from '@concord/events';
import { conflict, notFound } from '@concord/shared/graphql';
import { ChangeSubject, ReleaseChangeKind } from '../changes/release-change.entity';
import { MerkleTree } from '../documents/merkle-tree';
import { listLeafHashes, ReleaseHead, SignedReleaseHead } from '../documents/release-merkle';
import { ReleaseDocument } from '../documents/release-document';
import { EntryInclusionProof } from '../documents/verify-entry-inclusion';
import { ReleaseErrorReason } from '../release-error-reason';
import { SIGNATURE_ALGORITHM } from '../signing/release-signature';
import { signedBytes } from '../signing/signed-envelope';
import { SigningKeyring } from '../signing/signing-keyring';
import { DeltaRelease, RELEASE_DELTA_FORMAT, ReleaseDeltaDocument } from './release-delta';

/** A sealed release as deltas need it: taken from its signed document and head, never from the snapshot rows. */
interface SealedView {
  release: DeltaRelease;
  previous: { version: string; digest: string } | null;
  head: SignedReleaseHead;
  entries: ReadonlyMap<string, { entry: ListEntry; leafIndex: number }>;
  tree: MerkleTree;
}

/** Sealed releases never change (triggers refuse it), so what was read of one stays true; a few cover the pushes of a publication. */
const MAX_VIEWS = 8;

/**
 * Deltas by subtree (docs/subscriptions.md): the changes a release made to the entries in a scope, each side with its
 * inclusion proof against its release's signed head, signed by the release key as complete. Built from the signed
 * documents, so the bytes proved are the bytes that were signed.
 */
@Injectable()
export class ReleaseDeltaService {
  private readonly views = new Map<string, Promise<SealedView>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
    private readonly keyring: SigningKeyring,
  ) {}

  /** The delta of a published release, for a consumer catching up on a push it missed. */
  async forVersion(actor: Actor, version: string, scope: NormalisedScope): Promise<ReleaseDeltaDocument> {
    this.access.assert(actor, Permission.READ_RELEASES);
    const release = await this.db.getRepository(ReleaseEntity).findOneBy({ version });
    if (!release || !RELEASED_STATUSES.includes(release.status)) throw notFound('Release', version, ReleaseErrorReason.RELEASE_NOT_FOUND);
    return this.build(this.db.manager, release.id, scope);
  }

  /** Inside the publication's transaction too (the webhook deliveries commit with it): everything is read through `manager`. */
  async build(manager: EntityManager, releaseId: string, scope: NormalisedScope): Promise<ReleaseDeltaDocument> {
    const current = await this.view(manager, releaseId);
    const previous = current.previous ? await this.view(manager, await this.releaseIdOf(manager, current.previous.version)) : null;
    if (previous && previous.release.digest !== current.previous!.digest) {
      throw new Error(`Release ${current.release.version}'s document names a predecessor ${previous.release.version} with another digest than the one stored`);
    }
    const rows = await manager.query<{ code: string; kind: ReleaseChangeKind }[]>(
      `SELECT code, kind FROM release_change
       WHERE release_id = $1 AND subject = $2 AND (code = ANY($3::text[]) OR code LIKE ANY($4::text[]))
       ORDER BY code`,
      [releaseId, ChangeSubject.ENTRY, scope.codes, scope.prefixes.map((prefix) => `${prefix}%`)],
    );
    const sides = rows.map(({ code, kind }) => {
      const before = previous?.entries.get(code) ?? null;
      const after = current.entries.get(code) ?? null;
      return {
        change: { code, kind, before: before?.entry ?? null, after: after?.entry ?? null },
        proofs: { code, before: before && proofOf(previous!.tree, before.leafIndex), after: after && proofOf(current.tree, after.leafIndex) },
      };
    });
    const signed = {
      format: RELEASE_DELTA_FORMAT,
      scope: { prefixes: [...scope.prefixes], codes: [...scope.codes] },
      release: current.release,
      previous: previous?.release ?? null,
      changes: sides.map((side) => side.change),
    };
    return {
      signed,
      signatures: [this.keyring.sign(signedBytes(signed))],
      heads: { release: current.head, previous: previous?.head ?? null },
      proofs: sides.map((side) => side.proofs),
    };
  }

  private view(manager: EntityManager, releaseId: string): Promise<SealedView> {
    const known = this.views.get(releaseId);
    if (known) return known;
    const pending = readView(manager, releaseId);
    // A failure (not sealed yet, the database away) is not remembered.
    pending.catch(() => this.views.delete(releaseId));
    if (this.views.size >= MAX_VIEWS) this.views.delete(this.views.keys().next().value as string);
    this.views.set(releaseId, pending);
    return pending;
  }

  private async releaseIdOf(manager: EntityManager, version: string): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(`SELECT id FROM release WHERE version = $1`, [version]);
    if (!row) throw new Error(`The predecessor ${version} named by a signed document is not stored`);
    return row.id;
  }
}

async function readView(manager: EntityManager, releaseId: string): Promise<SealedView> {
  const [row] = await manager.query<{ document: Buffer; digest: string; head: Buffer | null; key_id: string | null; signature: string | null }[]>(
    `SELECT d.bytes AS document, d.digest, h.bytes AS head, h.key_id, h.signature
     FROM release_document d LEFT JOIN release_head h ON h.release_id = d.release_id WHERE d.release_id = $1`,
    [releaseId],
  );
  if (!row) throw new Error(`Release ${releaseId} has no signed document: only sealed releases have deltas`);
  const document = JSON.parse(row.document.toString('utf8')) as ReleaseDocument;
  if (!row.head || !row.key_id || !row.signature) {
    throw conflict(`Release ${document.version} was sealed before releases carried a signed head: its changes cannot be proved entry by entry`, ReleaseErrorReason.RELEASE_NOT_PROVABLE);
  }
  const head = JSON.parse(row.head.toString('utf8')) as ReleaseHead;
  return {
    release: { version: document.version, publishedAt: document.publishedAt, digest: row.digest, merkleRoot: head.merkle.root },
    previous: document.previous,
    head: { signed: head, signatures: [{ keyId: row.key_id, algorithm: SIGNATURE_ALGORITHM, value: row.signature }] },
    entries: new Map(document.list.entries.map((entry, leafIndex) => [entry.code, { entry, leafIndex }])),
    tree: new MerkleTree(listLeafHashes(document.list)),
  };
}

const proofOf = (tree: MerkleTree, leafIndex: number): EntryInclusionProof => ({
  leafIndex,
  treeSize: tree.size,
  path: tree.proof(leafIndex).map((hash) => hash.toString('hex')),
});

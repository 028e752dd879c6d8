import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import canonicalize from 'canonicalize';
import { Actor, CurrentActor } from '@concord/auth';
import { Release } from '@concord/control-list';
import { Immutable, Loaders, RequestLoaders } from '@concord/shared/graphql';
import { ReleaseProofService } from './release-proof.service';

/** Extends the pull API's `Release` with its Merkle root and the signed head that carries it. */
@Resolver(() => Release)
export class ReleaseHeadResolver {
  constructor(private readonly proofs: ReleaseProofService) {}

  @Immutable()
  @ResolveField(() => String, { nullable: true, description: 'Hex RFC 6962 root over the entries then definitions; as in the document and the signed head.' })
  async merkleRoot(@CurrentActor() actor: Actor, @Parent() release: Release, @Loaders() loaders: RequestLoaders): Promise<string | null> {
    return (await this.proofs.head(actor, release.id, loaders.get(this.proofs.heads)))?.merkleRoot ?? null;
  }

  @Immutable()
  @ResolveField(() => String, {
    nullable: true,
    description:
      'The signed release head as JSON: { signed: { format: "concord-release-head/1", version, publishedAt, digest, merkle }, signatures: [{ keyId, algorithm, value }] }, ' +
      'each signature Ed25519 over the RFC 8785 bytes of `signed`. Verifies entries alone (Entry.inclusionProof); null for a release sealed before heads existed.',
  })
  async head(@CurrentActor() actor: Actor, @Parent() release: Release, @Loaders() loaders: RequestLoaders): Promise<string | null> {
    const head = await this.proofs.head(actor, release.id, loaders.get(this.proofs.heads));
    return head ? (canonicalize(head.envelope) as string) : null;
  }
}

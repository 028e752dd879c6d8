import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@concord/auth';
import { Entry } from '@concord/control-list';
import { Immutable, Loaders, RequestLoaders } from '@concord/shared/graphql';
import { InclusionProof } from './inclusion-proof.model';
import { ReleaseProofService } from './release-proof.service';

/** Extends the pull API's `Entry` with what lets a consumer verify it alone against the release's signed head. */
@Resolver(() => Entry)
export class EntryProofResolver {
  constructor(private readonly proofs: ReleaseProofService) {}

  @Immutable()
  @ResolveField(() => String, {
    description: 'The entry as its RFC 8785 canonical JSON, exactly the UTF-8 bytes hashed as its Merkle leaf (and found in the release document).',
  })
  async canonical(@CurrentActor() actor: Actor, @Parent() entry: Entry, @Loaders() loaders: RequestLoaders): Promise<string> {
    return this.proofs.canonical(actor, { releaseId: entry.releaseId, code: entry.code }, loaders.get(this.proofs.canonicalEntries));
  }

  @Immutable()
  @ResolveField(() => InclusionProof, {
    nullable: true,
    description: 'Proof that `canonical` is a leaf under the root in Release.head; null for a release sealed before releases carried a Merkle root.',
  })
  async inclusionProof(@CurrentActor() actor: Actor, @Parent() entry: Entry): Promise<InclusionProof | null> {
    return this.proofs.inclusionProof(actor, { releaseId: entry.releaseId, code: entry.code });
  }
}

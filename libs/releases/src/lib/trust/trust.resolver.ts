import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AccessPolicy, Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { JSONScalar } from '../graphql/json.scalar';
import { TimestampService } from './timestamp.service';
import { SignedRoot, SignedTimestamp } from './trust-metadata';
import { TrustStore } from './trust-store';

/** The trust metadata over GraphQL, the same envelopes as GET /releases/root/{n}.json and /releases/timestamp.json. */
@Resolver()
export class TrustResolver {
  constructor(
    private readonly trust: TrustStore,
    private readonly timestamps: TimestampService,
    private readonly access: AccessPolicy,
  ) {}

  @Query(() => [JSONScalar], { description: 'Every root metadata version (concord-root/1 signed envelopes), oldest first.' })
  @Authorize(Permission.READ_RELEASES)
  trustRoots(@CurrentActor() actor: Actor): SignedRoot[] {
    this.access.assert(actor, Permission.READ_RELEASES);
    return this.trust.roots();
  }

  @Query(() => JSONScalar, { nullable: true, description: 'One root metadata version; the newest when no version is given.' })
  @Authorize(Permission.READ_RELEASES)
  trustRoot(@CurrentActor() actor: Actor, @Args('version', { type: () => Int, nullable: true }) version?: number): SignedRoot | null {
    this.access.assert(actor, Permission.READ_RELEASES);
    return version === undefined || version === null ? this.trust.newest() : (this.trust.root(version) ?? null);
  }

  @Query(() => JSONScalar, { description: 'The current timestamp statement (concord-timestamp/1): the newest release, signed and short-lived.' })
  @Authorize(Permission.READ_RELEASES)
  trustTimestamp(@CurrentActor() actor: Actor): Promise<SignedTimestamp> {
    this.access.assert(actor, Permission.READ_RELEASES);
    return this.timestamps.current();
  }
}

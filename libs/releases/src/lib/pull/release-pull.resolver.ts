import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { Release } from '@concord/control-list';
import { Immutable, Loaders, PageArgs, RequestLoaders } from '@concord/shared/graphql';
import { EntryVersion, PathRenumberingConnection, ReleaseChange, ReleaseDiff, ReleaseSignature, SigningKey } from '../graphql/release-pull.models';
import { ReleasePullService } from './release-pull.service';

/** Extends the pull API's `Release` (DESIGN §6) with what lets a consumer verify and follow it. */
@Resolver(() => Release)
export class ReleasePullResolver {
  constructor(private readonly pull: ReleasePullService) {}

  @Immutable()
  @ResolveField(() => String, { nullable: true, description: 'SHA-256 (hex) of the canonical document; also its ETag.' })
  async digest(@CurrentActor() actor: Actor, @Parent() release: Release, @Loaders() loaders: RequestLoaders): Promise<string | null> {
    return (await this.pull.meta(actor, release.id, loaders.get(this.pull.documentMeta)))?.digest ?? null;
  }

  @Immutable()
  @ResolveField(() => ReleaseSignature, { nullable: true, description: 'Ed25519 signature over the canonical document.' })
  async signature(@CurrentActor() actor: Actor, @Parent() release: Release, @Loaders() loaders: RequestLoaders): Promise<ReleaseSignature | null> {
    return (await this.pull.meta(actor, release.id, loaders.get(this.pull.documentMeta)))?.signature ?? null;
  }

  @Immutable()
  @ResolveField(() => String, {
    nullable: true,
    description: 'The canonical document (concord-release/2, RFC 8785 JSON), exactly the signed bytes as UTF-8. Also at GET /releases/{version}.json.',
  })
  async document(@CurrentActor() actor: Actor, @Parent() release: Release): Promise<string | null> {
    return this.pull.documentText(actor, release.id);
  }

  @Immutable()
  @ResolveField(() => [ReleaseChange], { description: 'The changelog against the previous release.' })
  async changes(@CurrentActor() actor: Actor, @Parent() release: Release, @Loaders() loaders: RequestLoaders): Promise<ReleaseChange[]> {
    return this.pull.changes(actor, release.id, loaders.get(this.pull.changesByRelease));
  }

  @Query(() => ReleaseDiff, { description: 'Entries and definitions that differ between two released versions.' })
  @Authorize(Permission.READ_RELEASES)
  async releaseDiff(@CurrentActor() actor: Actor, @Args('from') from: string, @Args('to') to: string): Promise<ReleaseDiff> {
    return this.pull.diff(actor, from, to);
  }

  @Query(() => PathRenumberingConnection, {
    description: 'Old path → new path of every entry (by code) and item paragraph that moved from one released version to a later one, entries first.',
  })
  @Authorize(Permission.READ_RELEASES)
  async releaseCrosswalk(
    @CurrentActor() actor: Actor,
    @Args('from') from: string,
    @Args('to') to: string,
    @Args() page: PageArgs,
  ): Promise<PathRenumberingConnection> {
    return this.pull.crosswalk(actor, from, to, page);
  }

  @Query(() => [EntryVersion], { description: 'Every released version of one entry, oldest first, with what each release changed.' })
  @Authorize(Permission.READ_RELEASES)
  async entryHistory(@CurrentActor() actor: Actor, @Args('code') code: string): Promise<EntryVersion[]> {
    return this.pull.entryHistory(actor, code);
  }

  @Immutable()
  @Query(() => [SigningKey], { description: 'Public keys that verify release signatures: the current one first, then retired ones.' })
  @Authorize(Permission.READ_RELEASES)
  signingKeys(@CurrentActor() actor: Actor): SigningKey[] {
    return this.pull.signingKeys(actor);
  }
}

import { Args, Info, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { ConnectionType, FollowsPublication, Immutable, Loaders, PageArgs, RequestLoaders, selectsAnyOf } from '@concord/shared/graphql';
import { Definition } from './definition.model';
import { EntriesArgs } from './entries.args';
import { EntriesService } from './entries.service';
import { Entry } from './entry.model';
import { Release } from './release.model';
import { ReleasesService } from './releases.service';

export const ReleaseConnection = ConnectionType(Release);
export type ReleaseConnection = InstanceType<typeof ReleaseConnection>;
export const EntryConnection = ConnectionType(Entry);
export type EntryConnection = InstanceType<typeof EntryConnection>;

/** Entry fields resolved from the entry's parts (see EntriesResolver). */
const FROM_PARTS = ['paragraphs', 'relatedControls', 'correlations'];

/** The pull API (DESIGN §6): these names are what integrators code against; extend, never rename. */
@Resolver(() => Release)
export class ReleasesResolver {
  constructor(
    private readonly releaseService: ReleasesService,
    private readonly entryService: EntriesService,
  ) {}

  @FollowsPublication()
  @Query(() => Release, { nullable: true, description: 'The list in force: the newest published release.' })
  @Authorize(Permission.READ_RELEASES)
  async latestRelease(@CurrentActor() actor: Actor): Promise<Release | null> {
    const release = await this.releaseService.latest(actor);
    return release && Release.from(release);
  }

  @Immutable()
  @Query(() => Release, { description: 'A published or superseded release by version, e.g. 2026.0.' })
  @Authorize(Permission.READ_RELEASES)
  async release(@CurrentActor() actor: Actor, @Args('version') version: string): Promise<Release> {
    return Release.from(await this.releaseService.byVersion(actor, version));
  }

  @Query(() => ReleaseConnection, { description: 'Released versions, newest first.' })
  @Authorize(Permission.READ_RELEASES)
  async releases(@CurrentActor() actor: Actor, @Args() args: PageArgs): Promise<ReleaseConnection> {
    const page = await this.releaseService.list(actor, args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: Release.from(edge.node) })) };
  }

  @Immutable()
  @ResolveField(() => Int)
  async entryCount(@Parent() release: Release, @Loaders() loaders: RequestLoaders): Promise<number> {
    return loaders.get(this.releaseService.entryCounts).load(release.id);
  }

  @Immutable()
  @ResolveField(() => [String], { description: 'The languages this release is authentic in: en first, then those its texts are agreed in.' })
  async authenticLanguages(@Parent() release: Release, @Loaders() loaders: RequestLoaders): Promise<string[]> {
    return loaders.get(this.releaseService.authenticLanguages).load(release.id);
  }

  @Immutable()
  @ResolveField(() => EntryConnection, { description: 'Entries in code order.' })
  async entries(
    @CurrentActor() actor: Actor,
    @Parent() release: Release,
    @Args() args: EntriesArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntryConnection> {
    const countTotal = selectsAnyOf(info, [], ['totalCount']);
    const page = await this.entryService.page(actor, release, args.filter, args, { countTotal });
    const edges = page.edges.map((edge) => ({ cursor: edge.cursor, node: Entry.from(edge.node) }));
    if (edges.length && selectsAnyOf(info, ['edges', 'node'], FROM_PARTS)) {
      const partsOf = await this.entryService.partsOfPage(release, edges.map(({ node }) => node.code));
      for (const { node } of edges) node.parts = partsOf(node);
    }
    // Counted whenever the request selects totalCount, so an answer never shows the placeholder.
    return { ...page, totalCount: page.totalCount ?? 0, edges };
  }

  @Immutable()
  @ResolveField(() => Entry, { nullable: true, description: 'Null when the release has no entry with that code.' })
  async entry(@CurrentActor() actor: Actor, @Parent() release: Release, @Args('code') code: string): Promise<Entry | null> {
    const entry = await this.entryService.byCode(actor, release.id, code);
    return entry && Entry.from(entry);
  }

  @Immutable()
  @ResolveField(() => [Definition])
  async definitions(@CurrentActor() actor: Actor, @Parent() release: Release, @Loaders() loaders: RequestLoaders): Promise<Definition[]> {
    return (await this.releaseService.definitions(actor, release.id, loaders.get(this.releaseService.definitionsByRelease))).map(({ releaseId, term, text }) => ({ releaseId, term, text }));
  }
}

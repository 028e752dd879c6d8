import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { Release } from '@concord/control-list';
import { PreviewReleaseInput } from '../graphql/preview-release.input';
import { PublishReleaseInput } from '../graphql/publish-release.input';
import { ReleaseDraft } from '../graphql/release-draft.model';
import { ReleasePublicationService } from './release-publication.service';

@Resolver()
export class ReleasePublicationResolver {
  constructor(private readonly publication: ReleasePublicationService) {}

  @Query(() => ReleaseDraft, { description: 'The latest release with every adopted, not yet released proposal applied, and the conflicts.' })
  @Authorize(Permission.READ_DELIBERATIONS)
  async workingDraft(@CurrentActor() actor: Actor): Promise<ReleaseDraft> {
    return this.publication.workingDraft(actor);
  }

  @Query(() => ReleaseDraft, { description: 'What publishing these proposals would give: the list summary, the changelog and the conflicts.' })
  @Authorize(Permission.PUBLISH_RELEASES)
  async previewRelease(@CurrentActor() actor: Actor, @Args('input') input: PreviewReleaseInput): Promise<ReleaseDraft> {
    return this.publication.preview(actor, input);
  }

  @Mutation(() => Release, { description: 'Publishes the next release from adopted proposals, signed; refused with RELEASE_HAS_CONFLICTS while any stands.' })
  @Authorize(Permission.PUBLISH_RELEASES)
  async publishRelease(@CurrentActor() actor: Actor, @Args('input') input: PublishReleaseInput): Promise<Release> {
    return Release.from(await this.publication.publish(actor, input));
  }
}

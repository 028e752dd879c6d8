import { Field, ObjectType } from '@nestjs/graphql';
import { ConcordEvent, concordEvent } from '@concord/events';

export type ReleasePublishedPayload = {
  version: string;
  previousVersion: string | null;
  digest: string;
  publishedAt: string;
  incorporates: string[];
};

/**
 * A new list is in force. The one event machine clients receive (subscriptions and webhooks alike): it tells a
 * licensing system to pull and verify the new version.
 */
export const releasePublished = (payload: ReleasePublishedPayload): ConcordEvent<ReleasePublishedPayload> =>
  concordEvent('release', 'release.published', { scope: 'RELEASE_READERS' }, payload);

@ObjectType({ description: 'A release was published: pull it (release(version) or /releases/{version}.json) and verify it.' })
export class ReleasePublishedEvent {
  @Field()
  version: string;

  @Field(() => String, { nullable: true })
  previousVersion: string | null;

  @Field({ description: 'SHA-256 of the signed canonical document.' })
  digest: string;

  @Field()
  publishedAt: string;

  @Field(() => [String], { description: 'References of the proposals it incorporates.' })
  incorporates: string[];

  static from(event: ConcordEvent): ReleasePublishedEvent {
    return Object.assign(new ReleasePublishedEvent(), event.payload as unknown as ReleasePublishedPayload);
  }
}

import { Field, ObjectType } from '@nestjs/graphql';
import { ConcordEvent, concordEvent } from '@concord/events';

export type ReleasePublishedPayload = {
  version: string;
  previousVersion: string | null;
  digest: string;
  publishedAt: string;
  incorporates: string[];
};

export const RELEASE_TOPIC = 'release';

export enum ReleaseEventType {
  PUBLISHED = 'release.published',
  /** A baseline import: for the instances only (what they keep of the release in force), not for machine clients. */
  IMPORTED = 'release.imported',
}

/** Both put a release in force; each instance keeps its version (ReleaseInForce). */
export type ReleaseInForcePayload = { version: string };

export const releaseImported = (payload: ReleaseInForcePayload): ConcordEvent<ReleaseInForcePayload> =>
  concordEvent(RELEASE_TOPIC, ReleaseEventType.IMPORTED, { scope: 'INSTANCES' }, payload);

/**
 * A new list is in force. The one event machine clients receive (subscriptions and webhooks alike): it tells a
 * licensing system to pull and verify the new version.
 */
export const releasePublished = (payload: ReleasePublishedPayload): ConcordEvent<ReleasePublishedPayload> =>
  concordEvent(RELEASE_TOPIC, ReleaseEventType.PUBLISHED, { scope: 'RELEASE_READERS' }, payload);

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

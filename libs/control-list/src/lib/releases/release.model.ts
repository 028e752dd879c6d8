import { Field, ObjectType } from '@nestjs/graphql';
import { Immutable, SettlesOnce } from '@concord/shared/graphql';
import { ReleaseEntity, ReleaseSource, ReleaseStatus } from '../snapshots/release.entity';
import './control-list.enums';

@ObjectType({ description: 'One version of the control list. A published release never changes.' })
export class Release {
  /** Internal key for the nested fields; not part of the pull API. */
  id: string;

  @Immutable()
  @Field({ description: 'YYYY.N, e.g. 2026.0.' })
  version: string;

  @SettlesOnce()
  @Field(() => ReleaseStatus)
  status: ReleaseStatus;

  @Immutable()
  @Field(() => ReleaseSource)
  source: ReleaseSource;

  @Immutable()
  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Immutable()
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) from which the list applies.' })
  effectiveFrom: string | null;

  @Immutable()
  @Field()
  createdAt: Date;

  static from(entity: ReleaseEntity): Release {
    return Object.assign(new Release(), {
      id: entity.id,
      version: entity.version,
      status: entity.status,
      source: entity.source,
      publishedAt: entity.publishedAt,
      effectiveFrom: entity.effectiveFrom,
      createdAt: entity.createdAt,
    });
  }
}

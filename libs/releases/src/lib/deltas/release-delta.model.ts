import { Field, ObjectType } from '@nestjs/graphql';
import canonicalize from 'canonicalize';
import { ReleaseScope } from '@concord/events';
import { ReleaseChangeKind } from '../changes/release-change.entity';
import { deltaJson, ReleaseDeltaDocument } from './release-delta';

@ObjectType({ description: 'One entry in scope that the release changed.' })
export class ReleaseDeltaChange {
  @Field()
  code: string;

  @Field(() => ReleaseChangeKind)
  kind: ReleaseChangeKind;

  @Field(() => String, { nullable: true, description: 'The entry in the predecessor as its RFC 8785 canonical JSON; null when it was not there.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The entry in this release as its RFC 8785 canonical JSON (RESERVED when removed); null when it is not there.' })
  after: string | null;
}

@ObjectType({
  description:
    'The changes a release made to the entries of a scope, with before and after. `document` is the verifiable delta (concord-release-delta/1: ' +
    'the signed statement, both releases\' signed heads and each side\'s inclusion proof); check it with verifyReleaseDelta or `concord verify-delta`.',
})
export class ReleaseDelta {
  @Field()
  version: string;

  @Field(() => String, { nullable: true })
  previousVersion: string | null;

  @Field(() => ReleaseScope)
  scope: ReleaseScope;

  @Field(() => [ReleaseDeltaChange])
  changes: ReleaseDeltaChange[];

  @Field({ description: 'The delta document as RFC 8785 JSON: the same bytes a scoped webhook receives.' })
  document: string;

  static from(delta: ReleaseDeltaDocument): ReleaseDelta {
    const { signed } = delta;
    const canonical = (entry: unknown) => (entry === null ? null : (canonicalize(entry) as string));
    return Object.assign(new ReleaseDelta(), {
      version: signed.release.version,
      previousVersion: signed.previous?.version ?? null,
      scope: ReleaseScope.from(signed.scope),
      changes: signed.changes.map((change) => Object.assign(new ReleaseDeltaChange(), { code: change.code, kind: change.kind, before: canonical(change.before), after: canonical(change.after) })),
      document: deltaJson(delta),
    });
  }
}

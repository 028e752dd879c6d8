import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ChangeClassification, PathRenumbering } from '@concord/control-list';
import { ConnectionType, Immutable } from '@concord/shared/graphql';
import { ChangeSubject, ReleaseChangeKind } from '../changes/release-change.entity';
import { JSONScalar } from './json.scalar';

registerEnumType(ReleaseChangeKind, { name: 'ReleaseChangeKind' });
registerEnumType(ChangeSubject, { name: 'ChangeSubject', description: 'What a changelog line is about: an entry (by code) or a definition (by term).' });

@ObjectType({ description: 'One line of a changelog: an entry or a definition as it was and as it became.' })
export class ReleaseChange {
  @Immutable()
  @Field(() => ChangeSubject)
  subject: ChangeSubject;

  @Immutable()
  @Field(() => String, { nullable: true, description: 'The entry code, for an entry.' })
  code: string | null;

  @Immutable()
  @Field(() => String, { nullable: true, description: 'The term, for a definition.' })
  term: string | null;

  @Immutable()
  @Field(() => ReleaseChangeKind, { description: 'REMOVED: the code became RESERVED (never reused), or the definition went.' })
  kind: ReleaseChangeKind;

  @Immutable()
  @Field(() => JSONScalar, { nullable: true, description: 'The entry or definition before, in the list format; null when ADDED.' })
  before: unknown;

  @Immutable()
  @Field(() => JSONScalar, { nullable: true, description: 'After, in the list format; null when a definition is REMOVED.' })
  after: unknown;

  @Immutable()
  @Field(() => String, { nullable: true, description: 'Reference of the adopted proposal that made the change (the latest, when several did).' })
  proposal: string | null;

  @Immutable()
  @Field(() => [String], { description: 'References of every proposal that made this change, oldest first; empty for an imported baseline.' })
  proposals: string[];

  /** Set where the whole diff is known, so an entry moved to another code reads as RENUMBERED; see its resolver. */
  meaning?: ChangeClassification;
}

@ObjectType()
export class ReleaseSignature {
  @Immutable()
  @Field({ description: 'Which key signed; see signingKeys.' })
  keyId: string;

  @Immutable()
  @Field({ description: 'Ed25519.' })
  algorithm: string;

  @Immutable()
  @Field({ description: 'Base64 of the signature over the document\'s exact bytes.' })
  value: string;
}

@ObjectType({ description: 'A public key that signs (or signed) release documents.' })
export class SigningKey {
  @Immutable()
  @Field()
  keyId: string;

  @Immutable()
  @Field()
  algorithm: string;

  @Immutable()
  @Field({ description: 'SPKI PEM.' })
  publicKey: string;

  @Immutable()
  @Field({ description: 'True for the key new releases are signed with.' })
  current: boolean;
}

@ObjectType()
export class ReleaseDiff {
  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => [ReleaseChange])
  changes: ReleaseChange[];
}

@ObjectType({ description: 'One entry in one release: how it stood and what that release changed about it.' })
export class EntryVersion {
  @Field()
  version: string;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => String, { nullable: true })
  effectiveFrom: string | null;

  @Field(() => JSONScalar, { description: 'The entry as released, in the list format.' })
  entry: unknown;

  @Field(() => ReleaseChangeKind, { nullable: true, description: 'What this release changed about the entry; null when unchanged.' })
  change: ReleaseChangeKind | null;

  @Field(() => String, { nullable: true })
  proposal: string | null;
}

export const PathRenumberingConnection = ConnectionType(PathRenumbering);
export type PathRenumberingConnection = InstanceType<typeof PathRenumberingConnection>;

import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Immutable } from '@concord/shared/graphql';

@ObjectType({ description: 'RFC 6962 inclusion proof of one leaf under the Merkle root in the release\'s signed head (see Release.head).' })
export class InclusionProof {
  @Immutable()
  @Field(() => Int, { description: 'The leaf\'s index: entries in document order first, then definitions.' })
  leafIndex: number;

  @Immutable()
  @Field(() => Int, { description: 'Leaves in the tree: the head\'s merkle.leafCount.' })
  treeSize: number;

  @Immutable()
  @Field(() => [String], { description: 'The audit path, hex SHA-256 hashes from the leaf\'s sibling up to the root\'s child (RFC 9162 §2.1.3).' })
  path: string[];
}

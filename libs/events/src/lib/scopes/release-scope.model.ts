import { Field, ObjectType } from '@nestjs/graphql';
import { NormalisedScope } from './release-scope';

@ObjectType({ description: 'A subtree of the list, normalised: upper case, sorted, nothing a shorter prefix already covers.' })
export class ReleaseScope {
  @Field(() => [String])
  prefixes: string[];

  @Field(() => [String])
  codes: string[];

  static from(scope: NormalisedScope): ReleaseScope {
    return Object.assign(new ReleaseScope(), { prefixes: [...scope.prefixes], codes: [...scope.codes] });
  }
}

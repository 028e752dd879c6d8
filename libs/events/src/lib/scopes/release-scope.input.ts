import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType({
  description:
    'A subtree of the list: entry codes under any of `prefixes` (category "5", "5A", "5A0", "5A00") and the exact `codes` ("5A001"). ' +
    'At least one item, at most 50 in all; case and order do not matter (see docs/subscriptions.md).',
})
export class ReleaseScopeInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  prefixes?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  codes?: string[] | null;
}

import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

@InputType({ description: 'Checkpoints the caller holds (signed envelopes as JSON text), to verify the chain against.' })
export class VerifyAuditChainInput {
  @Field({ nullable: true, description: 'Verify from this checkpoint: the chain must pass through it unchanged.' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  from?: string;

  @Field({
    nullable: true,
    description: "The chain must reproduce this checkpoint's hash at its sequence and reach it. Default: the newest stored checkpoint.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  to?: string;
}

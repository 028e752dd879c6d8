import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsUUID } from 'class-validator';

@InputType()
export class PreviewReleaseInput {
  @Field(() => [ID], { description: 'Adopted proposals to include; they are applied in adoption order whatever the order here.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  proposalIds: string[];
}

import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { Role } from './user.entity';

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 120)
  displayName?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => ID, { nullable: true, description: 'Moves the person to another delegation.' })
  @IsOptional()
  @IsUUID()
  stateId?: string;

  @Field({ nullable: true, description: 'false signs the person out everywhere at once.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

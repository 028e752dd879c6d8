import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageArgs } from '@concord/shared/graphql';

@ArgsType()
export class MyNotificationsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only those not yet read.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}

import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../users/user.model';

@ObjectType({ description: 'A signed-in session. The refresh token travels only in the httpOnly `concord_refresh` cookie (POST /auth/refresh).' })
export class LoginPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`; short-lived (JWT_TTL_SECONDS).' })
  accessToken: string;

  @Field()
  expiresAt: Date;

  @Field({ description: 'Until when the session can be refreshed.' })
  sessionExpiresAt: Date;

  @Field(() => User)
  user: User;

  @Field({ description: 'True when this account must enrol a second factor before it may do anything else.' })
  secondFactorEnrolmentRequired: boolean;
}

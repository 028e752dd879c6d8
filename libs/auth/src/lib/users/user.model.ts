import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Locale } from '@concord/shared/mail';
import { Role, UserEntity } from './user.entity';

registerEnumType(Locale, { name: 'Locale', description: 'en, fr or ja.' });

registerEnumType(Role, { name: 'Role' });

@ObjectType({ description: 'A person: a member of a delegation or of the secretariat.' })
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field()
  active: boolean;

  @Field(() => Locale, { description: 'The language Concord writes to this person in.' })
  locale: Locale;

  @Field({ description: 'Whether signing in needs a TOTP code.' })
  secondFactorEnabled: boolean;

  /** Resolved through a DataLoader (`User.state`). */
  stateId: string | null;

  static from(entity: UserEntity): User {
    return Object.assign(new User(), {
      id: entity.id,
      email: entity.email,
      displayName: entity.displayName,
      role: entity.role,
      active: entity.active,
      locale: entity.locale,
      secondFactorEnabled: entity.totpEnabledAt !== null,
      stateId: entity.stateId,
    });
  }
}

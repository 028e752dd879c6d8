import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DeviationReason } from '../implementation-terms';
import { ImplementationDeviationEntity } from './implementation-deviation.entity';

registerEnumType(DeviationReason, {
  name: 'DeviationReason',
  description: 'How national law departs from an entry. NOT_TRANSPOSED entries are not in force in that state.',
});

@ObjectType({ description: 'Where a state\'s law departs from one entry of the release it implements.' })
export class ImplementationDeviation {
  @Field({ description: 'e.g. 5A001.' })
  entryCode: string;

  @Field(() => DeviationReason)
  reason: DeviationReason;

  @Field()
  explanation: string;

  static from(entity: ImplementationDeviationEntity): ImplementationDeviation {
    return Object.assign(new ImplementationDeviation(), { entryCode: entity.entryCode, reason: entity.reason, explanation: entity.explanation });
  }
}

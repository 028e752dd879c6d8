import { Query, Resolver } from '@nestjs/graphql';
import { AccessPolicy, Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { REASON_NAMES } from '../codes';
import { CUSTOMS_CODE_LENGTHS, KNOWN_REGIMES, LIST_LIMITS } from '../list-rules';
import { ListVocabulary } from './list-vocabulary.model';

const terms = (names: Readonly<Record<string, string>>) => Object.entries(names).map(([code, name]) => ({ code, name }));

/** The rules of list-rules.ts as data, so a drafting form offers only what the list accepts. */
@Resolver()
export class ListVocabularyResolver {
  constructor(private readonly access: AccessPolicy) {}

  @Query(() => ListVocabulary)
  @Authorize(Permission.READ_RELEASES)
  listVocabulary(@CurrentActor() actor: Actor): ListVocabulary {
    this.access.assert(actor, Permission.READ_RELEASES);
    return {
      reasons: terms(REASON_NAMES),
      regimes: terms(KNOWN_REGIMES),
      customsSchemes: Object.entries(CUSTOMS_CODE_LENGTHS).map(([code, codeLengths]) => ({ code, codeLengths: [...codeLengths] })),
      limits: { ...LIST_LIMITS },
    };
  }
}

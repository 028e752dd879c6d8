import { appMessages } from '../app.messages';
import { errorMessages } from '../../errors/error.messages';
import { uiMessages } from '../../ui/ui.messages';
import { homeMessages } from '../../features/home/home.messages';
import { proposalsMessages } from '../../features/proposals/proposals.messages';
import { accountMessages } from '../../features/account/account.messages';
import { auditMessages } from '../../features/audit/audit.messages';
import { secretariatMessages } from '../../features/secretariat/secretariat.messages';
import { registryMessages } from '../../features/registry/registry.messages';
import { ballotsMessages } from '../../features/ballots/ballots.messages';
import { deliberationMessages } from '../../features/deliberation/deliberation.messages';
import { listMessages } from '../../features/list/list.messages';
import { translationExchangeMessages } from '../../features/list/translation-exchange.messages';
import { releasesMessages } from '../../features/releases/releases.messages';
import { draftingMessages } from '../../features/drafting/drafting.messages';
import { implementationMessages } from '../../features/implementation/implementation.messages';
import type { UiLocale } from './locales';

// Each feature owns its strings; this is the one place they meet.
const features = [appMessages, errorMessages, uiMessages, homeMessages, accountMessages, auditMessages, secretariatMessages, registryMessages, ballotsMessages, deliberationMessages, proposalsMessages, listMessages, translationExchangeMessages, releasesMessages, draftingMessages, implementationMessages] as const;

type Union<T> = T extends readonly (infer U)[] ? U : never;
type Keys<F> = F extends { en: infer E } ? keyof E : never;
export type MessageId = Keys<Union<typeof features>> & string;

export const catalog: Record<UiLocale, Record<MessageId, string>> = {
  en: Object.assign({}, ...features.map((feature) => feature.en)),
  fr: Object.assign({}, ...features.map((feature) => feature.fr)),
  ja: Object.assign({}, ...features.map((feature) => feature.ja)),
};

import { Locale, Localized } from '@concord/shared/mail';
import { NoticeParams } from '../notices/notice';
import { NotificationKind } from '../notices/notification-kind';

type Line = (p: NoticeParams) => string;

const ref = (p: NoticeParams) => `${p.reference ?? ''}${p.title ? ` “${p.title}”` : ''}`.trim();
const refFr = (p: NoticeParams) => `${p.reference ?? ''}${p.title ? ` « ${p.title} »` : ''}`.trim();
const refJa = (p: NoticeParams) => `${p.reference ?? ''}${p.title ? `「${p.title}」` : ''}`.trim();

/** One sentence per kind: the inbox title, the subject of its own mail, its line in a digest. */
export const NOTIFICATION_LINES: Record<NotificationKind, Localized<Line>> = {
  [NotificationKind.PROPOSAL_SUBMITTED]: {
    [Locale.EN]: (p) => `Proposal ${ref(p)} was submitted for review`,
    [Locale.FR]: (p) => `La proposition ${refFr(p)} a été soumise à l'examen`,
    [Locale.JA]: (p) => `提案 ${refJa(p)} が審議に提出されました`,
  },
  [NotificationKind.PROPOSAL_RETURNED]: {
    [Locale.EN]: (p) => `Proposal ${ref(p)} was returned to review by the secretariat`,
    [Locale.FR]: (p) => `La proposition ${refFr(p)} a été renvoyée à l'examen par le secrétariat`,
    [Locale.JA]: (p) => `提案 ${refJa(p)} が事務局により審議に差し戻されました`,
  },
  [NotificationKind.COMMENT_REPLY]: {
    [Locale.EN]: (p) => `${p.author} replied to your comment on ${ref(p)}`,
    [Locale.FR]: (p) => `${p.author} a répondu à votre commentaire sur ${refFr(p)}`,
    [Locale.JA]: (p) => `${p.author} さんが ${refJa(p)} へのあなたのコメントに返信しました`,
  },
  [NotificationKind.COMMENT_ON_OWN_PROPOSAL]: {
    [Locale.EN]: (p) => `${p.author} commented on your delegation's proposal ${ref(p)}`,
    [Locale.FR]: (p) => `${p.author} a commenté la proposition de votre délégation ${refFr(p)}`,
    [Locale.JA]: (p) => `${p.author} さんが貴代表団の提案 ${refJa(p)} にコメントしました`,
  },
  [NotificationKind.BALLOT_OPENED]: {
    [Locale.EN]: (p) => `A ballot is open on ${ref(p)} until ${p.closesAt}`,
    [Locale.FR]: (p) => `Un scrutin est ouvert sur ${refFr(p)} jusqu'au ${p.closesAt}`,
    [Locale.JA]: (p) => `${refJa(p)} の投票が ${p.closesAt} まで開かれています`,
  },
  [NotificationKind.BALLOT_CLOSING]: {
    [Locale.EN]: (p) => `The ballot on ${ref(p)} closes at ${p.closesAt} and your state has taken no position`,
    [Locale.FR]: (p) => `Le scrutin sur ${refFr(p)} se clôt le ${p.closesAt} et votre État n'a pas pris position`,
    [Locale.JA]: (p) => `${refJa(p)} の投票は ${p.closesAt} に締め切られますが、貴国はまだ立場を表明していません`,
  },
  [NotificationKind.BALLOT_CLOSED]: {
    [Locale.EN]: (p) => `The ballot on ${ref(p)} closed: ${p.outcome}`,
    [Locale.FR]: (p) => `Le scrutin sur ${refFr(p)} est clos : ${p.outcome}`,
    [Locale.JA]: (p) => `${refJa(p)} の投票が締め切られました：${p.outcome}`,
  },
  [NotificationKind.RELEASE_PUBLISHED]: {
    [Locale.EN]: (p) => `Release ${p.version} of the control list was published`,
    [Locale.FR]: (p) => `La version ${p.version} de la liste de contrôle a été publiée`,
    [Locale.JA]: (p) => `規制リストの版 ${p.version} が公表されました`,
  },
};

export interface CommonTexts {
  greeting: (name: string) => string;
  open: string;
  quote: (excerpt: string) => string;
  reason: (reason: string) => string;
  dailySubject: (count: number) => string;
  weeklySubject: (count: number) => string;
  digestIntro: string;
  footer: string;
  outcomes: Record<string, string>;
}

export const COMMON_TEXTS: Localized<CommonTexts> = {
  [Locale.EN]: {
    greeting: (name) => `Dear ${name},`,
    open: 'Open in Concord',
    quote: (excerpt) => `“${excerpt}”`,
    reason: (reason) => `Reason: ${reason}`,
    dailySubject: (count) => `Concord: your daily digest (${count})`,
    weeklySubject: (count) => `Concord: your weekly digest (${count})`,
    digestIntro: 'Since your last digest:',
    footer: 'You receive this because of your notification settings in Concord, where you can change them.',
    outcomes: { ADOPTED: 'adopted', REJECTED: 'rejected', LAPSED: 'lapsed (the proposal was withdrawn)' },
  },
  [Locale.FR]: {
    greeting: (name) => `Madame, Monsieur (${name}),`,
    open: 'Ouvrir dans Concord',
    quote: (excerpt) => `« ${excerpt} »`,
    reason: (reason) => `Motif : ${reason}`,
    dailySubject: (count) => `Concord : votre résumé quotidien (${count})`,
    weeklySubject: (count) => `Concord : votre résumé hebdomadaire (${count})`,
    digestIntro: 'Depuis votre dernier résumé :',
    footer: 'Vous recevez ce message selon vos réglages de notification dans Concord, où vous pouvez les modifier.',
    outcomes: { ADOPTED: 'adoptée', REJECTED: 'rejetée', LAPSED: 'caduque (proposition retirée)' },
  },
  [Locale.JA]: {
    greeting: (name) => `${name} 様`,
    open: 'Concord で開く',
    quote: (excerpt) => `「${excerpt}」`,
    reason: (reason) => `理由：${reason}`,
    dailySubject: (count) => `Concord：日次まとめ（${count} 件）`,
    weeklySubject: (count) => `Concord：週次まとめ（${count} 件）`,
    digestIntro: '前回のまとめ以降のお知らせ：',
    footer: 'このメールは Concord の通知設定に基づいて送信されています。設定は Concord で変更できます。',
    outcomes: { ADOPTED: '採択', REJECTED: '否決', LAPSED: '失効（提案の取下げ）' },
  },
};

/** The line of a notification in a language, with its outcome word translated. */
export function notificationLine(kind: NotificationKind, params: NoticeParams, locale: Locale): string {
  const texts = COMMON_TEXTS[locale] ?? COMMON_TEXTS[Locale.EN];
  const localized = params.outcome ? { ...params, outcome: texts.outcomes[params.outcome] ?? params.outcome } : params;
  return (NOTIFICATION_LINES[kind][locale] ?? NOTIFICATION_LINES[kind][Locale.EN])(localized);
}

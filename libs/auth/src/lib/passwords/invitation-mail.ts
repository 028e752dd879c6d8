import { Locale, Localized, MailToQueue } from '@concord/shared/mail';
import { oneTimeLinkMail } from './one-time-link-mail';

interface Texts {
  subject: string;
  greeting: (name: string) => string;
  body: (days: number) => string;
  ignore: string;
  action: string;
}

const TEXTS: Localized<Texts> = {
  [Locale.EN]: {
    subject: 'You are invited to Concord',
    greeting: (name) => `Dear ${name},`,
    body: (days) =>
      `The secretariat has opened a Concord account for you, where the participating states keep the shared control list. Choose your password with the link below to sign in; it works once, within ${days} day(s).`,
    ignore: 'If you did not expect this invitation, ignore this message and tell the secretariat: nobody can sign in to the account until a password is chosen.',
    action: 'Choose your password',
  },
  [Locale.FR]: {
    subject: 'Invitation à Concord',
    greeting: (name) => `Madame, Monsieur (${name}),`,
    body: (days) =>
      `Le secrétariat vous a ouvert un compte Concord, où les États participants tiennent la liste de contrôle commune. Choisissez votre mot de passe avec le lien ci-dessous pour vous connecter ; il ne sert qu'une fois, dans un délai de ${days} jour(s).`,
    ignore: "Si vous n'attendiez pas cette invitation, ignorez ce message et prévenez le secrétariat : personne ne peut se connecter au compte tant qu'aucun mot de passe n'est choisi.",
    action: 'Choisir votre mot de passe',
  },
  [Locale.JA]: {
    subject: 'Concord への招待',
    greeting: (name) => `${name} 様`,
    body: (days) =>
      `事務局があなたの Concord アカウントを開設しました。Concord は参加国が共通の規制リストを管理する場です。下のリンクからパスワードを設定してサインインしてください。リンクは ${days} 日以内に一度だけ使えます。`,
    ignore: 'この招待にお心当たりがない場合は、このメールを無視し、事務局にお知らせください。パスワードが設定されるまで、誰もこのアカウントにサインインできません。',
    action: 'パスワードを設定する',
  },
};

export function invitationMail(to: { email: string; displayName: string; locale: Locale }, link: string, ttlSeconds: number): MailToQueue {
  const t = TEXTS[to.locale] ?? TEXTS[Locale.EN];
  const days = Math.max(1, Math.round(ttlSeconds / 86400));
  return oneTimeLinkMail(to, 'invitation', { subject: t.subject, paragraphs: [t.greeting(to.displayName), t.body(days), t.ignore], action: t.action }, link);
}

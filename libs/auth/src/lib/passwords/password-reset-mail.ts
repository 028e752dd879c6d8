import { Locale, Localized, MailToQueue } from '@concord/shared/mail';
import { oneTimeLinkMail } from './one-time-link-mail';

interface Texts {
  subject: string;
  greeting: (name: string) => string;
  body: (hours: number) => string;
  ignore: string;
  action: string;
}

const TEXTS: Localized<Texts> = {
  [Locale.EN]: {
    subject: 'Reset your Concord password',
    greeting: (name) => `Dear ${name},`,
    body: (hours) => `A new password was requested for your Concord account. The link below lets you choose one; it works once, within ${hours} hour(s).`,
    ignore: 'If you did not ask for this, ignore this message: your password stays as it is.',
    action: 'Choose a new password',
  },
  [Locale.FR]: {
    subject: 'Réinitialiser votre mot de passe Concord',
    greeting: (name) => `Madame, Monsieur (${name}),`,
    body: (hours) => `Un nouveau mot de passe a été demandé pour votre compte Concord. Le lien ci-dessous permet d'en choisir un ; il ne sert qu'une fois, dans un délai de ${hours} heure(s).`,
    ignore: "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.",
    action: 'Choisir un nouveau mot de passe',
  },
  [Locale.JA]: {
    subject: 'Concord のパスワード再設定',
    greeting: (name) => `${name} 様`,
    body: (hours) => `Concord アカウントのパスワード再設定が依頼されました。下のリンクから新しいパスワードを設定してください。リンクは ${hours} 時間以内に一度だけ使えます。`,
    ignore: 'お心当たりがない場合は、このメールを無視してください。パスワードは変更されません。',
    action: '新しいパスワードを設定する',
  },
};

export function passwordResetMail(to: { email: string; displayName: string; locale: Locale }, link: string, ttlSeconds: number): MailToQueue {
  const t = TEXTS[to.locale] ?? TEXTS[Locale.EN];
  const hours = Math.max(1, Math.round(ttlSeconds / 3600));
  return oneTimeLinkMail(to, 'password_reset', { subject: t.subject, paragraphs: [t.greeting(to.displayName), t.body(hours), t.ignore], action: t.action }, link);
}

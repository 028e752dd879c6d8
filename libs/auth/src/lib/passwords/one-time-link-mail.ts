import { Locale, mailHtml, MailToQueue } from '@concord/shared/mail';

export interface LinkMailText {
  subject: string;
  paragraphs: string[];
  /** The link's label, also printed before the bare link in the text part. */
  action: string;
}

/** A mail whose point is one link (a reset, an invitation): the same text and HTML parts, in the reader's language. */
export function oneTimeLinkMail(to: { email: string; locale: Locale }, category: string, text: LinkMailText, link: string): MailToQueue {
  return {
    to: to.email,
    locale: to.locale,
    category,
    subject: text.subject,
    text: `${text.paragraphs.join('\n\n')}\n\n${text.action}: ${link}\n`,
    html: mailHtml(to.locale, text.paragraphs, { href: link, label: text.action }),
  };
}

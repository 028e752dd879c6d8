import { Locale, mailHtml, MailToQueue, escapeHtml } from '@concord/shared/mail';
import { NoticeParams } from '../notices/notice';
import { Delivery, NotificationKind } from '../notices/notification-kind';
import { COMMON_TEXTS, notificationLine } from './notification-texts';

export interface MailRecipient {
  email: string;
  displayName: string;
  locale: Locale;
}

export interface DigestItem {
  kind: NotificationKind;
  params: NoticeParams;
  link: string;
}

const absolute = (publicUrl: string, path: string) => `${publicUrl}${path}`;

/** The mail of one notification sent at once: its line as the subject, the detail, a link into the web app. */
export function notificationMail(to: MailRecipient, item: DigestItem, publicUrl: string): MailToQueue {
  const t = COMMON_TEXTS[to.locale];
  const line = notificationLine(item.kind, item.params, to.locale);
  const details = [item.params.excerpt ? t.quote(item.params.excerpt) : undefined, item.params.reason ? t.reason(item.params.reason) : undefined].filter(
    (text): text is string => text !== undefined,
  );
  const paragraphs = [t.greeting(to.displayName), `${line}.`, ...details];
  const href = absolute(publicUrl, item.link);
  return {
    to: to.email,
    locale: to.locale,
    category: `notification:${item.kind}`,
    subject: line,
    text: `${paragraphs.join('\n\n')}\n\n${t.open}: ${href}\n\n-- \n${t.footer}\n`,
    html: mailHtml(to.locale, [...paragraphs], { href, label: t.open }).replace('</body>', `<p><small>${escapeHtml(t.footer)}</small></p>\n</body>`),
  };
}

/** One mail for everything due: a line and a link per notification, oldest first. */
export function digestMail(to: MailRecipient, items: DigestItem[], delivery: Delivery.DAILY | Delivery.WEEKLY, publicUrl: string): MailToQueue {
  const t = COMMON_TEXTS[to.locale];
  const lines = items.map((item) => ({ text: notificationLine(item.kind, item.params, to.locale), href: absolute(publicUrl, item.link) }));
  const subject = delivery === Delivery.WEEKLY ? t.weeklySubject(items.length) : t.dailySubject(items.length);
  const text = [t.greeting(to.displayName), t.digestIntro, lines.map((line) => `- ${line.text}\n  ${line.href}`).join('\n'), `-- \n${t.footer}`].join('\n\n');
  const list = lines.map((line) => `<li><a href="${escapeHtml(line.href)}">${escapeHtml(line.text)}</a></li>`).join('\n');
  const html = mailHtml(to.locale, [t.greeting(to.displayName), t.digestIntro]).replace(
    '</body>',
    `<ul>\n${list}\n</ul>\n<p><small>${escapeHtml(t.footer)}</small></p>\n</body>`,
  );
  return { to: to.email, locale: to.locale, category: `digest:${delivery}`, subject, text: `${text}\n`, html };
}

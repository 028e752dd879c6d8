import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';

export interface OutgoingMail {
  /** Fixed when the message is queued, so a receiver can tell a resend from a new message. */
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  locale: string;
}

/** Where messages go: an SMTP server, or a folder of `.eml` files when none is configured. */
export interface MailTransport {
  readonly description: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

const toNodemailer = (mail: OutgoingMail) => ({
  messageId: mail.messageId,
  from: mail.from,
  to: mail.to,
  subject: mail.subject,
  text: mail.text,
  html: mail.html,
  headers: { 'Content-Language': mail.locale },
});

export class SmtpTransport implements MailTransport {
  readonly description: string;
  private readonly transporter: Transporter;

  constructor(url: string, timeoutMs: number) {
    const parsed = new URL(url);
    this.transporter = createTransport({
      host: parsed.hostname,
      port: Number(parsed.port) || (parsed.protocol === 'smtps:' ? 465 : 587),
      secure: parsed.protocol === 'smtps:',
      auth: parsed.username ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } : undefined,
      // STARTTLS when the server offers it; a plain local relay (smtp://localhost:25) still works.
      ignoreTLS: parsed.searchParams.get('ignoreTLS') === 'true',
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
    this.description = `SMTP ${parsed.hostname}:${parsed.port || (parsed.protocol === 'smtps:' ? 465 : 587)}`;
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transporter.sendMail(toNodemailer(mail));
  }

  close(): void {
    this.transporter.close();
  }
}

/**
 * The embedded default: each message as an RFC 5322 `.eml` file that any mail program opens, so a first
 * `npm start` shows mail working with nothing installed. The name sorts by time and is unique per message.
 */
export class FolderTransport implements MailTransport {
  readonly description: string;
  private readonly transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(private readonly folder: string) {
    this.description = `the folder ${folder}`;
  }

  async send(mail: OutgoingMail): Promise<void> {
    const { message } = (await this.transporter.sendMail(toNodemailer(mail))) as { message: Buffer };
    mkdirSync(this.folder, { recursive: true });
    const id = mail.messageId.replace(/[<>]/g, '').split('@')[0];
    const name = join(this.folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${id}.eml`);
    // Written aside and renamed, so a mail program (or a test) watching the folder never opens a half-written message.
    writeFileSync(`${name}.part`, message);
    renameSync(`${name}.part`, name);
  }

  close(): void {
    this.transporter.close();
  }
}

/** Tests without SMTP_URL: messages stay in memory (and in the outbox table), never on the developer's disk. */
export class MemoryTransport implements MailTransport {
  readonly description = 'memory (test)';
  readonly sent: OutgoingMail[] = [];

  async send(mail: OutgoingMail): Promise<void> {
    this.sent.push(mail);
  }

  close(): void {
    // nothing to release
  }
}

export const mailOutboxFolder = (dataDir: string) => join(dataDir, 'mail-outbox');

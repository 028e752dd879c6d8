import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string | undefined;
  messageId: string | undefined;
  parsed: ParsedMail;
}

/**
 * A real SMTP server for a test: it accepts every message, parses it with mailparser and keeps it. `stall()` makes it
 * take messages in but never answer the end of DATA, so a sender is caught mid-send.
 */
export class SmtpReceiver {
  readonly mails: ReceivedMail[] = [];
  /** How many messages started arriving (DATA begun), answered or not. */
  dataStarted = 0;
  /** Errors of the server or its connections, but for a sender that vanished mid-conversation. */
  readonly errors: Error[] = [];
  private stalled = false;
  private readonly server: SMTPServer;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        this.dataStarted += 1;
        if (this.stalled) {
          stream.resume();
          return;
        }
        simpleParser(stream)
          .then((parsed) => {
            const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? '');
            this.mails.push({
              to,
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              language: parsed.headers.get('content-language') as string | undefined,
              messageId: parsed.messageId,
              parsed,
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    // A sender killed mid-send (the crash test's SIGKILL) resets its connection: the sender's doing, and what the test
    // provokes. Unlistened, the server's 'error' event would end the test process instead.
    this.server.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET') this.errors.push(error);
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  stall(): void {
    this.stalled = true;
  }

  resume(): void {
    this.stalled = false;
  }

  to(email: string): ReceivedMail[] {
    return this.mails.filter((mail) => mail.to.includes(email));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

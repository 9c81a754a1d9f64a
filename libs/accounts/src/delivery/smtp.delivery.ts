import type { Transporter, TransportOptions } from 'nodemailer';
import { CodeDelivery, CodeMessage } from '../ports/code-delivery';

/**
 * Email through an SMTP server (SMTP_URL), with bounded connection and send
 * times. nodemailer is loaded on the first send, so services that keep codes
 * in the outbox never pay its memory.
 */
export class SmtpDelivery extends CodeDelivery {
  private transport: Promise<Transporter> | undefined;
  private readonly options: TransportOptions;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    timeoutMs: number,
  ) {
    super();
    const url = new URL(smtpUrl);
    this.options = {
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
      secure: url.protocol === 'smtps:',
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
      tls: { rejectUnauthorized: url.searchParams.get('tls_verify') !== 'false' },
      ignoreTLS: url.searchParams.get('starttls') === 'false',
    } as TransportOptions;
  }

  async deliver(message: CodeMessage): Promise<void> {
    this.transport ??= import('nodemailer').then(({ createTransport }) => createTransport(this.options));
    await (await this.transport).sendMail({
      from: this.from,
      to: message.to,
      subject: `Verification code ${message.code}`,
      text: message.text,
    });
  }
}

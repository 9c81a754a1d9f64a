import { createTransport, Transporter } from 'nodemailer';
import { CodeDelivery, CodeMessage } from '../ports/code-delivery';

/** Email through an SMTP server (SMTP_URL), with bounded connection and send times. */
export class SmtpDelivery extends CodeDelivery {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    timeoutMs: number,
  ) {
    super();
    const url = new URL(smtpUrl);
    this.transport = createTransport({
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
      secure: url.protocol === 'smtps:',
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
      tls: { rejectUnauthorized: url.searchParams.get('tls_verify') !== 'false' },
      ignoreTLS: url.searchParams.get('starttls') === 'false',
    });
  }

  async deliver(message: CodeMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: `Verification code ${message.code}`,
      text: message.text,
    });
  }
}

import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface SmsRequest {
  authorization: string | undefined;
  body: { to: string; text: string; code: string; purpose: string };
}

/**
 * A stand-in for the SMS provider of the `http` driver (POST {to, text, code, purpose}).
 * `mode`: ok (200), error (HTTP 500), slow (answers after `slowMs`), and `down()`
 * closes the port until `up()` opens the same one again.
 */
export class SmsProviderStub {
  readonly token = 'sms-provider-token';
  readonly requests: SmsRequest[] = [];
  mode: 'ok' | 'error' | 'slow' = 'ok';
  slowMs = 8000;
  private server: Server | undefined;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/sms/send`;
  }

  /** The newest code the provider was asked to text to an E.164 phone. */
  lastCodeTo(phone: string): string | undefined {
    return this.requests.filter((request) => request.body.to === phone).at(-1)?.body.code;
  }

  async up(): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    this.server.keepAliveTimeout = 120_000;
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async down(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    this.requests.push({ authorization: request.headers.authorization, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as SmsRequest['body'] });
    if (this.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, this.slowMs));
    if (response.destroyed) return;
    response.writeHead(this.mode === 'error' ? 500 : 200, { 'content-type': 'application/json' });
    response.end(this.mode === 'error' ? '{"error":"provider failure"}' : '{"ok":true}');
  }
}

import { CodeDelivery, CodeMessage } from '../ports/code-delivery';

/**
 * SMS through a provider's HTTP endpoint: POST {to, text, code, purpose} as JSON
 * with an optional bearer token; any 2xx is success.
 */
export class HttpSmsDelivery extends CodeDelivery {
  constructor(
    private readonly url: string,
    private readonly token: string | undefined,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  async deliver(message: CodeMessage): Promise<void> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ to: message.to, text: message.text, code: message.code, purpose: message.purpose }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) throw new Error(`SMS provider answered HTTP ${response.status}`);
  }
}

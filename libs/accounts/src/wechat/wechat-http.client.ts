import { Logger } from '@nestjs/common';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { WeChatApi, WeChatSession } from '../ports/wechat-api';

interface Jscode2SessionAnswer {
  openid?: string;
  unionid?: string;
  session_key?: string;
  errcode?: number;
  errmsg?: string;
}

/** WeChat's errcodes and what they mean for the caller. */
const WECHAT_MESSAGES: Record<number, string> = {
  40029: 'the WeChat code is invalid',
  40163: 'the WeChat code was already used',
  45011: 'WeChat refused: too many sign-ins, try later',
  40226: 'WeChat refused this user (high risk)',
  40013: 'the WeChat AppID is invalid',
  40125: 'the WeChat AppSecret is invalid',
};

/**
 * The real jscode2session call. The app secret travels only in the query string
 * to WeChat; nothing here logs the URL or the answer's session_key.
 */
export class WeChatHttpClient extends WeChatApi {
  private readonly logger = new Logger('WeChat');

  constructor(
    private readonly apiBase: string,
    readonly appId: string,
    private readonly appSecret: string | undefined,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  async exchangeCode(jsCode: string): Promise<WeChatSession> {
    if (!this.appId || !this.appSecret) {
      const missing = [!this.appId && 'WECHAT_APP_ID', !this.appSecret && 'WECHAT_APP_SECRET'].filter(Boolean).join(' and ');
      // One line per refused request, so the operator sees why WeChat sign-in answers "not configured".
      this.logger.warn(`WeChat sign-in refused: ${missing} not set (the mini-program's AppID and AppSecret; see README "Configuration")`);
      throw new AccountsError(AccountsErrorCode.WeChatNotConfigured, `WeChat sign-in is not configured: ${missing} not set`);
    }
    const url = new URL('/sns/jscode2session', this.apiBase);
    url.search = new URLSearchParams({
      appid: this.appId,
      secret: this.appSecret,
      js_code: jsCode,
      grant_type: 'authorization_code',
    }).toString();
    let answer: Jscode2SessionAnswer;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      answer = (await response.json()) as Jscode2SessionAnswer;
    } catch {
      throw new AccountsError(AccountsErrorCode.WeChatUnavailable, 'WeChat did not answer');
    }
    if (answer.errcode === -1) {
      throw new AccountsError(AccountsErrorCode.WeChatUnavailable, 'WeChat is busy, try again', { upstreamCode: -1 });
    }
    if (answer.errcode || !answer.openid) {
      const errcode = answer.errcode ?? 0;
      throw new AccountsError(
        AccountsErrorCode.WeChatRejected,
        WECHAT_MESSAGES[errcode] ?? `WeChat refused the code (errcode ${errcode})`,
        { upstreamCode: errcode },
      );
    }
    return { openid: answer.openid, unionid: answer.unionid ?? null };
  }
}

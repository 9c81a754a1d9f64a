export interface WeChatSession {
  openid: string;
  unionid: string | null;
}

/**
 * WeChat's mini-program login (jscode2session). Throws AccountsError
 * WeChatRejected (with WeChat's errcode) or WeChatUnavailable.
 */
export abstract class WeChatApi {
  abstract readonly appId: string;
  abstract exchangeCode(jsCode: string): Promise<WeChatSession>;
}

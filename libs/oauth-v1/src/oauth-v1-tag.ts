/** Swagger tag of this contract: envelope, token and error table at a glance. */
export const OAUTH_V1_TAG = {
  name: 'oauth-v1',
  description: [
    'The oauth-v1 legacy contract (seed 003): `/api/v1/users/*` plus the OAuth2 server it relies on (`/oauth/*`, as Doorkeeper serves it).',
    '',
    '**/api/v1/users**: always HTTP 200. Success `{"result":1}` (register and login add `oauth_login_code`);',
    'failure `{"result":0,"error":"<reason>"}` with a Chinese reason, e.g. 校验码错误或已失效, 1分钟内只能获取一次校验码,',
    '该手机号已注册, 该手机号未注册, 两次输入的密码不一致, 密码长度须为8到128位, 密码过于简单, 用户名已被使用, token无效或已失效,',
    '缺少参数：<field>, 请求过于频繁，请稍后再试, 服务器内部错误. `PUT /api/v1/users/update` needs `Authorization: Bearer <access_token>`.',
    '',
    '**/oauth**: RFC 6749 / 7009 JSON. Token answer `{access_token, token_type:"Bearer", expires_in:86400, refresh_token, created_at}`;',
    'errors `{error, error_description}`: 400 `invalid_request`, `invalid_grant`, `unsupported_grant_type`; 401 `invalid_client`,',
    '`invalid_token` (token info); 429 `temporarily_unavailable` (rate limit); 500 `server_error`.',
    'Clients authenticate with `client_id`/`client_secret` in the body or HTTP Basic.',
  ].join('\n'),
};

export * from './vcode.module';

/** Swagger tag of this contract: envelope, token and the codes of every endpoint. */
export const VCODE_TAG = {
  name: 'vcode',
  description: [
    'The vcode legacy contract (base `/api`): `/api/vcode/*` and six routes under `/api/user` (case-sensitive: `/api/user/logIn` is',
    'this contract, `/api/user/login` is infinite\'s).',
    '',
    '**Envelope**: HTTP 200 for every answer, `{"code": "0", "message": "SUCCESS", "data": {...}}`; `code` is a string, "0" success.',
    'Requests are JSON or `application/x-www-form-urlencoded`.',
    '',
    '**Token**: in the BODY field `token` (perfectInfo, checkToken, get): an opaque 32-letter string from register or logIn,',
    'valid 86400 s, stored only as a hash; ended by a password reset. Only access tokens (`type` 0) are issued: sign in again when it expires.',
    'Being a body field, it has no Authorize entry: put it in the request body.',
    '',
    '**Codes** (string; "0" success, the failures as the document\'s tables give them):',
    '',
    '| endpoint | code | message |',
    '|---|---|---|',
    '| /api/vcode/send | 1 | 请求参数格式错误 |',
    '| /api/vcode/verify | 1 | 验证失败 |',
    '| /api/user/register | 1 / 2 / 3 / 4 | 您的手机号已注册 / 获取token失败 / 注册失败 / 验证码无效 |',
    '| /api/user/logIn | 1 / 2 / 3 | 用户不存在 / 密码错误 / 登录失败 (locked or disabled: 登录失败：<reason>) |',
    '| /api/user/perfectInfo | 1 / 2 / 3 | 该用户未注册 / Token无效 / 信息修改失败 |',
    '| /api/user/checkToken | 1 | Token无效 |',
    '| /api/user/resetPassword | 1 | Token无效 (the code is wrong, expired or used) |',
    '| /api/user/get | 1 / 2 | Token无效 / 获取失败 |',
    '| any (validation, rate limit, unknown route, internal error) | 1 | a clear Chinese message, e.g. 请求参数格式错误：phone 不能为空, 请求过于频繁，请稍后再试 |',
  ].join('\n'),
};

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
    '',
    '**Codes** (as the document\'s tables): send 1 请求参数格式错误 · verify 0 验证成功, 1 验证失败 ·',
    'register 1 您的手机号已注册, 2 获取token失败, 3 注册失败, 4 验证码无效 · logIn 1 用户不存在, 2 密码错误, 3 登录失败 ·',
    'perfectInfo 1 该用户未注册, 2 Token无效, 3 信息修改失败 · checkToken 1 Token无效 · resetPassword 0 修改密码成功, 1 Token无效 (wrong code) ·',
    'get 1 Token无效, 2 获取失败.',
    'Everything else (validation errors, rate limits, unknown routes, internal errors) is code "1" with a clear Chinese message.',
  ].join('\n'),
};

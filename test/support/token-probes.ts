import { createPrivateKey, KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { Contract } from './contract-sessions';
import { TestApp } from './test-app';

export interface ProbeAnswer {
  status: number;
  body: unknown;
}

/** One authenticated, read-only request per contract, carrying the token where that contract carries it. */
export async function probe(t: TestApp, contract: Contract, token: string): Promise<ProbeAnswer> {
  const response = await (() => {
    switch (contract) {
      case 'v2':
        return t.http.get('/v2/me').set('Authorization', `Bearer ${token}`);
      case 'venus':
        return t.http.get('/venus/user/info').set('token', token);
      case 'users':
        return t.http.get('/users/info/self').set('token', token);
      case 'infinite':
        return t.http.post('/api/user/getUserDetail').set('Authorization', token).send({});
      case 'oauth-v1':
        return t.http.get('/oauth/token/info').set('Authorization', `Bearer ${token}`);
      case 'vcode':
        return t.http.post('/api/user/get').send({ token });
    }
  })();
  return { status: response.status, body: response.body as unknown };
}

/** Does the probe's answer show the token was accepted? */
export function accepted(contract: Contract, answer: ProbeAnswer): boolean {
  const body = (answer.body ?? {}) as Record<string, unknown>;
  switch (contract) {
    case 'users':
      return answer.status === 200 && body.code === 200;
    case 'infinite':
      return answer.status === 200 && body.code === 'General.Success';
    case 'vcode':
      return answer.status === 200 && body.code === '0';
    case 'v2':
    case 'venus':
    case 'oauth-v1':
      return answer.status === 200;
  }
}

/** Each contract's documented answer to a refused token: invalid (forged, revoked, another API's) or expired. */
export function refusal(contract: Contract, kind: 'invalid' | 'expired' = 'invalid'): ProbeAnswer {
  const expired = kind === 'expired';
  switch (contract) {
    case 'v2':
      return { status: 401, body: expect.objectContaining({ status: 401, code: expired ? 'token_expired' : 'token_invalid' }) as unknown };
    case 'venus':
      return { status: 401, body: expired ? { errorCode: 11002, errorMessage: 'token_expired' } : { errorCode: 11001, errorMessage: 'invalid_token' } };
    case 'users':
      return { status: 401, body: { code: 401, message: expired ? 'token已过期，请重新登录' : 'token无效，请重新登录', data: null, total: 0 } };
    case 'infinite':
      return {
        status: 200,
        body: expired ? { code: 'General.TokenExpired', data: {}, msg: '账户Token已超时' } : { code: 'General.TokenInvalid', data: {}, msg: '账户Token无效' },
      };
    case 'oauth-v1':
      return { status: 401, body: { error: 'invalid_token', error_description: expired ? 'The access token expired' : 'The access token is invalid' } };
    case 'vcode':
      return { status: 200, body: { code: '1', message: 'Token无效' } };
  }
}

export const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
export const jwtHeader = (token: string) => JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()) as Record<string, unknown>;
export const jwtClaims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

/** The service's own signing key (generated in DATA_DIR outside production). */
export function signingKey(t: TestApp): KeyObject {
  return createPrivateKey(readFileSync(join(t.dataDir, 'keys', 'jwt-signing.pem'), 'utf8'));
}

/** A token signed with the service's own key: only what the test changed is wrong. */
export function resign(key: KeyObject, header: Record<string, unknown>, claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ ...header, alg: header.alg as string }).sign(key);
}

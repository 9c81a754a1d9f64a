import { createPublicKey, KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, decodeProtectedHeader, errors, exportJWK, JWK, JWTPayload, jwtVerify, SignJWT } from 'jose';

export type JwtAlgorithm = 'EdDSA' | 'ES256' | 'RS256';

export interface VerifiedJwt {
  payload: JWTPayload & Record<string, unknown>;
  /** Extra protected-header parameters (the users contract keeps its session id there). */
  header: Record<string, unknown>;
}

export class JwtExpiredError extends Error {}
export class JwtInvalidError extends Error {}

function algorithmOf(key: KeyObject): JwtAlgorithm {
  switch (key.asymmetricKeyType) {
    case 'ed25519':
      return 'EdDSA';
    case 'ec':
      return 'ES256';
    case 'rsa':
      return 'RS256';
    default:
      throw new Error(`Unsupported signing key type ${String(key.asymmetricKeyType)}; use Ed25519, P-256 or RSA`);
  }
}

/** Signs and verifies the service's JWTs with one asymmetric key named by its `kid`. */
export class TokenSigner {
  readonly algorithm: JwtAlgorithm;
  private readonly publicKey: KeyObject;
  private kid = '';
  private jwks: { keys: JWK[] } = { keys: [] };

  private constructor(private readonly privateKey: KeyObject) {
    this.algorithm = algorithmOf(privateKey);
    this.publicKey = createPublicKey(privateKey);
  }

  static async create(privateKey: KeyObject): Promise<TokenSigner> {
    const signer = new TokenSigner(privateKey);
    const jwk = await exportJWK(signer.publicKey);
    signer.kid = await calculateJwkThumbprint(jwk);
    signer.jwks = { keys: [{ ...jwk, kid: signer.kid, alg: signer.algorithm, use: 'sig' }] };
    return signer;
  }

  get keyId(): string {
    return this.kid;
  }

  publicJwks(): { keys: JWK[] } {
    return this.jwks;
  }

  sign(payload: JWTPayload, header: Record<string, unknown> = {}): Promise<string> {
    return new SignJWT(payload)
      .setProtectedHeader({ ...header, alg: this.algorithm, kid: this.kid, typ: 'JWT' })
      .sign(this.privateKey);
  }

  /**
   * Checks signature, algorithm, kid, expiry and not-before (against `now`),
   * and the audience and issuer when given. Throws JwtExpiredError or JwtInvalidError.
   */
  async verify(
    token: string,
    options: { now: Date; audience?: string | string[]; issuer?: string; toleratedExpirySeconds?: number },
  ): Promise<VerifiedJwt> {
    let header: Record<string, unknown>;
    try {
      header = decodeProtectedHeader(token) as Record<string, unknown>;
    } catch {
      throw new JwtInvalidError('malformed token');
    }
    if (header.kid !== this.kid || header.alg !== this.algorithm) throw new JwtInvalidError('unknown key');
    try {
      const { payload } = await jwtVerify(token, this.publicKey, {
        algorithms: [this.algorithm],
        audience: options.audience,
        issuer: options.issuer,
        currentDate: options.now,
        clockTolerance: options.toleratedExpirySeconds ?? 0,
        requiredClaims: ['exp', 'iat'],
      });
      return { payload: payload as VerifiedJwt['payload'], header };
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new JwtExpiredError('token expired');
      throw new JwtInvalidError('token rejected');
    }
  }
}

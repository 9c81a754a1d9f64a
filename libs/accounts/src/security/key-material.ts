import { createPrivateKey, generateKeyPairSync, KeyObject, randomBytes } from 'node:crypto';
import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDirectorySync } from '../storage/directories';

export interface KeySources {
  production: boolean;
  keysDir: string;
  /** PEM of the Ed25519 (or P-256/RSA) key that signs access tokens. */
  jwtPrivateKeyPem?: string;
  /** PEM of the RSA key that decrypts the users contract's word-info header. */
  wordInfoPrivateKeyPem?: string;
  /** Secret (any string, 32+ bytes recommended) keying the hashes of codes and tokens. */
  tokenHashSecret?: string;
}

export interface KeyMaterial {
  jwtPrivateKey: KeyObject;
  wordInfoPrivateKey: KeyObject;
  tokenHashKey: Buffer;
}

export class MissingKeyMaterialError extends Error {}

/**
 * Loads the service's keys from configuration; outside production, a missing key
 * is generated once into DATA_DIR/keys and reused on every later start (and by
 * every instance sharing that directory). A complete file is linked into place,
 * so two instances starting at once agree on one key and never read half of one.
 */
export function loadKeyMaterial(sources: KeySources): KeyMaterial {
  return {
    jwtPrivateKey: createPrivateKey(
      sources.jwtPrivateKeyPem ??
        persisted(sources, 'jwt-signing.pem', 'JWT_PRIVATE_KEY', () =>
          generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        ),
    ),
    wordInfoPrivateKey: createPrivateKey(
      sources.wordInfoPrivateKeyPem ??
        persisted(sources, 'word-info-rsa.pem', 'WORD_INFO_PRIVATE_KEY', () =>
          generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        ),
    ),
    tokenHashKey: Buffer.from(
      sources.tokenHashSecret ??
        persisted(sources, 'token-hash.secret', 'TOKEN_HASH_SECRET', () => randomBytes(32).toString('base64')),
    ),
  };
}

function persisted(sources: KeySources, file: string, variable: string, generate: () => string): string {
  if (sources.production) {
    throw new MissingKeyMaterialError(
      `${variable} is not set. In production every key comes from the environment; ` +
        `see README "Configuration" for how to generate it.`,
    );
  }
  makeDirectorySync(sources.keysDir, 0o700);
  const path = join(sources.keysDir, file);
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, generate(), { mode: 0o600 });
  try {
    linkSync(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  return readFileSync(path, 'utf8');
}

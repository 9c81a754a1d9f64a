import { join } from 'node:path';
import { AccountsConfig } from '../accounts.config';
import { loadKeyMaterial } from './key-material';
import { PasswordHasher } from './password-hasher';
import { SecretHasher } from './secrets';
import { TokenSigner } from './token-signer';
import { WordInfoCipher } from './word-info-cipher';

/** The service's keys and the primitives built on them, made once at start. */
export class AccountsCrypto {
  private constructor(
    readonly signer: TokenSigner,
    readonly secrets: SecretHasher,
    readonly passwords: PasswordHasher,
    readonly wordInfo: WordInfoCipher,
  ) {}

  static async create(config: AccountsConfig): Promise<AccountsCrypto> {
    const keys = loadKeyMaterial({
      production: config.production,
      keysDir: join(config.dataDir, 'keys'),
      ...config.keys,
    });
    return new AccountsCrypto(
      await TokenSigner.create(keys.jwtPrivateKey),
      new SecretHasher(keys.tokenHashKey),
      new PasswordHasher(config.argon2, config.hashQueue),
      new WordInfoCipher(keys.wordInfoPrivateKey),
    );
  }
}

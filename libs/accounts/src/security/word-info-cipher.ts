import { constants, createPublicKey, KeyObject, privateDecrypt } from 'node:crypto';

/**
 * The users contract's `word-info` header carries the password either plain or
 * as base64 RSA-OAEP(SHA-256) ciphertext made with the service's public key.
 */
export class WordInfoCipher {
  readonly publicKeyPem: string;
  private readonly ciphertextLength: number;

  constructor(private readonly privateKey: KeyObject) {
    const publicKey = createPublicKey(privateKey);
    this.publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    this.ciphertextLength = (publicKey.asymmetricKeyDetails?.modulusLength ?? 2048) / 8;
  }

  /** Decrypts when the value is a ciphertext for our key; otherwise it is the plain password. */
  reveal(wordInfo: string): string {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(wordInfo)) return wordInfo;
    const bytes = Buffer.from(wordInfo, 'base64');
    if (bytes.length !== this.ciphertextLength) return wordInfo;
    try {
      return privateDecrypt(
        { key: this.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
        bytes,
      ).toString('utf8');
    } catch {
      return wordInfo;
    }
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNTS_CONFIG, AccountsConfig } from '../accounts.config';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { addressKey } from '../domain/client-address';
import { Audience } from '../domain/session';
import { CodeChannel, CodeProof, CodePurpose, VerificationCode } from '../domain/verification-code';
import { AccountsCrypto } from '../security/accounts-crypto';
import { randomDigits } from '../security/secrets';
import { Clock } from '../ports/clock';
import { CodeDelivery } from '../ports/code-delivery';
import { AccountsObserver } from '../ports/accounts-observer';
import { CounterStore } from '../ports/counter-store';
import { VerificationCodeRepository } from '../ports/verification-code.repository';
import { SmsBudget } from './sms-budget';

const CODE_PURPOSE = 'verification-code';
const HOUR = 3600;

export interface CodeRequest {
  channel: CodeChannel;
  /** Normalized: E.164 phone or lower-case email. */
  target: string;
  scope: Audience;
  purpose: CodePurpose;
  ip?: string | null;
  /**
   * False where the target does not fit the purpose and the API conceals
   * accounts: every step, throttle and count runs as for a real send, but
   * nothing reaches the target.
   */
  deliver?: boolean;
}

/**
 * The verification-code rules: 6 digits, valid 10 minutes, one send per target
 * per minute, at most 5 wrong tries, single use, bound to the API (and, where
 * asked, the purpose) that sent it; SMS caps (SmsBudget); sends per address
 * per hour. Codes are stored only as keyed hashes.
 */
@Injectable()
export class VerificationCodes {
  constructor(
    private readonly codes: VerificationCodeRepository,
    private readonly delivery: CodeDelivery,
    private readonly counters: CounterStore,
    private readonly crypto: AccountsCrypto,
    private readonly clock: Clock,
    private readonly observer: AccountsObserver,
    private readonly smsBudget: SmsBudget,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {}

  async send(request: CodeRequest): Promise<void> {
    const now = this.clock.now();
    const { limits, codes: rules } = this.config;
    const address = addressKey(request.ip);
    if (address) {
      const perIp = await this.counters.hit(`code-ip:${address}`, HOUR);
      if (perIp.count > limits.codeSendsPerIpPerHour) {
        throw new AccountsError(AccountsErrorCode.RateLimited, 'too many codes requested from this address', {
          retryAfterSeconds: perIp.resetSeconds,
        });
      }
    }
    if (request.channel === CodeChannel.Sms) await this.smsBudget.assertMaySend(request.target, request.ip);

    const throttleKey = `code-send:${request.channel}:${request.target}`;
    const waitSeconds = await this.counters.acquire(throttleKey, rules.resendSeconds);
    if (waitSeconds > 0) throw tooSoon(waitSeconds);

    const code = randomDigits(6);
    let stored: VerificationCode;
    try {
      const lastSent = await this.codes.findLatestToTarget(request.channel, request.target);
      const sinceLast = lastSent ? (now.getTime() - lastSent.createdAt.getTime()) / 1000 : Infinity;
      if (sinceLast < rules.resendSeconds) throw tooSoon(Math.ceil(rules.resendSeconds - sinceLast));
      stored = await this.codes.insert({
        channel: request.channel,
        target: request.target,
        scope: request.scope,
        purpose: request.purpose,
        codeHash: this.hash(request.target, code),
        createdAt: now,
        expiresAt: new Date(now.getTime() + rules.ttlSeconds * 1000),
      });
    } catch (error) {
      // Nothing was sent (the store failed): the target may ask again at once.
      if (!(error instanceof AccountsError && error.code === AccountsErrorCode.CodeSendTooSoon)) {
        await this.counters.release(throttleKey).catch(() => undefined);
      }
      throw error;
    }
    if (request.channel === CodeChannel.Sms) await this.smsBudget.recordSend(request.target, request.ip);
    if (request.deliver === false) {
      // Counted as sent: the metrics must not tell either.
      this.observer.observe({ type: 'code_sent', channel: request.channel });
      return;
    }
    try {
      await this.delivery.deliver({
        channel: request.channel,
        to: request.target,
        code,
        purpose: request.purpose,
        text: messageText(code, Math.round(rules.ttlSeconds / 60)),
      });
    } catch {
      await this.codes.remove(stored.id);
      await this.counters.release(throttleKey);
      throw new AccountsError(AccountsErrorCode.DeliveryFailed, `the ${request.channel} could not be sent`);
    }
    this.observer.observe({ type: 'code_sent', channel: request.channel });
  }

  /** Checks a code without using it up; a wrong code counts as a try. */
  async check(proof: CodeProof): Promise<VerificationCode> {
    const now = this.clock.now();
    const code = await this.codes.findLatest({
      channel: proof.channel,
      target: proof.target,
      scope: proof.scope,
      purpose: proof.purpose === CodePurpose.Any ? undefined : proof.purpose,
    });
    const usable =
      code !== null &&
      code.consumedAt === null &&
      code.expiresAt.getTime() > now.getTime() &&
      code.attempts < this.config.codes.maxAttempts;
    if (!usable) throw codeInvalid();
    if (!/^\d{6}$/.test(proof.code) || !this.crypto.secrets.matches(CODE_PURPOSE, `${proof.target}:${proof.code}`, code.codeHash)) {
      await this.codes.addAttempt(code.id);
      throw codeInvalid();
    }
    return code;
  }

  /**
   * Checks and uses up a code; of parallel uses exactly one succeeds. The
   * address it came from becomes the phone owner's (SmsBudget).
   */
  async consume(proof: CodeProof): Promise<void> {
    await this.useUp(await this.check(proof), proof);
  }

  /**
   * Uses up a code `check` answered: inside a unit of work, after the check made outside it,
   * so that a wrong code's try is counted even when the work rolls back.
   */
  async useUp(code: VerificationCode, proof: CodeProof): Promise<void> {
    if (!(await this.codes.consume(code.id, this.clock.now()))) throw codeInvalid();
    if (proof.channel === CodeChannel.Sms) await this.smsBudget.provenFrom(proof.target, proof.ip);
  }

  private hash(target: string, code: string): string {
    return this.crypto.secrets.hash(CODE_PURPOSE, `${target}:${code}`);
  }
}

function codeInvalid(): AccountsError {
  return new AccountsError(AccountsErrorCode.CodeInvalid, 'the code is wrong, expired or used');
}

function messageText(code: string, minutes: number): string {
  return `您的验证码是 ${code}，${minutes} 分钟内有效，请勿泄露。Your verification code is ${code}; it is valid for ${minutes} minutes.`;
}

function tooSoon(retryAfterSeconds: number): AccountsError {
  return new AccountsError(AccountsErrorCode.CodeSendTooSoon, 'a code was sent to this target less than a minute ago', { retryAfterSeconds });
}

import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNTS_CONFIG, AccountsConfig } from '../accounts.config';
import { AccountsError, AccountsErrorCode } from '../domain/accounts-error';
import { addressKey } from '../domain/client-address';
import { CodeChannel } from '../domain/verification-code';
import { AccountsCrypto } from '../security/accounts-crypto';
import { Clock } from '../ports/clock';
import { CounterStore } from '../ports/counter-store';
import { VerificationCodeRepository } from '../ports/verification-code.repository';

const HOUR = 3600;
const DAY = 24 * HOUR;
/** An address that proved a phone stays its owner's this long. */
const OWNER_DAYS = 30;
/** Every address that never proved the phone, together, may send this many times the per-address cap a day. */
const STRANGERS_FACTOR = 3;
/** The owner's addresses, together, may send this many times the per-address cap a day, whatever strangers sent. */
const OWNER_FACTOR = 2;

/**
 * The SMS caps (CONTRACTS.md): sends per hour for the whole service, and sends
 * per phone per day, counted so that a stranger cannot spend the owner's: the
 * daily cap is per requesting address (an IPv6 /64), all strangers together get
 * a few times it, and an address that proved the phone (entered a code sent to
 * it) in the last 30 days has a budget of its own.
 */
@Injectable()
export class SmsBudget {
  constructor(
    private readonly codes: VerificationCodeRepository,
    private readonly counters: CounterStore,
    private readonly crypto: AccountsCrypto,
    private readonly clock: Clock,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {}

  /** Throws SmsLimitReached when a send to `phone` requested from `ip` is over a cap. */
  async assertMaySend(phone: string, ip: string | null | undefined): Promise<void> {
    const { smsHourlyLimit, smsDailyLimitPerPhone } = this.config.limits;
    const lastHour = await this.codes.countSince(CodeChannel.Sms, new Date(this.clock.now().getTime() - HOUR * 1000));
    const keys = await this.keysFor(phone, ip);
    const over = keys.owner
      ? (await this.counters.peek(keys.ownerSends)) >= smsDailyLimitPerPhone * OWNER_FACTOR
      : (await this.counters.peek(keys.address)) >= smsDailyLimitPerPhone ||
        (await this.counters.peek(keys.strangers)) >= smsDailyLimitPerPhone * STRANGERS_FACTOR;
    if (lastHour >= smsHourlyLimit || over) {
      throw new AccountsError(AccountsErrorCode.SmsLimitReached, 'the SMS sending limit is reached');
    }
  }

  /** Counts a send that went out (or was accounted as if it had, where answers conceal accounts). */
  async recordSend(phone: string, ip: string | null | undefined): Promise<void> {
    const keys = await this.keysFor(phone, ip);
    if (keys.owner) {
      await this.counters.hit(keys.ownerSends, DAY);
      return;
    }
    await this.counters.hit(keys.address, DAY);
    await this.counters.hit(keys.strangers, DAY);
  }

  /** A code sent to `phone` was entered from `ip`: that address is its owner's from now on. */
  async provenFrom(phone: string, ip: string | null | undefined): Promise<void> {
    const address = addressKey(ip);
    if (address) await this.counters.hit(`sms-owner:${this.phoneKey(phone)}:${address}`, OWNER_DAYS * DAY);
  }

  private async keysFor(phone: string, ip: string | null | undefined) {
    const phoneKey = this.phoneKey(phone);
    const address = addressKey(ip) ?? 'unknown';
    const owner = (await this.counters.peek(`sms-owner:${phoneKey}:${address}`)) > 0;
    return {
      owner,
      ownerSends: `sms-owner-sends:${phoneKey}`,
      address: `sms-address:${phoneKey}:${address}`,
      strangers: `sms-strangers:${phoneKey}`,
    };
  }

  /** Counter keys name a phone by a keyed hash: Redis holds no phone number. */
  private phoneKey(phone: string): string {
    return this.crypto.secrets.hash('sms-budget', phone).slice(0, 24);
  }
}

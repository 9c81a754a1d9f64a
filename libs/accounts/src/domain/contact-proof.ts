import { Account } from './account';
import { CodeChannel } from './verification-code';

/**
 * How far a phone or email on an account is trusted (CONTRACTS.md: contacts are
 * trusted only once proven). The contracts that take a contact without a code
 * keep doing so; what changes is what such a contact is good for.
 */
export enum ContactProof {
  /** A code sent to it was entered (or an import or WeChat said it was proven). */
  Proven = 'proven',
  /**
   * Given at registration without a code. Its real holder may not be the one who
   * registered (pre-account hijacking), so whoever proves it later takes the
   * account, and the account's earlier password, sessions and WeChat links end.
   */
  Claimed = 'claimed',
  /**
   * Given to an existing account by a change without a code (a stolen session
   * could do that). It receives no reset or sign-in code and opens no code
   * sign-in until the account holder proves it.
   */
  Asserted = 'asserted',
}

export function contactOf(account: Account, channel: CodeChannel): string | null {
  return channel === CodeChannel.Sms ? account.phone : account.email;
}

export function proofOf(account: Account, channel: CodeChannel): ContactProof | null {
  const contact = contactOf(account, channel);
  if (contact === null) return null;
  return (channel === CodeChannel.Sms ? account.phoneProof : account.emailProof) ?? ContactProof.Asserted;
}

/** What a contact set without a code is, by who set it: the registration, or a later change. */
export function unprovenAt(moment: 'registration' | 'change'): ContactProof {
  return moment === 'registration' ? ContactProof.Claimed : ContactProof.Asserted;
}

/** Whether the account's email is proven (infinite's and v2's emailVerified). */
export function isEmailVerified(account: Account): boolean {
  return proofOf(account, CodeChannel.Email) === ContactProof.Proven;
}

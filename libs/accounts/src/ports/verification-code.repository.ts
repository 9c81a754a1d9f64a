import { Audience } from '../domain/session';
import { CodeChannel, CodePurpose, VerificationCode } from '../domain/verification-code';

export abstract class VerificationCodeRepository {
  abstract insert(code: Omit<VerificationCode, 'id' | 'attempts' | 'consumedAt'>): Promise<VerificationCode>;
  /** The newest code sent to target by scope (for purpose, when given). */
  abstract findLatest(query: {
    channel: CodeChannel;
    target: string;
    scope: Audience;
    purpose?: CodePurpose;
  }): Promise<VerificationCode | null>;
  abstract findLatestToTarget(channel: CodeChannel, target: string): Promise<VerificationCode | null>;
  /** Adds one wrong try; answers the new count. */
  abstract addAttempt(id: number): Promise<number>;
  /** Single use: answers false when the code was consumed already. */
  abstract consume(id: number, at: Date): Promise<boolean>;
  abstract remove(id: number): Promise<void>;
  abstract countSince(channel: CodeChannel, since: Date, target?: string): Promise<number>;
}

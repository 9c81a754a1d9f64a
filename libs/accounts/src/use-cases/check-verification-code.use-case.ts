import { Injectable } from '@nestjs/common';
import { Audience } from '../domain/session';
import { CodeChannel, CodePurpose } from '../domain/verification-code';
import { normalizeTarget } from '../services/code-targets';
import { VerificationCodes } from '../services/verification-codes';

/** Checks a code without using it up (vcode's verify); wrong codes count as tries. */
@Injectable()
export class CheckVerificationCode {
  constructor(private readonly codes: VerificationCodes) {}

  async execute(input: { channel: CodeChannel; target: string; code: string; purpose: CodePurpose; audience: Audience }): Promise<void> {
    const target = normalizeTarget(input.channel, input.target);
    await this.codes.check({ channel: input.channel, target, code: input.code, scope: input.audience, purpose: input.purpose });
  }
}

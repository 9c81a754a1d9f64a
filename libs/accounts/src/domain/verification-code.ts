import { Audience } from './session';

export enum CodeChannel {
  Sms = 'sms',
  Email = 'email',
}

/**
 * What a code may authorize. Contracts whose codes serve any of their actions
 * use Any; v2 and oauth-v1 bind a code to one purpose.
 */
export enum CodePurpose {
  Register = 'register',
  Login = 'login',
  ResetPassword = 'reset_password',
  ChangeEmail = 'change_email',
  ChangePhone = 'change_phone',
  Any = 'any',
}

export interface VerificationCode {
  id: number;
  channel: CodeChannel;
  /** E.164 phone or normalized email. */
  target: string;
  /** The API that sent the code; a code serves only that API. */
  scope: Audience;
  purpose: CodePurpose;
  codeHash: string;
  attempts: number;
  createdAt: Date;
  expiresAt: Date;
  consumedAt: Date | null;
}

/** Which code a request presents, and for what. */
export interface CodeProof {
  channel: CodeChannel;
  target: string;
  code: string;
  scope: Audience;
  purpose: CodePurpose;
  /** Where the request came from: an address that proves a phone becomes its owner's (SMS budget). */
  ip?: string | null;
}

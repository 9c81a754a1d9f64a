export enum AuditEventType {
  SignInSucceeded = 'sign_in.succeeded',
  SignInFailed = 'sign_in.failed',
  AccountLockedOut = 'account.locked_out',
  AccountRegistered = 'account.registered',
  PasswordChanged = 'password.changed',
  PasswordReset = 'password.reset',
  EmailChanged = 'email.changed',
  PhoneChanged = 'phone.changed',
  /** A contact was proven; for a contact claimed at registration, the account's earlier credentials ended. */
  ContactProven = 'contact.proven',
  /** An unproven contact was taken from the account by someone who proved it. */
  ContactReleased = 'contact.released',
  UsernameChanged = 'username.changed',
  AccountDeleted = 'account.deleted',
  AccountUpdatedByAdmin = 'account.updated_by_admin',
  RefreshTokenReused = 'refresh_token.reused',
}

export interface AuditEvent {
  id: number;
  accountId: number | null;
  type: AuditEventType;
  ip: string | null;
  userAgent: string | null;
  detail: Record<string, unknown> | null;
  createdAt: Date;
}

import { ContactProof } from '../domain/contact-proof';
import { Account, AccountRole, AccountStatus, ProfilePatch } from '../domain/account';

export interface NewAccount {
  uuid: string;
  accountNumber: string;
  username: string | null;
  email: string | null;
  emailProof: ContactProof | null;
  phone: string | null;
  phoneProof: ContactProof | null;
  passwordHash: string | null;
  role: AccountRole;
  profile: ProfilePatch;
}

/** A contact and its proof change together (a new contact without its proof would keep the old one's trust). */
export interface IdentityPatch {
  username?: string | null;
  email?: string | null;
  emailProof?: ContactProof | null;
  phone?: string | null;
  phoneProof?: ContactProof | null;
}

export interface AccountSearch {
  search?: string;
  offset: number;
  limit: number;
}

/** Another account holds the account number: the caller draws another one. */
export class AccountNumberTaken extends Error {
  constructor() {
    super('account number taken');
  }
}

/** Persistence of accounts. Uniqueness of username, email, phone and account number is enforced by the store. */
export abstract class AccountRepository {
  /** Throws AccountsError UsernameTaken / EmailTaken / PhoneTaken on a clash, AccountNumberTaken on a number clash. */
  abstract insert(account: NewAccount): Promise<Account>;
  abstract findById(id: number): Promise<Account | null>;
  abstract findByUuid(uuid: string): Promise<Account | null>;
  /** By the exact name, whatever its case (sign-in). */
  abstract findByUsername(username: string): Promise<Account | null>;
  /** The account holding this name in any case, or a name that looks like it (same usernameSkeleton). */
  abstract findUsernameHolder(username: string): Promise<Account | null>;
  abstract findByEmail(email: string): Promise<Account | null>;
  abstract findByPhone(phone: string): Promise<Account | null>;
  abstract search(query: AccountSearch): Promise<{ items: Account[]; total: number }>;
  abstract updateProfile(id: number, patch: ProfilePatch): Promise<void>;
  /** Throws like insert when the new value belongs to another account. */
  abstract updateIdentity(id: number, patch: IdentityPatch): Promise<void>;
  /**
   * The holder of a claimed contact proved it: the contact becomes proven, the
   * password is cleared and every session ends (epoch + 1), at once.
   */
  abstract revokeCredentialsForProof(id: number, proven: { emailProof?: ContactProof; phoneProof?: ContactProof }): Promise<void>;
  abstract updateAdminFields(id: number, patch: { role?: AccountRole; status?: AccountStatus }): Promise<void>;
  /** Sets a new password hash and, when endSessions, ends every session (epoch + 1). */
  abstract updatePasswordHash(id: number, passwordHash: string, endSessions: boolean): Promise<void>;
  abstract endAllSessions(id: number): Promise<void>;
  abstract recordSignIn(id: number, at: Date, ip: string | null, device: string | null): Promise<void>;
  /** Adds one consecutive failure and answers the new count. */
  abstract incrementFailedLogins(id: number): Promise<number>;
  abstract lockUntil(id: number, until: Date): Promise<void>;
  abstract resetFailedLogins(id: number): Promise<void>;
  abstract setAvatar(id: number, avatarUrl: string, fileId: string | null): Promise<void>;
  abstract clearAvatar(id: number): Promise<void>;
  /** Frees username, email and phone, erases personal data, ends all sessions, marks deleted. */
  abstract erase(id: number, at: Date): Promise<void>;
}

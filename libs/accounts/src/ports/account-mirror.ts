import { Account, Profile } from '../domain/account';

/**
 * A second system that keeps a copy of accounts (Gitea for the infinite
 * contract). Every method throws AccountsError MirrorUnavailable when the mirror
 * fails; the core calls it BEFORE changing its own store, so a failure changes
 * nothing here.
 */
/** What the mirror knows an account by. */
export type MirrorIdentity = Pick<Account, 'username' | 'email'>;

/** The public profile fields a mirror shows. */
export type MirrorProfile = Pick<Profile, 'nickname' | 'website' | 'location' | 'description'>;

export abstract class AccountMirror {
  abstract readonly enabled: boolean;
  /** Mirrors only accounts it can represent (Gitea needs a username and an email). */
  abstract mirrors(account: MirrorIdentity): boolean;
  abstract created(account: MirrorIdentity, password: string): Promise<void>;
  abstract passwordChanged(account: MirrorIdentity, password: string): Promise<void>;
  abstract emailChanged(account: MirrorIdentity, newEmail: string): Promise<void>;
  abstract usernameChanged(account: MirrorIdentity, newUsername: string): Promise<void>;
  abstract deleted(account: MirrorIdentity): Promise<void>;
  /** Copies the public profile; callers treat it as best effort (the profile is not an identity). */
  abstract profileChanged(account: MirrorIdentity & MirrorProfile): Promise<void>;
  /** A token for the mirror, for an account that just proved its password. */
  abstract issueToken(account: MirrorIdentity, password: string): Promise<string>;
}

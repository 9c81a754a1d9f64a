import { Audience } from './session';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Audiences of the JWTs a sign-in hands out for the services next to the API (storage, Gitea). */
export enum SideAudience {
  Storage = 'storage',
  Gitea = 'gitea',
}

export type AccessTokenFormat = 'jwt' | 'users-jwt' | 'opaque';
/**
 * rotating: a refresh token is exchanged for a new pair, and reuse of a rotated one ends the session.
 * replace: the access token itself is exchanged for a new one in a new session; the old session ends.
 * none: sign in again.
 */
export type RefreshStyle = 'rotating' | 'replace' | 'none';

export interface AudiencePolicy {
  format: AccessTokenFormat;
  accessTtlSeconds: number;
  /** For 'rotating': how long a refresh token (and so the session) lives. */
  refreshTtlSeconds?: number;
  /** For 'replace': how long after expiry a token may still be exchanged. */
  renewGraceSeconds?: number;
  /** A "keep me signed in" sign-in lives this long instead. */
  keepLoginTtlSeconds?: number;
  refresh: RefreshStyle;
  /** Answers that must not tell whether an account exists (sign-in, reset, code sends). */
  concealsAccounts?: boolean;
  /**
   * The contract changes phone and email without a code: venus has no code
   * endpoint, vcode's perfectInfo carries none. Such an email stays unverified.
   */
  identityChangeWithoutCode?: boolean;
  /** The contract changes the password without the current one (the session is the proof). */
  passwordChangeWithoutCurrent?: boolean;
  /**
   * Side tokens its sign-in hands out: JWTs for the services next to the API,
   * naming the session (sid), expiring with it, and ended with it (introspection).
   */
  sideAudiences?: SideAudience[];
}

/** Token lifetimes are core rules: each contract's surface only picks its audience. */
export const AUDIENCE_POLICIES: Record<Audience, AudiencePolicy> = {
  [Audience.V2]: { format: 'jwt', accessTtlSeconds: 15 * MINUTE, refreshTtlSeconds: 30 * DAY, refresh: 'rotating', concealsAccounts: true },
  [Audience.Venus]: {
    format: 'jwt',
    accessTtlSeconds: DAY,
    renewGraceSeconds: 0,
    refresh: 'replace',
    identityChangeWithoutCode: true,
    passwordChangeWithoutCurrent: true,
  },
  [Audience.Users]: { format: 'users-jwt', accessTtlSeconds: DAY, renewGraceSeconds: 2 * HOUR, refresh: 'replace' },
  [Audience.Infinite]: {
    format: 'jwt',
    accessTtlSeconds: 2 * HOUR,
    keepLoginTtlSeconds: 7 * DAY,
    refresh: 'none',
    sideAudiences: [SideAudience.Storage, SideAudience.Gitea],
  },
  [Audience.OAuth]: {
    format: 'jwt',
    accessTtlSeconds: DAY,
    refreshTtlSeconds: 30 * DAY,
    refresh: 'rotating',
    passwordChangeWithoutCurrent: true,
  },
  [Audience.Vcode]: { format: 'opaque', accessTtlSeconds: DAY, refresh: 'none', identityChangeWithoutCode: true },
};


import type { ContactProof } from './contact-proof';

export enum AccountRole {
  User = 'user',
  Admin = 'admin',
}

export enum AccountStatus {
  Normal = 'normal',
  Paused = 'paused',
  Locked = 'locked',
  Stopped = 'stopped',
  Deleted = 'deleted',
}

/** 0 unknown, 1 male, 2 female (the users contract's numbering). */
export type Sex = 0 | 1 | 2;

/** The editable personal fields, shared by every contract under its own names. */
export interface Profile {
  nickname: string | null;
  avatarUrl: string | null;
  sex: Sex;
  birthday: string | null;
  address: string | null;
  position: string | null;
  company: string | null;
  department: string | null;
  internalPhone: string | null;
  description: string | null;
  website: string | null;
  location: string | null;
}

export const PROFILE_FIELDS: readonly (keyof Profile)[] = [
  'nickname',
  'avatarUrl',
  'sex',
  'birthday',
  'address',
  'position',
  'company',
  'department',
  'internalPhone',
  'description',
  'website',
  'location',
];

export interface Account extends Profile {
  id: number;
  uuid: string;
  accountNumber: string;
  username: string | null;
  email: string | null;
  /** Null when there is no email. */
  emailProof: ContactProof | null;
  /** E.164, e.g. +8613812345678. */
  phone: string | null;
  /** Null when there is no phone. */
  phoneProof: ContactProof | null;
  passwordHash: string | null;
  avatarFileId: string | null;
  role: AccountRole;
  status: AccountStatus;
  /** Sessions created under an older epoch are dead (password change, deletion). */
  sessionEpoch: number;
  failedLogins: number;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  lastLoginIp: string | null;
  lastLoginDevice: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type ProfilePatch = Partial<Profile>;

export function isActive(account: Account): boolean {
  return account.status === AccountStatus.Normal;
}

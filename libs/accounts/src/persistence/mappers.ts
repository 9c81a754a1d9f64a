import { Account, AccountRole, AccountStatus, Sex } from '../domain/account';
import { ContactProof } from '../domain/contact-proof';
import { AuditEvent, AuditEventType } from '../domain/audit-event';
import { OAuthClient } from '../domain/oauth-client';
import { Audience, Session } from '../domain/session';
import { StoredFile } from '../domain/stored-file';
import { CodeChannel, CodePurpose, VerificationCode } from '../domain/verification-code';
import { WeChatIdentity } from '../domain/wechat-identity';
import { LoginTicket } from '../ports/login-ticket.repository';
import { SessionToken, SessionTokenKind } from '../ports/session.repository';
import {
  AccountEntity,
  AuditEventEntity,
  LoginTicketEntity,
  OAuthClientEntity,
  SessionEntity,
  SessionTokenEntity,
  StoredFileEntity,
  VerificationCodeEntity,
  WeChatIdentityEntity,
} from './entities';

export function toAccount(row: AccountEntity): Account {
  return {
    id: Number(row.id),
    uuid: row.uuid,
    accountNumber: row.accountNumber,
    username: row.username,
    email: row.email,
    emailProof: row.email === null ? null : ((row.emailProof as ContactProof | null) ?? ContactProof.Asserted),
    phone: row.phone,
    phoneProof: row.phone === null ? null : ((row.phoneProof as ContactProof | null) ?? ContactProof.Asserted),
    passwordHash: row.passwordHash,
    nickname: row.nickname,
    avatarUrl: row.avatarUrl,
    avatarFileId: row.avatarFileId,
    sex: (row.sex ?? 0) as Sex,
    birthday: row.birthday,
    address: row.address,
    position: row.position,
    company: row.company,
    department: row.department,
    internalPhone: row.internalPhone,
    description: row.description,
    website: row.website,
    location: row.location,
    role: row.role as AccountRole,
    status: row.status as AccountStatus,
    sessionEpoch: row.sessionEpoch,
    failedLogins: row.failedLogins,
    lockedUntil: row.lockedUntil,
    lastLoginAt: row.lastLoginAt,
    lastLoginIp: row.lastLoginIp,
    lastLoginDevice: row.lastLoginDevice,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toSession(row: SessionEntity): Session {
  return {
    id: row.id,
    accountId: Number(row.accountId),
    audience: row.audience as Audience,
    terminal: row.terminal,
    userAgent: row.userAgent,
    ip: row.ip,
    epoch: row.epoch,
    wechatOpenid: row.wechatOpenid,
    clientId: row.clientId,
    tokenGeneration: row.tokenGeneration ?? 0,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
  };
}

export function toSessionToken(row: SessionTokenEntity): SessionToken {
  return {
    id: Number(row.id),
    sessionId: row.sessionId,
    kind: row.kind as SessionTokenKind,
    tokenHash: row.tokenHash,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    consumedAt: row.consumedAt,
  };
}

export function toVerificationCode(row: VerificationCodeEntity): VerificationCode {
  return {
    id: Number(row.id),
    channel: row.channel as CodeChannel,
    target: row.target,
    scope: row.scope as Audience,
    purpose: row.purpose as CodePurpose,
    codeHash: row.codeHash,
    attempts: row.attempts,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    consumedAt: row.consumedAt,
  };
}

export function toLoginTicket(row: LoginTicketEntity): LoginTicket {
  return {
    id: Number(row.id),
    accountId: Number(row.accountId),
    secretHash: row.secretHash,
    sessionEpoch: row.sessionEpoch,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    consumedAt: row.consumedAt,
  };
}

export function toWeChatIdentity(row: WeChatIdentityEntity): WeChatIdentity {
  return {
    id: Number(row.id),
    accountId: Number(row.accountId),
    appId: row.appId,
    openid: row.openid,
    unionid: row.unionid,
    nickname: row.nickname,
    avatarUrl: row.avatarUrl,
    country: row.country,
    province: row.province,
    city: row.city,
    language: row.language,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toOAuthClient(row: OAuthClientEntity): OAuthClient {
  return { id: Number(row.id), clientId: row.clientId, secretHash: row.secretHash, name: row.name, createdAt: row.createdAt };
}

export function toStoredFile(row: StoredFileEntity): StoredFile {
  return {
    id: row.id,
    accountId: row.accountId === null ? null : Number(row.accountId),
    originalName: row.originalName,
    size: row.size,
    mimeType: row.mimeType,
    suffix: row.suffix,
    createdAt: row.createdAt,
  };
}

export function toAuditEvent(row: AuditEventEntity): AuditEvent {
  return {
    id: Number(row.id),
    accountId: row.accountId === null ? null : Number(row.accountId),
    type: row.type as AuditEventType,
    ip: row.ip,
    userAgent: row.userAgent,
    detail: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null,
    createdAt: row.createdAt,
  };
}

import { AccountEntity } from './account.entity';
import { AuditEventEntity, OAuthClientEntity, StoredFileEntity } from './misc.entities';
import { SessionEntity, SessionTokenEntity } from './session.entity';
import { LoginTicketEntity, VerificationCodeEntity } from './verification-code.entity';
import { WeChatIdentityEntity } from './wechat-identity.entity';

export {
  AccountEntity,
  AuditEventEntity,
  LoginTicketEntity,
  OAuthClientEntity,
  SessionEntity,
  SessionTokenEntity,
  StoredFileEntity,
  VerificationCodeEntity,
  WeChatIdentityEntity,
};

export const ENTITIES = [
  AccountEntity,
  AuditEventEntity,
  LoginTicketEntity,
  OAuthClientEntity,
  SessionEntity,
  SessionTokenEntity,
  StoredFileEntity,
  VerificationCodeEntity,
  WeChatIdentityEntity,
];

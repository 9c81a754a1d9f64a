import { Account, IssuedSession, isEmailVerified, Session, SideTokenIntrospection } from '@app/accounts';
import { TokenIntrospectionDto } from './dto/introspection.dto';
import { SessionDto, TokensDto, V2UserDto } from './dto/responses.dto';

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function toV2User(account: Account): V2UserDto {
  return {
    id: account.id,
    uuid: account.uuid,
    account_number: account.accountNumber,
    username: account.username,
    email: account.email,
    email_verified: isEmailVerified(account),
    phone: account.phone,
    nickname: account.nickname,
    avatar_url: account.avatarUrl,
    sex: account.sex,
    birthday: account.birthday,
    address: account.address,
    position: account.position,
    company: account.company,
    department: account.department,
    internal_phone: account.internalPhone,
    description: account.description,
    website: account.website,
    location: account.location,
    role: account.role,
    status: account.status,
    last_login_at: iso(account.lastLoginAt),
    created_at: account.createdAt.toISOString(),
    updated_at: account.updatedAt.toISOString(),
  };
}

export function toV2Tokens(issued: IssuedSession): TokensDto {
  return {
    access_token: issued.accessToken,
    refresh_token: issued.refreshToken ?? '',
    token_type: 'Bearer',
    expires_in: issued.expiresIn,
    user: toV2User(issued.account),
  };
}

export function toV2Session(session: Session, currentId: string): SessionDto {
  return {
    id: session.id,
    audience: session.audience,
    user_agent: session.userAgent,
    ip: session.ip,
    created_at: session.createdAt.toISOString(),
    last_seen_at: session.lastSeenAt.toISOString(),
    expires_at: session.expiresAt.toISOString(),
    current: session.id === currentId,
  };
}

const unixSeconds = (date: Date): number => Math.floor(date.getTime() / 1000);

/** RFC 7662 members; an inactive token is `{active: false}` and nothing else (§2.2). */
export function toV2Introspection(result: SideTokenIntrospection): TokenIntrospectionDto {
  if (!result.active) return { active: false };
  return {
    active: true,
    aud: result.audience,
    sub: String(result.accountId),
    iss: result.issuer,
    iat: unixSeconds(result.issuedAt),
    exp: unixSeconds(result.expiresAt),
    token_type: 'Bearer',
  };
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { InfiniteCode } from '../infinite-errors';

const DATE_TIME = 'yyyy-MM-dd HH:mm:ss, Asia/Shanghai (UTC+8)';

/** The profile fields login and getUserDetail share. */
class ProfileFieldsDto {
  @ApiProperty({ example: '1970-01-01 12:00:00', description: DATE_TIME }) createDatetime: string;
  @ApiProperty({ example: '测试', nullable: true, type: String }) nickname: string | null;
  @ApiProperty({ example: '20042908291234', description: '14-digit account number, stable per account' }) accountId: string;
  @ApiProperty({ example: 'admin', nullable: true, type: String }) username: string | null;
  @ApiProperty({ example: 'test@qq.com', nullable: true, type: String }) email: string | null;
  @ApiProperty({ example: '18625160000', nullable: true, type: String, description: '11-digit national form for Chinese numbers' })
  mobile: string | null;
  @ApiProperty({ example: 'https://i.picsum.photos/id/1005/100/100.jpg', nullable: true, type: String, description: 'The avatar URL set by editUser' })
  iconUrl: string | null;
  @ApiProperty({ example: '129.0.1.22', nullable: true, type: String, description: 'IP of the latest sign-in' }) loginIp: string | null;
  @ApiProperty({ example: 'MAC: 00-D0-F8-00-00-01', nullable: true, type: String, description: 'Header X-Device of the latest sign-in, else its User-Agent' })
  loginDevice: string | null;
  @ApiProperty({ example: '1970-01-01 12:00:00', description: DATE_TIME }) updateDatetime: string;
}

export class LoginDataDto extends ProfileFieldsDto {
  @ApiProperty({ example: 'eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiIsInR5cCI6IkpXVCJ9...', description: 'Send it as header Authorization (raw or Bearer)' })
  accessToken: string;
  @ApiProperty({ example: '7f1e0c0b5a3d4e2f9c8b7a6d5e4f3a2b1c0d9e8f', description: 'A Gitea access token (GITEA_URL set), else a JWT for audience gitea' })
  giteaToken: string;
  @ApiProperty({ example: 'eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiIsInR5cCI6IkpXVCJ9...', description: 'A JWT for audience storage, verifiable at /.well-known/jwks.json; lives and ends with the session (check it at POST /v2/token-introspection)' })
  storageToken: string;
  @ApiProperty({ example: 'email.verified', enum: ['email.verified', 'email.unUerified'] }) emailVerified: string;
  @ApiProperty({ example: 'status.normal', enum: ['status.normal', 'status.pause', 'status.lock', 'status.stop', 'status.delete'] })
  status: string;
  @ApiProperty({ example: '676803', description: 'The account\'s numeric id, as a string' }) userId: string;
}

export class UserDetailDto extends ProfileFieldsDto {
  @ApiProperty({ example: 2, enum: [1, 2], description: '1 not verified, 2 verified' }) emailVerified: number;
  @ApiProperty({ example: 1, enum: [1, 2, 3, 4, 5], description: '1 normal, 2 paused, 3 locked, 4 stopped, 5 deleted' }) status: number;
  @ApiProperty({ example: 676803, description: 'The account\'s numeric id' }) userId: number;
}

export class EmptyDataDto {}

/** Success envelopes: `code` is always General.Success, which tells them from InfiniteFailureDto. */
class EnvelopeDto {
  @ApiProperty({ example: InfiniteCode.Success, enum: [InfiniteCode.Success], description: 'Business code' }) code: string;
  @ApiProperty({ example: '接口调用成功' }) msg: string;
}

export class EmptyEnvelopeDto extends EnvelopeDto {
  @ApiProperty({ type: EmptyDataDto, example: {} }) data: EmptyDataDto;
}

export class LoginEnvelopeDto extends EnvelopeDto {
  @ApiProperty({ type: LoginDataDto }) data: LoginDataDto;
}

export class UserDetailEnvelopeDto extends EnvelopeDto {
  @ApiProperty({ type: UserDetailDto }) data: UserDetailDto;
}

/** What a failure's `data` may carry; `{}` otherwise. */
export class InfiniteFailureDataDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    example: { mobile: ['notBlank'] },
    description: 'General.ParameterInvalid: the rules each field broke (notBlank, notNull, length, pattern, notContainsDict)',
  })
  ruleViolated?: Record<string, string[]>;

  @ApiPropertyOptional({ example: 60, description: 'Rate limits and lockouts: seconds to wait before trying again' })
  retryAfter?: number;
}

/** Every failure: a business code other than General.Success, with the table's text. */
export class InfiniteFailureDto {
  @ApiProperty({
    example: InfiniteCode.VerifyError,
    enum: Object.values(InfiniteCode).filter((code) => code !== InfiniteCode.Success),
    description: 'Business code',
  })
  code: string;

  @ApiProperty({ type: InfiniteFailureDataDto, example: {} }) data: InfiniteFailureDataDto;
  @ApiProperty({ example: '账户检验失败' }) msg: string;
}

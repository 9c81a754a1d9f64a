import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class TokenRequestDto {
  @ApiProperty({ enum: ['password', 'refresh_token'], example: 'password' })
  @IsString() @IsNotEmpty() @MaxLength(64)
  grant_type: string;

  /** Password grant: a phone, username or email. */
  @ApiPropertyOptional({ example: '13812345678' })
  @IsOptional() @IsString() @MaxLength(255)
  username?: string;

  /** Password grant: the account's password, or a live oauth_login_code (single use, 10 minutes). */
  @ApiPropertyOptional({ example: 'kq3bq0V8Yd1cX9m2Zr7TfE4hW6uN5sPa' })
  @IsOptional() @IsString() @MaxLength(1024)
  password?: string;

  /** Refresh grant: the refresh token of the last answer (each works once). */
  @ApiPropertyOptional({ example: 'p0C3xH4w1bE6...' })
  @IsOptional() @IsString() @MaxLength(256)
  refresh_token?: string;

  /** Unless sent with HTTP Basic. */
  @ApiPropertyOptional({ example: 'Hn2bT9kQ4sV7xW1yZ3aC5d' })
  @IsOptional() @IsString() @MaxLength(128)
  client_id?: string;

  /** Unless sent with HTTP Basic. */
  @ApiPropertyOptional({ example: 'c3VwZXItc2VjcmV0LWNsaWVudC1zZWNyZXQtdmFsdWU' })
  @IsOptional() @IsString() @MaxLength(256)
  client_secret?: string;

  /** Accepted and ignored: this server has no scopes (token info answers `scope: []`). */
  @ApiPropertyOptional({ example: '' })
  @IsOptional() @IsString() @MaxLength(1024)
  scope?: string;
}

export class RevokeRequestDto {
  /** An access token or a refresh token issued to the calling client. */
  @ApiPropertyOptional({ example: 'eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiJ9...' })
  @IsOptional() @IsString() @MaxLength(4096)
  token?: string;

  @ApiPropertyOptional({ enum: ['access_token', 'refresh_token'], description: 'Optional; both kinds are recognised either way' })
  @IsOptional() @IsString() @MaxLength(64)
  token_type_hint?: string;

  @ApiPropertyOptional({ example: 'Hn2bT9kQ4sV7xW1yZ3aC5d' })
  @IsOptional() @IsString() @MaxLength(128)
  client_id?: string;

  @ApiPropertyOptional({ example: 'c3VwZXItc2VjcmV0LWNsaWVudC1zZWNyZXQtdmFsdWU' })
  @IsOptional() @IsString() @MaxLength(256)
  client_secret?: string;
}

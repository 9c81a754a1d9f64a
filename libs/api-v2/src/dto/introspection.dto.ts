import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** RFC 7662 §2.1: the token, and an optional hint of its kind. */
export class TokenIntrospectionRequestDto {
  /** A storageToken or giteaToken (JWT) from infinite's login. */
  @ApiProperty({ example: 'eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiIsInR5cCI6IkpXVCJ9...' })
  @IsString() @IsNotEmpty() @MaxLength(4096)
  token: string;

  /** Accepted and ignored (RFC 7662 lets the server search every kind it knows). */
  @ApiPropertyOptional({ example: 'access_token' })
  @IsOptional() @IsString() @MaxLength(64)
  token_type_hint?: string;
}

/** RFC 7662 §2.2: `active`, and for a live token what it says; an inactive token answers `{"active": false}` only. */
export class TokenIntrospectionDto {
  @ApiProperty({ example: true, description: 'True only while the token is signed here, unexpired, and its session has not ended' })
  active: boolean;

  @ApiPropertyOptional({ example: 'storage', enum: ['storage', 'gitea'], description: 'The service the token is for' })
  aud?: string;

  @ApiPropertyOptional({ example: '676803', description: "The account's numeric id (infinite's `userId`)" })
  sub?: string;

  @ApiPropertyOptional({ example: 'http://localhost:3000' })
  iss?: string;

  @ApiPropertyOptional({ example: 1767600000, description: 'Unix seconds: when the session (and the token) began' })
  iat?: number;

  @ApiPropertyOptional({ example: 1767607200, description: 'Unix seconds: when the session (and the token) ends; `exp - iat` is the session lifetime' })
  exp?: number;

  @ApiPropertyOptional({ example: 'Bearer' })
  token_type?: string;
}

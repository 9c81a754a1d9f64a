import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Length, MaxLength } from 'class-validator';

export class RegisterDto {
  /** 1 to 64 characters, no spaces or '@', not a phone number. Unique, case-insensitively. */
  @ApiPropertyOptional({ example: 'alice' })
  @IsOptional() @IsString() @MaxLength(64)
  username?: string;

  @ApiPropertyOptional({ example: 'alice@example.com' })
  @IsOptional() @IsString() @MaxLength(254)
  email?: string;

  /** 13812345678, +8613812345678 or 86 138 1234 5678; stored as E.164. */
  @ApiPropertyOptional({ example: '+8613812345678' })
  @IsOptional() @IsString() @MaxLength(32)
  phone?: string;

  /** 8 to 128 characters, not one of the 10,000 most common passwords. */
  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password: string;

  /** The code from POST /v2/verification-codes (purpose register); required with a phone. */
  @ApiPropertyOptional({ example: '123456' })
  @IsOptional() @IsString() @MaxLength(16)
  code?: string;

  /** Where the code was sent; by default sms when a phone is given, else email. */
  @ApiPropertyOptional({ enum: ['sms', 'email'] })
  @IsOptional() @IsIn(['sms', 'email'])
  code_channel?: 'sms' | 'email';

  @ApiPropertyOptional({ example: 'Alice' })
  @IsOptional() @IsString() @MaxLength(255)
  nickname?: string;
}

export class LoginDto {
  /** A username, an email or a phone. */
  @ApiProperty({ example: 'alice' })
  @IsString() @IsNotEmpty() @MaxLength(255)
  identifier: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password: string;
}

export class CodeLoginDto {
  /** The phone or email the code was sent to. */
  @ApiProperty({ example: '+8613812345678' })
  @IsString() @IsNotEmpty() @MaxLength(254)
  target: string;

  @ApiProperty({ example: '123456' })
  @IsString() @Length(6, 6)
  code: string;

  /** By default email when the target has an '@', else sms. */
  @ApiPropertyOptional({ enum: ['sms', 'email'] })
  @IsOptional() @IsIn(['sms', 'email'])
  channel?: 'sms' | 'email';
}

export class RefreshDto {
  @ApiProperty({ example: 'Vb7h0p2T1m...' })
  @IsString() @IsNotEmpty() @MaxLength(256)
  refresh_token: string;
}

export class SendCodeDto {
  @ApiProperty({ enum: ['sms', 'email'] })
  @IsIn(['sms', 'email'])
  channel: 'sms' | 'email';

  @ApiProperty({ example: '+8613812345678' })
  @IsString() @IsNotEmpty() @MaxLength(254)
  target: string;

  @ApiProperty({ enum: ['register', 'login', 'reset_password', 'change_email', 'change_phone'] })
  @IsIn(['register', 'login', 'reset_password', 'change_email', 'change_phone'])
  purpose: 'register' | 'login' | 'reset_password' | 'change_email' | 'change_phone';
}

export class PasswordResetDto {
  @ApiProperty({ example: 'alice@example.com' })
  @IsString() @IsNotEmpty() @MaxLength(254)
  target: string;

  @ApiProperty({ example: '123456' })
  @IsString() @Length(6, 6)
  code: string;

  @ApiProperty({ example: 'a new long passphrase' })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  new_password: string;

  @ApiPropertyOptional({ enum: ['sms', 'email'] })
  @IsOptional() @IsIn(['sms', 'email'])
  channel?: 'sms' | 'email';
}

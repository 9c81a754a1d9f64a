import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class VenusCreateUserDto {
  /** 用户名: 1 to 64 characters without spaces or '@'; unique, case-insensitively. */
  @ApiProperty({ example: 'zhangsan', maxLength: 64 })
  @IsString() @IsNotEmpty() @MaxLength(64)
  user_name: string;

  /** 密码: 8 to 128 characters, not one of the 10,000 most common passwords. */
  @ApiProperty({ example: 'Correct-Horse-42', maxLength: 1024 })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password: string;

  /** 昵称 */
  @ApiPropertyOptional({ example: 'test', maxLength: 255 })
  @IsOptional() @IsString() @MaxLength(255)
  nickname?: string;

  /** 手机号码: 13812345678, +8613812345678 or 86 138 1234 5678; unique. */
  @ApiPropertyOptional({ example: '13812345678', maxLength: 32 })
  @IsOptional() @IsString() @MaxLength(32)
  phone_number?: string;

  /** 内部电话号码: answered as internal_phone by GET /venus/user/info. */
  @ApiPropertyOptional({ example: '10020', maxLength: 32 })
  @IsOptional() @IsString() @MaxLength(32)
  internal_number?: string;
}

export class VenusSignInWithNameDto {
  /** 用户名 (any case). */
  @ApiProperty({ example: 'zhangsan', maxLength: 64 })
  @IsString() @IsNotEmpty() @MaxLength(64)
  user_name: string;

  /** 密码 */
  @ApiProperty({ example: 'Correct-Horse-42', maxLength: 1024 })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password: string;
}

export class VenusSignInWithPhoneDto {
  /** 手机号码: 13812345678, +8613812345678 or 86 138 1234 5678. */
  @ApiProperty({ example: '13812345678', maxLength: 32 })
  @IsString() @IsNotEmpty() @MaxLength(32)
  phone_number: string;

  /** 密码 */
  @ApiProperty({ example: 'Correct-Horse-42', maxLength: 1024 })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password: string;
}

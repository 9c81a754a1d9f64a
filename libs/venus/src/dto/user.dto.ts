import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** Absent or empty fields are left as they are; at least one must carry a value. */
export class VenusUpdateInfoDto {
  /** 新手机号码: 13812345678, +8613812345678 or 86 138 1234 5678; no code needed. */
  @ApiPropertyOptional({ example: '13900000000', maxLength: 32 })
  @IsOptional() @IsString() @MaxLength(32)
  phone_number?: string;

  /** 用户昵称 */
  @ApiPropertyOptional({ example: 'test', maxLength: 255 })
  @IsOptional() @IsString() @MaxLength(255)
  nickname?: string;
}

export class VenusChangePasswordDto {
  /** 用户密码 (the new one): 8 to 128 characters, not a common password, not the current one. */
  @ApiProperty({ example: 'A-new-passphrase-7', maxLength: 1024 })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password: string;

  /** 用户确认密码: must equal password. */
  @ApiProperty({ example: 'A-new-passphrase-7', maxLength: 1024 })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  confirm_password: string;
}

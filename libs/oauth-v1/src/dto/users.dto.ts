import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Query and form values arrive as strings: "1" is the number 1. */
const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value);
/** Phones and codes are digits: a JSON number is taken as its digits. */
const digitsToString = ({ value }: { value: unknown }) => (typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value);

export class ValidationCodeQueryDto {
  /** 13812345678, +8613812345678 or 86 138 1234 5678. */
  @ApiProperty({ example: '13812345678', description: '为了要获取校验码的手机号' })
  @Transform(digitsToString) @IsString() @IsNotEmpty() @MaxLength(32)
  phone: string;

  @ApiProperty({ enum: [1, 2, 3], example: 1, description: '校验码的使用类型: 1 注册, 2 登录, 3 重置密码. A code works only for its type.' })
  @Transform(toInt) @IsInt() @IsIn([1, 2, 3])
  type: 1 | 2 | 3;
}

export class PhoneCodeDto {
  @ApiProperty({ example: '13812345678', description: '手机号' })
  @Transform(digitsToString) @IsString() @IsNotEmpty() @MaxLength(32)
  phone: string;

  @ApiProperty({ example: '904283', description: '手机上收到的短信校验码 (register: type=1; login: type=2)' })
  @Transform(digitsToString) @IsString() @IsNotEmpty() @MaxLength(16)
  validation_code: string;
}

export class UpdateUserDto {
  /** 1 to 64 characters without spaces or '@'; unique case-insensitively. */
  @ApiProperty({ example: 'gyb', description: '用户名' })
  @IsString() @IsNotEmpty() @MaxLength(255)
  name: string;

  /** 8 to 128 characters, not one of the 10,000 most common passwords. */
  @ApiProperty({ example: 'gyb-Passw0rd-2024', description: '密码' })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password: string;

  @ApiProperty({ example: 'gyb-Passw0rd-2024', description: '确认密码 (must equal password)' })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password_confirmation: string;
}

// Another contract has a class of the same name: one OpenAPI schema name per contract.
@ApiSchema({ name: 'OauthV1ResetPasswordDto' })
export class ResetPasswordDto {
  @ApiProperty({ example: '13812345678', description: '手机号' })
  @Transform(digitsToString) @IsString() @IsNotEmpty() @MaxLength(32)
  phone: string;

  @ApiProperty({ example: '904483', description: '短信校验码 (type=3)' })
  @Transform(digitsToString) @IsString() @IsNotEmpty() @MaxLength(16)
  validation_code: string;

  @ApiProperty({ example: 'new-Passw0rd-2024', description: '密码' })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password: string;

  @ApiProperty({ example: 'new-Passw0rd-2024', description: '确认密码 (must equal password)' })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password_confirmation: string;
}

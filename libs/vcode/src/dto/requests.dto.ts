import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsPhone } from './is-phone';

const PHONE_DESCRIPTION = '手机号: 13812345678, +8613812345678 or 86 138 1234 5678';
const TOKEN_DESCRIPTION = 'Token returned by register or logIn (32 letters)';

// Another contract has a class of the same name: one OpenAPI schema name per contract.
@ApiSchema({ name: 'VcodeSendCodeDto' })
export class SendCodeDto {
  @ApiProperty({ example: '18612182957', description: PHONE_DESCRIPTION })
  @IsString() @IsNotEmpty() @MaxLength(32) @IsPhone()
  phone: string;
}

export class VerifyCodeDto {
  @ApiProperty({ example: '18612182957', description: PHONE_DESCRIPTION })
  @IsString() @IsNotEmpty() @MaxLength(32) @IsPhone()
  phone: string;

  @ApiProperty({ example: '123456', description: '验证码 (6 digits)' })
  @IsString() @IsNotEmpty() @MaxLength(16)
  code: string;
}

// Another contract has a class of the same name: one OpenAPI schema name per contract.
@ApiSchema({ name: 'VcodeRegisterDto' })
export class RegisterDto {
  @ApiProperty({ example: '18612182957', description: `手机号（使用手机号作为userName）. ${PHONE_DESCRIPTION}` })
  @IsString() @IsNotEmpty() @MaxLength(32) @IsPhone()
  userName: string;

  @ApiProperty({ example: 'Correct-Horse-42', description: '密码: 8 to 128 characters, not a common password' })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password: string;

  @ApiProperty({ example: '123456', description: '验证码 from POST /api/vcode/send' })
  @IsString() @IsNotEmpty() @MaxLength(16)
  code: string;
}

export class LogInDto {
  @ApiProperty({ example: '18612182957', description: `手机号（使用手机号作为userName）. ${PHONE_DESCRIPTION}` })
  @IsString() @IsNotEmpty() @MaxLength(32) @IsPhone()
  userName: string;

  @ApiProperty({ example: 'Correct-Horse-42', description: '密码' })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password: string;
}

export class PerfectInfoDto {
  @ApiProperty({ example: '18612182957', description: `手机号（注册时的手机号）; the token must belong to it. ${PHONE_DESCRIPTION}` })
  @IsString() @IsNotEmpty() @MaxLength(32) @IsPhone()
  userName: string;

  @ApiProperty({ example: 'GevHLuCcBxvdeiFZPXxGvrwiUbYecYoN', description: TOKEN_DESCRIPTION })
  @IsString() @IsNotEmpty() @MaxLength(64)
  token: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Jack', description: '姓名 (the account\'s nickname); blank clears it' })
  @IsOptional() @IsString() @MaxLength(255)
  nickName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'wangzhiheng@jinguduo.com', description: '邮箱: set without a code, so it stays unverified; blank leaves it' })
  @IsOptional() @IsString() @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '开发', description: '职称 (the account\'s position); blank clears it' })
  @IsOptional() @IsString() @MaxLength(255)
  job?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '骨朵影视', description: '公司名称; blank clears it' })
  @IsOptional() @IsString() @MaxLength(255)
  company?: string | null;
}

export class CheckTokenDto {
  @ApiProperty({ example: '18612182957', description: `手机号（注册时的手机号）. ${PHONE_DESCRIPTION}` })
  @IsString() @IsNotEmpty() @MaxLength(32) @IsPhone()
  userName: string;

  @ApiProperty({ example: 'GevHLuCcBxvdeiFZPXxGvrwiUbYecYoN', description: TOKEN_DESCRIPTION })
  @IsString() @IsNotEmpty() @MaxLength(64)
  token: string;
}

// Another contract has a class of the same name: one OpenAPI schema name per contract.
@ApiSchema({ name: 'VcodeResetPasswordDto' })
export class ResetPasswordDto {
  @ApiProperty({ example: '18612182957', description: `手机号（注册时的手机号）. ${PHONE_DESCRIPTION}` })
  @IsString() @IsNotEmpty() @MaxLength(32) @IsPhone()
  phone: string;

  @ApiProperty({ example: '123456', description: '验证码 from POST /api/vcode/send' })
  @IsString() @IsNotEmpty() @MaxLength(16)
  code: string;

  @ApiProperty({ example: 'Another-Horse-43', description: '新密码: 8 to 128 characters, not a common password' })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  newPassword: string;
}

export class TokenOnlyDto {
  @ApiProperty({ example: 'GevHLuCcBxvdeiFZPXxGvrwiUbYecYoN', description: TOKEN_DESCRIPTION })
  @IsString() @IsNotEmpty() @MaxLength(64)
  token: string;
}

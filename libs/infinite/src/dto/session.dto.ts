import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { KEEP_LOGIN_VALUES, KeepLoginValue } from './dictionaries';
import { InDictionary, IsText, MaxChars, NotBlank } from './validation-rules';

/** Passwords that prove an account accept up to 128 characters: accounts made through other contracts may have long ones. */
export const PROOF_PASSWORD_MAX = 128;

const KEEP_LOGIN_SCHEMA = {
  oneOf: [{ type: 'string', enum: ['keepLogin.enable', 'keepLogin.disable', 'true', 'false'] }, { type: 'boolean' }],
  example: 'keepLogin.disable',
};

// Another contract has a class of the same name: one OpenAPI schema name per contract.
@ApiSchema({ name: 'InfiniteLoginDto' })
export class LoginDto {
  /** 用户名 (username sign-in). One of username and email is required; username wins when both come. */
  @ApiPropertyOptional({ example: 'admin', maxLength: 255 })
  @IsOptional() @IsText() @MaxChars(255)
  username?: string;

  /** 邮箱 (email sign-in). */
  @ApiPropertyOptional({ example: 'test@qq.com', maxLength: 255 })
  @IsOptional() @IsText() @MaxChars(255)
  email?: string;

  /** 密码. */
  @ApiProperty({ example: '1qazxsw2', maxLength: PROOF_PASSWORD_MAX })
  @NotBlank() @IsText() @MaxChars(PROOF_PASSWORD_MAX)
  password: string;

  /** 记住登录状态: keepLogin.disable or true keeps the login 7 days; keepLogin.enable, false or nothing gives the 2-hour token. */
  @ApiPropertyOptional(KEEP_LOGIN_SCHEMA)
  @IsOptional() @InDictionary(KEEP_LOGIN_VALUES)
  enableKeepLogin?: KeepLoginValue;

  /** The same field under the key the document's examples use, with a trailing space. */
  @ApiPropertyOptional({ ...KEEP_LOGIN_SCHEMA, name: 'enableKeepLogin ' })
  @IsOptional() @InDictionary(KEEP_LOGIN_VALUES)
  'enableKeepLogin '?: KeepLoginValue;
}

export class RegisterIndividualDto {
  /** 用户名: 1 to 64 characters without spaces or '@' (Gitea, when mirrored, also wants letters, digits, '-', '_', '.'). */
  @ApiProperty({ example: 'admin', maxLength: 255 })
  @NotBlank() @IsText() @MaxChars(255)
  username: string;

  @ApiProperty({ example: 'test@qq.com', maxLength: 255 })
  @NotBlank() @IsText() @MaxChars(255)
  email: string;

  /** 8 to 16 characters, letters and digits both present. */
  @ApiProperty({ example: '1qazxsw2', maxLength: 32 })
  @NotBlank() @IsText() @MaxChars(32)
  password: string;
}

import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsText, MaxChars, NotBlank, NotNull, NumberAsText } from './validation-rules';
import { PROOF_PASSWORD_MAX } from './session.dto';

/** All five fields are required (Y); an empty text clears all but the nickname. */
// Another contract has a class of the same name: one OpenAPI schema name per contract.
@ApiSchema({ name: 'InfiniteEditUserDto' })
export class EditUserDto {
  @ApiProperty({ example: '测试', maxLength: 255 })
  @NotBlank() @IsText() @MaxChars(255)
  nickname: string;

  @ApiProperty({ example: 'https://i.picsum.photos/id/1005/100/100.jpg', maxLength: 255, format: 'uri', description: 'an absolute http(s) URL, or empty to clear' })
  @NotNull() @IsText() @MaxChars(255)
  avatarUrl: string;

  @ApiProperty({ example: '小菜鸟', maxLength: 50 })
  @NotNull() @IsText() @MaxChars(50)
  description: string;

  @ApiProperty({ example: 'http://www.baidu.com', maxLength: 50, format: 'uri', description: 'an absolute http(s) URL, or empty to clear' })
  @NotNull() @IsText() @MaxChars(50)
  website: string;

  @ApiProperty({ example: 'China', maxLength: 50 })
  @NotNull() @IsText() @MaxChars(50)
  location: string;
}

export class ModifyUserEmailDto {
  @ApiProperty({ example: '1qazxsw2', maxLength: PROOF_PASSWORD_MAX })
  @NotBlank() @IsText() @MaxChars(PROOF_PASSWORD_MAX)
  password: string;

  /** 原邮箱: must be the account's current email. */
  @ApiProperty({ example: 'test@qq.com', maxLength: 255 })
  @NotBlank() @IsText() @MaxChars(255)
  oriEmail: string;

  /** 新邮箱: the code must have been sent to it by emailVerifyCode. */
  @ApiProperty({ example: 'test1@qq.com', maxLength: 255 })
  @NotBlank() @IsText() @MaxChars(255)
  email: string;

  @ApiProperty({ example: '123456', maxLength: 16 })
  @NumberAsText() @NotBlank() @IsText() @MaxChars(16)
  verifyCode: string;
}

export class ModifyUserPasswordDto {
  @ApiProperty({ example: '2wsxzaq1', maxLength: PROOF_PASSWORD_MAX })
  @NotBlank() @IsText() @MaxChars(PROOF_PASSWORD_MAX)
  oriPassword: string;

  /** 密码规则：8-16位数字和英文字符组合. */
  @ApiProperty({ example: '1qazxsw2', maxLength: 32 })
  @NotBlank() @IsText() @MaxChars(32)
  password: string;
}

export class DeleteUserDto {
  @ApiProperty({ example: '1qazxsw2', maxLength: PROOF_PASSWORD_MAX })
  @NotBlank() @IsText() @MaxChars(PROOF_PASSWORD_MAX)
  password: string;
}

export class EditUserMobileDto {
  /** 手机号: 11-digit Chinese number, or +<country code><number> for others. */
  @ApiProperty({ example: '15651234567', maxLength: 32 })
  @NumberAsText() @NotBlank() @IsText() @MaxChars(32)
  mobile: string;

  /** 原手机号: when sent, must be the account's current phone. */
  @ApiPropertyOptional({ example: '15891234567', maxLength: 32 })
  @NumberAsText() @IsOptional() @IsText() @MaxChars(32)
  oriMobile?: string;

  /** The code generateSmsCode sent to the new number. */
  @ApiProperty({ example: '123456', maxLength: 16 })
  @NumberAsText() @NotBlank() @IsText() @MaxChars(16)
  smsCode: string;

  @ApiProperty({ example: '1qazxsw2', maxLength: PROOF_PASSWORD_MAX })
  @NotBlank() @IsText() @MaxChars(PROOF_PASSWORD_MAX)
  password: string;
}

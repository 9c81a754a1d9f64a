import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

// Another contract has a class of the same name: one OpenAPI schema name per contract.
@ApiSchema({ name: 'UsersRegisterDto' })
export class RegisterDto {
  /** 13812345678, +8613812345678 or 86 138 1234 5678. */
  @ApiProperty({ example: '15820290006', description: '手机号' })
  @IsString() @IsNotEmpty() @MaxLength(32)
  phone: string;

  /** The nickname (用户昵称). */
  @ApiPropertyOptional({ example: '测试张三', description: '用户昵称' })
  @IsOptional() @IsString() @MaxLength(255)
  userName?: string;
}

/** Password sign-in with `phone` (+ header word-info), or WeChat mini-program sign-in with `code`. */
// Another contract has a class of the same name: one OpenAPI schema name per contract.
@ApiSchema({ name: 'UsersLoginDto' })
export class LoginDto {
  @ApiPropertyOptional({ example: '15820290006', description: '手机号 (password sign-in; takes precedence over code)' })
  @IsOptional() @IsString() @MaxLength(32)
  phone?: string;

  @ApiPropertyOptional({ example: '0a3Xk2Ga1Lqz7H0Yb0Ha1XkCgK2Xk2Gz', description: '微信 code from wx.login() (WeChat sign-in)' })
  @IsOptional() @IsString() @MaxLength(128)
  code?: string;

  @ApiPropertyOptional({ example: 'https://thirdwx.qlogo.cn/mmopen/vi_32/qwKmia9TBmvibFyYUFdvRcWHD9r8EmTbrMFLWffncDt72YNia9JCg1Bqgn2nJZDlrwF7685npT7p9pX078CP9Otyw/132', format: 'uri', description: '微信的头像: an absolute http(s) URL' })
  @IsOptional() @IsString() @MaxLength(1024)
  avatarUrl?: string;

  @ApiPropertyOptional({ example: '零陵上将军', description: '微信的昵称' })
  @IsOptional() @IsString() @MaxLength(255)
  nickName?: string;

  @ApiPropertyOptional({ example: '', description: '微信的国家' })
  @IsOptional() @IsString() @MaxLength(64)
  country?: string;

  @ApiPropertyOptional({ example: '', description: '微信的省份' })
  @IsOptional() @IsString() @MaxLength(64)
  province?: string;

  @ApiPropertyOptional({ example: '', description: '微信的城市' })
  @IsOptional() @IsString() @MaxLength(64)
  city?: string;

  @ApiPropertyOptional({ example: 'zh_CN', description: '微信选择的语言' })
  @IsOptional() @IsString() @MaxLength(32)
  language?: string;
}

export class AssociateDto {
  @ApiProperty({ example: '15820290006', description: '手机号 of the account to link' })
  @IsString() @IsNotEmpty() @MaxLength(32)
  phone: string;
}

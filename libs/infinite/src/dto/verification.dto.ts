import { ApiProperty } from '@nestjs/swagger';
import { INTERNATIONAL_CODE_VALUES } from './dictionaries';
import { InDictionary, IsText, MaxChars, NotBlank, NumberAsText } from './validation-rules';

export class EmailVerifyCodeDto {
  @ApiProperty({ example: 'test@qq.com', maxLength: 255 })
  @NotBlank() @IsText() @MaxChars(255)
  email: string;
}

export class GenerateSmsCodeDto {
  /** 国际电话区号, from the dictionary sys.internationalcode. */
  @ApiProperty({ example: '86', maxLength: 16, enum: INTERNATIONAL_CODE_VALUES })
  @NumberAsText() @NotBlank() @IsText() @MaxChars(16) @InDictionary(INTERNATIONAL_CODE_VALUES)
  internationalCode: string;

  /** 手机号, national number. */
  @ApiProperty({ example: '15651234567', maxLength: 16 })
  @NumberAsText() @NotBlank() @IsText() @MaxChars(16)
  mobile: string;
}

export class ResetUserPasswordDto {
  @ApiProperty({ example: 'test@qq.com', maxLength: 255 })
  @NotBlank() @IsText() @MaxChars(255)
  email: string;

  /** The new password: 8 to 16 characters, letters and digits both present. */
  @ApiProperty({ example: '1qazxsw2', maxLength: 32 })
  @NotBlank() @IsText() @MaxChars(32)
  password: string;

  /** The 6-digit code from emailVerifyCode. */
  @ApiProperty({ example: '123456', maxLength: 16 })
  @NumberAsText() @NotBlank() @IsText() @MaxChars(16)
  verifyCode: string;
}

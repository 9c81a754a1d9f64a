import { ApiProperty } from '@nestjs/swagger';

/** `code` of every success: "0" (the failure codes are VCODE_FAILURE_CODES). */
const SUCCESS_CODE = { example: '0', enum: ['0'], description: '"0": success' };
/** The failure codes of the document's tables ("1" also for everything they do not list). */
const VCODE_FAILURE_CODES = ['1', '2', '3', '4'];

export class VcodeMessageDto {
  @ApiProperty(SUCCESS_CODE) code: string;
  @ApiProperty({ example: 'SUCCESS' }) message: string;
}

export class VcodeFailureDto {
  @ApiProperty({ example: '1', enum: VCODE_FAILURE_CODES, description: 'The endpoint\'s failure code (string, never "0")' }) code: string;
  @ApiProperty({ example: 'Token无效' }) message: string;
}

export class VcodeTokenDataDto {
  @ApiProperty({ example: '18612182957', description: '注册的手机号 (11-digit national form)' }) userName: string;
  @ApiProperty({ example: 'GevHLuCcBxvdeiFZPXxGvrwiUbYecYoN', description: 'token值: 32 letters, opaque' }) token: string;
  @ApiProperty({ example: 0, enum: [0, 1], description: 'token类型: 0 access token (refresh tokens are not issued)' }) type: number;
  @ApiProperty({ example: 1488188688946, description: 'When the token was issued, in milliseconds since the epoch' }) createAt: number;
  @ApiProperty({ example: 86400, description: 'token 失效时间: seconds the token lives' }) expiresIn: number;
}

export class VcodeLogInDataDto {
  @ApiProperty({ example: 10, description: 'tokenId: a new number for every sign-in' }) id: number;
  @ApiProperty({ example: '18612182957', description: '注册的手机号 (11-digit national form)' }) userName: string;
  @ApiProperty({ example: 'GevHLuCcBxvdeiFZPXxGvrwiUbYecYoN', description: 'token值: 32 letters, opaque' }) token: string;
  @ApiProperty({ example: 0, enum: [0, 1], description: 'token类型: 0 access token (refresh tokens are not issued)' }) type: number;
  @ApiProperty({ example: 1488188688946, description: 'When the token was issued, in milliseconds since the epoch' }) createAt: number;
  @ApiProperty({ example: 86400, description: 'token 失效时间: seconds the token lives' }) expiresIn: number;
}

export class VcodeUserDataDto {
  @ApiProperty({ example: 18, description: 'userId: the account\'s numeric id' }) id: number;
  @ApiProperty({ example: '18612182957', nullable: true, type: String, description: '注册的手机号' }) userName: string | null;
  @ApiProperty({ example: 'USER', enum: ['USER', 'ADMIN'], description: '用户类型' }) role: string;
  @ApiProperty({ example: 'Jack', nullable: true, type: String, description: '用户名 (nickname)' }) nickName: string | null;
  @ApiProperty({ example: '骨朵影视', nullable: true, type: String, description: '公司名称' }) company: string | null;
  @ApiProperty({ example: '开发', nullable: true, type: String, description: '职位' }) job: string | null;
  @ApiProperty({ example: 'wangzhiheng@jinguduo.com', nullable: true, type: String, description: '邮箱地址' }) email: string | null;
  @ApiProperty({ example: '18612182957', nullable: true, type: String, description: '手机号' }) phoneNumber: string | null;
}

export class VcodeRegisterResponseDto {
  @ApiProperty(SUCCESS_CODE) code: string;
  @ApiProperty({ type: VcodeTokenDataDto }) data: VcodeTokenDataDto;
  @ApiProperty({ example: 'SUCCESS' }) message: string;
}

export class VcodeLogInResponseDto {
  @ApiProperty(SUCCESS_CODE) code: string;
  @ApiProperty({ type: VcodeLogInDataDto }) data: VcodeLogInDataDto;
  @ApiProperty({ example: 'SUCCESS' }) message: string;
}

export class VcodeUserResponseDto {
  @ApiProperty(SUCCESS_CODE) code: string;
  @ApiProperty({ type: VcodeUserDataDto }) data: VcodeUserDataDto;
  @ApiProperty({ example: 'SUCCESS' }) message: string;
}

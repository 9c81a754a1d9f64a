import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';

const TOKEN_EXAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6IjliODEzNzY3LTBlMmItNDZjNi1iMWRmLWU5NzA0NWEzYWMwNCIsInBob25lIjoiMTU4MjAyOTAwMDYiLCJvcGVuaWQiOm51bGwsImRlbGF5VGltZSI6MTYxNDk0MTE5NywidGVybWluYWwiOiJQQyIsInVzZXJBZ2VudCI6IlBvc3RtYW5SdW50aW1lLzcuMjYuOCIsImlhdCI6MTYxNDg0NzU5NywiZXhwIjoxNjE0OTMzOTk3fQ.HGA6DNRyFwazUQodhpbbtru2RtqVA5CBAo17VItrHVU';
const DATE_TIME = 'yyyy-MM-dd HH:mm:ss, Asia/Shanghai (UTC+8)';

/** An uploaded avatar: the `headImg` of the user info, and the answer of the upload. */
export class HeadImgDto {
  @ApiProperty({ example: '8397949b-83fa-4446-82ef-e09f2a3999be' }) id: string;
  @ApiProperty({ example: 'timg.jpg', description: 'The name the file was uploaded with' }) fileName: string;
  @ApiProperty({ example: 12173, description: 'Bytes' }) fileSize: number;
  @ApiProperty({ example: '2021-03-08 14:41:37', description: DATE_TIME }) createTime: string;
  @ApiProperty({ example: 'jpg', enum: ['jpg', 'png', 'gif', 'webp'], description: 'Judged from the content, not the name' }) suffix: string;
  @ApiProperty({ example: 'http://localhost:3000/files/55268270-7fd9-11eb-ad4e-530e657b08cb.jpg', description: '{PUBLIC_URL}/files/<uuid>.<suffix>' })
  filePath: string;
}

/** An account's information (users/info/self of an account user, users/info). */
export class UsersAccountInfoDto {
  @ApiProperty({ example: '9b813767-0e2b-46c6-b1df-e97045a3ac04', description: 'The account UUID' }) id: string;
  @ApiProperty({ example: '测试张三', nullable: true, type: String, description: 'Nickname (用户昵称)' }) userName: string | null;
  @ApiProperty({ example: '15820290006', nullable: true, type: String, description: '11-digit national form' }) phone: string | null;
  @ApiProperty({ example: 1, enum: [0, 1, 2], description: '1 male, 2 female, 0 unknown' }) sex: number;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'As it was saved' }) birthday: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) address: string | null;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'Position (用户职位)' }) professional: string | null;
  @ApiProperty({ type: HeadImgDto, nullable: true, description: 'The uploaded avatar, null when none' }) headImg: HeadImgDto | null;
  @ApiProperty({ example: null, nullable: true, type: String, description: 'The linked WeChat openid' }) openid: string | null;
  @ApiProperty({ example: '2021-03-08 09:49:49', description: DATE_TIME }) updateTime: string;
  @ApiProperty({ example: '2021-03-08 09:49:49', description: DATE_TIME }) createTime: string;
}

/** users/info/self of a WeChat sign-in: the WeChat profile, and the linked account's fields. */
export class UsersWeChatInfoDto {
  @ApiProperty({ example: 'https://thirdwx.qlogo.cn/mmopen/vi_32/qwKmia9TBmvibFyYUFdvRcWHD9r8EmTbrMFLWffncDt72YNia9JCg1Bqgn2nJZDlrwF7685npT7p9pX078CP9Otyw/132', nullable: true, type: String })
  avatarUrl: string | null;
  @ApiProperty({ example: '', nullable: true, type: String }) city: string | null;
  @ApiProperty({ example: '', nullable: true, type: String }) country: string | null;
  @ApiProperty({ type: HeadImgDto, nullable: true, example: null }) headImg: HeadImgDto | null;
  @ApiProperty({ example: '9b813767-0e2b-46c6-b1df-e97045a3ac04', description: 'The account UUID' }) id: string;
  @ApiProperty({ example: 'zh_CN', nullable: true, type: String }) language: string | null;
  @ApiProperty({ example: '零陵上将军', nullable: true, type: String, description: 'The WeChat nickname' }) nickName: string | null;
  @ApiProperty({ example: 'oZ9dO5Pi46v3m0AJj6vGXxwPmqsQ' }) openid: string;
  @ApiProperty({ example: '测试张三', nullable: true, type: String, description: 'The account nickname' }) userName: string | null;
  @ApiProperty({ example: '15820290006', nullable: true, type: String, description: 'null until linked to a phone account' }) phone: string | null;
  @ApiProperty({ example: '', nullable: true, type: String }) province: string | null;
  @ApiProperty({ example: '2021-03-08 09:49:49', nullable: true, type: String, description: `When the WeChat user was first seen; ${DATE_TIME}` })
  createTime: string | null;
}

export class PublicKeyDto {
  @ApiProperty({ example: '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...\n-----END PUBLIC KEY-----\n', description: 'RSA public key (SPKI PEM)' })
  publicKey: string;
}

export class UsersTokenEnvelopeDto {
  @ApiProperty({ example: 200 }) code: number;
  @ApiProperty({ example: '操作成功' }) message: string;
  @ApiProperty({ example: TOKEN_EXAMPLE, description: 'The token (JWT): send it back in header `token`' }) data: string;
  @ApiProperty({ example: 0 }) total: number;
}

export class UsersRegisteredEnvelopeDto {
  @ApiProperty({ example: 200 }) code: number;
  @ApiProperty({ example: '恭喜，注册成功！' }) message: string;
  @ApiProperty({ example: null, nullable: true, type: Object }) data: null;
  @ApiProperty({ example: 0 }) total: number;
}

export class UsersDoneEnvelopeDto {
  @ApiProperty({ example: 200 }) code: number;
  @ApiProperty({ example: '操作成功' }) message: string;
  @ApiProperty({ example: null, nullable: true, type: Object }) data: null;
  @ApiProperty({ example: 0 }) total: number;
}

export class UsersExitEnvelopeDto {
  @ApiProperty({ example: 200 }) code: number;
  @ApiProperty({ example: '操作成功' }) message: string;
  @ApiProperty({ example: '已退出' }) data: string;
  @ApiProperty({ example: 0 }) total: number;
}

export class UsersAccountInfoEnvelopeDto {
  @ApiProperty({ example: 200 }) code: number;
  @ApiProperty({ example: '操作成功' }) message: string;
  @ApiProperty({ type: UsersAccountInfoDto }) data: UsersAccountInfoDto;
  @ApiProperty({ example: 0 }) total: number;
}

@ApiExtraModels(UsersAccountInfoDto, UsersWeChatInfoDto)
export class UsersSelfInfoEnvelopeDto {
  @ApiProperty({ example: 200 }) code: number;
  @ApiProperty({ example: '操作成功' }) message: string;
  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(UsersAccountInfoDto) }, { $ref: getSchemaPath(UsersWeChatInfoDto) }],
    description: 'UsersWeChatInfoDto when the token came from a WeChat sign-in (it carries an openid), else UsersAccountInfoDto',
  })
  data: UsersAccountInfoDto | UsersWeChatInfoDto;
  @ApiProperty({ example: 0 }) total: number;
}

export class UsersHeadImgEnvelopeDto {
  @ApiProperty({ example: 200 }) code: number;
  @ApiProperty({ example: '操作成功' }) message: string;
  @ApiProperty({ type: HeadImgDto }) data: HeadImgDto;
  @ApiProperty({ example: 0 }) total: number;
}

export class UsersPublicKeyEnvelopeDto {
  @ApiProperty({ example: 200 }) code: number;
  @ApiProperty({ example: '操作成功' }) message: string;
  @ApiProperty({ type: PublicKeyDto }) data: PublicKeyDto;
  @ApiProperty({ example: 0 }) total: number;
}

/** Every failure: `code` equals the HTTP status; `data` is null. */
export class UsersErrorEnvelopeDto {
  @ApiProperty({ example: 400, enum: [400, 401, 403, 404, 409, 429, 500, 501, 503] }) code: number;
  @ApiProperty({ example: '参数错误：phone不能为空' }) message: string;
  @ApiProperty({ example: null, nullable: true, type: Object }) data: null;
  @ApiProperty({ example: 0 }) total: number;
}

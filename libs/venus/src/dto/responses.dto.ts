import { ApiProperty } from '@nestjs/swagger';

export class VenusTokenDto {
  /** A JWT for header `token`, valid 24 hours, accepted by venus only. */
  @ApiProperty({ example: 'token' })
  token: string;
}

export class VenusSuccessDto {
  @ApiProperty({ example: 'ok', enum: ['ok'] })
  success: 'ok';
}

export class VenusCreatedDto {
  @ApiProperty({ example: 'ok', enum: ['ok'] })
  success: 'ok';

  /** The account's numeric id (the same as user_id in GET /venus/user/info). */
  @ApiProperty({ example: 1 })
  user_id: number;
}

export class VenusUserInfoDto {
  /** 昵称; "" when not set. */
  @ApiProperty({ example: 'test' })
  nickname: string;

  /** 头像地址; "" when not set. */
  @ApiProperty({ example: 'test' })
  avatar: string;

  /** 职位名称; "" when not set. */
  @ApiProperty({ example: 'test' })
  position: string;

  /** 部门名称; "" when not set. */
  @ApiProperty({ example: 'gov' })
  department_name: string;

  /** The latest successful sign-in through any contract, in Unix seconds; 0 if the account never signed in. */
  @ApiProperty({ example: 111112222331 })
  last_login_at_sec: number;

  /** 内部电话号码 (internal_number at registration); "" when not set. */
  @ApiProperty({ example: '10020' })
  internal_phone: string;

  /** 1 user, 2 administrator. */
  @ApiProperty({ example: 1, enum: [1, 2] })
  role_id: number;

  /** The account's numeric id. */
  @ApiProperty({ example: 1 })
  user_id: number;
}

export class VenusErrorDto {
  @ApiProperty({ example: 10010 })
  errorCode: number;

  @ApiProperty({ example: 'user_not_found' })
  errorMessage: string;
}

import { ApiProperty } from '@nestjs/swagger';

export class ResultOkDto {
  @ApiProperty({ example: 1, enum: [1] }) result: 1;
}

export class LoginCodeDto {
  @ApiProperty({ example: 1, enum: [1] }) result: 1;

  /** Single use, valid 10 minutes: the password of the OAuth password grant, with the phone as username. */
  @ApiProperty({ example: '3224234234', description: 'oauth登陆码 (an opaque secret; the example is the document\'s)' })
  oauth_login_code: string;
}

export class ResultErrorDto {
  @ApiProperty({ example: 0, enum: [0] }) result: 0;
  @ApiProperty({ example: '校验码错误或已失效', description: '错误原因 (Chinese; see the tag description)' }) error: string;
}

export class OAuthTokenDto {
  @ApiProperty({ example: 'eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiJ9...', description: 'A JWT (aud "oauth", client_id claim)' })
  access_token: string;

  @ApiProperty({ example: 'Bearer' }) token_type: string;
  @ApiProperty({ example: 86400, description: 'Seconds the access token lives (1 day)' }) expires_in: number;
  @ApiProperty({ example: 'p0C3xH4w1bE6...', description: 'Works once; a new one comes with each refresh' }) refresh_token: string;
  @ApiProperty({ example: 1700000000, description: 'Unix seconds the access token was issued' }) created_at: number;
}

export class OAuthApplicationDto {
  @ApiProperty({ example: 'Hn2bT9kQ4sV7xW1yZ3aC5d', nullable: true, type: String, description: 'The client_id' }) uid: string | null;
}

export class OAuthTokenInfoDto {
  @ApiProperty({ example: 42, description: 'The account\'s numeric id' }) resource_owner_id: number;
  @ApiProperty({ example: [], type: [String], description: 'Always empty: this server has no scopes' }) scope: string[];
  @ApiProperty({ example: 86399, description: 'Seconds left' }) expires_in: number;
  @ApiProperty({ type: OAuthApplicationDto }) application: OAuthApplicationDto;
  @ApiProperty({ example: 1700000000, description: 'Unix seconds the token was issued' }) created_at: number;
}

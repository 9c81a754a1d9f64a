import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class CreateOAuthClientDto {
  /** Shown to administrators only. */
  @ApiProperty({ example: 'My mobile app' })
  @IsString() @IsNotEmpty() @MaxLength(255)
  name: string;
}

export class OAuthClientDto {
  @ApiProperty({ example: 3, description: 'The id DELETE /v2/oauth/clients/{id} takes' }) id: number;
  @ApiProperty({ example: 'Hn2bT9kQ4sV7xW1yZ3aC5d', description: 'Application Id: client_id at POST /oauth/token' }) client_id: string;
  @ApiProperty({ example: 'My mobile app' }) name: string;
  @ApiProperty({ example: '2026-01-02T10:00:00.000Z', format: 'date-time' }) created_at: string;
}

export class CreatedOAuthClientDto extends OAuthClientDto {
  @ApiProperty({ example: 'c3VwZXItc2VjcmV0LWNsaWVudC1zZWNyZXQtdmFsdWU', description: 'Secret: shown only in this answer, kept only as a hash' })
  client_secret: string;
}

export class OAuthClientListDto {
  @ApiProperty({ type: [OAuthClientDto] }) items: OAuthClientDto[];
}

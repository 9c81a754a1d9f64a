import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class V2UserDto {
  @ApiProperty({ example: 42 }) id: number;
  @ApiProperty({ example: '9b813767-0e2b-46c6-b1df-e97045a3ac04' }) uuid: string;
  @ApiProperty({ example: '26112105411234' }) account_number: string;
  @ApiProperty({ example: 'alice', nullable: true, type: String }) username: string | null;
  @ApiProperty({ example: 'alice@example.com', nullable: true, type: String }) email: string | null;
  @ApiProperty({ example: false }) email_verified: boolean;
  @ApiProperty({ example: '+8613812345678', nullable: true, type: String }) phone: string | null;
  @ApiProperty({ example: 'Alice', nullable: true, type: String }) nickname: string | null;
  @ApiProperty({ example: 'http://localhost:3000/files/55268270-7fd9-11eb-ad4e-530e657b08cb.png', nullable: true, type: String }) avatar_url: string | null;
  @ApiProperty({ example: 2, enum: [0, 1, 2], description: '0 unknown, 1 male, 2 female' }) sex: number;
  @ApiProperty({ example: '1990-05-01', nullable: true, type: String }) birthday: string | null;
  @ApiProperty({ example: '北京市朝阳区', nullable: true, type: String }) address: string | null;
  @ApiProperty({ example: 'Engineer', nullable: true, type: String }) position: string | null;
  @ApiProperty({ example: 'Example Co.', nullable: true, type: String }) company: string | null;
  @ApiProperty({ example: 'R&D', nullable: true, type: String }) department: string | null;
  @ApiProperty({ example: '10020', nullable: true, type: String }) internal_phone: string | null;
  @ApiProperty({ example: 'Hello!', nullable: true, type: String }) description: string | null;
  @ApiProperty({ example: 'https://alice.example.com', nullable: true, type: String }) website: string | null;
  @ApiProperty({ example: 'Beijing', nullable: true, type: String }) location: string | null;
  @ApiProperty({ example: 'user', enum: ['user', 'admin'] }) role: string;
  @ApiProperty({ example: 'normal', enum: ['normal', 'paused', 'locked', 'stopped', 'deleted'] }) status: string;
  @ApiProperty({ example: '2026-01-05T08:30:00.000Z', nullable: true, type: String, format: 'date-time' }) last_login_at: string | null;
  @ApiProperty({ example: '2026-01-02T10:00:00.000Z', format: 'date-time' }) created_at: string;
  @ApiProperty({ example: '2026-01-05T08:30:00.000Z', format: 'date-time' }) updated_at: string;
}

export class TokensDto {
  @ApiProperty({ example: 'eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiJ9...' }) access_token: string;
  @ApiProperty({ example: 'Vb7h0p2T1m...' }) refresh_token: string;
  @ApiProperty({ example: 'Bearer' }) token_type: string;
  @ApiProperty({ example: 900, description: 'Seconds the access token lives' }) expires_in: number;
  @ApiProperty({ type: V2UserDto }) user: V2UserDto;
}

export class SessionDto {
  @ApiProperty({ example: '2f1c4f8e-6d0b-4a53-9c55-1b7a3f1e9d10' }) id: string;
  @ApiProperty({ example: 'v2', description: 'The API the session belongs to' }) audience: string;
  @ApiProperty({ example: 'Mozilla/5.0 (X11; Linux x86_64)', nullable: true, type: String }) user_agent: string | null;
  @ApiProperty({ example: '203.0.113.7', nullable: true, type: String }) ip: string | null;
  @ApiProperty({ example: '2026-01-05T08:30:00.000Z', format: 'date-time' }) created_at: string;
  @ApiProperty({ example: '2026-01-05T08:40:00.000Z', format: 'date-time' }) last_seen_at: string;
  @ApiProperty({ example: '2026-02-04T08:30:00.000Z', format: 'date-time' }) expires_at: string;
  @ApiProperty({ example: true, description: 'True for the session of the token making this request' }) current: boolean;
}

export class SessionListDto {
  @ApiProperty({ type: [SessionDto] }) items: SessionDto[];
}

export class UserPageDto {
  @ApiProperty({ type: [V2UserDto] }) items: V2UserDto[];
  @ApiProperty({ example: 1 }) total: number;
  @ApiProperty({ example: 1 }) page: number;
  @ApiProperty({ example: 20 }) per_page: number;
}

export class CodeSentDto {
  @ApiProperty({ example: true, description: 'Always true: v2 does not tell whether the target has an account' })
  accepted: boolean;
  @ApiProperty({ example: 600 }) expires_in: number;
  @ApiProperty({ example: 60 }) resend_after: number;
}

export class ProblemDto {
  @ApiProperty({ example: 'urn:accounts:problem:invalid_credentials' }) type: string;
  @ApiProperty({ example: 'Invalid credentials' }) title: string;
  @ApiProperty({ example: 401 }) status: number;
  @ApiProperty({ example: 'Invalid credentials' }) detail: string;
  @ApiProperty({ example: 'invalid_credentials' }) code: string;
  @ApiPropertyOptional({ example: { password: ['length'] }, description: 'Field -> the one rule to fix first (validation errors): missing, then wrong type, then length or format' })
  errors?: Record<string, string[]>;
  @ApiPropertyOptional({ example: 60 }) retry_after?: number;
}

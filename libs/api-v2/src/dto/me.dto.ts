import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Length, MaxLength } from 'class-validator';

export class ProfilePatchDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Alice' }) @IsOptional() @IsString() @MaxLength(255) nickname?: string | null;
  @ApiPropertyOptional({ example: 2, enum: [0, 1, 2], description: '0 unknown, 1 male, 2 female' }) @IsOptional() @IsInt() @IsIn([0, 1, 2]) sex?: 0 | 1 | 2;
  @ApiPropertyOptional({ type: String, nullable: true, example: '1990-05-01' }) @IsOptional() @IsString() @MaxLength(32) birthday?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '北京市朝阳区' }) @IsOptional() @IsString() @MaxLength(255) address?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Engineer' }) @IsOptional() @IsString() @MaxLength(255) position?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Example Co.' }) @IsOptional() @IsString() @MaxLength(255) company?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'R&D' }) @IsOptional() @IsString() @MaxLength(255) department?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '10020' }) @IsOptional() @IsString() @MaxLength(32) internal_phone?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Hello!' }) @IsOptional() @IsString() @MaxLength(1000) description?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uri', example: 'https://alice.example.com', description: 'An absolute http(s) URL' }) @IsOptional() @IsString() @MaxLength(255) website?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Beijing' }) @IsOptional() @IsString() @MaxLength(255) location?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uri', example: 'https://example.com/a.png', description: 'An absolute http(s) URL' }) @IsOptional() @IsString() @MaxLength(1024) avatar_url?: string | null;
}

export class DeleteMeDto {
  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty({ example: 'correct horse battery staple' }) @IsString() @IsNotEmpty() @MaxLength(1024) current_password: string;
  @ApiProperty({ example: 'a new long passphrase' }) @IsString() @IsNotEmpty() @MaxLength(1024) new_password: string;
}

export class ChangeEmailDto {
  @ApiProperty({ example: 'new@example.com' }) @IsString() @IsNotEmpty() @MaxLength(254) email: string;
  /** Sent to the new address with purpose change_email. */
  @ApiProperty({ example: '123456' }) @IsString() @Length(6, 6) code: string;
}

export class ChangePhoneDto {
  @ApiProperty({ example: '+8613900000000' }) @IsString() @IsNotEmpty() @MaxLength(32) phone: string;
  /** Sent to the new phone with purpose change_phone. */
  @ApiProperty({ example: '123456' }) @IsString() @Length(6, 6) code: string;
}

export class AvatarUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'A JPEG, PNG, GIF or WebP image, at most 5 MB' })
  file: unknown;
}

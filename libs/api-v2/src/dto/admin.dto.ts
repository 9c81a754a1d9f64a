import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ProfilePatchDto } from './me.dto';

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

const MAX_PAGE = 1_000_000;

export class ListUsersQueryDto {
  /** Matches username, email, phone or nickname. */
  @ApiPropertyOptional({ example: 'alice' }) @IsOptional() @IsString() @MaxLength(255) search?: string;
  /** Bounded so that the offset stays a number the database takes (1e23 reached SQL as 2e+24 and failed). */
  @ApiPropertyOptional({ example: 1, minimum: 1, maximum: MAX_PAGE }) @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(MAX_PAGE) page?: number;
  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 100 }) @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100) per_page?: number;
}

export class AdminUserPatchDto extends ProfilePatchDto {
  @ApiPropertyOptional({ enum: ['user', 'admin'] }) @IsOptional() @IsIn(['user', 'admin']) role?: 'user' | 'admin';
  @ApiPropertyOptional({ enum: ['normal', 'paused', 'locked', 'stopped'] })
  @IsOptional() @IsIn(['normal', 'paused', 'locked', 'stopped'])
  status?: 'normal' | 'paused' | 'locked' | 'stopped';
}

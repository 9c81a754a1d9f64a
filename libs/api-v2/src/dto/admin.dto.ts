import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ProfilePatchDto } from './me.dto';

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

export class ListUsersQueryDto {
  /** Matches username, email, phone or nickname. */
  @ApiPropertyOptional({ example: 'alice' }) @IsOptional() @IsString() @MaxLength(255) search?: string;
  @ApiPropertyOptional({ example: 1, minimum: 1 }) @IsOptional() @Transform(toInt) @IsInt() @Min(1) page?: number;
  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 100 }) @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100) per_page?: number;
}

export class AdminUserPatchDto extends ProfilePatchDto {
  @ApiPropertyOptional({ enum: ['user', 'admin'] }) @IsOptional() @IsIn(['user', 'admin']) role?: 'user' | 'admin';
  @ApiPropertyOptional({ enum: ['normal', 'paused', 'locked', 'stopped'] })
  @IsOptional() @IsIn(['normal', 'paused', 'locked', 'stopped'])
  status?: 'normal' | 'paused' | 'locked' | 'stopped';
}

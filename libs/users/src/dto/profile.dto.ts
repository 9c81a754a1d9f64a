import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** Form bodies carry numbers as text: "1" is 1. */
const numericText = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value);

export class EditSelfDto {
  /** The nickname (用户昵称). */
  @ApiPropertyOptional({ example: '测试张三', type: String, nullable: true, description: '用户昵称' })
  @IsOptional() @IsString() @MaxLength(255)
  userName?: string | null;

  @ApiPropertyOptional({ example: 1, enum: [0, 1, 2], description: '用户性别 1 男 2 女 0 未知 (a number, or its text in a form body)' })
  @IsOptional() @Transform(numericText) @IsInt() @IsIn([0, 1, 2])
  usersexName?: 0 | 1 | 2;

  @ApiPropertyOptional({ example: '1990-05-01', type: String, nullable: true, description: '用户生日（时间格式字符串）, e.g. 1990-05-01; answered as saved' })
  @IsOptional() @IsString() @MaxLength(32)
  birthday?: string | null;

  @ApiPropertyOptional({ example: '广东省深圳市南山区', type: String, nullable: true, description: '用户地址' })
  @IsOptional() @IsString() @MaxLength(255)
  address?: string | null;

  @ApiPropertyOptional({ example: '工程师', type: String, nullable: true, description: '用户职位' })
  @IsOptional() @IsString() @MaxLength(255)
  professional?: string | null;
}

// Another contract has a class of the same name: one OpenAPI schema name per contract.
@ApiSchema({ name: 'UsersEditUserDto' })
export class EditUserDto extends EditSelfDto {
  @ApiProperty({ example: '9b813767-0e2b-46c6-b1df-e97045a3ac04', description: '用户 id (the account UUID)' })
  @IsString() @IsUUID()
  id: string;
}

export class UserIdQueryDto {
  @ApiProperty({ example: '9b813767-0e2b-46c6-b1df-e97045a3ac04', description: '用户 id (the account UUID)' })
  @IsString() @IsUUID()
  id: string;
}

// Another contract has a class of the same name: one OpenAPI schema name per contract.
@ApiSchema({ name: 'UsersAvatarUploadDto' })
export class AvatarUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: '上传单张图片: one JPEG, PNG, GIF or WebP image (judged by content), at most 5 MB' })
  file: unknown;
}

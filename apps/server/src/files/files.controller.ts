import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ReadStoredFile } from '@app/accounts';
import type { HttpReply } from '@app/facade-kit';

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];

/** The users envelope of a failure, as GET /files answers an unknown name. */
const NOT_FOUND_SCHEMA = {
  type: 'object',
  required: ['code', 'message', 'data', 'total'],
  properties: {
    code: { type: 'integer', enum: [404] },
    message: { type: 'string' },
    data: { type: 'object', nullable: true },
    total: { type: 'integer' },
  },
};

/** Serves uploaded avatars at /files/<uuid>.<suffix> with the type judged at upload. */
@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(private readonly readFile: ReadStoredFile) {}

  @Get(':name')
  @ApiParam({ name: 'name', description: '<uuid>.<suffix>, as the avatar URL ends', example: '55268270-7fd9-11eb-ad4e-530e657b08cb.jpg' })
  @ApiOperation({
    summary: 'Download an uploaded file (avatars)',
    description: 'The `filePath` of a users `headImg` (and every contract\'s avatar URL) points here. No token: the UUID name is the secret.',
  })
  @ApiOkResponse({
    description: 'The image bytes, with the type judged from its content at upload; cached for a year (names never change).',
    content: Object.fromEntries(IMAGE_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
  })
  @ApiNotFoundResponse({
    description: 'No such file: the users envelope (this path belongs to the users contract).',
    content: { 'application/json': { schema: NOT_FOUND_SCHEMA, example: { code: 404, message: '资源不存在', data: null, total: 0 } } },
  })
  async download(@Param('name') name: string, @Res() response: HttpReply): Promise<void> {
    const { file, bytes } = await this.readFile.execute({ name });
    response
      .status(200)
      .type(file.mimeType)
      .header('Cache-Control', 'public, max-age=31536000, immutable')
      .header('X-Content-Type-Options', 'nosniff')
      .send(bytes);
  }
}

import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReadStoredFile } from '@app/accounts';
import type { Response } from 'express';

/** Serves uploaded avatars at /files/<uuid>.<suffix> with the type judged at upload. */
@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(private readonly readFile: ReadStoredFile) {}

  @Get(':name')
  @ApiOperation({ summary: 'Download an uploaded file (avatars)' })
  @ApiOkResponse({ description: 'The image bytes' })
  async download(@Param('name') name: string, @Res() response: Response): Promise<void> {
    const { file, bytes } = await this.readFile.execute(name);
    response
      .status(200)
      .type(file.mimeType)
      .setHeader('Cache-Control', 'public, max-age=31536000, immutable')
      .setHeader('X-Content-Type-Options', 'nosniff')
      .send(bytes);
  }
}

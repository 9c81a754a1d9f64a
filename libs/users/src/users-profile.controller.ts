import { Body, Controller, Get, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountsErrorCode, AuthContext, GetAccountView, SetAvatar, UpdateProfile } from '@app/accounts';
import { Auth, RequestValidationError, SingleFileUpload, TransportErrorCode, UploadedBytes, UploadedFile } from '@app/facade-kit';
import { AvatarUploadDto, EditSelfDto } from './dto/profile.dto';
import { HeadImgDto, UsersAccountInfoDto, UsersDoneEnvelopeDto, UsersHeadImgEnvelopeDto, UsersSelfInfoEnvelopeDto, UsersWeChatInfoDto } from './dto/responses.dto';
import { ApiUsersErrors, TOKEN_ERRORS } from './users-docs';
import { UsersAuthenticated } from './users-auth';
import { ok, toHeadImg, toSelfInfo, UsersEnvelope } from './users.presenter';
import { profilePatchOf } from './profile-patch';

const { ValidationFailed, FileTooLarge, FileTypeNotAllowed, RateLimited } = AccountsErrorCode;

@ApiTags('users')
@UsersAuthenticated()
@Controller('users')
export class UsersProfileController {
  constructor(
    private readonly view: GetAccountView,
    private readonly updateProfile: UpdateProfile,
    private readonly setAvatar: SetAvatar,
  ) {}

  @Get('info/self')
  @ApiOperation({
    summary: '获取本用户信息: the signed-in user',
    description:
      'Two shapes. A token from a WeChat sign-in (it carries an openid) answers the WeChat profile beside the linked account\'s ' +
      'userName and phone (null until linked); any other token answers the account. headImg is the uploaded avatar, null when none.',
  })
  @ApiOkResponse({ type: UsersSelfInfoEnvelopeDto, description: 'The account shape, or the WeChat shape for a WeChat sign-in' })
  @ApiUsersErrors(...TOKEN_ERRORS)
  async self(@Auth() auth: AuthContext): Promise<UsersEnvelope<UsersAccountInfoDto | UsersWeChatInfoDto>> {
    return ok(toSelfInfo(await this.view.execute({ account: auth.account }), auth.session));
  }

  @Post('edit/self')
  @HttpCode(200)
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiOperation({
    summary: '完善本用户信息: change the signed-in user\'s profile',
    description: 'Only the fields sent change; an empty string or null clears a field. birthday must be a date text such as 1990-05-01.',
  })
  @ApiOkResponse({ type: UsersDoneEnvelopeDto, description: 'Saved' })
  @ApiUsersErrors(ValidationFailed, ...TOKEN_ERRORS)
  async editSelf(@Auth() auth: AuthContext, @Body() body: EditSelfDto): Promise<UsersEnvelope<null>> {
    await this.updateProfile.execute({ accountId: auth.account.id, patch: profilePatchOf(body) });
    return ok(null);
  }

  @Post('edit/avatar/self')
  @HttpCode(200)
  @UseInterceptors(SingleFileUpload('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: AvatarUploadDto })
  @ApiOperation({
    summary: '更换本用户头像信息: upload a new avatar (multipart field file)',
    description:
      'One JPEG, PNG, GIF or WebP image, judged by its content, at most 5 MB. Served at {PUBLIC_URL}/files/<uuid>.<suffix>; ' +
      'the avatar it replaces is removed (its URL answers 404). At most AVATAR_UPLOADS_PER_HOUR (default 10) attempts per ' +
      'account and hour, one at a time: past that, 429 with Retry-After.',
  })
  @ApiOkResponse({ type: UsersHeadImgEnvelopeDto, description: 'The stored avatar' })
  @ApiUsersErrors(ValidationFailed, FileTooLarge, FileTypeNotAllowed, RateLimited, TransportErrorCode.MalformedRequest, ...TOKEN_ERRORS)
  async avatar(@Auth() auth: AuthContext, @UploadedFile() file: UploadedBytes | undefined): Promise<UsersEnvelope<HeadImgDto>> {
    if (!file) throw new RequestValidationError({ file: ['isNotEmpty'] }, 'file: a multipart field named file is required');
    const stored = await this.setAvatar.execute({ accountId: auth.account.id, bytes: file.buffer, originalName: file.originalName });
    return ok(toHeadImg(stored.file, stored.url));
  }
}

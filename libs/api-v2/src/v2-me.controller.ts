import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  AccountsErrorCode,
  AuthContext,
  ChangeEmail,
  ChangePassword,
  ChangePhone,
  ClientInfo,
  CodePurpose,
  DeleteAccount,
  EndSession,
  GetAccountView,
  ListSessions,
  SetAvatar,
  UpdateProfile,
} from '@app/accounts';
import { Auth, Client, RequestValidationError, SingleFileUpload, TransportErrorCode, UploadedBytes, UploadedFile } from '@app/facade-kit';
import { AvatarUploadDto, ChangeEmailDto, ChangePasswordDto, ChangePhoneDto, DeleteMeDto, ProfilePatchDto } from './dto/me.dto';
import { SessionListDto, V2UserDto } from './dto/responses.dto';
import { V2Authenticated } from './v2-auth';
import { ApiProblems, invalidField, TOKEN_PROBLEMS } from './v2-docs';
import { toV2Session, toV2User } from './v2.presenter';
import { profilePatchOf } from './profile-patch';

@ApiTags('v2')
@V2Authenticated()
@Controller('v2/me')
export class V2MeController {
  constructor(
    private readonly view: GetAccountView,
    private readonly updateProfile: UpdateProfile,
    private readonly deleteAccount: DeleteAccount,
    private readonly changePassword: ChangePassword,
    private readonly changeEmail: ChangeEmail,
    private readonly changePhone: ChangePhone,
    private readonly setAvatar: SetAvatar,
    private readonly listSessions: ListSessions,
    private readonly endSession: EndSession,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The signed-in account' })
  @ApiOkResponse({ type: V2UserDto })
  me(@Auth() auth: AuthContext): V2UserDto {
    return toV2User(auth.account);
  }

  @Patch()
  @ApiOperation({ summary: 'Change profile fields; null clears a field' })
  @ApiOkResponse({ type: V2UserDto })
  @ApiProblems(invalidField('nickname', 'maxLength'))
  async patchMe(@Auth() auth: AuthContext, @Body() body: ProfilePatchDto): Promise<V2UserDto> {
    return toV2User(await this.updateProfile.execute({ accountId: auth.account.id, patch: profilePatchOf(body) }));
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete the account (password required)',
    description:
      'Ends every session; frees username, email and phone; erases personal data and every uploaded file (their URLs answer 404). ' +
      'While an avatar upload of the account is in progress: 429, retry after a second.',
  })
  @ApiNoContentResponse()
  @ApiProblems(invalidField('password', 'isNotEmpty'), AccountsErrorCode.InvalidCredentials, AccountsErrorCode.RateLimited, ...TOKEN_PROBLEMS)
  async deleteMe(@Auth() auth: AuthContext, @Body() body: DeleteMeDto, @Client() client: ClientInfo): Promise<void> {
    await this.deleteAccount.execute({ auth, password: body.password, client });
  }

  @Post('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change the password', description: 'Ends every session of the account, this one included.' })
  @ApiNoContentResponse()
  @ApiProblems(
    invalidField('new_password', 'isNotEmpty'),
    AccountsErrorCode.WeakPassword,
    AccountsErrorCode.ValueUnchanged,
    AccountsErrorCode.InvalidCredentials,
    ...TOKEN_PROBLEMS,
  )
  async password(@Auth() auth: AuthContext, @Body() body: ChangePasswordDto, @Client() client: ClientInfo): Promise<void> {
    await this.changePassword.execute({
      auth,
      currentPassword: body.current_password,
      newPassword: body.new_password,
      passwordPolicy: 'standard',
      client,
    });
  }

  @Put('email')
  @ApiOperation({ summary: 'Change the email with a code sent to the new address (purpose change_email)' })
  @ApiOkResponse({ type: V2UserDto })
  @ApiProblems(invalidField('code', 'isLength'), AccountsErrorCode.CodeInvalid, AccountsErrorCode.EmailTaken)
  async email(@Auth() auth: AuthContext, @Body() body: ChangeEmailDto, @Client() client: ClientInfo): Promise<V2UserDto> {
    await this.changeEmail.execute({ auth, value: body.email, code: body.code, purpose: CodePurpose.ChangeEmail, client });
    return toV2User((await this.view.execute({ id: auth.account.id })).account);
  }

  @Put('phone')
  @ApiOperation({ summary: 'Change the phone with a code sent to the new number (purpose change_phone)' })
  @ApiOkResponse({ type: V2UserDto })
  @ApiProblems(invalidField('code', 'isLength'), AccountsErrorCode.CodeInvalid, AccountsErrorCode.PhoneTaken)
  async phone(@Auth() auth: AuthContext, @Body() body: ChangePhoneDto, @Client() client: ClientInfo): Promise<V2UserDto> {
    await this.changePhone.execute({ auth, value: body.phone, code: body.code, purpose: CodePurpose.ChangePhone, client });
    return toV2User((await this.view.execute({ id: auth.account.id })).account);
  }

  @Put('avatar')
  @UseInterceptors(SingleFileUpload('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: AvatarUploadDto })
  @ApiOperation({
    summary: 'Upload a new avatar (multipart field file)',
    description:
      'One JPEG, PNG, GIF or WebP image, judged by its content, within MAX_UPLOAD_BYTES. The avatar it replaces is removed ' +
      '(its URL answers 404). At most AVATAR_UPLOADS_PER_HOUR (default 10) attempts per account and hour, one at a time: ' +
      'past that, 429 with Retry-After and retry_after.',
  })
  @ApiOkResponse({ type: V2UserDto })
  @ApiProblems(
    invalidField('file', 'isNotEmpty', 'file: a multipart field named file is required'),
    AccountsErrorCode.FileTooLarge,
    AccountsErrorCode.FileTypeNotAllowed,
    AccountsErrorCode.RateLimited,
  )
  async avatar(@Auth() auth: AuthContext, @UploadedFile() file: UploadedBytes | undefined): Promise<V2UserDto> {
    if (!file) throw new RequestValidationError({ file: ['isNotEmpty'] }, 'file: a multipart field named file is required');
    await this.setAvatar.execute({ accountId: auth.account.id, bytes: file.buffer, originalName: file.originalName });
    return toV2User((await this.view.execute({ id: auth.account.id })).account);
  }

  @Get('sessions')
  @ApiOperation({ summary: 'The account\'s live sessions, in every API' })
  @ApiOkResponse({ type: SessionListDto })
  async sessions(@Auth() auth: AuthContext): Promise<SessionListDto> {
    const sessions = await this.listSessions.execute({ auth });
    return { items: sessions.map((session) => toV2Session(session, auth.session.id)) };
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'End one of the account\'s sessions' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'A session id from GET /v2/me/sessions', example: '2f1c4f8e-6d0b-4a53-9c55-1b7a3f1e9d10' })
  @ApiNoContentResponse()
  @ApiProblems(TransportErrorCode.MalformedRequest, AccountsErrorCode.NotFound)
  async endOne(@Auth() auth: AuthContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.endSession.execute({ auth, sessionId: id });
  }
}

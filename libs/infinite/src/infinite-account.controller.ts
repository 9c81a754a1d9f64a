import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AuthContext,
  ChangeEmail,
  ChangePassword,
  ChangePhone,
  ClientInfo,
  CodePurpose,
  DeleteAccount,
  GetAccountView,
  UpdateProfile,
} from '@app/accounts';
import { Auth, Client } from '@app/facade-kit';
import { DeleteUserDto, EditUserDto, EditUserMobileDto, ModifyUserEmailDto, ModifyUserPasswordDto } from './dto/account.dto';
import { UserDetailDto, UserDetailEnvelopeDto } from './dto/responses.dto';
import { InfiniteAuthenticated } from './infinite-auth';
import { EDIT_MOBILE_VERIFY_ERROR_TEXT, InfiniteCode, InfiniteEnvelope, success } from './infinite-codes';
import { invalidParam, InfiniteOperation, TOKEN_FAILURES } from './infinite-docs';
import { toUserDetail } from './infinite.presenter';

const DETAIL_EXAMPLE = {
  createDatetime: '1970-01-01 12:00:00',
  nickname: '测试',
  accountId: '20042908291234',
  username: 'admin',
  email: 'test@qq.com',
  mobile: '18625160000',
  emailVerified: 2,
  iconUrl: 'https://i.picsum.photos/id/1005/100/100.jpg',
  loginIp: '129.0.1.22',
  loginDevice: 'MAC: 00-D0-F8-00-00-01',
  status: 1,
  updateDatetime: '1970-01-01 12:00:00',
  userId: 676803,
};

@ApiTags('infinite')
@InfiniteAuthenticated()
@Controller('api/user')
export class InfiniteAccountController {
  constructor(
    private readonly view: GetAccountView,
    private readonly updateProfile: UpdateProfile,
    private readonly changeEmail: ChangeEmail,
    private readonly changePassword: ChangePassword,
    private readonly changePhone: ChangePhone,
    private readonly deleteAccount: DeleteAccount,
  ) {}

  @Post('getUserDetail')
  @HttpCode(200)
  @InfiniteOperation({
    summary: '用户信息: the signed-in account',
    description:
      'Numeric enumerations (CONTRACTS.md): emailVerified 1 not verified, 2 verified; status 1 normal, 2 paused, 3 locked, ' +
      '4 stopped, 5 deleted; userId is the account\'s numeric id. Dates are Asia/Shanghai.',
    type: UserDetailEnvelopeDto,
    successData: DETAIL_EXAMPLE,
    errors: TOKEN_FAILURES,
  })
  async getUserDetail(@Auth() auth: AuthContext): Promise<InfiniteEnvelope<UserDetailDto>> {
    const { account } = await this.view.execute({ id: auth.account.id });
    return success(toUserDetail(account));
  }

  @Post('editUser')
  @HttpCode(200)
  @InfiniteOperation({
    summary: '修改资料: change nickname, avatar link, description, website and location',
    description:
      'All five fields are required as the document says; the nickname must not be blank, the others may be empty ' +
      '(an empty text clears the field). The avatar is a link (upload it elsewhere first). With Gitea configured, nickname ' +
      '(as full_name), website, location and description are copied there as best effort: Gitea being down does not refuse the change.',
    errors: [invalidParam('nickname'), ...TOKEN_FAILURES],
  })
  async editUser(@Auth() auth: AuthContext, @Body() body: EditUserDto): Promise<InfiniteEnvelope> {
    await this.updateProfile.execute({
      accountId: auth.account.id,
      patch: {
        nickname: body.nickname,
        avatarUrl: body.avatarUrl,
        description: body.description,
        website: body.website,
        location: body.location,
      },
    });
    return success();
  }

  @Post('modifyUserEmail')
  @HttpCode(200)
  @InfiniteOperation({
    summary: '更换邮箱: change the email with the password and a code sent to the new address',
    description:
      'oriEmail must be the current email and password the account\'s password (else Account.VerifyError); the code comes ' +
      'from emailVerifyCode sent to the new email. The same email again: General.ParameterRepeat. Mirrored to Gitea first when configured.',
    errors: [
      InfiniteCode.GiteaServerError,
      invalidParam('email', 'pattern'),
      InfiniteCode.VerifyCodeError,
      InfiniteCode.ParameterRepeat,
      InfiniteCode.EmailRepeat,
      InfiniteCode.VerifyError,
      ...TOKEN_FAILURES,
    ],
  })
  async modifyUserEmail(@Auth() auth: AuthContext, @Body() body: ModifyUserEmailDto, @Client() client: ClientInfo): Promise<InfiniteEnvelope> {
    await this.changeEmail.execute({
      auth,
      value: body.email,
      code: body.verifyCode.trim(),
      purpose: CodePurpose.Any,
      password: body.password,
      current: body.oriEmail,
      client,
      fields: { value: 'email', current: 'oriEmail' },
    });
    return success();
  }

  @Post('modifyUserPassword')
  @HttpCode(200)
  @InfiniteOperation({
    summary: '密码修改: change the password with the current one',
    description:
      'New password: 8 to 16 characters, letters and digits both present; equal to the current one: General.ParameterRepeat; ' +
      'wrong oriPassword: Account.VerifyError. Every session of the account ends, this one included. Mirrored to Gitea first when configured.',
    errors: [InfiniteCode.GiteaServerError, invalidParam('password', 'pattern'), InfiniteCode.ParameterRepeat, InfiniteCode.VerifyError, ...TOKEN_FAILURES],
  })
  async modifyUserPassword(@Auth() auth: AuthContext, @Body() body: ModifyUserPasswordDto, @Client() client: ClientInfo): Promise<InfiniteEnvelope> {
    await this.changePassword.execute({
      auth,
      currentPassword: body.oriPassword,
      newPassword: body.password,
      passwordPolicy: 'infinite',
      client,
    });
    return success();
  }

  @Post('deleteUser')
  @HttpCode(200)
  @InfiniteOperation({
    summary: '账号注销: delete the account (password required)',
    description:
      'Every session ends; username, email and phone become free for new accounts; the personal data and every uploaded ' +
      'file (avatars) are erased, their URLs answer 404; an audit record remains. Deleted in Gitea first when configured. ' +
      'Wrong password: Account.VerifyError. While an avatar upload of the account is in progress: General.Failure (HTTP 429).',
    errors: [InfiniteCode.GiteaServerError, invalidParam('password'), InfiniteCode.VerifyError, ...TOKEN_FAILURES],
  })
  async deleteUser(@Auth() auth: AuthContext, @Body() body: DeleteUserDto, @Client() client: ClientInfo): Promise<InfiniteEnvelope> {
    await this.deleteAccount.execute({ auth, password: body.password, client });
    return success();
  }

  @Post('editUserMobile')
  @HttpCode(200)
  @InfiniteOperation({
    summary: '更换手机: change the phone with the password and a code sent to the new number',
    description:
      'The code comes from generateSmsCode sent to the new number; mobile is the 11-digit Chinese number or +<code><number>. ' +
      'oriMobile, when sent, must be the current phone. Wrong password or oriMobile: Account.VerifyError (账户检验错误, this ' +
      'table\'s text); wrong code: Account.VerifyCodeError.',
    errors: [
      invalidParam('mobile'),
      InfiniteCode.MobileHasBeenUsed,
      { code: InfiniteCode.VerifyError, msg: EDIT_MOBILE_VERIFY_ERROR_TEXT },
      InfiniteCode.VerifyCodeError,
      InfiniteCode.Unauthorized,
      ...TOKEN_FAILURES,
    ],
  })
  async editUserMobile(@Auth() auth: AuthContext, @Body() body: EditUserMobileDto, @Client() client: ClientInfo): Promise<InfiniteEnvelope> {
    await this.changePhone.execute({
      auth,
      value: body.mobile,
      code: body.smsCode.trim(),
      purpose: CodePurpose.Any,
      password: body.password,
      current: body.oriMobile?.trim() || null,
      client,
      fields: { value: 'mobile', current: 'oriMobile' },
    });
    return success();
  }
}

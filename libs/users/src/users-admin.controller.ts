import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountsErrorCode, AuthContext, GetAccountAsAdmin, GetAccountView, UpdateAccountAsAdmin } from '@app/accounts';
import { Auth } from '@app/facade-kit';
import { EditUserDto, UserIdQueryDto } from './dto/profile.dto';
import { UsersAccountInfoDto, UsersAccountInfoEnvelopeDto, UsersDoneEnvelopeDto } from './dto/responses.dto';
import { ApiUsersErrors, TOKEN_ERRORS } from './users-docs';
import { UsersAuthenticated } from './users-auth';
import { ok, toAccountInfo, UsersEnvelope } from './users.presenter';
import { profilePatchOf } from './profile-patch';

const { ValidationFailed, Forbidden, AccountNotFound } = AccountsErrorCode;

/** The management side: administrators read and complete any user's information. */
@ApiTags('users')
@UsersAuthenticated()
@Controller('users')
export class UsersAdminController {
  constructor(
    private readonly getAccount: GetAccountAsAdmin,
    private readonly updateAccount: UpdateAccountAsAdmin,
    private readonly view: GetAccountView,
  ) {}

  @Get('info')
  @ApiOperation({ summary: '获取指定用户信息: read a user (administrators only)', description: '`id` is the account UUID. 403 for a caller who is not an administrator.' })
  @ApiOkResponse({ type: UsersAccountInfoEnvelopeDto, description: 'The user' })
  @ApiUsersErrors(ValidationFailed, ...TOKEN_ERRORS, Forbidden, AccountNotFound)
  async info(@Auth() auth: AuthContext, @Query() query: UserIdQueryDto): Promise<UsersEnvelope<UsersAccountInfoDto>> {
    const account = await this.getAccount.execute({ actor: auth.account, uuid: query.id.toLowerCase() });
    return ok(toAccountInfo(await this.view.execute({ account })));
  }

  @Post('edit')
  @HttpCode(200)
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiOperation({
    summary: '完善指定用户信息: change a user\'s profile (administrators only)',
    description: '`id` is the account UUID; only the fields sent change. 403 for a caller who is not an administrator.',
  })
  @ApiOkResponse({ type: UsersDoneEnvelopeDto, description: 'Saved' })
  @ApiUsersErrors(ValidationFailed, ...TOKEN_ERRORS, Forbidden, AccountNotFound)
  async edit(@Auth() auth: AuthContext, @Body() body: EditUserDto): Promise<UsersEnvelope<null>> {
    await this.updateAccount.execute({ actor: auth.account, uuid: body.id.toLowerCase(), patch: { profile: profilePatchOf(body) } });
    return ok(null);
  }
}

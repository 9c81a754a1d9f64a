import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AccountRole, AccountsErrorCode, AccountStatus, AuthContext, GetAccountAsAdmin, ListAccounts, UpdateAccountAsAdmin } from '@app/accounts';
import { Auth, RequestValidationError } from '@app/facade-kit';
import { AdminUserPatchDto, ListUsersQueryDto } from './dto/admin.dto';
import { UserPageDto, V2UserDto } from './dto/responses.dto';
import { profilePatchOf } from './profile-patch';
import { V2Authenticated } from './v2-auth';
import { ApiProblems, invalidField } from './v2-docs';
import { toV2User } from './v2.presenter';

const ID_INVALID = invalidField('id', 'isIdOrUuid', 'id must be a numeric id or a UUID');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function accountRef(id: string): { id?: number; uuid?: string } {
  if (/^\d{1,15}$/.test(id)) return { id: Number(id) };
  if (UUID.test(id)) return { uuid: id.toLowerCase() };
  throw new RequestValidationError({ id: ['isIdOrUuid'] }, 'id must be a numeric id or a UUID');
}

@ApiTags('v2')
@V2Authenticated()
@ApiProblems(AccountsErrorCode.Forbidden)
@Controller('v2/users')
export class V2UsersController {
  constructor(
    private readonly listAccounts: ListAccounts,
    private readonly getAccount: GetAccountAsAdmin,
    private readonly updateAccount: UpdateAccountAsAdmin,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List and search accounts (administrators)' })
  @ApiOkResponse({ type: UserPageDto })
  @ApiProblems(invalidField('per_page', 'max'))
  async list(@Auth() auth: AuthContext, @Query() query: ListUsersQueryDto): Promise<UserPageDto> {
    const page = await this.listAccounts.execute({ actor: auth.account, search: query.search, page: query.page, perPage: query.per_page });
    return { items: page.items.map(toV2User), total: page.total, page: page.page, per_page: page.perPage };
  }

  @Get(':id')
  @ApiParam({ name: 'id', description: 'Numeric id or UUID', example: '42' })
  @ApiOperation({ summary: 'Read an account (administrators)' })
  @ApiOkResponse({ type: V2UserDto })
  @ApiProblems(ID_INVALID, AccountsErrorCode.NotFound)
  async one(@Auth() auth: AuthContext, @Param('id') id: string): Promise<V2UserDto> {
    return toV2User(await this.getAccount.execute({ actor: auth.account, ...accountRef(id) }));
  }

  @Patch(':id')
  @ApiParam({ name: 'id', description: 'Numeric id or UUID', example: '42' })
  @ApiOperation({ summary: 'Change an account\'s profile, role or status (administrators)', description: 'A status other than normal ends its sessions.' })
  @ApiOkResponse({ type: V2UserDto })
  @ApiProblems(ID_INVALID, AccountsErrorCode.NotFound)
  async update(@Auth() auth: AuthContext, @Param('id') id: string, @Body() body: AdminUserPatchDto): Promise<V2UserDto> {
    const updated = await this.updateAccount.execute({
      actor: auth.account,
      ...accountRef(id),
      patch: {
        profile: profilePatchOf(body),
        role: body.role as AccountRole | undefined,
        status: body.status as AccountStatus | undefined,
      },
    });
    return toV2User(updated);
  }
}

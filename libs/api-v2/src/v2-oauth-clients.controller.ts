import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AccountsErrorCode, AuthContext, CreateOAuthClient, DeleteOAuthClient, ListOAuthClients, OAuthClient } from '@app/accounts';
import { Auth, RequestValidationError } from '@app/facade-kit';
import { CreatedOAuthClientDto, CreateOAuthClientDto, OAuthClientDto, OAuthClientListDto } from './dto/oauth-clients.dto';
import { V2Authenticated } from './v2-auth';
import { ApiProblems, invalidField } from './v2-docs';

function toOAuthClientDto(client: OAuthClient): OAuthClientDto {
  return { id: client.id, client_id: client.clientId, name: client.name, created_at: client.createdAt.toISOString() };
}

function clientRowId(id: string): number {
  if (!/^\d{1,15}$/.test(id)) throw new RequestValidationError({ id: ['isInt'] }, 'id must be a numeric id');
  return Number(id);
}

/** OAuth clients for POST /oauth/token (the oauth-v1 contract), managed by administrators. */
@ApiTags('v2')
@V2Authenticated()
@ApiProblems(AccountsErrorCode.Forbidden)
@Controller('v2/oauth/clients')
export class V2OAuthClientsController {
  constructor(
    private readonly createClient: CreateOAuthClient,
    private readonly listClients: ListOAuthClients,
    private readonly deleteClient: DeleteOAuthClient,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Register an OAuth client (administrators)', description: 'The answer is the only place the client_secret is ever shown.' })
  @ApiCreatedResponse({ type: CreatedOAuthClientDto })
  @ApiProblems(invalidField('name', 'isNotEmpty'))
  async create(@Auth() auth: AuthContext, @Body() body: CreateOAuthClientDto): Promise<CreatedOAuthClientDto> {
    const { client, clientSecret } = await this.createClient.execute({ actor: auth.account, name: body.name });
    return { ...toOAuthClientDto(client), client_secret: clientSecret };
  }

  @Get()
  @ApiOperation({ summary: 'List OAuth clients (administrators); secrets are never shown' })
  @ApiOkResponse({ type: OAuthClientListDto })
  async list(@Auth() auth: AuthContext): Promise<OAuthClientListDto> {
    return { items: (await this.listClients.execute({ actor: auth.account })).map(toOAuthClientDto) };
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiParam({ name: 'id', description: 'The client\'s numeric id (not its client_id)', example: '3' })
  @ApiOperation({ summary: 'Delete an OAuth client (administrators)', description: 'Every session it opened ends: its tokens stop working at once.' })
  @ApiNoContentResponse()
  @ApiProblems(invalidField('id', 'isInt', 'id must be a numeric id'), AccountsErrorCode.NotFound)
  async remove(@Auth() auth: AuthContext, @Param('id') id: string): Promise<void> {
    await this.deleteClient.execute({ actor: auth.account, id: clientRowId(id) });
  }
}

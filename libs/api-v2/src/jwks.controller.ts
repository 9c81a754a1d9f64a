import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountsCrypto } from '@app/accounts';

@ApiTags('v2')
@Controller('.well-known')
export class JwksController {
  constructor(private readonly crypto: AccountsCrypto) {}

  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'Public keys that verify every JWT this service signs (RFC 7517)' })
  @ApiOkResponse({
    schema: { example: { keys: [{ kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo', kid: '...', alg: 'EdDSA', use: 'sig' }] } },
  })
  jwks(): object {
    return this.crypto.signer.publicJwks();
  }
}

import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountsCrypto } from '@app/accounts';
import { V2Surface } from './v2-surface';

@ApiTags('v2')
@V2Surface()
@Controller('.well-known')
export class JwksController {
  constructor(private readonly crypto: AccountsCrypto) {}

  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'Public keys that verify every JWT this service signs (RFC 7517)' })
  @ApiOkResponse({
    description: 'A JWK Set: the public key of every signing key in use, matched to a token by its `kid` header',
    schema: {
      type: 'object',
      required: ['keys'],
      properties: {
        keys: {
          type: 'array',
          items: {
            type: 'object',
            required: ['kty', 'kid', 'alg', 'use'],
            // The public members of the key type (crv and x for OKP; crv, x, y for EC; n, e for RSA).
            additionalProperties: { type: 'string' },
            properties: {
              kty: { type: 'string', enum: ['OKP', 'EC', 'RSA'] },
              kid: { type: 'string', description: 'RFC 7638 thumbprint of the key' },
              alg: { type: 'string', enum: ['EdDSA', 'ES256', 'RS256'] },
              use: { type: 'string', enum: ['sig'] },
            },
          },
        },
      },
      example: { keys: [{ kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo', kid: '...', alg: 'EdDSA', use: 'sig' }] },
    },
  })
  jwks(): object {
    return this.crypto.signer.publicJwks();
  }
}

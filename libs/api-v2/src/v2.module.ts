import { Module, OnModuleInit } from '@nestjs/common';
import { SurfaceRegistry } from '@app/facade-kit';
import { V2AuthController } from './v2-auth.controller';
import { JwksController } from './v2-jwks.controller';
import { V2MeController } from './v2-me.controller';
import { V2OAuthClientsController } from './v2-oauth-clients.controller';
import { V2TokenIntrospectionController } from './v2-token-introspection.controller';
import { V2UsersController } from './v2-users.controller';
import { V2_SURFACE } from './v2-surface';

const CONTROLLERS = [V2AuthController, V2MeController, V2UsersController, V2OAuthClientsController, V2TokenIntrospectionController, JwksController];

/** The v2 API for new clients: /v2, /.well-known; errors as RFC 9457 problem+json, also for URLs no contract owns. */
@Module({ controllers: CONTROLLERS })
export class ApiV2Module implements OnModuleInit {
  constructor(private readonly registry: SurfaceRegistry) {}

  onModuleInit(): void {
    this.registry.register(V2_SURFACE, { controllers: CONTROLLERS, fallback: true });
  }
}

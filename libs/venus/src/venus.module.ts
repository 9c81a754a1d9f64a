import { Module, OnModuleInit } from '@nestjs/common';
import { SurfaceRegistry } from '@app/facade-kit';
import { VenusAuthController } from './venus-auth.controller';
import { VenusUserController } from './venus-user.controller';
import { VENUS_SURFACE } from './venus-surface';

const CONTROLLERS = [VenusAuthController, VenusUserController];

/** The venus contract façade: /venus, token in header `token`, errors `{errorCode, errorMessage}` (see ../README.md). */
@Module({ controllers: CONTROLLERS })
export class VenusModule implements OnModuleInit {
  constructor(private readonly registry: SurfaceRegistry) {}

  onModuleInit(): void {
    this.registry.register(VENUS_SURFACE, { controllers: CONTROLLERS });
  }
}

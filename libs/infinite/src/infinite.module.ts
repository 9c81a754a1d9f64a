import { Module, OnModuleInit } from '@nestjs/common';
import { SurfaceRegistry } from '@app/facade-kit';
import { InfiniteAccountController } from './infinite-account.controller';
import { InfiniteSessionController } from './infinite-session.controller';
import { INFINITE_SURFACE } from './infinite-surface';
import { InfiniteVerificationController } from './infinite-verification.controller';

const CONTROLLERS = [InfiniteSessionController, InfiniteVerificationController, InfiniteAccountController];

/** The infinite contract façade: twelve POST endpoints under /api/user (see ../README.md). */
@Module({ controllers: CONTROLLERS })
export class InfiniteModule implements OnModuleInit {
  constructor(private readonly registry: SurfaceRegistry) {}

  onModuleInit(): void {
    this.registry.register(INFINITE_SURFACE, { controllers: CONTROLLERS });
  }
}

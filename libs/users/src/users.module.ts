import { Module, OnModuleInit } from '@nestjs/common';
import { SurfaceRegistry } from '@app/facade-kit';
import { UsersAdminController } from './users-admin.controller';
import { UsersAuthController } from './users-auth.controller';
import { UsersProfileController } from './users-profile.controller';
import { USERS_SURFACE } from './users-surface';
import { RevealWordInfoPipe } from './word-info';

const CONTROLLERS = [UsersAuthController, UsersProfileController, UsersAdminController];

/** The users contract façade (see ../shared/CONTRACTS.md): /users, and the envelope of /files. */
@Module({ controllers: CONTROLLERS, providers: [RevealWordInfoPipe] })
export class UsersModule implements OnModuleInit {
  constructor(private readonly registry: SurfaceRegistry) {}

  onModuleInit(): void {
    this.registry.register(USERS_SURFACE, { controllers: CONTROLLERS });
  }
}

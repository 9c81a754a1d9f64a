import { Module } from '@nestjs/common';
import { UsersAdminController } from './users-admin.controller';
import { UsersAuthController } from './users-auth.controller';
import { UsersProfileController } from './users-profile.controller';
import { UsersSurface } from './users-surface';
import { RevealWordInfoPipe } from './word-info';

/** The users contract façade (see ../shared/CONTRACTS.md): /users, and the envelope of /files. */
@Module({
  controllers: [UsersAuthController, UsersProfileController, UsersAdminController],
  providers: [UsersSurface, RevealWordInfoPipe],
})
export class UsersModule {}

import { Module } from '@nestjs/common';
import { VenusAuthController } from './venus-auth.controller';
import { VenusUserController } from './venus-user.controller';
import { VenusSurface } from './venus-surface';

/** The venus contract façade: /venus, token in header `token`, errors `{errorCode, errorMessage}` (see ../README.md). */
@Module({
  controllers: [VenusAuthController, VenusUserController],
  providers: [VenusSurface],
})
export class VenusModule {}

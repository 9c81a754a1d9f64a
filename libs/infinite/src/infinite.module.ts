import { Module } from '@nestjs/common';
import { InfiniteAccountController } from './infinite-account.controller';
import { InfiniteSessionController } from './infinite-session.controller';
import { InfiniteSurface } from './infinite-surface';
import { InfiniteVerificationController } from './infinite-verification.controller';

/** The infinite contract façade: twelve POST endpoints under /api/user (see ../README.md). */
@Module({
  controllers: [InfiniteSessionController, InfiniteVerificationController, InfiniteAccountController],
  providers: [InfiniteSurface],
})
export class InfiniteModule {}

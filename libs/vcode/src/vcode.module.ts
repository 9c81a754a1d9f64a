import { Module } from '@nestjs/common';
import { VcodeAccountsController } from './vcode-accounts.controller';
import { VcodeCodesController } from './vcode-codes.controller';
import { VcodeProfileController } from './vcode-profile.controller';
import { VcodeSurface } from './vcode-surface';

/** The vcode contract: /api/vcode and six /api/user routes; HTTP 200 with `{code, message, data?}`. */
@Module({
  controllers: [VcodeCodesController, VcodeAccountsController, VcodeProfileController],
  providers: [VcodeSurface],
})
export class VcodeModule {}

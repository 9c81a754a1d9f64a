import { Module, OnModuleInit } from '@nestjs/common';
import { SurfaceRegistry } from '@app/facade-kit';
import { VcodeAccountsController } from './vcode-accounts.controller';
import { VcodeCodesController } from './vcode-codes.controller';
import { VcodeProfileController } from './vcode-profile.controller';
import { VCODE_SURFACE } from './vcode-surface';

const CONTROLLERS = [VcodeCodesController, VcodeAccountsController, VcodeProfileController];

/** The vcode contract: /api/vcode and six /api/user routes; HTTP 200 with `{code, message, data?}`. */
@Module({ controllers: CONTROLLERS })
export class VcodeModule implements OnModuleInit {
  constructor(private readonly registry: SurfaceRegistry) {}

  onModuleInit(): void {
    // Its /api/user routes are registered by path, so that a body the parser refuses there is answered as vcode's.
    this.registry.register(VCODE_SURFACE, { controllers: CONTROLLERS });
  }
}

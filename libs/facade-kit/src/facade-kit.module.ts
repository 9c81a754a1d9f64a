import { Global, Module } from '@nestjs/common';
import { SurfaceRegistry } from './surface-registry';

@Global()
@Module({ providers: [SurfaceRegistry], exports: [SurfaceRegistry] })
export class FacadeKitModule {}

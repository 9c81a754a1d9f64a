import { Module } from '@nestjs/common';

/** The vcode contract façade (see ../shared/CONTRACTS.md). */
@Module({})
export class VcodeModule {}

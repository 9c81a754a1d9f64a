import { Module } from '@nestjs/common';

/** The venus contract façade (see ../shared/CONTRACTS.md). */
@Module({})
export class VenusModule {}

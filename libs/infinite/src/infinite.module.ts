import { Module } from '@nestjs/common';

/** The infinite contract façade (see ../shared/CONTRACTS.md). */
@Module({})
export class InfiniteModule {}

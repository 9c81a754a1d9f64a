import { Module } from '@nestjs/common';

/** The users contract façade (see ../shared/CONTRACTS.md). */
@Module({})
export class UsersModule {}

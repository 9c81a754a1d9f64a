import { Module } from '@nestjs/common';

/** The oauth-v1 contract façade (see ../shared/CONTRACTS.md). */
@Module({})
export class OauthV1Module {}

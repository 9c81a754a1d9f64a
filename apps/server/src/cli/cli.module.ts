import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { AppConfig } from '../config/app-config';
import { CreateAdminCommand } from './create-admin.command';
import { CreateOAuthClientCommand } from './create-oauth-client.command';

@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [AccountsModule.forRoot(config.accounts)],
      providers: [CreateAdminCommand, CreateOAuthClientCommand],
    };
  }
}

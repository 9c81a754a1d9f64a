import { OAuthClient } from '../domain/oauth-client';

export abstract class OAuthClientRepository {
  abstract insert(client: Omit<OAuthClient, 'id' | 'createdAt'>): Promise<OAuthClient>;
  abstract findById(id: number): Promise<OAuthClient | null>;
  abstract findByClientId(clientId: string): Promise<OAuthClient | null>;
  abstract list(): Promise<OAuthClient[]>;
  abstract remove(id: number): Promise<boolean>;
}

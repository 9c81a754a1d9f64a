export interface OAuthClient {
  id: number;
  clientId: string;
  secretHash: string;
  name: string;
  createdAt: Date;
}

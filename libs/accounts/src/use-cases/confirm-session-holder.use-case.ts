import { Injectable } from '@nestjs/common';
import { NamedHolder, SessionHolder } from '../services/session-holder';
import { AuthContext } from '../services/token-authenticator';

export type ConfirmSessionHolderInput = { auth: AuthContext } & NamedHolder;

/** vcode `checkToken`: the token is live and the account's the request names (SessionHolder). */
@Injectable()
export class ConfirmSessionHolder {
  constructor(private readonly holders: SessionHolder) {}

  execute({ auth, identifier, kind }: ConfirmSessionHolderInput): Promise<void> {
    return this.holders.confirm(auth, { identifier, kind });
  }
}

import { Injectable } from '@nestjs/common';
import { Session } from '../domain/session';
import { Clock } from '../ports/clock';
import { SessionRepository } from '../ports/session.repository';
import { AuthContext } from '../services/token-authenticator';

/** The account's live sessions, in every API. */
@Injectable()
export class ListSessions {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
  ) {}

  execute({ auth }: { auth: AuthContext }): Promise<Session[]> {
    return this.sessions.listLive(auth.account.id, auth.account.sessionEpoch, this.clock.now());
  }
}

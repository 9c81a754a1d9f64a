import { Injectable } from '@nestjs/common';
import { Clock } from '../ports/clock';
import { SessionRepository } from '../ports/session.repository';
import { AuthContext } from '../services/token-authenticator';

/** Ends the session the caller's token belongs to. */
@Injectable()
export class SignOut {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ auth }: { auth: AuthContext }): Promise<void> {
    await this.sessions.revoke(auth.session.id, this.clock.now(), 'signed_out');
  }
}

/** Things worth counting (metrics), told by the core as they happen. */
export type ObservedEvent =
  | { type: 'sign_in_succeeded'; audience: string; method: string }
  | { type: 'sign_in_failed'; reason: string }
  | { type: 'code_sent'; channel: string }
  | { type: 'lockout' };

/** Receives the core's countable events; the app binds a Prometheus one, the default ignores them. */
export abstract class AccountsObserver {
  abstract observe(event: ObservedEvent): void;
}

export class IgnoringObserver extends AccountsObserver {
  observe(): void {
    // Nothing listens.
  }
}

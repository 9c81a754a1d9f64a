import { AccountsObserver, ObservedEvent } from '@app/accounts';
import { Counter, Histogram, collectDefaultMetrics, Registry } from 'prom-client';

/** The service's Prometheus metrics: HTTP traffic by route and status, and the core's events. */
export class ServiceMetrics extends AccountsObserver {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly signIns = new Counter({
    name: 'accounts_sign_ins_total',
    help: 'Successful sign-ins by API and method',
    labelNames: ['audience', 'method'] as const,
    registers: [this.registry],
  });
  private readonly signInFailures = new Counter({
    name: 'accounts_sign_in_failures_total',
    help: 'Failed password checks by reason',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  private readonly codesSent = new Counter({
    name: 'accounts_codes_sent_total',
    help: 'Verification codes sent by channel',
    labelNames: ['channel'] as const,
    registers: [this.registry],
  });
  private readonly lockouts = new Counter({
    name: 'accounts_lockouts_total',
    help: 'Accounts locked after repeated failed sign-ins',
    registers: [this.registry],
  });

  constructor() {
    super();
    collectDefaultMetrics({ register: this.registry });
  }

  observe(event: ObservedEvent): void {
    switch (event.type) {
      case 'sign_in_succeeded':
        this.signIns.inc({ audience: event.audience, method: event.method });
        return;
      case 'sign_in_failed':
        this.signInFailures.inc({ reason: event.reason });
        return;
      case 'code_sent':
        this.codesSent.inc({ channel: event.channel });
        return;
      case 'lockout':
        this.lockouts.inc();
        return;
    }
  }

  recordRequest(method: string, route: string, status: number, seconds: number): void {
    const labels = { method, route, status: String(status) };
    this.requests.inc(labels);
    this.latency.observe(labels, seconds);
  }
}

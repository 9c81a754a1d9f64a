import { Contract, ContractSession, credentials, newSession } from '../../support/contract-sessions';
import { answerOf, envelopeProblem, isFailure, leakProblem, surfaceOf } from '../../support/envelopes';
import { TestApp } from '../../support/test-app';
import { Base, casesFor, documentedBase, FuzzCase, RequestSpec } from './fuzz-cases';
import { loadOperations, Operation } from './openapi-operations';

/** Cheap hashing: the fuzz is about answers, not about hashing cost. */
export const FUZZ_ENV = { ARGON2_MEMORY_KIB: '1024', ARGON2_TIME_COST: '1' };

export interface FuzzPlan {
  contract: Contract;
  /** Per operation id, the fields its contract documents as taking a number for a string. */
  coerced?: Record<string, string[]>;
  /** Values the suite puts into the base request (known credentials, the token holder's phone, ...). */
  prepare?: (op: Operation, session: ContractSession | undefined) => Promise<Partial<Base>> | Partial<Base>;
}

export interface FuzzReport {
  operations: string[];
  requests: number;
  problems: string[];
}

function send(t: TestApp, op: Operation, spec: RequestSpec) {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => spec.path[name] ?? '');
  const request = t.http[op.method](spec.query ? `${path}?${spec.query}` : path);
  for (const [name, value] of Object.entries(spec.headers)) void request.set(name, value);
  const body = spec.body;
  switch (body.kind) {
    case 'none':
      return request;
    case 'json':
      return request.set('Content-Type', 'application/json').send(JSON.stringify(body.value));
    case 'raw':
      return request.set('Content-Type', body.contentType).send(body.text);
    case 'multipart':
      for (const [name, value] of Object.entries(body.fields)) void request.field(name, value);
      if (body.file) void request.attach(body.file.field, body.file.content, { filename: body.file.filename, contentType: body.file.contentType });
      return request;
  }
}

function merge(base: Base, extra: Partial<Base>): Base {
  return {
    body: { ...base.body, ...extra.body },
    query: { ...base.query, ...extra.query },
    path: { ...base.path, ...extra.path },
    headers: { ...base.headers, ...extra.headers },
  };
}

/**
 * Sends every case of every operation of one contract, one at a time, and
 * collects what is wrong with each answer: a 5xx, an answer outside the
 * contract's envelope, a leak, or a success for a structurally wrong input.
 * A session is renewed whenever a case succeeded (it may have ended it).
 */
export async function fuzzContract(t: TestApp, plan: FuzzPlan): Promise<FuzzReport> {
  const operations = (await loadOperations(t)).filter((op) => op.contract === plan.contract);
  const report: FuzzReport = { operations: operations.map((op) => op.id), requests: 0, problems: [] };
  for (const op of operations) {
    let session = op.needsToken ? await newSession(t, plan.contract, { admin: true }) : undefined;
    const surface = surfaceOf(op.path);
    for (const fuzzCase of casesFor(op, new Set(plan.coerced?.[op.id] ?? []))) {
      const base = merge(documentedBase(op), (await plan.prepare?.(op, session)) ?? {});
      if (fuzzCase.withToken && session) {
        const { headers, body } = credentials(plan.contract, session.token);
        Object.assign(base.headers, headers);
        Object.assign(base.body, body);
      } else if (plan.contract === 'vcode') {
        delete base.body.token;
      }
      const where = `${op.id} [${fuzzCase.label}${fuzzCase.withToken ? ', valid token' : ''}]`;
      const problem = await check(t, op, fuzzCase, base, surface);
      report.requests += 1;
      if (problem.text) report.problems.push(`${where}: ${problem.text}`);
      if (session && fuzzCase.withToken && problem.succeeded) session = await newSession(t, plan.contract, { admin: true });
    }
    const health = await t.http.get('/health');
    if (health.status !== 200) report.problems.push(`${op.id}: /health answered ${health.status} afterwards`);
  }
  return report;
}

async function check(t: TestApp, op: Operation, fuzzCase: FuzzCase, base: Base, surface: ReturnType<typeof surfaceOf>) {
  let response;
  try {
    response = await send(t, op, fuzzCase.build(base));
  } catch (error) {
    return { text: `the request failed: ${(error as Error).message}`, succeeded: false };
  }
  const answer = answerOf(response);
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  const envelope = envelopeProblem(surface, answer);
  if (envelope) problems.push(`not the ${surface} envelope (${envelope})`);
  const leak = leakProblem(answer.text, fuzzCase.sent);
  if (leak) problems.push(leak);
  const failed = isFailure(surface, answer);
  if (fuzzCase.mustFail && !failed) problems.push('succeeded');
  const text = problems.length ? `${problems.join('; ')} — HTTP ${answer.status} ${answer.text.slice(0, 160)}` : null;
  return { text, succeeded: !failed };
}

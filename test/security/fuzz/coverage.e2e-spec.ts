import { CONTRACTS } from '../../support/contract-sessions';
import { Answer, envelopeProblem, isFailure, SurfaceName } from '../../support/envelopes';
import { createTestApp, TestApp } from '../../support/test-app';
import { FUZZ_ENV } from './fuzz-runner';
import { loadOperations } from './openapi-operations';

/** One genuine failure answer of each surface, as its README documents it. */
const FAILURES: Record<SurfaceName, Answer> = {
  v2: {
    status: 400,
    headers: { 'content-type': 'application/problem+json' },
    text: '{"type":"urn:accounts:problem:validation_failed","title":"t","status":400,"detail":"d","code":"validation_failed"}',
  },
  venus: { status: 400, headers: {}, text: '{"errorCode":10001,"errorMessage":"invalid_params"}' },
  users: { status: 400, headers: {}, text: '{"code":400,"message":"请求格式错误","data":null,"total":0}' },
  infinite: { status: 200, headers: {}, text: '{"code":"General.ParameterInvalid","data":{},"msg":"参数校验失败"}' },
  'oauth-v1': { status: 200, headers: {}, text: '{"result":0,"error":"请求格式错误"}' },
  'oauth-server': { status: 400, headers: {}, text: '{"error":"invalid_request","error_description":"x"}' },
  vcode: { status: 200, headers: {}, text: '{"code":"1","message":"请求参数格式错误"}' },
};

describe('fuzz: coverage and limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(FUZZ_ENV);
  });
  afterAll(() => t.close());

  it('finds every documented operation a contract the fuzz suites cover', async () => {
    const operations = await loadOperations(t);
    const contracts = new Set(operations.map((op) => op.contract));
    expect([...contracts].sort()).toEqual([...CONTRACTS].sort());
    expect(operations.length).toBeGreaterThanOrEqual(70);
  });

  it('documents each request schema for one contract only', async () => {
    const document = (await t.http.get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { tags?: string[]; requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>>;
    };
    const owners = new Map<string, Set<string>>();
    for (const item of Object.values(document.paths)) {
      for (const operation of Object.values(item)) {
        for (const { schema } of Object.values(operation.requestBody?.content ?? {})) {
          if (!schema.$ref) continue;
          owners.set(schema.$ref, (owners.get(schema.$ref) ?? new Set()).add(operation.tags?.[0] ?? ''));
        }
      }
    }
    const shared = [...owners].filter(([, tags]) => tags.size > 1).map(([ref, tags]) => `${ref}: ${[...tags].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('judges each surface by its own envelope only', () => {
    for (const [surface, answer] of Object.entries(FAILURES) as [SurfaceName, Answer][]) {
      expect({ surface, problem: envelopeProblem(surface, answer), failure: isFailure(surface, answer) }).toEqual({ surface, problem: null, failure: true });
      for (const other of Object.keys(FAILURES) as SurfaceName[]) {
        // v2, venus and /oauth succeed with bare resource JSON: a 200 of another contract is told apart by isFailure, not by shape.
        const indistinct = ['v2', 'venus', 'oauth-server'].includes(other) && answer.status < 400;
        if (other !== surface && !indistinct) expect({ surface, other, problem: envelopeProblem(other, answer) }).toEqual({ surface, other, problem: expect.any(String) });
      }
    }
    expect(envelopeProblem('venus', { status: 500, headers: {}, text: '{"statusCode":500,"message":"Internal server error"}' })).not.toBeNull();
  });

  it('takes headers of about 12 KB; above 16 KB Node itself answers 431 without a body (its --max-http-header-size)', async () => {
    const withinLimit = t.http.get('/venus/user/info');
    for (let i = 1; i <= 3; i++) void withinLimit.set(`x-fuzz-${i}`, 'h'.repeat(4000));
    const within = await withinLimit;
    expect(within.status).toBe(401);
    expect(within.body).toEqual({ errorCode: 11001, errorMessage: 'invalid_token' });

    const beyondLimit = t.http.get('/venus/user/info');
    for (let i = 1; i <= 5; i++) void beyondLimit.set(`x-fuzz-${i}`, 'h'.repeat(4000));
    const beyond = await beyondLimit.ok(() => true);
    expect(beyond.status).toBe(431);
    expect(beyond.text ?? '').toBe('');
    await t.http.get('/health').expect(200);
  });
});

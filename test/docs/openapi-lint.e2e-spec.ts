import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../support/test-app';

const REDOCLY = join(__dirname, '../../node_modules/@redocly/cli/bin/cli.js');

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('passes the Redocly linter (recommended rules) with no error and no warning', async () => {
    const document = (await t.http.get('/docs-json').expect(200)).body as object;
    const file = join(t.dataDir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const lint = spawnSync(
      process.execPath,
      [REDOCLY, 'lint', file, '--config', join(__dirname, '../../redocly.yaml'), '--format', 'json', '--max-problems', '1000'],
      { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    );
    // The JSON report (stdout) counts problems; stderr carries banners (such as Node.js deprecation notices), not findings.
    const report = JSON.parse(lint.stdout) as LintReport;
    const problems = report.problems.map((problem) => `${problem.severity} ${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(lint.status).toBe(0);
  });

  it('groups operations by contract, each group described with its envelope, token and error table', async () => {
    const document = (await t.http.get('/docs-json').expect(200)).body as { tags: { name: string; description: string }[] };
    const names = document.tags.map((tag) => tag.name);
    for (const contract of ['v2', 'venus', 'users', 'infinite', 'oauth-v1', 'vcode', 'files']) {
      expect(names).toContain(contract);
      const description = document.tags.find((tag) => tag.name === contract)!.description;
      expect({ contract, token: /token/i.test(description), table: description.includes('|---|') }).toEqual({ contract, token: true, table: true });
    }
  });
});

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { inputsHash } = require('../../scripts/build-inputs.js') as { inputsHash: (root: string) => string };

/** `npm start` and `npm run build` build only when a source changed (jest's global setup has just built). */
describe('scripts/build.js', () => {
  it('with nothing changed, answers at once and leaves dist/ as it was', () => {
    const main = join(ROOT, 'dist/apps/server/src/main.js');
    const before = statSync(main).mtimeMs;
    const started = Date.now();
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.js'), '--with-docs'], { encoding: 'utf8' });
    expect({ status: build.status, stderr: build.stderr }).toEqual({ status: 0, stderr: expect.stringMatching(/^build: dist\/ is up to date \(checked in \d+ ms\)\n$/) });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(statSync(main).mtimeMs).toBe(before);
  });

  describe('what counts as a change', () => {
    let root: string;
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'build-inputs-'));
      write('apps/server/src/main.ts', 'main');
      write('apps/server/src/metadata.ts', 'generated');
      write('libs/accounts/src/account.ts', 'account');
      write('libs/accounts/src/account.spec.ts', 'spec');
      write('package-lock.json', '{}');
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('a source, a new source or a setting changes it; a spec or the generated metadata does not', () => {
      const first = inputsHash(root);
      write('libs/accounts/src/account.spec.ts', 'another spec');
      write('apps/server/src/metadata.ts', 'generated again');
      expect(inputsHash(root)).toBe(first);
      write('libs/accounts/src/account.ts', 'account changed');
      const second = inputsHash(root);
      expect(second).not.toBe(first);
      write('libs/accounts/src/new-file.ts', 'new');
      const third = inputsHash(root);
      expect(third).not.toBe(second);
      write('package-lock.json', '{"lockfileVersion":3}');
      expect(inputsHash(root)).not.toBe(third);
    });
  });
});

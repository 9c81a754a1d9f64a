import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { USE_CASES } from '../use-cases';
import { useCaseFixture } from './use-case-fixture';

/** Every class a port file exports: the abstract classes the core injects, and their errors. */
function portClasses(): { name: string; port: unknown }[] {
  const dir = join(__dirname, '../ports');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .flatMap((file) => Object.entries(require(join(dir, file)) as Record<string, unknown>))
    .filter(([, value]) => typeof value === 'function' && /^class\s/.test(Function.prototype.toString.call(value)))
    // Errors a port may throw (AccountNumberTaken) are not ports.
    .filter(([, value]) => !((value as { prototype: unknown }).prototype instanceof Error))
    .map(([name, port]) => ({ name, port }));
}

describe('useCaseFixture', () => {
  it('binds a fake to every port the core declares (a new port cannot go without one)', async () => {
    const f = await useCaseFixture();
    // IgnoringObserver is the observer's default implementation, not a port of its own.
    const ports = portClasses().filter(({ name }) => name !== 'IgnoringObserver');
    expect(ports.length).toBeGreaterThanOrEqual(16);
    const unbound = ports.filter(({ port }) => !f.boundPorts.includes(port as never)).map(({ name }) => name);
    expect(unbound).toEqual([]);
  });

  it('builds every use case on them', async () => {
    const f = await useCaseFixture();
    for (const useCase of USE_CASES) expect(f.get<object>(useCase)).toBeInstanceOf(useCase);
  });
});

/**
 * Nest's two loggers each build an Intl.DateTimeFormat when @nestjs/common
 * loads, to stamp console lines. The first DateTimeFormat of a process makes V8
 * look through the calendar data of every ICU locale, which leaves 6 MB of the
 * node binary resident (bench/README.md). The service logs through pino, so
 * those formatters rarely stamp anything: while @nestjs/common loads, each one
 * is built on its first use instead. Import this before anything that loads Nest.
 */
const NativeDateTimeFormat = Intl.DateTimeFormat;

function builtOnFirstUse(...args: ConstructorParameters<typeof Intl.DateTimeFormat>): Intl.DateTimeFormat {
  let formatter: Intl.DateTimeFormat | undefined;
  const real = (): Intl.DateTimeFormat => (formatter ??= new NativeDateTimeFormat(...args));
  return new Proxy({} as Intl.DateTimeFormat, {
    get(_target, key) {
      const value: unknown = Reflect.get(real(), key);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real()) : value;
    },
  });
}

Intl.DateTimeFormat = builtOnFirstUse as unknown as typeof Intl.DateTimeFormat;
try {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- must load between the two assignments
  require('@nestjs/common');
} finally {
  Intl.DateTimeFormat = NativeDateTimeFormat;
}

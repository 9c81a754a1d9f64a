import type { ConsoleLogger as ConsoleLoggerType } from '@nestjs/common';

describe('lazy-nest-timestamps', () => {
  const native = Intl.DateTimeFormat;
  afterEach(() => {
    Intl.DateTimeFormat = native;
  });

  it('loads @nestjs/common without building a DateTimeFormat, and Nest still stamps its console lines', () => {
    const built: unknown[][] = [];
    const counting = function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      built.push(args);
      return new native(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    Intl.DateTimeFormat = counting;

    let ConsoleLogger!: typeof ConsoleLoggerType;
    // A fresh module registry, so @nestjs/common loads (and builds its formatters) here.
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports */
      require('./lazy-nest-timestamps');
      ({ ConsoleLogger } = require('@nestjs/common'));
      /* eslint-enable @typescript-eslint/no-require-imports */
    });
    expect(built).toHaveLength(0);
    expect(Intl.DateTimeFormat).toBe(counting);

    const lines: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      new ConsoleLogger('Spec', { colors: false }).log('hello');
    } finally {
      write.mockRestore();
    }
    expect(built).toHaveLength(1);
    expect(lines.join('')).toMatch(/\d{2}\/\d{2}\/\d{4}, \d{1,2}:\d{2}:\d{2} [AP]M +LOG \[Spec\] hello/);
  });
});

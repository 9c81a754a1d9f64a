import { ConcurrencyGate, GateSaturatedError } from './concurrency-gate';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('ConcurrencyGate', () => {
  it('runs at most `limit` tasks at once and starts the waiting ones in arrival order', async () => {
    const gate = new ConcurrencyGate({ limit: 2 });
    const releases = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const results = releases.map((release, index) =>
      gate.run(async () => {
        started.push(index);
        await release.promise;
        return index;
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1]);

    releases[1].resolve();
    await results[1];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);

    releases[0].resolve();
    releases[2].resolve();
    releases[3].resolve();
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3]);
  });

  it('frees the slot of a task that fails', async () => {
    const gate = new ConcurrencyGate({ limit: 1 });
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(() => Promise.resolve('next'))).toBe('next');
  });

  it('refuses a limit below one and a negative queue', () => {
    expect(() => new ConcurrencyGate({ limit: 0 })).toThrow('limit must be a positive integer, got 0');
    expect(() => new ConcurrencyGate({ limit: 1, queueLimit: -1 })).toThrow('queueLimit must be a whole number >= 0, got -1');
  });

  it('sheds a task at once when the queue is full, without disturbing the queued ones', async () => {
    const gate = new ConcurrencyGate({ limit: 1, queueLimit: 1 });
    const release = deferred();
    const running = gate.run(() => release.promise.then(() => 'first'));
    const queued = gate.run(() => Promise.resolve('second'));
    let shedTaskRan = false;
    await expect(
      gate.run(() => {
        shedTaskRan = true;
        return Promise.resolve('third');
      }),
    ).rejects.toEqual(new GateSaturatedError('queue_full'));
    expect(shedTaskRan).toBe(false);
    expect(gate.queued).toBe(1);

    release.resolve();
    expect(await Promise.all([running, queued])).toEqual(['first', 'second']);
    expect(await gate.run(() => Promise.resolve('after'))).toBe('after');
  });

  it('with a queue of zero runs only `limit` tasks and sheds every other one', async () => {
    const gate = new ConcurrencyGate({ limit: 1, queueLimit: 0 });
    const release = deferred();
    const running = gate.run(() => release.promise);
    await expect(gate.run(() => Promise.resolve())).rejects.toBeInstanceOf(GateSaturatedError);
    release.resolve();
    await running;
  });

  describe('with a wait deadline', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('sheds a task that waited past it, and the slot then goes to the next waiter', async () => {
      const gate = new ConcurrencyGate({ limit: 1, queueLimit: 5, maxWaitMs: 1000 });
      const release = deferred();
      const running = gate.run(() => release.promise);
      const expired = gate.run(() => Promise.resolve('never'));
      jest.advanceTimersByTime(1000);
      await expect(expired).rejects.toEqual(new GateSaturatedError('wait_deadline'));
      expect(gate.queued).toBe(0);

      const next = gate.run(() => Promise.resolve('next'));
      release.resolve();
      await running;
      expect(await next).toBe('next');
    });

    it('does not shed a task that got its slot in time', async () => {
      const gate = new ConcurrencyGate({ limit: 1, maxWaitMs: 1000 });
      const release = deferred();
      const running = gate.run(() => release.promise);
      const waiting = gate.run(() => Promise.resolve('ran'));
      release.resolve();
      await running;
      expect(await waiting).toBe('ran');
      jest.advanceTimersByTime(5000);
      expect(jest.getTimerCount()).toBe(0);
    });
  });
});

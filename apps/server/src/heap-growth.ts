import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what survived the last full collection.
 * Left to itself on a large machine it grows up to 4x: with a live set of
 * about 45 MB the service held 300-400 MB under load (bench/README.md). V8
 * reads the flag at every collection, so setting it at start takes effect.
 * 0 leaves V8's own choice.
 */
export function applyHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}

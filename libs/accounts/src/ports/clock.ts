/** The time, as a port, so tests can move it. */
export abstract class Clock {
  abstract now(): Date;
}

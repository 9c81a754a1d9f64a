import { UnitOfWork } from '../ports/unit-of-work';

/** For use-case specs on in-memory ports: runs the work as it is (atomicity is proven on the real stores). */
export class ImmediateUnitOfWork extends UnitOfWork {
  runs = 0;

  run<T>(work: () => Promise<T>): Promise<T> {
    this.runs++;
    return work();
  }
}

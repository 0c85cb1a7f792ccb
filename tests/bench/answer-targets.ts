import type { Officer } from './actors';

export interface AnswerTarget {
  officer: Officer;
  criterionId: number;
  /** Whether an assessment row exists: a first answer inserts instead of updating. */
  answered: boolean;
  met: boolean;
}

/**
 * The (unit, BOOLEAN criterion) pairs officers answer, visited unit by unit in turn so that
 * consecutive answers go to different units, as many officers answering at once would. Each
 * visit flips the answer, so met counts and statuses keep moving both ways.
 */
export class AnswerTargets {
  private readonly targets: AnswerTarget[] = [];
  private position = 0;

  constructor(officers: Officer[]) {
    const longest = Math.max(0, ...officers.map((o) => o.booleanCriteria.length));
    for (let i = 0; i < longest; i++) {
      for (const officer of officers) {
        const criterion = officer.booleanCriteria[i];
        if (criterion) this.targets.push({ officer, ...criterion });
      }
    }
    if (!this.targets.length) throw new Error('No BOOLEAN criterion to answer among the sampled officers.');
  }

  /** The next target with its answer flipped; with `answeredOnly`, skips pairs never answered. */
  flipNext(answeredOnly = false): AnswerTarget {
    for (let tries = 0; tries < this.targets.length; tries++) {
      const target = this.targets[this.position];
      this.position = (this.position + 1) % this.targets.length;
      if (answeredOnly && !target.answered) continue;
      target.met = !target.met;
      target.answered = true;
      return target;
    }
    throw new Error('No answered target left to flip.');
  }
}

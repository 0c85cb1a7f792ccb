import { loadPermitted } from '../database/entity-loader';
import type { Context } from '../graphql/context';
import type { AssessmentHistory } from './assessment-history.entity';
import type { Assessment } from './assessment.entity';
import { Evidence } from './evidence';

/**
 * Evidence notes and who answered or verified are readable only within the unit's own province (field
 * rules of the ability). Checking needs the unit, which the request's loader already has.
 */
export async function assertAssessmentField(
  ctx: Context,
  assessment: Assessment,
  field: 'evidence.note' | 'answeredBy' | 'verification.by',
) {
  const unit = await loadPermitted(ctx.loaders.unit, assessment.unit.id);
  ctx.access.assert('read', 'Assessment', { unit }, field);
}

export async function assertHistoryField(
  ctx: Context,
  row: AssessmentHistory,
  field: 'evidence.note' | 'changedBy' | 'verification.by',
) {
  const assessment = await loadPermitted(ctx.loaders.assessment, row.assessment.id);
  const unit = await loadPermitted(ctx.loaders.unit, assessment.unit.id);
  ctx.access.assert('read', 'AssessmentHistory', { assessment: { unit } }, field);
}

/** Evidence as served: it carries the check its note must pass. */
export class GuardedEvidence extends Evidence {
  guardNote!: () => Promise<void>;
}

export function guarded(evidence: Evidence, guardNote: () => Promise<void>): GuardedEvidence {
  return Object.assign(new GuardedEvidence(), evidence, { guardNote });
}

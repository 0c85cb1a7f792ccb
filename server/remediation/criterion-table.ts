import { Field, Int, ObjectType } from 'type-graphql';
import { CriterionProvinceResult } from '../criterion/criterion-results';
import { Criterion } from '../criterion/criterion.entity';

export const LOWEST_SHOWN = 10;

@ObjectType({ description: 'One row of the national criterion table (report 003, Phụ lục 9–12).' })
export class CriterionTableRow {
  @Field(() => Criterion, { description: 'The criterion (tiêu chí) of this row.' })
  criterion!: Criterion;

  @Field(() => Int, { description: 'Provinces where under 50 % of the units meet the criterion.' })
  provincesBelow50!: number;

  @Field(() => [CriterionProvinceResult], {
    description: `The ${LOWEST_SHOWN} lowest provinces by rate, lowest first.`,
  })
  lowest!: CriterionProvinceResult[];
}

/** Ranks one criterion's province results the way the official appendix does. */
export function tableRow(criterion: Criterion, results: CriterionProvinceResult[]): CriterionTableRow {
  const rate = (r: CriterionProvinceResult) => r.met / r.total;
  return {
    criterion,
    provincesBelow50: results.filter((r) => r.met * 2 < r.total).length,
    lowest: [...results].sort((a, b) => rate(a) - rate(b) || a.provinceId - b.provinceId).slice(0, LOWEST_SHOWN),
  };
}

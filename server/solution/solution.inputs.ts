import { Field, ID, InputType } from 'type-graphql';
import { Authority } from '../domain/enums';

@InputType({
  description:
    'A remediation solution for a criterion, nation-wide, for one province or for one commune; replaces the existing one of that scope.',
})
export class SetSolutionInput {
  @Field(() => ID, { description: 'The criterion (tiêu chí) the solution is for.' })
  criterionId!: string;

  @Field(() => ID, { nullable: true, description: 'Empty: nation-wide (national overseers only).' })
  provinceId?: string;

  @Field(() => ID, {
    nullable: true,
    description: "One commune's own solution (its province's overseers); provinceId may then be omitted.",
  })
  communeId?: string;

  @Field(() => Authority, { description: 'Who can act on it: LOCAL, PROVIDED_SYSTEM or BOTH.' })
  authority!: Authority;

  @Field({ description: '1–4,000 characters.' })
  text!: string;
}

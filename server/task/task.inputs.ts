import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Filters of the task list; all given filters apply together.' })
export class TaskFilter {
  @Field(() => ID, { nullable: true, description: 'Tasks of one province (its own and its units\').' })
  provinceId?: string;

  @Field(() => ID, { nullable: true })
  ownerUnitId?: string;

  @Field({ nullable: true, description: 'true: only national tasks (no province).' })
  national?: boolean;
}

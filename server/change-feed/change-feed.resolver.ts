import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Assessment } from '../assessment/assessment.entity';
import { loadPermitted } from '../database/entity-loader';
import type { Context } from '../graphql/context';
import { readChanges } from './change-feed.service';
import { Change, ChangeConnection, ChangeFeedArgs } from './change-feed.types';

@Resolver(() => Change)
export class ChangeFeedResolver {
  @Query(() => ChangeConnection, {
    description:
      'Change feed (luồng thay đổi) for tools that sync: everything the caller may read that changed after a cursor, oldest first — assessments answered or verified, tasks created or changed.',
  })
  changes(@Ctx() { em, access }: Context, @Args() args: ChangeFeedArgs): Promise<ChangeConnection> {
    return readChanges(em, access, args);
  }

  @FieldResolver(() => Assessment, {
    nullable: true,
    description: 'For ASSESSMENT: the assessment that changed, as it stands now.',
  })
  async assessment(@Root() change: Change, @Ctx() { loaders }: Context): Promise<Assessment | undefined> {
    return change.assessmentChange
      ? loadPermitted(loaders.assessment, change.assessmentChange.assessment.id)
      : undefined;
  }
}

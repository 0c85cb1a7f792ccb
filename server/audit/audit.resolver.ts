import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { Connection, PageArgs, pageWindow } from '../graphql/connection';
import type { Context } from '../graphql/context';
import { AuditEntry } from './audit-entry.entity';
import { AuditFilter } from './audit.inputs';
import { listAuditEntries } from './audit.service';

export const AuditEntryConnection = Connection(AuditEntry);
export type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;

@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description:
      'Every change made through the API, oldest first (administrators; overseers see the changes within their province).',
  })
  async auditEntries(
    @Ctx() { em, access }: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => AuditFilter, {
      nullable: true,
      description: 'Only the entries about one object or by one account.',
    })
    filter?: AuditFilter,
  ): Promise<AuditEntryConnection> {
    return new AuditEntryConnection(await listAuditEntries(em, access, filter, pageWindow(page)));
  }
}

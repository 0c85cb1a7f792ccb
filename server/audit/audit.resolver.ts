import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs, pageWindow } from '../graphql/connection';
import type { Context } from '../graphql/context';
import { AuditEntry } from './audit-entry.entity';
import { AuditFilter } from './audit.inputs';
import { listAuditEntries } from './audit.service';

export const AuditEntryConnection = Connection(AuditEntry);
export type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;

/** Who made a change is read as who answered is: readers outside the object's province may not learn it. */
function assertActorReadable(access: Context['access'], entry: AuditEntry, field: 'username' | 'accessTokenId') {
  const province = entry.province ? { id: entry.province.id } : null;
  access.assert('read', 'AuditEntry', { objectType: entry.objectType, province }, field);
}

@Resolver(() => AuditEntry)
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

  @FieldResolver(() => String, {
    description:
      'Username of the account that made the change. FORBIDDEN for readers outside the province of the changed object (who answered is kept within the province).',
  })
  username(@Root() entry: AuditEntry, @Ctx() { access }: Context): string {
    assertActorReadable(access, entry, 'username');
    return entry.username;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description:
      'The token the change was made with (an API token or a session), when there was one; FORBIDDEN where `username` is.',
  })
  accessTokenId(@Root() entry: AuditEntry, @Ctx() { access }: Context): number | undefined {
    assertActorReadable(access, entry, 'accessTokenId');
    return entry.accessTokenId;
  }
}

import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Narrows the audit log (nhật ký thay đổi) to one object or one account.' })
export class AuditFilter {
  @Field({ nullable: true, description: 'GraphQL type of the changed objects, e.g. "Assessment".' })
  objectType?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the changed object (with objectType).' })
  objectId?: string;

  @Field(() => ID, { nullable: true, description: 'Account that made the changes.' })
  userId?: string;
}

import { Embeddable, Embedded, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { VerificationStatus } from '../domain/enums';
import { User } from '../user/user.entity';

/**
 * An overseer's verification (xác minh) of a claim. The assessment holds the current one and each
 * history row the one after its change; the columns keep their flat names, which the SQL of the
 * figures and the history index read directly.
 */
@Embeddable()
export class Verification {
  @Enum({ items: () => VerificationStatus, fieldName: 'verification', default: VerificationStatus.UNVERIFIED })
  status: VerificationStatus & Opt = VerificationStatus.UNVERIFIED;

  /** Readable only within the unit's province, like who answered: served through the resolvers' field checks. */
  @ManyToOne(() => User, { nullable: true, fieldName: 'verified_by_id' })
  by?: User;

  @Property({ nullable: true, fieldName: 'verified_at' })
  at?: Date;

  @Property({ type: 'text', nullable: true, fieldName: 'verification_reason' })
  reason?: string;
}

/** A claim nobody has verified yet, every part named so that assigning it clears an earlier decision. */
export function unverified(): Verification {
  return Object.assign(new Verification(), { by: undefined, at: undefined, reason: undefined });
}

/**
 * The verification as Assessment and AssessmentHistory serve it. The API keeps its flat fields,
 * which the client and third-party tools read.
 */
@ObjectType({ description: 'The verification fields shared by Assessment and AssessmentHistory.' })
export abstract class VerifiedClaim {
  @Embedded(() => Verification, { prefix: false })
  verification: Verification & Opt = unverified();

  @Field(() => VerificationStatus, {
    name: 'verification',
    description:
      'Verification (xác minh) of the claim by an overseer: on an assessment the current one (a new answer resets it to UNVERIFIED), on a history row the one after that change.',
  })
  get verificationStatus(): VerificationStatus & Opt {
    return this.verification.status;
  }

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the claim was confirmed or rejected; empty while UNVERIFIED.',
  })
  get verifiedAt(): (Date & Opt) | undefined {
    return this.verification.at;
  }

  @Field(() => String, {
    nullable: true,
    description: "The overseer's reason for the decision (required on REJECTED).",
  })
  get verificationReason(): (string & Opt) | undefined {
    return this.verification.reason;
  }
}

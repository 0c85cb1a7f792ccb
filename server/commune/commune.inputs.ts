import { Field, ID, InputType } from 'type-graphql';
import { CommuneKind, Status } from '../domain/enums';

@InputType({ description: 'Filters of the commune list; all given filters apply together.' })
export class CommuneFilter {
  @Field(() => ID, { nullable: true, description: 'Only communes of this province.' })
  provinceId?: string;

  @Field(() => CommuneKind, { nullable: true, description: 'Only communes of this kind (xã, phường or đặc khu).' })
  kind?: CommuneKind;

  @Field({
    nullable: true,
    description: 'Part of the name; diacritics and case are ignored ("lam thao" finds "Xã Lâm Thao").',
  })
  search?: string;

  @Field(() => ID, { nullable: true, description: 'With status: the campaign the status is computed in.' })
  campaignId?: string;

  @Field(() => Status, { nullable: true, description: 'Only communes with this status today in campaignId.' })
  status?: Status;
}

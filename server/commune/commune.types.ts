import { Connection } from '../graphql/connection';
import { Commune } from './commune.entity';

/** A page of communes; also the type of Province.communes. */
export const CommuneConnection = Connection(Commune);
export type CommuneConnection = InstanceType<typeof CommuneConnection>;

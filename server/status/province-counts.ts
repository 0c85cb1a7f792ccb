import type { Loaders } from '../graphql/loaders';
import type { StatusQuery } from './status.service';
import type { StatusCounts } from './status.types';

/** A province's commune counts, marked with whose and when they are so the change column can follow. */
export async function provinceCounts(loaders: Loaders, provinceId: number, query: StatusQuery): Promise<StatusCounts> {
  return { ...(await loaders.provinceStatusCounts(query).load(provinceId)), of: { provinceId, query } };
}

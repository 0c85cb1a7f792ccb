import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../auth/access';
import { findPermitted } from '../database/paginate';
import { badInput, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { Province } from './province.entity';

const vietnameseOrder = new Intl.Collator('vi');

/** The provinces the viewer may read, in Vietnamese alphabetical order (Đ after D, as officials expect). */
export async function listProvinces(em: EntityManager, access: Access): Promise<Province[]> {
  const where = access.readable<Province>('Province', {});
  const provinces = where === null ? [] : await em.find(Province, where);
  return provinces.sort((a, b) => vietnameseOrder.compare(a.name, b.name));
}

export async function findProvince(
  em: EntityManager,
  access: Access,
  by: { id?: string; code?: string },
): Promise<Province> {
  if (!by.id === !by.code) throw badInput('Cần đúng một trong hai: id hoặc code.');
  const province = await findPermitted(
    em,
    Province,
    access.readable<Province>('Province', by.id ? { id: parseId(by.id) } : { code: by.code }),
  );
  if (!province) throw notFound('tỉnh/thành phố', by.id ?? by.code!);
  return province;
}

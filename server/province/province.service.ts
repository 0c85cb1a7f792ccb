import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { Province } from './province.entity';

const vietnameseOrder = new Intl.Collator('vi');

/** All provinces in Vietnamese alphabetical order (Đ after D, as officials expect). */
export async function listProvinces(em: EntityManager): Promise<Province[]> {
  const provinces = await em.find(Province, {});
  return provinces.sort((a, b) => vietnameseOrder.compare(a.name, b.name));
}

export async function findProvince(em: EntityManager, by: { id?: string; code?: string }): Promise<Province> {
  if (!by.id === !by.code) throw badInput('Cần đúng một trong hai: id hoặc code.');
  const province = await em.findOne(Province, by.id ? { id: parseId(by.id) } : { code: by.code });
  if (!province) throw notFound('tỉnh/thành phố', by.id ?? by.code!);
  return province;
}

import { readFileSync } from 'node:fs';
import provinces from '../../server/demo/sources/provinces.json';
import { buildShippedMap, PROVINCE_MAP_FILE } from '../../client/map/build-province-map';
import formerProvinces from '../../client/map/former-provinces.json';

const shipped = JSON.parse(readFileSync(PROVINCE_MAP_FILE, 'utf8'));
const productCodes = provinces.provinces.map((province) => province.code).sort();

describe('the national map', () => {
  it("has one shape for each of the product's 34 provinces and none left over", () => {
    const shapes = shipped.objects.provinces.geometries.map((geometry: { id: string }) => geometry.id).sort();
    expect(shapes).toEqual(productCodes);
  });

  it('maps every former province to one of the 34, and each of the 34 is made of some', () => {
    const targets = new Set(formerProvinces.formerProvinces.map((former) => former.province));
    expect([...targets].sort()).toEqual(productCodes);
  });

  it('puts Hoàng Sa with Đà Nẵng and Trường Sa with Khánh Hòa', () => {
    const islands = shipped.objects.islands.geometries.map((g: { id: string; properties: { name: string } }) => [
      g.properties.name,
      g.id,
    ]);
    expect(islands).toEqual([
      ['Quần đảo Hoàng Sa', 'da-nang'],
      ['Quần đảo Trường Sa', 'khanh-hoa'],
    ]);
  });

  it('is what `npm run map:build` makes from the geodata package', () => {
    expect(buildShippedMap()).toEqual(shipped);
  });
});

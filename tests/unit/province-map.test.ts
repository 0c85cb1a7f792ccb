import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import { sphericalRingArea } from 'topojson-simplify';
import type { ProvinceTopology } from '../../client/map/province-map';
import formerProvinces from '../../client/map/former-provinces.json';
import provinces from '../../server/demo/sources/provinces.json';

/**
 * The checked-in map on its own: `npm run map:build` fetches the geodata package it is made from,
 * which the project does not install, so these tests check what the client draws, not how it was made.
 */
const mapFolder = join(__dirname, '..', '..', 'client', 'src', 'national', 'map');
const shipped = JSON.parse(readFileSync(join(mapFolder, 'provinces.topo.json'), 'utf8')) as ProvinceTopology;
const shapes = feature(shipped, shipped.objects.provinces) as FeatureCollection<
  Polygon | MultiPolygon,
  { name: string }
>;
const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
const product = provinces.provinces.map(({ code, name }) => ({ code, name })).sort(byCode);

/** Mean radius of the Earth in km: areas in steradians times its square are km². */
const EARTH_RADIUS = 6371.0088;
/** Area in km² as d3-geo computes it, so a ring wound the wrong way shows as nearly the whole globe. */
const areaOf = (geometry: Polygon | MultiPolygon) => {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const steradians = polygons
    .flatMap((rings) =>
      rings.map((ring, i) => (i === 0 ? 1 : -1) * sphericalRingArea(ring as [number, number][], i > 0)),
    )
    .reduce((sum, area) => sum + area, 0);
  return steradians * EARTH_RADIUS ** 2;
};

describe('the national map', () => {
  it("has one shape for each of the product's 34 provinces, with its code and name, and none left over", () => {
    const drawn = shapes.features
      .map((shape) => ({ code: String(shape.id), name: shape.properties.name }))
      .sort(byCode);
    expect(drawn).toHaveLength(34);
    expect(drawn).toEqual(product);
  });

  it('draws each province as a real area on the mainland, wound the way d3-geo fills it', () => {
    for (const shape of shapes.features) {
      expect(['Polygon', 'MultiPolygon']).toContain(shape.geometry.type);
      const points = (shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates)
        .flat(2)
        .map((point) => point as [number, number]);
      expect(points.length).toBeGreaterThan(10);
      for (const [longitude, latitude] of points) {
        expect([shape.id, longitude >= 102 && longitude <= 110 && latitude >= 8 && latitude <= 23.5]).toEqual([
          shape.id,
          true,
        ]);
      }
      // The smallest of the 34 (Hưng Yên) is about 2,500 km², the largest (Lâm Đồng) about 24,000 km².
      const area = areaOf(shape.geometry);
      expect([shape.id, area > 2000 && area < 26000]).toEqual([shape.id, true]);
    }
    // Vietnam's land area is about 331,000 km².
    const total = shapes.features.reduce((sum, shape) => sum + areaOf(shape.geometry), 0);
    expect(total).toBeGreaterThan(320_000);
    expect(total).toBeLessThan(340_000);
  });

  it('keeps shared borders: every province touches a neighbour, Cao Bằng exactly its three', () => {
    const touching = neighbors(shipped.objects.provinces.geometries);
    const codes = shipped.objects.provinces.geometries.map((geometry) => String(geometry.id));
    touching.forEach((others, i) => expect([codes[i], others.length > 0]).toEqual([codes[i], true]));
    const caoBang = touching[codes.indexOf('cao-bang')].map((i) => codes[i]).sort();
    expect(caoBang).toEqual(['lang-son', 'thai-nguyen', 'tuyen-quang']);
  });

  it('maps every former province to one of the 34, and each of the 34 is made of some', () => {
    expect(new Set(formerProvinces.formerProvinces.map((former) => former.iso)).size).toBe(
      formerProvinces.formerProvinces.length,
    );
    const targets = new Set(formerProvinces.formerProvinces.map((former) => former.province));
    expect([...targets].sort()).toEqual(product.map((province) => province.code));
  });

  it('puts Hoàng Sa with Đà Nẵng and Trường Sa with Khánh Hòa', () => {
    const islands = feature(shipped, shipped.objects.islands).features.map((group) => [
      group.properties.name,
      group.id,
    ]);
    expect(islands).toEqual([
      ['Quần đảo Hoàng Sa', 'da-nang'],
      ['Quần đảo Trường Sa', 'khanh-hoa'],
    ]);
  });

  it("ships the geodata's licence beside the map and where the attribution links to", () => {
    const beside = readFileSync(join(mapFolder, 'amcharts5-geodata.LICENSE'), 'utf8');
    const served = readFileSync(
      join(__dirname, '..', '..', 'client', 'public', 'licenses', 'amcharts5-geodata.txt'),
      'utf8',
    );
    expect(beside).toContain('linkware license');
    expect(served).toBe(beside);
  });
});

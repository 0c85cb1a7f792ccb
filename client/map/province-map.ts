import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import {
  filter,
  filterWeight,
  presimplify,
  quantile,
  simplify,
  sphericalRingArea,
  sphericalTriangleArea,
  type RingWeighter,
} from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

export interface FormerProvince {
  /** ISO 3166-2 code of the former province, the key of its feature in the source geodata. */
  iso: string;
  name: string;
  /** Product code of the province it is part of since the 2025 merger. */
  province: string;
}

export interface Archipelago {
  province: string;
  name: string;
  label: string;
  islands: [number, number][];
}

export type SourceGeodata = FeatureCollection<Polygon | MultiPolygon, { id: string }>;

/** One of the 34 as the product knows it (server/demo/sources/provinces.json). */
export interface ProductProvince {
  code: string;
  name: string;
}

/**
 * What the client draws: `provinces` keyed by product code and named as the product names them,
 * `islands` keyed by the province that administers them.
 */
export type ProvinceTopology = Topology<{
  provinces: GeometryCollection<{ name: string }>;
  islands: GeometryCollection<{ name: string; label: string }>;
}>;

/**
 * Share of the source's vertices kept. The national screen draws the country about 500 px tall,
 * where borders finer than this are under a pixel; it keeps the shipped file near 20 kB.
 */
const KEEP = 0.2;
/** Islets smaller than this (steradians) vanish at the drawn size; bigger ones (Phú Quốc, Côn Đảo) stay. */
const MIN_RING_AREA = 2e-8;

/**
 * Dissolves the former provinces into the 34 of Resolution 202/2025/QH15. The merge runs on a
 * topology of the source, so shared borders drop out exactly, then the 34 are re-encoded (the old
 * inner borders are no longer arcs), simplified along shared arcs (neighbours keep a common border)
 * and quantized.
 */
export function buildProvinceMap(
  source: SourceGeodata,
  formerProvinces: FormerProvince[],
  productProvinces: ProductProvince[],
  archipelagos: Archipelago[],
): ProvinceTopology {
  const names = new Map(productProvinces.map((province) => [province.code, province.name]));
  const unknown = formerProvinces.filter((former) => !names.has(former.province));
  if (unknown.length) throw new Error(`Not a product province: ${unknown.map((former) => former.province).join(', ')}`);
  const into = new Map(formerProvinces.map((former) => [former.iso, former.province]));
  const unmapped = source.features.filter((f) => !into.has(f.properties.id)).map((f) => f.properties.id);
  if (unmapped.length) throw new Error(`No new province for former ${unmapped.join(', ')}`);
  const missing = formerProvinces.filter((former) => !source.features.some((f) => f.properties.id === former.iso));
  if (missing.length) throw new Error(`Not in the geodata: ${missing.map((former) => former.iso).join(', ')}`);

  const former = topology({ former: source }, 1e6) as Topology<{ former: GeometryCollection<{ id: string }> }>;
  const groups = new Map<string, GeometryCollection<{ id: string }>['geometries']>();
  for (const geometry of former.objects.former.geometries) {
    const code = into.get((geometry.properties as { id: string }).id)!;
    groups.set(code, [...(groups.get(code) ?? []), geometry]);
  }
  const codes = [...groups.keys()].sort();
  const merged: Topology<{ merged: GeometryCollection }> = {
    ...former,
    objects: {
      merged: {
        type: 'GeometryCollection',
        geometries: codes.map((code) => ({
          ...mergeArcs(former, groups.get(code) as never),
          id: code,
          properties: { name: names.get(code)! },
        })),
      },
    },
  };
  const provinces = feature(merged, merged.objects.merged) as FeatureCollection;

  const islands: FeatureCollection = {
    type: 'FeatureCollection',
    features: archipelagos.map((archipelago): Feature => ({
      type: 'Feature',
      id: archipelago.province,
      properties: { name: archipelago.name, label: archipelago.label },
      geometry: { type: 'MultiPoint', coordinates: archipelago.islands },
    })),
  };

  let dissolved = presimplify(topology({ provinces, islands }) as Topology<Objects>, sphericalTriangleArea);
  dissolved = simplify(dissolved, quantile(dissolved, KEEP));
  // filterWeight passes each ring's interior flag on, which the typings leave out.
  dissolved = filter(dissolved, filterWeight(dissolved, MIN_RING_AREA, sphericalRingArea as unknown as RingWeighter));
  return quantize(dissolved, 1e4) as ProvinceTopology;
}

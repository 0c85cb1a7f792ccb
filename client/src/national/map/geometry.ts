import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPoint } from 'geojson';
import { feature } from 'topojson-client';
import type { ProvinceTopology } from '../../../map/province-map';
import shipped from './provinces.topo.json';

export interface ProvinceShape {
  code: string;
  d: string;
}

export interface IslandGroup {
  /** The province that administers the archipelago. */
  code: string;
  name: string;
  label: string;
  points: [number, number][];
  labelAt: [number, number];
}

const WIDTH = 600;
const PAD = 8;

const topology = shipped as unknown as ProvinceTopology;
const provinces = feature(topology, topology.objects.provinces) as FeatureCollection;
const islands = feature(topology, topology.objects.islands) as FeatureCollection<
  MultiPoint,
  { name: string; label: string }
>;

const everything: FeatureCollection = {
  type: 'FeatureCollection',
  features: [...provinces.features, ...(islands.features as Feature[])],
};
// Projected once per page load: the geometry is the same for every campaign and every reader.
const projection = geoMercator().fitWidth(WIDTH - 2 * PAD, everything);
const path = geoPath(projection);
const [[x0, y0], [, y1]] = path.bounds(everything);

export const VIEW_BOX = [x0 - PAD, y0 - PAD, WIDTH, y1 - y0 + 2 * PAD].map(Math.round).join(' ');

export const PROVINCE_SHAPES: ProvinceShape[] = provinces.features.map((f) => ({ code: String(f.id), d: path(f)! }));

export const ISLAND_GROUPS: IslandGroup[] = islands.features.map((f) => {
  const points = f.geometry.coordinates.map((c) => projection(c as [number, number])!);
  const [cx, cy] = points.reduce(([sx, sy], [x, y]) => [sx + x / points.length, sy + y / points.length], [0, 0]);
  return { code: String(f.id), ...f.properties, points, labelAt: [cx, cy] };
});

/** Where "Biển Đông" is written: open sea east of the central coast. */
export const SEA_LABEL_AT = projection([112.2, 13.6])!;

import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import source from '@amcharts/amcharts5-geodata/json/vietnamHigh.json';
import formerProvinces from './former-provinces.json';
import islands from './islands.json';
import { buildProvinceMap, type Archipelago, type SourceGeodata } from './province-map';

const client = join(__dirname, '..');
/** Where the client imports the map from; checked in, so a client build needs no geodata package. */
export const PROVINCE_MAP_FILE = join(client, 'src', 'national', 'map', 'provinces.topo.json');
/**
 * The geodata's linkware licence must travel with files made from it: beside the checked-in map,
 * and in the built client, where the map's attribution links to it.
 */
const LICENSE_COPIES = [
  join(client, 'src', 'national', 'map', 'amcharts5-geodata.LICENSE'),
  join(client, 'public', 'licenses', 'amcharts5-geodata.txt'),
];

export const buildShippedMap = () =>
  buildProvinceMap(
    source as unknown as SourceGeodata,
    formerProvinces.formerProvinces,
    islands.archipelagos as Archipelago[],
  );

if (require.main === module) {
  const json = JSON.stringify(buildShippedMap());
  writeFileSync(PROVINCE_MAP_FILE, `${json}\n`);
  const license = require.resolve('@amcharts/amcharts5-geodata/LICENSE');
  for (const copy of LICENSE_COPIES) {
    mkdirSync(dirname(copy), { recursive: true });
    copyFileSync(license, copy);
  }
  console.log(`${PROVINCE_MAP_FILE}: ${json.length} bytes`);
}

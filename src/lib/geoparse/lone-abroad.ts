// "Noma had moved out of an informal settlement in Khayelitsha to live in Delft … Cape Town … Western
// Cape": a small town that is the only place of its name in the gazetteer, in a country nothing else in
// the text names or lies in, while the text's other places all lie in one country, is most likely a
// place of that country the gazetteer lacks (a township of Cape Town), not the Dutch city.
import { AnchorIndex } from './anchors.ts';
import { kilometres } from './qualifies.ts';
import { isCapital, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import { namedByAlternate } from './by-other-name.ts';
import type { DocumentReading } from './read-document.ts';
import type { Resolution } from './resolve.ts';
import { NAME_ALONE, restsOn } from './weak-reasons.ts';
import { KNOWN_ABROAD } from './known-abroad.ts';

// the text's places lie in one country: this many mentions of it, and none of another country
const SETTLED_MENTIONS = 3;
// a town this close to one of the text's other places is in the area the text is about
const BORDER_KM = 100;
// ... and one farther than this from every other place of a text about several countries is in none of
// them: "Birds along the Po and the Danube" (Pô, Burkina Faso) in a story of Italy and Serbia, "Source: The
// Herald" (Herald, California) over an outbreak in Harare, "fled to Tawila" (Aţ Ţawīlah, Yemen, 830 km from
// Port Sudan) in a story of Sudan and Chad; a town this big may be the story's own place
// though nothing else of its country is named ("a tribute show comes to Clacton", "to regenerate Blackpool")
const FAR_KM = 800;
const NAMED_FOR_ITSELF = 40_000;
// towns of this many names lying within this of one another are a local story's own, whatever chose them
const LOCAL_NAMES = 3;
const LOCAL_KM = 250;

/**
 * A small town (no city known abroad: "a study from Rotterdam") chosen only for being the one place of its name.
 * A capital is named from anywhere by its own name, but not by another of its names: "contacts are traced in
 * Malle and Bena Tsemay districts" in an Ethiopian outbreak is no Malé (which GeoNames also calls Malle).
 */
function lone({ place, reasons, mention }: Resolution): boolean {
	return place.kind === 'city' && place.population < KNOWN_ABROAD && (!isCapital(place) || byOtherName(mention)) && mention.usage !== 'embedded' && reasons.length === 1 && reasons[0] === 'only-candidate';
}

/** The one place of the mention's name bears it only as another (old, foreign) name. */
function byOtherName(mention: Resolution['mention']): boolean {
	return mention.candidate.alternate.every(Boolean);
}

/**
 * A mention that says which country the text's places lie in: a place named for itself, or a country
 * named inside an organisation's name ("the Building Ireland loan", "Bank of Ireland"), which is that
 * country's; a town inside one ("The New York Times") says only where a body is from.
 */
function speaksForCountry(result: Resolution): boolean {
	return (result.mention.usage !== 'embedded' || result.place.kind === 'country') && !!result.place.country && !lone(result);
}

/** Indices of the mentions to leave unmapped. */
export function loneAbroad(results: readonly Resolution[], gazetteer: Gazetteer): number[] {
	const counts = new Map<string, number>();
	for (const result of results) if (speaksForCountry(result)) counts.set(result.place.country!, (counts.get(result.place.country!) ?? 0) + 1);
	if (counts.size === 0) return [];
	if (counts.size > 1 || [...counts.values()][0]! < SETTLED_MENTIONS) return farFromAll(results, counts, gazetteer);
	const found: number[] = [];
	// the text's other places once each, and each lone town's answer once: a text repeating its names
	// ("to Delft, Cape Town, Western Cape" 8,000 times) asked every mention of every other (quadratic)
	let settled: GazetteerPlace[] | undefined;
	const nearBorder = new Map<string, boolean>();
	results.forEach((result, i) => {
		if (!lone(result) || !result.place.country || counts.has(result.place.country)) return;
		// a town across the border from the text's places is in its area ("Imperial Beach" beside Tijuana)
		settled ??= [...new Map(results.filter((other) => other.place.kind !== 'country' && !lone(other)).map((other) => [other.place.id, other.place])).values()];
		let near = nearBorder.get(result.place.id);
		if (near === undefined) nearBorder.set(result.place.id, (near = settled.some((place) => kilometres(place, result.place) < BORDER_KM)));
		if (near) return;
		found.push(i);
	});
	return found;
}

/**
 * In a text whose places lie in several countries: the lone towns of a country nothing else names that lie far from
 * all the text's other places. So too the small towns that only vouch for one another: "On Efate, power is back in
 * Port Vila but not in the villages around Eton and Takara" read Takara by an alternate name as Tucker, Georgia,
 * and Eton as the Georgia hamlet beside it for its country and its nearness alone, each making the other's country
 * one the text names. There a country counts only where a mention chosen for more than that names it, and three
 * such towns lying together are a local story's own ("Norway 6, Paris 3 … Oxford, Rumford, Bangor" in Maine).
 */
function farFromAll(results: readonly Resolution[], counts: ReadonlyMap<string, number>, gazetteer: Gazetteer): number[] {
	// the mentions that say which countries the text is about, where a weakly chosen town could vouch for its own
	const firm = results.some((result) => !lone(result) && townByNameAlone(result)) ? results.filter((result) => speaksForCountry(result) && !townByNameAlone(result)) : undefined;
	// (a text of few firm places may be about the town alone: "He moved to Hermitage", "from Paris to Hermitage")
	const vouching = !!firm && firm.length >= SETTLED_MENTIONS;
	const named = vouching ? new Set(firm.map((result) => result.place.country)) : undefined;
	let strays: number[] = [];
	results.forEach((result, i) => {
		const { place } = result;
		// (a capital lone by another of its names is no town named for itself, whatever its size)
		if ((place.population >= NAMED_FOR_ITSELF && !(isCapital(place) && lone(result))) || !place.country) return;
		// a lone town by its own name still speaks for its country ("the village of Tabor, west of Yankton");
		// one by another of its names (Takara, an alternate name of Tucker) does not
		const vouches = named && !named.has(place.country) && townByNameAlone(result) && (!lone(result) || result.mention.candidate.alternate.every(Boolean));
		if (vouches || (lone(result) && !counts.has(place.country))) strays.push(i);
	});
	if (!strays.length) return [];
	if (vouching) {
		// (once a name: a text repeating one would otherwise ask each mention of it against every other)
		const local = new Map<string, boolean>();
		strays = strays.filter((i) => {
			const key = results[i]!.mention.key;
			let among = local.get(key);
			if (among === undefined) local.set(key, (among = amongLocalTowns(results, strays, i)));
			return !among;
		});
	}
	// (a lone town of a named country, or a big one, says where the text is: "the comune of Norcia in the province of Perugia")
	const stray = new Set(strays);
	const others = new AnchorIndex(results.filter((_, i) => !stray.has(i)).map((result) => result.place));
	const far = strays.filter((i) => !others.hasNear(results[i]!.place, FAR_KM));
	if (!vouching || far.every((i) => lone(results[i]!))) return far;
	// (a town read for its name alone whose namesake lies near the text's towns and regions is for later passes to move
	// there: Chelsea, Massachusetts, in a Premiership story naming Blackburn is London's Chelsea by cluster-namesakes.ts;
	// a country's middle says nothing of where its towns lie: France's is near Eton, Berkshire)
	const placed = new AnchorIndex(results.filter((result, i) => !stray.has(i) && result.place.kind !== 'country').map((result) => result.place));
	const namesakeNear = new Map<string, boolean>();
	return far.filter((i) => {
		const { mention } = results[i]!;
		if (lone(results[i]!)) return true;
		let near = namesakeNear.get(mention.key);
		if (near === undefined) namesakeNear.set(mention.key, (near = mention.candidate.places.some((k) => placed.hasNear(gazetteer.places[k]!, FAR_KM))));
		return !near;
	});
}

/** Whether the stray town lies within LOCAL_KM of the towns of LOCAL_NAMES - 1 other names among the strays. */
function amongLocalTowns(results: readonly Resolution[], strays: readonly number[], i: number): boolean {
	const own = results[i]!;
	const names = new Set([own.mention.key]);
	for (const j of strays) {
		const other = results[j]!;
		if (!names.has(other.mention.key) && kilometres(other.place, own.place) < LOCAL_KM) names.add(other.mention.key);
		if (names.size >= LOCAL_NAMES) return true;
	}
	return false;
}

/** A small town that nothing but its size, its name's being its only place, the text's countries or names near it chose. */
function townByNameAlone({ place, reasons, mention }: Resolution): boolean {
	return place.kind === 'city' && !isCapital(place) && mention.usage !== 'embedded' && restsOn(reasons, NAME_ALONE);
}

/**
 * "The Brits love a bargain", "won two Brits": a lone town whose name is also a people's (a demonym, "Brits" a
 * South African town of 120,000) is that people where no other name of the text lies in the town's country.
 * `namedLikeAPeople` tells such a name by its key.
 */
export function townsNamedLikeAPeople(results: readonly Resolution[], namedLikeAPeople: (key: string) => boolean): number[] {
	const found: number[] = [];
	// the countries of the text's other names, made once and only where such a town is found
	let countries: Set<string | null> | undefined;
	results.forEach((result, i) => {
		if (!lone(result) || !namedLikeAPeople(result.mention.key)) return;
		countries ??= new Set(results.filter((other) => other.mention.key !== result.mention.key).map((other) => other.place.country));
		if (!countries.has(result.place.country)) found.push(i);
	});
	return found;
}

// "NAIROBI - Police raided shops in Eastleigh and Kibera, and traders in Mombasa closed early": every other place of
// the story lies in Kenya, and the quarter the gazetteer lacks was read as Eastleigh, England, for being the biggest
// town of the name. A story whose places all lie in one country names its own towns and quarters bare; a town abroad
// it means is placed by its country or its neighbours, or is big enough to be known from anywhere. A town that
// nothing but its size chose among namesakes, in a country no other name of the text lies in, far from all the
// text's places, and listed with a place of the story's country ("in Eastleigh and Kibera", "between Walpole and
// Denmark"), is more likely a place of that country the gazetteer lacks: left unmapped. A town standing alone is a
// trip abroad and stays ("Tourists from Glasgow and Dundee were stranded in Calais"). (A town that is its name's only
// place is loneAbroad's, above; a namesake in the story's country, home-country-namesakes.ts's.)
/** A town abroad read for its size alone among namesakes: not known abroad, no capital, a literal mention. */
function sizedAlone({ place, reasons, mention }: Resolution): boolean {
	return (
		place.kind === 'city' &&
		place.population < KNOWN_ABROAD &&
		!place.knownAbroad &&
		!isCapital(place) &&
		mention.usage === 'literal' &&
		mention.candidate.places.length > 1 &&
		reasons.length === 1 &&
		reasons[0] === 'population'
	);
}

// what chose a city abroad by another of its names: its size, and the country the text was read in so far
const BY_OTHER_NAME_REASONS: ReadonlySet<string> = new Set(['population', 'country-context']);

// the letters another name shares with the own name's opening where it is a spelling of it, not an exonym
const SPELLING_PREFIX = 3;

/**
 * "In Samar, Guiuan and Borongan": a city of any size read abroad only by another spelling of its name (Samara, which
 * GeoNames also calls Samar), for its size or the country read so far, no capital: a reader of the story's country
 * takes the name for a place of that country, not for a far city's variant. An exonym of another root is the city's
 * well-known other name and stays ("flights between Nairobi, Mombasa and Bombay").
 */
function byOtherSpellingAlone(result: Resolution, gazetteer: Gazetteer): boolean {
	const { place, reasons, mention } = result;
	if (place.kind !== 'city' || isCapital(place) || mention.usage !== 'literal' || mention.candidate.places.length < 2) return false;
	if (!reasons.every((r) => BY_OTHER_NAME_REASONS.has(r)) || !namedByAlternate(mention.candidate, place, gazetteer)) return false;
	return nameKey(place.name).startsWith(mention.key.slice(0, SPELLING_PREFIX));
}

/** Indices of the mentions to leave unmapped. */
export function sizedAbroad(results: readonly Resolution[], reading: DocumentReading, gazetteer: Gazetteer): number[] {
	const weak = results.map((result) => sizedAlone(result) || byOtherSpellingAlone(result, gazetteer));
	if (!weak.includes(true)) return [];
	// the one country of the story's other places (countries and regions count: "Kenya's health ministry")
	let country: string | null | undefined;
	let mentions = 0;
	const settled: GazetteerPlace[] = [];
	for (let i = 0; i < results.length; i++) {
		if (weak[i]) continue;
		const { place } = results[i]!;
		if (!place.country) continue;
		if (country === undefined) country = place.country;
		else if (place.country !== country) return [];
		mentions++;
		settled.push(place);
	}
	if (mentions < SETTLED_MENTIONS) return [];
	// (two names read so in one country vouch for each other: "Eastleigh and Romsey" is a story that goes there)
	const namesIn = new Map<string, Set<string>>();
	results.forEach((result, i) => {
		if (weak[i] && result.place.country) namesIn.set(result.place.country, (namesIn.get(result.place.country) ?? new Set()).add(result.mention.key));
	});
	const near = new AnchorIndex(settled);
	const found: number[] = [];
	results.forEach((result, i) => {
		const abroad = result.place.country;
		if (!weak[i] || !abroad || abroad === country || namesIn.get(abroad)!.size > 1 || near.hasNear(result.place, BORDER_KM)) return;
		// (the neighbours a list reaches are bounded: reading.listNeighbours)
		if (reading.listNeighbours(i).some((j) => !weak[j] && results[j]!.place.country === country)) found.push(i);
	});
	return found;
}

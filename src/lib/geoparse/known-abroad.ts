import { importance } from '../gazetteer/importance.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import type { ResolutionReason } from '../contracts.ts';
import { isCapital, type GazetteerPlace } from '../gazetteer/types.ts';
import { isLand } from './natural-features.ts';
import { liesWithin } from './qualifies.ts';
import { BIGGEST_ONLY, restsOn } from './weak-reasons.ts';

// "Talks in Geneva … back to New York": a city known abroad is not taken for a small namesake in the
// text's country on the strength of that country alone; the text has to speak of the namesake's own
// area (its region, its neighbours, its parents, an address there).
export const KNOWN_ABROAD = 150_000;
// a city this big is named from afar in any article, from home ("moved to Phoenix", "the railway to Chicago"): the
// rules that read a town by the text's other places leave it be
export const NAMED_FROM_AFAR = 100_000;

/**
 * A city known abroad by its size (KNOWN_ABROAD people or more) or by its names (named in many languages: the
 * gazetteer's knownAbroad flag), whatever its size.
 */
export function knownAbroadBySizeOrNames(place: GazetteerPlace): boolean {
	return place.population >= KNOWN_ABROAD || place.knownAbroad === true;
}

/**
 * A national capital (named from anywhere by its own name) or a city of `population` people or more: the stages
 * that leave a city named from afar be ask it with their own bound (KNOWN_ABROAD, NAMED_FROM_AFAR, LARGE_CITY).
 */
export function capitalOrAtLeast(place: GazetteerPlace, population: number): boolean {
	return isCapital(place) || place.population >= population;
}

const SMALL_NAMESAKE = 50_000;
const FAME_RATIO = 10;
// ... or a land known by its name (Siberia, Bohemia), not an administrative division: "Delta" in a text about
// Delta Air Lines is still no Nigerian state, "Bay" no Somali region
function famousKind(place: GazetteerPlace): boolean {
	return place.kind === 'city' || isLand(place);
}

// an exonym shares its first letters with the name (Geneva, Genève; Munich, München)
const SPELLING_PREFIX = 3;

export function spelledAlike(key: string, place: GazetteerPlace): boolean {
	// where the name's first letters are ASCII letters or digits the key keeps them as they are, lower-cased:
	// compared letter by letter (a slice and a lower-cased copy for every homonym asked cost more than the rest)
	const { name } = place;
	const letters = Math.min(name.length, SPELLING_PREFIX);
	for (let i = 0; i < letters; i++) if (!isAsciiLetterOrDigit(name.charCodeAt(i))) return nameKey(name).slice(0, SPELLING_PREFIX) === key.slice(0, SPELLING_PREFIX);
	if (Math.min(key.length, SPELLING_PREFIX) !== letters) return false;
	for (let i = 0; i < letters; i++) {
		const code = name.charCodeAt(i);
		// (an upper-case ASCII letter lower-cased)
		if ((code >= 65 && code <= 90 ? code + 32 : code) !== key.charCodeAt(i)) return false;
	}
	return true;
}

function isAsciiLetterOrDigit(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

// "won gold in Athens" in a story that also names New York: a national capital named in many languages is what
// its name means against a larger namesake that the text's country alone chose, where the namesake was named
// after it across an ocean (Athens, Georgia: 127,000; not San Juan or Santiago, saints' names of one continent),
// is not known abroad itself (London, Ontario) and the capital is this many times as important; the namesake's
// own area named (its state, its neighbours) keeps it ("Athens, Georgia", "Athens … the University of Georgia"), and
// so does a text whose places all lie in the namesake's country or that writes its roads ("A Dublin man was
// arrested after a chase on Interstate 580", "Sanford Stadium in Athens as Georgia beat Florida")
const CAPITAL_FAME_RATIO = 4;
const ACROSS_OCEAN_KM = 5_000;

function capitalOverNamesake(famous: { place: GazetteerPlace; importance: number }, best: { place: GazetteerPlace; importance: number }): boolean {
	if (!isCapital(famous.place) || !famous.place.knownAbroad || famous.importance < CAPITAL_FAME_RATIO * best.importance) return false;
	return best.place.population < KNOWN_ABROAD && !best.place.knownAbroad && !liesWithin(famous.place, best.place, ACROSS_OCEAN_KM);
}

/** The city known abroad that the namesake chosen on country evidence alone yields to, if any. */
export function knownAbroad<T extends { place: GazetteerPlace; ownArea: boolean; importance: number }>(scored: T[], countriesHere?: () => ReadonlySet<string>, textAbroad?: (home: string) => boolean): T | null {
	const best = scored[0]!;
	if (best.ownArea || best.place.kind !== 'city') return null;
	const large = best.place.population >= SMALL_NAMESAKE;
	// (a large namesake that is a capital itself stands: "Columbia" in a text about South Carolina)
	if (large && (isCapital(best.place) || best.place.featureCode === 'PPLA')) return null;
	// (by its own name or a spelling of it: "Geneva" is Genève's, "Salisbury" no longer Harare's)
	let famous: T | null = null;
	for (const s of scored) if (!famous || s.importance > famous.importance) famous = s;
	// (a land too: "Czech immigrants from Bohemia and Moravia", in a text about South Dakota, are not from
	// Moravia, Iowa; a country is not: a town called Lebanon in a text about Ohio is read on the text's evidence)
	if (!famous || famous === best || !famousKind(famous.place) || famous.place.country === best.place.country) return null;
	if (large) return capitalOverNamesake(famous, best) && !!textAbroad?.(best.place.country ?? '') ? famous : null;
	if (famous.place.population >= KNOWN_ABROAD && famous.importance >= FAME_RATIO * best.importance) return famous;
	// "the Venice Commission": a town named in many languages is known abroad at any size, over a
	// namesake that is not, and no smaller; not over one whose country the mention's sentence names
	// ("Paraguay reported cases in Asunción and Concepción": the fame is Concepción, Chile's, of 4.6 times)
	if (!famous.place.knownAbroad || best.place.knownAbroad || famous.importance < best.importance) return null;
	return best.place.country && countriesHere?.().has(best.place.country) ? null : famous;
}

// the famous city's share of the namesake's importance it needs: "Newcastle" is Newcastle upon Tyne (300,000)
// over the South African municipality of 400,000 named in one language
const HEAD_SHARE = 0.5;

/**
 * "join Newcastle when the window opens": a bare name that opens a city's own longer name ("Newcastle upon
 * Tyne", "Frankfurt am Main") is that city where it is named in many languages and the namesake chosen for
 * its size alone is not, of about its size or more (HEAD_SHARE, by the places' own importance: the lookup
 * weighs the short form as another name), in another country; a namesake the text's countries or places
 * near it chose stands ("coal mines near Newcastle and Durban").
 */
export function famousNameHead<T extends { place: GazetteerPlace; reasons: readonly ResolutionReason[]; alternate: boolean }>(scored: T[], own: string): T | null {
	const best = scored[0]!;
	if (!restsOn(best.reasons, BIGGEST_ONLY) || best.alternate || best.place.kind !== 'city' || best.place.knownAbroad || isCapital(best.place)) return null;
	const least = HEAD_SHARE * importance(best.place);
	for (const s of scored) {
		const { place } = s;
		// (cheap tests first: the name read as another name of a city known abroad, abroad)
		if (!s.alternate || !place.knownAbroad || place.kind !== 'city' || place.country === best.place.country || importance(place) < least) continue;
		if (nameKey(place.name).startsWith(own + ' ')) return s;
	}
	return null;
}

/**
 * "from La Ceiba to Trujillo" in a text whose places all lie in Honduras: a city large only by its people
 * (not named in many languages, no capital: Trujillo, Peru) is no reader's first thought against a town that
 * bears the name as its own in the country the text is about, the largest of the name there, with other towns
 * of the text around it, where the text has nothing in the large city's country or near it. A city named in many
 * languages yields so only to a first-order administrative seat (PPLA) of the text's country.
 */
export function sizeAloneAbroad(scored: readonly { place: GazetteerPlace; reasons: readonly string[]; alternate: boolean }[], famous: GazetteerPlace, countries: ReadonlyMap<string, number>, leading: string | null, nearText: (place: GazetteerPlace) => boolean): boolean {
	const best = scored[0]!;
	const { place } = best;
	// (a land is known by its name, not its size: "settlers from Westphalia" in a South Dakota history; a city
	// named in many languages yields only to a province's seat: "ASUNCIÓN - … flew to Concepción" is the seat of
	// Paraguay's Concepción department, not Chile's city, where nothing of the text lies in Chile or near it)
	if (famous.kind !== 'city' || (famous.knownAbroad && place.featureCode !== 'PPLA') || isCapital(famous) || best.alternate || place.country === null || place.country !== leading) return false;
	// (the largest of the name in its country, by any of its names: "Newcastle upon Tyne … the bridges of Newcastle"
	// is not the smaller Newcastle of Northern Ireland)
	if (scored.some((s) => s !== best && s.place.country === place.country && s.place.population > place.population)) return false;
	return !countries.get(famous.country ?? '') && best.reasons.includes('nearby-context') && !nearText(famous);
}

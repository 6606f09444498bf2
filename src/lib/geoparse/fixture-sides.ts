// "Worcester v Sale", "Leeds vs Bath": the two sides of a fixture are clubs of one league, so their towns
// lie in one country. Where size alone (or the text's country, or names near it) put the two in different
// countries (Worcester, Massachusetts against Salé, Morocco), the sides are the namesakes in the country
// that holds a town of both names, the one where a side already stands first. National sides ("France v
// Wales") are countries or a country's nations, and are left as they are; so is any side the text's own
// words placed (a parent, a qualifier).
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { addBareRecurrences, noteMoved, type MovedNames } from './recurrence.ts';
import { replaced } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import type { Token } from './tokens.ts';
import { restsOn, UNPLACING } from './weak-reasons.ts';
import { DOMINANT_RATIO } from './weigh-homonyms.ts';
import { importance } from '../gazetteer/importance.ts';
import { nameKey } from '../gazetteer/normalize.ts';

// the word between the sides: "v" in British usage, "vs" and "versus" elsewhere
const VERSUS = new Set(['v', 'vs', 'versus']);
// ... and "against" in match reports ("Tait endured a nightmare for Newcastle against Leicester")
const AGAINST = 'against';
// a side's namesakes beyond this many, by importance, are never the club's town
const SIDE_HOMONYMS = 10;
const SIDE_KINDS = new Set(['city', 'district']);
// countries whose clubs play in one league (MLS, NHL, NBA, MLB): a fixture across the border is no sign of
// a misplaced side ("Seattle vs Vancouver")
const ONE_LEAGUE_AREAS: readonly (readonly string[])[] = [['CA', 'US']];

/** The sides' new places where the two stand in different countries (see above), by result index, with their recurrences. */
export function fixtureSides(results: Resolution[], tokens: readonly Token[], gazetteer: Gazetteer): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	// the place each moved side's name had and the resolution it now has, for its bare recurrences
	const moved: MovedNames = new Map();
	for (let i = 0; i + 1 < results.length; i++) {
		const home = results[i]!;
		const away = results[i + 1]!;
		if (!betweenVersus(home, away, tokens) || home.place.country === null || away.place.country === null || home.place.country === away.place.country) continue;
		if (home.place.kind === 'country' || away.place.kind === 'country' || home.place.kind === 'continent' || away.place.kind === 'continent') continue;
		if (oneLeagueArea(home.place.country, away.place.country)) continue;
		const country = sharedCountry(home, away, gazetteer);
		if (country === null) continue;
		for (const [k, side] of [[i, home], [i + 1, away]] as const) {
			if (side.place.country === country) continue;
			const namesake = namesakeIn(side, country, gazetteer);
			const result = replaced(side, side.mention, namesake, side.score, side.reasons);
			found.set(k, result);
			noteMoved(moved, side, result);
		}
	}
	// "In contrast, Sale are missing 14 players": the side's name again is the side's town again
	addBareRecurrences(results, found, moved);
	return found;
}

/** Whether the two are the sides of a fixture: one word "v", "vs" or "versus" between them. */
function betweenVersus(home: Resolution, away: Resolution, tokens: readonly Token[]): boolean {
	const a = home.mention.candidate;
	const b = away.mention.candidate;
	if (b.first !== a.last + 2) return false;
	const word = tokens[a.last + 1]!;
	return (VERSUS.has(word.lower) || word.lower === AGAINST) && word.gapBefore === ' ' && /^\.? $/.test(tokens[b.first]!.gapBefore);
}

/** Whether the two countries' clubs play in one league, so their fixtures cross the border. */
function oneLeagueArea(a: string, b: string): boolean {
	return ONE_LEAGUE_AREAS.some((area) => area.includes(a) && area.includes(b));
}

/**
 * The country holding a town of both sides' names that both may stand in (a side the text's words placed
 * stays, and so does a namesake that outweighs the other's as a dominant one does: "Paris v London" is no
 * pair of American towns): the one where fewer sides move, then the one whose two towns weigh most; null
 * where there is none.
 */
function sharedCountry(home: Resolution, away: Resolution, gazetteer: Gazetteer): string | null {
	const homeFits = fittingCountries(home, gazetteer);
	const awayFits = fittingCountries(away, gazetteer);
	let best: string | null = null;
	let bestMoves = 3;
	let bestWeight = 0;
	for (const [country, weight] of homeFits) {
		const other = awayFits.get(country);
		if (other === undefined) continue;
		const moves = (home.place.country === country ? 0 : 1) + (away.place.country === country ? 0 : 1);
		if (moves < bestMoves || (moves === bestMoves && weight + other > bestWeight)) {
			best = country;
			bestMoves = moves;
			bestWeight = weight + other;
		}
	}
	return best;
}

/**
 * The countries the side may stand in, with the weight of its town there: its own, and where nothing but its
 * size, its country or names near it placed it, those of its leading namesakes that it does not outweigh as a
 * dominant namesake does.
 */
function fittingCountries(side: Resolution, gazetteer: Gazetteer): Map<string, number> {
	const own = importance(side.place);
	const fits = new Map<string, number>();
	if (side.place.country !== null) fits.set(side.place.country, own);
	if (!restsOn(side.reasons, UNPLACING)) return fits;
	const { candidate } = side.mention;
	const count = Math.min(candidate.places.length, SIDE_HOMONYMS);
	for (let k = 0; k < count; k++) {
		const place = gazetteer.places[candidate.places[k]!]!;
		if (!namedSo(side, k, place)) continue;
		const weight = importance(place);
		if (SIDE_KINDS.has(place.kind) && place.country !== null && !fits.has(place.country) && own < DOMINANT_RATIO * weight) fits.set(place.country, weight);
	}
	return fits;
}

/**
 * Whether the side's name is the namesake's own name or the start of it ("Newcastle" for Newcastle upon
 * Tyne): a club goes by its town's name, and GeoNames lists "Porto" among Bordeaux's other names too.
 */
function namedSo(side: Resolution, k: number, place: GazetteerPlace): boolean {
	if (!side.mention.candidate.alternate[k]) return true;
	const own = nameKey(place.name);
	return own.startsWith(`${side.mention.key} `);
}

/** The side's most important town of its own name in the country (fittingCountries found one). */
function namesakeIn(side: Resolution, country: string, gazetteer: Gazetteer): GazetteerPlace {
	const { candidate } = side.mention;
	for (let k = 0; k < candidate.places.length; k++) {
		const place = gazetteer.places[candidate.places[k]!]!;
		if (place.country === country && SIDE_KINDS.has(place.kind) && namedSo(side, k, place)) return place;
	}
	return side.place;
}

// A name's places as the name table lists them, ranked by weight: an alternate name (another language's,
// an old spelling) weighs less than a place's own, unless the place is known abroad by it; a demonym beats
// a small town of its spelling. name-lookup.ts asks this for each name entry it reads.
import { nameKey } from '../gazetteer/normalize.ts';
import { isAlternateReference, referencedIndex } from '../gazetteer/references.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { unsizedTowns } from './unsized-towns.ts';
import { doubles, mapDoubles, mapPacked } from './packed.ts';
import { weighSpellings } from './other-spellings.ts';
import { KNOWN_ABROAD } from './known-abroad.ts';


// A town smaller than this never outranks a demonym of the same spelling ("English", Indiana).
const DEMONYM_BEATS_TOWN = 100_000;
// A match on one of GeoNames' alternate names (another language's, an old spelling) is worth a tenth:
// "Balart" should not read as Ballarat, nor "Levi" as Lévis, on the strength of their size. Cities of
// KNOWN_ABROAD or more are known abroad by their other names too (Geneva for Genève, Cologne for Köln).
const ALTERNATE_NAME_WEIGHT = 0.1;
// ... unless the name is not its other name abroad: a town of the same country bears it as its own
// ("Venice" beside Dayton, Ohio), or it is no spelling of the city's own name and several places, or
// one known abroad itself, bear it ("Salem" for Jerusalem, "Milford" for Newark, "Islamabad" for
// Chittagong beside Pakistan's capital, weighed at most half that bearer; "Geneva" for Genève and
// "Lemberg" for Lviv stay). A city named in few languages (not knownAbroad) has no such fame abroad: a
// name that is no spelling of its own and that a town elsewhere bears ("Twickenham", an old name of
// Huntsville, Alabama; "Vigan", a spelling of Wigan) weighs a tenth there too, and never more than half
// that town where it has 10,000 people or more: a port of 40,000 bearing it as its own is meant before a
// state capital's old name, a village of 600 ("Simla", Colorado) not before India's usual spelling of Shimla.
export const OWN_NAME_BEARERS = 3;
const KNOWN_BEARER_SHARE = 0.5;
export const SIZED_OWN_BEARER = 10_000;
// an Arabic article before a city's own name, which its English spelling often drops
const ARTICLE = /^(?:al|an|ar|as|ash|ad|at|az|el|ed|en|es)[- ]/;

export type Match = Pick<Candidate, 'places' | 'importance' | 'alternate' | 'via'> & {
	/** every place is a town only post offices name (see findNameCandidates) */
	unsizedOnly: boolean;
};

function unsizedOnly(gazetteer: Gazetteer, places: number[]): boolean {
	const unsized = unsizedTowns(gazetteer);
	for (const index of places) if (unsized[index] === 0) return false;
	return true;
}

export function single(gazetteer: Gazetteer, index: number, via: Candidate['via']): Match {
	const importance = doubles();
	importance.push(gazetteer.importance[index]!);
	return { places: [index], importance, alternate: [false], via, unsizedOnly: unsizedTowns(gazetteer)[index] === 1 };
}

/** The weight of a city known abroad (importance `weight`) named by one of its alternate names. */
function abroadAlternateWeight(gazetteer: Gazetteer, index: number, weight: number, keyHead: string, bearers: number[]): number {
	const place = gazetteer.places[index]!;
	if (bearers.some((b) => gazetteer.places[b]!.country === place.country)) return weight * ALTERNATE_NAME_WEIGHT;
	if (bearers.length === 0 || nameKey(place.name).slice(0, 2) === keyHead) return weight;
	if (bearers.length >= OWN_NAME_BEARERS) return weight * ALTERNATE_NAME_WEIGHT;
	let heaviestOwn = 0;
	for (const b of bearers) heaviestOwn = Math.max(heaviestOwn, gazetteer.importance[b]!);
	// (a city named in few languages: the name is the town's that bears it where that is a town of some size)
	// ... and the name is no spelling of the city's own after its article ("Mansoura" of Al Manşūrah)
	if (!place.knownAbroad) {
		const capped = heaviestOwn >= SIZED_OWN_BEARER && nameKey(place.name).replace(ARTICLE, '').slice(0, 2) !== keyHead;
		return capped ? Math.min(weight * ALTERNATE_NAME_WEIGHT, heaviestOwn * KNOWN_BEARER_SHARE) : weight * ALTERNATE_NAME_WEIGHT;
	}
	return heaviestOwn >= KNOWN_ABROAD ? Math.min(weight, heaviestOwn * KNOWN_BEARER_SHARE) : weight;
}

/** The places (indices) that bear the name as their own (not as an alternate name). */
function ownBearers(values: Uint32Array): number[] {
	const bearers: number[] = [];
	for (const value of values) if (!isAlternateReference(value)) bearers.push(referencedIndex(value));
	return bearers;
}

// the most places a name has that are ranked by insertion (nearly sorted already); more, by the library sort
const INSERTION_RANKING = 64;

/** Positions by weight, heaviest first, equals in their order (a stable sort). */
function byWeight(weights: number[]): number[] {
	// (a loop: Array.from({ length }) costs ~1.5 µs a call in V8)
	const order = new Array<number>(weights.length);
	for (let k = 0; k < order.length; k++) order[k] = k;
	if (weights.length > INSERTION_RANKING) return order.sort((a, b) => weights[b]! - weights[a]!);
	for (let k = 1; k < order.length; k++) {
		const moving = order[k]!;
		let at = k;
		while (at > 0 && weights[order[at - 1]!]! < weights[moving]!) {
			order[at] = order[at - 1]!;
			at--;
		}
		order[at] = moving;
	}
	return order;
}

/**
 * The first two letters of the key that is the text from start to end: the span's own in lower case
 * (a span of plain words) or the key's (no upper-case ASCII there).
 */
function keyHead(text: string, start: number, end: number): string {
	const head = text.slice(start, Math.min(end, start + 2));
	return /[A-Z]/.test(head) ? head.toLowerCase() : head;
}

/** A name's places ranked; the name's key is the text from start to end (see keyHead). */
function namedPlaces(gazetteer: Gazetteer, values: Uint32Array, text: string, start: number, end: number): Match {
	// most names name one place: nothing to rank
	if (values.length === 1 && !isAlternateReference(values[0]!)) return single(gazetteer, referencedIndex(values[0]!), 'name');
	// the table lists a name's places by importance, so only an alternate name's lower weight can
	// put them out of order: the ranking is read in one pass and sorted only then
	// (built by push, the weights as doubles: arrays of one kind in every tier, see packed.ts)
	const count = values.length;
	const places: number[] = [];
	const weights = doubles();
	const alternate: boolean[] = [];
	// the name's own bearers and its head are read only for a city known abroad: most alternate names are a small place's
	let bearers: number[] | null = null;
	let head: string | null = null;
	let ordered = true;
	for (let k = 0; k < count; k++) {
		const value = values[k]!;
		const index = referencedIndex(value);
		const isAlternate = isAlternateReference(value);
		let weight = gazetteer.importance[index]!;
		if (isAlternate) {
			weight =
				weight < KNOWN_ABROAD
					? weight * ALTERNATE_NAME_WEIGHT
					: abroadAlternateWeight(gazetteer, index, weight, (head ??= keyHead(text, start, end)), (bearers ??= ownBearers(values)));
		}
		places.push(index);
		weights.push(weight);
		alternate.push(isAlternate);
		if (k > 0 && weight > weights[k - 1]!) ordered = false;
	}
	if (weighSpellings(gazetteer, places, weights, alternate, text, start, end)) ordered = false;
	if (ordered) return { places, importance: weights, alternate, via: 'name', unsizedOnly: unsizedOnly(gazetteer, places) };
	const order = byWeight(weights);
	const sortedPlaces = mapPacked(order, (k) => places[k]!);
	return { places: sortedPlaces, importance: mapDoubles(order, (k) => weights[k]!), alternate: mapPacked(order, (k) => alternate[k]!), via: 'name', unsizedOnly: unsizedOnly(gazetteer, sortedPlaces) };
}

/** The places a key names, or the country of a demonym ("English" is England, not English, Indiana). */
export function matchOf(gazetteer: Gazetteer, entry: number, demonym: number, text: string, start: number, end: number): Match | null {
	const named = entry >= 0 ? namedPlaces(gazetteer, gazetteer.byName.valuesOf(entry), text, start, end) : null;
	if (demonym >= 0) {
		const best = named && gazetteer.places[named.places[0]!]!;
		// (nor does a city that bears the word only as an alternate name: "Hindi" among a Ukrainian city's)
		if (!best || (best.kind === 'city' && (named!.importance[0]! < DEMONYM_BEATS_TOWN || named!.alternate[0]))) return single(gazetteer, demonym, 'demonym');
	}
	return named;
}

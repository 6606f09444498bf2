// "Laimos lies 3 km to the south-west", "Polbain and Altandhu lie to the north-west", "Kolla Diba, the seat of the
// woreda, lies 25 km to the north-east": an article about a small place names the villages around it by how far and
// which way they lie. Such a neighbour the gazetteer lacks (most are) is put where the sentence says from the
// article's subject (or from the resolved place it says the neighbour lies off: "lies 5 km south of Matema"): at the
// stated distance and bearing, or at the subject's own point where only the bearing is given. Only a text that opens
// by describing its subject ("X is a village …"), with the subject resolved, and only within a few dozen km: the
// neighbours of a description lie near it, and a farther place is named with its own words.
import type { Toponym } from '../contracts.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import { bearingOf, destination, statedKilometres, SUBJECT_DESCRIBED } from './distance-point.ts';
import { DISTANCE_UNITS, ROUGHLY, UNBEARING_WORDS } from './document-cues.ts';
import { firstStartingFrom, nameEndingAt, nameStartingAt, notASubjectName } from './subject-name.ts';
import { tokenAt, type Token } from './tokens.ts';
import { GEOGRAPHIC_HEADS, INSTITUTION_HEADS } from './context-words.ts';
import { FOREIGN_NAME_PARTICLES } from './name-particles.ts';
import { isFirstName } from './word-facts.ts';
import { lookup } from './name-lookup.ts';

// the lower-case words that join a name to the one before it ("Abbey of Sénanque", "Lac de la Gruère"), or a possessive's "s"
const LONGER_NAME_JOINS: ReadonlySet<string> = new Set([...FOREIGN_NAME_PARTICLES, 'of', 's']);

const VERBS = new Set(['lies', 'lie', 'is', 'are', 'stands']);
const COMPASS = new Set(['north', 'south', 'east', 'west']);
// ("6 km away" too)
const UNBEARING = new Set([...UNBEARING_WORDS, 'away']);
// a neighbour farther than this is named with its own words, not as a neighbour of the subject
const MAX_KM = 60;
// how far back an apposition between the name and its verb may reach ("Kolla Diba, the seat of the woreda, lies")
const APPOSITION_TOKENS = 12;
const SCORE = 0.35;

interface Stated {
	/** the km the sentence gives, or null */
	km: number | null;
	/** degrees clockwise from north, or null */
	bearing: number | null;
	/** the token after the direction */
	after: number;
}

/** "3 km to the south-west", "to the north", "4 km north": the distance and bearing after the verb at `verb`, or null. */
function statedAfter(tokens: readonly Token[], verb: number): Stated | null {
	let t = verb + 1;
	if (ROUGHLY.has(tokens[t]?.text ?? '')) t++;
	let km: number | null = null;
	const amount = tokens[t];
	if (amount && /^\d{1,3}$/.test(amount.text) && DISTANCE_UNITS.has(tokens[t + 1]?.lower ?? '')) {
		km = statedKilometres(amount.text, tokens[t + 1]!.lower);
		t += 2;
	}
	if (tokens[t]?.text === 'to' && tokens[t + 1]?.text === 'the') t += 2;
	const word = tokens[t];
	// ("lies 3 km upstream", "2 km away": a stated distance with no bearing places it at the subject)
	if (word && km !== null && UNBEARING.has(word.text)) return { km, bearing: null, after: t + 1 };
	if (!word || !COMPASS.has(word.lower)) return null;
	let direction = word.lower;
	const second = tokens[t + 1];
	if (second && second.gapBefore === '-' && COMPASS.has(second.lower)) {
		direction += second.lower;
		t++;
	}
	return { km, bearing: bearingOf(direction), after: t + 1 };
}

/** The first tokens of the names before the verb at `verb`: "Laimos lies", "Polbain and Altandhu lie", "Kolla Diba, the seat of the woreda, lies". */
function namesBefore(tokens: readonly Token[], verb: number): [number, number][] {
	let last = verb - 1;
	if (tokens[verb]!.gapBefore === ', ') {
		// back over the apposition to the comma after the name
		let k = verb - 1;
		while (k > verb - APPOSITION_TOKENS && k > 0 && tokens[k]!.gapBefore !== ', ' && !tokens[k]!.sentenceStart) k--;
		if (tokens[k]!.gapBefore !== ', ') return [];
		last = k - 1;
	} else if (tokens[verb]!.gapBefore !== ' ') return [];
	const names: [number, number][] = [];
	for (;;) {
		// ("the mill and Ikombe lie": the names the list holds, however it begins)
		const name = nameEndingAt(tokens, last);
		if (!name) break;
		names.push(name);
		const joiner = tokenAt(tokens, name[0] - 1);
		if (!joiner || tokens[name[0]]!.gapBefore !== ' ' || (joiner.text !== 'and' && joiner.text !== 'or')) break;
		last = name[0] - 2;
	}
	return names;
}

// "…, and Psarades, on the shore of Great Prespa, 15 km to the west": a second neighbour the same verb places
const SECOND_APPOSITION_TOKENS = 25;

/** "…, and Psarades, on the shore of the lake, 15 km to the west" right after a stated neighbour: the second name and where it lies, or null. */
function secondNeighbour(tokens: readonly Token[], at: number): { name: [number, number]; stated: Stated } | null {
	const and = tokens[at];
	if (!and || and.text !== 'and' || and.gapBefore !== ', ') return null;
	const name = nameStartingAt(tokens, at + 1);
	if (!name) return null;
	let verb = name[1];
	if (tokens[verb + 1]?.gapBefore === ', ') {
		// past the apposition to the comma before the distance
		let k = verb + 2;
		while (k < verb + SECOND_APPOSITION_TOKENS && k < tokens.length && tokens[k]!.gapBefore !== ', ' && !tokens[k]!.sentenceStart) k++;
		if (tokens[k]?.gapBefore !== ', ') return null;
		verb = k - 1;
	}
	const stated = statedAfter(tokens, verb);
	return stated && stated.km !== null ? { name, stated } : null;
}

// "The village borders Okutama to the north and Kosuge to the south", "bordered by Laimos to the west": the words
// a list of bordering places may hold between its names
const BORDER_LIST_WORDS = new Set(['and', 'or', 'to', 'the', 'on', 'in', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
const BORDER_ITEMS = 12;

// "The neighbouring villages are Laimos and Psarades", "nearby villages include X and Y", "the nearest town is X"
const NEARBY = new Set(['neighbouring', 'neighboring', 'nearby', 'nearest', 'neighbour', 'neighbor']);
const NEARBY_KINDS = new Set(['village', 'villages', 'town', 'towns', 'settlement', 'settlements', 'hamlet', 'hamlets', 'communities', 'community']);
const NEARBY_VERBS = new Set(['are', 'is', 'include', 'includes']);

/** The token where the list of a "borders", "bordered by" or "the neighbouring villages are" clause at token `at` starts, or -1. */
function listStart(tokens: readonly Token[], at: number): number {
	const word = tokens[at]!.lower;
	if (word === 'borders') return at + 1;
	if (word === 'bordered') return tokens[at + 1]?.text === 'by' ? at + 2 : -1;
	if (!NEARBY.has(word) || !NEARBY_KINDS.has(tokens[at + 1]?.lower ?? '')) return -1;
	return NEARBY_VERBS.has(tokens[at + 2]?.text ?? '') ? at + 3 : -1;
}

/** The names of the places the list from token `t` holds (each [first, last]). */
function listedNames(tokens: readonly Token[], t: number): [number, number][] {
	const names: [number, number][] = [];
	while (t < tokens.length && names.length < BORDER_ITEMS && !tokens[t]!.sentenceStart) {
		const token = tokens[t]!;
		if (token.gapBefore !== ' ' && token.gapBefore !== ', ' && token.gapBefore !== '-') break;
		if (token.capitalized) {
			const name = nameStartingAt(tokens, t)!;
			// (a name after "the" is a feature's or a division's: "the province of Isabela")
			if (tokenAt(tokens, t - 1)?.lower !== 'the') names.push(name);
			t = name[1] + 1;
		} else if (BORDER_LIST_WORDS.has(token.lower)) t++;
		else break;
	}
	return names;
}

interface Found {
	text: string;
	tokens: readonly Token[];
	toponyms: readonly Toponym[];
	gazetteer: Gazetteer;
	subject: Toponym;
	added: Toponym[];
	/** the keys of the names placed so far */
	placed: Set<string>;
}

// the heads of names of buildings, bases and parks, which a description also places ("Ngurah Rai International Airport
// lies 35 km to the south", "Castle Menzies lies 1 km west"): no village
const NOT_SETTLEMENT_HEADS = new Set([...INSTITUTION_HEADS, ...GEOGRAPHIC_HEADS, 'airport', 'castle', 'abbey', 'priory', 'monastery', 'cathedral', 'chapel', 'station', 'park', 'reserve', 'falls', 'bridge', 'dam', 'palace', 'fort', 'temple', 'mosque', 'tower']);

/**
 * Whether tokens first..last are a neighbour's whole name: not a pronoun or everyday word, not after "the", not the
 * end or the start of a longer name ("Vallon-Pont-d'Arc", "Abbey of Sénanque", "William A. Switzer Provincial Park", "Dog's
 * Bay", "St. Wolfgang"),
 * not a building's or a person's ("Anna Hazare"), and no name the gazetteer has (its reading, or its being left
 * unmapped, stands: "Chihuahua lies to the north" is the state's city, not a neighbour at the subject).
 */
function neighboursName(found: Found, first: number, last: number): boolean {
	const { tokens, gazetteer } = found;
	if (notASubjectName(tokens, first, last, gazetteer)) return false;
	const head = tokens[first]!;
	const before = tokenAt(tokens, first - 1);
	if (before && !head.sentenceStart && head.gapBefore !== ', ') {
		// ("The hamlet of Inneralpbach lies": a kind's "of" joins no name)
		const kindOf = before.lower === 'of' && NEARBY_KINDS.has(tokenAt(tokens, first - 2)?.lower ?? '');
		if (head.gapBefore !== ' ' || before.capitalized || before.lower === 'the' || (LONGER_NAME_JOINS.has(before.lower) && !kindOf)) return false;
	}
	if (NOT_SETTLEMENT_HEADS.has(tokens[last]!.lower) || NOT_SETTLEMENT_HEADS.has(head.lower)) return false;
	// ("St. Wolfgang im Salzkammergut": an abbreviation the name goes on past)
	const after = tokens[last + 1];
	if (after?.capitalized && after.gapBefore === '. ' && tokens[last]!.text.length <= 3) return false;
	if (last > first && isFirstName(head.lower, gazetteer)) return false;
	const key = nameKey(found.text.slice(head.start, tokens[last]!.end));
	return lookup(gazetteer, key, first === last) === null;
}

// within-parent.ts's ids: "within:<the gazetteer id of the place it is put by>:<name>" (a subject placed within a parent
// lends its parent's id)
const WITHIN = 'within:';

/** The gazetteer id of the place a toponym is, or is put within. */
function placeOf(toponym: Toponym): string {
	return toponym.placeId.startsWith(WITHIN) ? toponym.placeId.slice(WITHIN.length, toponym.placeId.lastIndexOf(':')) : toponym.placeId;
}

/** Adds a toponym for the neighbour's name at tokens first..last, at the point, unless it is no name or read already. */
function addNeighbour(found: Found, [first, last]: [number, number], from: Toponym, point: { lat: number; lon: number }): void {
	const { text, tokens, toponyms, subject } = found;
	if (!neighboursName(found, first, last)) return;
	const [start, end] = [tokens[first]!.start, tokens[last]!.end];
	const at = firstStartingFrom(toponyms, start);
	if ((at < toponyms.length && toponyms[at]!.start < end) || (at > 0 && toponyms[at - 1]!.end > start)) return;
	const name = text.slice(start, end);
	const key = nameKey(name);
	if (found.placed.has(key)) return;
	found.placed.add(key);
	found.added.push({ start, end, name, placeId: `within:${placeOf(from)}:${key.replace(/\s+/g, '-')}`, placeName: name, kind: 'city', country: subject.country, lat: point.lat, lon: point.lon, score: SCORE, usage: 'literal', reasons: ['within-parent'] });
}

/** Toponyms added for the neighbours the text places from its described subject. */
export function placeStatedNeighbours(text: string, tokens: readonly Token[], toponyms: Toponym[], gazetteer: Gazetteer): Toponym[] {
	const subject = toponyms[0];
	// ("Sali is a village", "Drumcliff (Irish: Droim Chliabh) is a village and townland": the opening describes its subject)
	if (!subject || subject.start !== 0 || subject.kind !== 'city' || !SUBJECT_DESCRIBED.test(text)) return toponyms;
	const found: Found = { text, tokens, toponyms, gazetteer, subject, added: [], placed: new Set() };
	for (let v = 1; v < tokens.length; v++) {
		const verb = tokens[v]!.text;
		// a place the subject borders, or one the text calls its neighbour, lies beside it
		const list = listStart(tokens, v);
		if (list > 0) for (const name of listedNames(tokens, list)) addNeighbour(found, name, subject, subject);
		if (!VERBS.has(verb)) continue;
		const stated = statedAfter(tokens, v);
		if (!stated || (stated.km !== null && stated.km > MAX_KM)) continue;
		// "lies 5 km south of Matema": from that place where the text resolved it, else from nothing
		let from = subject;
		const of = tokens[stated.after];
		if (of && (of.text === 'of' || of.text === 'from')) {
			const next = tokens[stated.after + 1];
			const at = next ? firstStartingFrom(toponyms, next.start) : toponyms.length;
			if (!next || toponyms[at]?.start !== next.start) continue;
			from = toponyms[at]!;
		}
		const point = stated.km !== null && stated.bearing !== null ? destination(from, stated.bearing, stated.km) : from;
		for (const name of namesBefore(tokens, v)) addNeighbour(found, name, from, point);
		const second = from === subject ? secondNeighbour(tokens, stated.after) : null;
		if (second && second.stated.km! <= MAX_KM) addNeighbour(found, second.name, subject, second.stated.bearing === null ? subject : destination(subject, second.stated.bearing, second.stated.km!));
	}
	if (found.added.length === 0) return toponyms;
	return [...toponyms, ...found.added].sort((a, b) => a.start - b.start);
}

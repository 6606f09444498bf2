// "Kowalewo is a village in the administrative district of Gmina Pomiechówek, within Nowy Dwór Mazowiecki
// County", "Berlin is an unincorporated community in Bourbon County, Kansas", "born in Wola, a village near
// Płońsk", "in the village of Kowalewo in Płońsk County": a place the gazetteer lacks (hamlets, villages,
// unincorporated communities: most of the world's places) named with its parents is put at the lowest of
// them that is small enough to hold it within about 100 km: a town, a county or district, a first-level
// region only where the country's regions are small; at the stated distance and bearing from a town where
// the sentence gives them. It keeps its own name and an id of its own (not the parent's), a lower score and
// the reason "within-parent". The same name elsewhere in the text is the same place (one sense per
// discourse), also where it was read as a namesake far away; a subject the gazetteer has a place for within
// reach of the parent stays that place; one the gazetteer holds inside the parent, unread or read as a
// namesake far away, is put at that place (bearer-in-parent.ts).
import type { Toponym, ToponymUsage } from '../contracts.ts';
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import { bearerInParent } from './bearer-in-parent.ts';
import { englishWord, LOCATIVES, qualifiedNames } from './qualified-bearers.ts';
import { bearingOf, destination, statedKilometres } from './distance-point.ts';
import { liesIn } from './containment.ts';
import { kilometres } from './qualifies.ts';
import { smallRegion } from './region-size.ts';
import { seatCalledCity } from './region-seat.ts';
import { firstStartingFrom, nameEndingAt, nameStartingAt, notASubjectName, standsAlone } from './subject-name.ts';
import { tokenAt, type Token } from './tokens.ts';
import { toponymAt } from './toponym.ts';

const PLACE_KINDS = String.raw`(?:village|town|townlet|city|commune|comune|frazione|hamlet|locality|municipality|barangay|census-designated place|suburb|neighbou?rhood|township|selo|kibbutz|moshav)`;
// the small divisions an article may describe its subject as ("a civil parish (freguesia) in", "a ward of"): after
// "is a" only ("the parish of Hanover in Connecticut" names a namesake the town was named after, not where it lies)
const DIVISION_KINDS = String.raw`(?:parish|ward|gewog|tambon|mukim)`;
// "community" and "settlement" also name a group or an agreement ("Hillsong, a church community in Sydney",
// "an online community on Reddit"): only the words that describe a settled place may qualify them (nor
// are they a qualifier of a kind after them: "a community in the township of X" describes a community)
const GROUP_KINDS = String.raw`(?:community|settlement)`;
const KINDS = String.raw`(?:${PLACE_KINDS}|${GROUP_KINDS})`;
const PLACE_QUALIFIERS = String.raw`(?:unincorporated|small|little|tiny|rural|farming|agricultural|fishing|mining|coastal|lakeside|riverside|residential|suburban|quiet|planned|gated|dispersed|isolated|remote|unorgani[sz]ed|former|historic|mountain|island|border|seaside|resort|logging|lumber|railroad|railway)`;
const PREPOSITION = String.raw`(?:in|of|within|near|on|located|situated|close|just|about|some|approximately|(?:north|south)(?:-?(?:east|west))?|east|west)`;
// "X is a small village in", "X, an unincorporated community in", "X is a comune (municipality) in",
// "X is a municipality and village in"; or "the village of X" (its name capitalised: nameStartingAt).
// "X, a village of" must go on with a place or a headcount (placeOrHeadcountAfter).
// Bounded repeats only: linear. (No u flag: the scan runs over every text, and is faster without it.)
const DESCRIBED = new RegExp(
	String.raw`( (?:is|was)|,) an? (?:(?:${PLACE_QUALIFIERS},? ){0,3}${GROUP_KINDS}|(?:(?!${GROUP_KINDS} )[A-Za-z-]{2,20} ){0,3}?(?:${PLACE_KINDS}|${DIVISION_KINDS}))(?: \([^()\n]{1,40}\))?(?: and (?:an? )?(?:[a-z-]{2,20} ){0,2}?[a-z-]{2,20})?,? ${PREPOSITION}\b|\bthe ${KINDS} of `,
	'g'
);
// "6 kilometres (4 mi) north of", "12 km from": the parent after it lies that far away
const DISTANCE_BEFORE = /(\d{1,4}(?:\.\d{1,2})?)\s?(km|kilometres|kilometers|mi|miles)\b(?:\s\([^()]{1,20}\))?\s(?:(north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s)?(?:of|from)\s(?:[a-z']+\s){0,4}$/i;
// a parent this far from the subject says nothing of where it is
const MAX_STATED_KM = 60;
// a place of the subject's name this near the parent is the subject itself
const REACH_KM = { town: 60, district: 120, region: 180 };
// a subject's parents lie in the rest of its sentence (bounded) or the clause after "the village of X"
const SENTENCE_CHARS = 400;
// "X is a village in Y District. It lies 35 km west of Z": the sentence after the description that says
// where its subject lies; a town in it counts as a parent only at the distance it states
const FOLLOWING_CHARS = 40;
const FOLLOWING_PLACEMENT = new RegExp(String.raw`^(?:It|The ${KINDS}) (?:lies|is (?:located|situated)) `);
const CLAUSE_CHARS = 120;
const MAX_SUBJECTS = 20;
const SCORE = 0.4;

/** A place the text names: a toponym, or (where a caller gave the spans) a mention read as context. */
export interface NamedPlace {
	start: number;
	/** the name as written */
	name: string;
	usage: ToponymUsage;
	place: GazetteerPlace;
}

interface Parent {
	place: GazetteerPlace;
	/** read as the seat of a division named after it ("Perth County" → Perth): a guess that may be a namesake */
	seat: boolean;
	level: number;
	lat: number;
	lon: number;
}

const SENTENCE_GAP = /[.!?\n]/;
// After a comma the parent comes at once: a name, a distance, or a word that places ("…, near Y", "…, a town
// in Y"). Any other word opens a clause about the place, not a parent: "the village of X, and in Y schools
// closed", "the city of Oaxaca, many of them from Chiapas, Puebla …" do not put X in Y or Oaxaca in Puebla.
// ... or a noun that places, before "of" ("the city of Victoria, capital of Tamaulipas", "…, part of Y")
const CONTAINER_AFTER = /^(?:, (?=[A-ZÀ-Þ\d]|(?:in|near|within|outside|on|just|about|some|approximately|close|located|situated|now|(?:north|south)(?:-?(?:east|west))?|east|west|a|an|the)\b|(?:(?:state|county|provincial|regional|district) )?(?:capital|seat|part|suburb|outskirts|heart|cent(?:re|er)) of\b)| (?:in|near|within|outside) )/;

/** Where the clause from `from` ends: at a semicolon or colon before `end`, or at `end`. */
function clauseEnd(text: string, from: number, end: number): number {
	for (let i = from; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code === 59 || code === 58) return i;
	}
	return end;
}

/** Where the sentence holding offset `at` ends (bounded). */
function sentenceEnd(tokens: readonly Token[], at: number, limit: number): number {
	for (let t = firstStartingFrom(tokens, at + 1); t < tokens.length; t++) {
		const token = tokens[t]!;
		if (token.start >= limit) return limit;
		// (a bracket or quotation opens no new sentence here: "a comune (municipality) in")
		if (token.sentenceStart && SENTENCE_GAP.test(token.gapBefore)) return token.start;
	}
	return limit;
}

/**
 * How low a parent is (0 a town, 1 a county or district, 2 a small first-level region), or -1 for one that
 * is no parent to place a village at (a country, a large region, a river). A large region named as its seat
 * is, before its country ("a municipality in Quebec, Canada": qualified.ts reads the pair as the province
 * where the seat is called "Quebec City"), is 3: the pair read as the seat put the village there before.
 */
function parentLevel(place: GazetteerPlace, name: string, beforeCountry: boolean, gazetteer: Gazetteer): number {
	if (place.kind === 'city') return 0;
	if (place.kind === 'district') return 1;
	if (!isFirstLevelRegion(place)) return -1;
	if (smallRegion(place, gazetteer)) return 2;
	return beforeCountry && seatCalledCity(nameKey(name), place, gazetteer) ? 3 : -1;
}

// "the state of San Luis Potosí, Mexico": a region its division word names was never read as its seat
const DIVISION_WORD_BEFORE = /\b(?:state|province|region|department|prefecture|territory) of $/i;

/** Whether the named place at `i` is a bare name followed by its own country after a comma ("Quebec, Canada"). */
function beforeItsCountry(text: string, named: readonly NamedPlace[], i: number): boolean {
	const { start, name, place } = named[i]!;
	const next = named[i + 1];
	return next !== undefined && next.place.kind === 'country' && next.place.country === place.country && /^\s*,\s*$/.test(text.slice(start + name.length, next.start)) && !DIVISION_WORD_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

// a sentence names a few places; one naming more is a list, of which the first ones are read
const MAX_SENTENCE_PLACES = 16;

/** How large a container is (1 a county or district, 2 a first-level region, 3 a country), or -1. */
function containerRank(place: GazetteerPlace): number {
	if (place.kind === 'district') return 1;
	if (isFirstLevelRegion(place)) return 2;
	return place.kind === 'country' ? 3 : -1;
}

/**
 * Whether the place lies in a container of each larger rank named among named[first..end): "the town of
 * Kent, Putnam County, New York" read as Kent, Connecticut, is a namesake, and the next lowest parent is
 * taken ("in southern Poland, close to the border with Slovakia": one of the countries is enough).
 */
function inContainers(place: GazetteerPlace, level: number, named: readonly NamedPlace[], first: number, end: number, gazetteer: Gazetteer): boolean {
	// per rank (1-3): 0 none named, 1 named but not holding the place, 2 one holds it
	const held = [0, 0, 0, 0];
	for (let k = first; k < end; k++) {
		const container = named[k]!;
		const rank = containerRank(container.place);
		if (container.usage !== 'literal' || container.place === place || rank <= level || held[rank] === 2) continue;
		held[rank] = liesIn(place, container.place, gazetteer) ? 2 : 1;
	}
	return !held.includes(1);
}

/**
 * The lowest parent named from `from` to `to`, at its stated distance if the text gives one. A town of the
 * subject's own name (key `subject`) is none: "the village of Tabor, …, was named for the town of Tábor"
 * names its namesake, not a town it lies in.
 */
function lowestParent(text: string, named: readonly NamedPlace[], from: number, to: number, gazetteer: Gazetteer, subject: string, statedFrom = to): Parent | null {
	const first = firstStartingFrom(named, from);
	let end = first;
	while (end < named.length && named[end]!.start < to && end - first < MAX_SENTENCE_PLACES) end++;
	let best: Parent | null = null;
	for (let i = first; i < end; i++) {
		const { start, name, usage, place } = named[i]!;
		if (usage !== 'literal') continue;
		const level = parentLevel(place, name, beforeItsCountry(text, named, i), gazetteer);
		if (level < 0 || (best && best.level <= level) || (level === 0 && nameKey(name) === subject) || !inContainers(place, level, named, first, end, gazetteer)) continue;
		const distance = DISTANCE_BEFORE.exec(text.slice(Math.max(from, start - 80), start));
		const seat = nameKey(name) !== nameKey(place.name);
		if (!distance && start >= statedFrom) continue;
		if (!distance) {
			best = { place, seat, level, lat: place.lat, lon: place.lon };
			continue;
		}
		const km = statedKilometres(distance[1]!, distance[2]!);
		if (km > MAX_STATED_KM) continue;
		const bearing = distance[3] ? bearingOf(distance[3]) : null;
		const point = bearing === null ? place : destination(place, bearing, km);
		best = { place, seat, level, lat: point.lat, lon: point.lon };
	}
	return best;
}

/**
 * Whether a place the text put at a subject's name is that subject: in its parent or near it. A region or
 * country stays what it is ("Washington, Maine, a rural town of 1,525 in Knox County": Maine is the state).
 */
function withinReach(place: GazetteerPlace, parent: Parent, gazetteer: Gazetteer): boolean {
	if (place.kind !== 'city') return true;
	if (parent.level > 0 && liesIn(place, parent.place, gazetteer)) return true;
	// in the second-level division of a town parent ("the comune of Norcia in the province of Perugia", 75 km)
	const { country, admin1, admin2 } = parent.place;
	if (parent.level === 0 && admin2 && place.admin2 === admin2 && place.admin1 === admin1 && place.country === country) return true;
	return kilometres(place, parent) <= (parent.level === 0 ? REACH_KM.town : parent.level === 1 ? REACH_KM.district : REACH_KM.region);
}

// "Dublin is a small community in … Perth County, Ontario. It lies … between Mitchell and Seaforth": a seat
// read from a division's name is a namesake where every town the next lines name lies this far from it
const NEIGHBOURS_CHARS = 300;
const NEIGHBOUR_KM = 250;

/** Whether the towns of the parent's country named just after the subject's sentence (if any) all lie far from it. */
function farFromNeighbours(parent: Parent, named: readonly NamedPlace[], from: number): boolean {
	let towns = 0;
	for (let i = firstStartingFrom(named, from); i < named.length && named[i]!.start < from + NEIGHBOURS_CHARS; i++) {
		const { place, usage } = named[i]!;
		// (the seat named again supports it; a town abroad is no evidence about a namesake at home)
		if (place === parent.place) return false;
		if (place.kind !== 'city' || usage !== 'literal' || place.country !== parent.place.country) continue;
		if (kilometres(place, parent) <= NEIGHBOUR_KM) return false;
		towns++;
	}
	return towns > 0;
}

// "a village of about 300 people", "a village of 26 houses", "a community of four villages"
const HEADCOUNT = /^ (?:[a-z]+ ){0,2}(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)(?: [a-z]+)? (?:people|persons|inhabitants|residents|souls|households|families|houses|homes|dwellings|farms|villages|hamlets|settlements)\b/;

// "of the comune of", "of the ancient parish of": the words before the name
const OF_DIVISION = new RegExp(String.raw`^ (?:the )?(?:(?:[a-z-]{2,20} ){0,2}?(?:${KINDS}|district|county|province|region|state|department|parish|borough|prefecture|governorate|oblast|raion) of )?`);

/**
 * Whether "a village of" at `after` goes on with a place the text names ("a village of Gmina Pomiechówek",
 * "a neighbourhood of the city of Leeds") or a headcount, not a group ("a community of climate activists").
 */
function placeOrHeadcountAfter(text: string, tokens: readonly Token[], named: readonly NamedPlace[], after: number): boolean {
	if (HEADCOUNT.test(text.slice(after, after + 60))) return true;
	const division = OF_DIVISION.exec(text.slice(after, after + 60))!;
	const span = nameStartingAt(tokens, firstStartingFrom(tokens, after + division[0].length));
	if (!span) return false;
	// (the name, or a division word before it: "Gmina Pomiechówek" read as Pomiechówek)
	const place = named[firstStartingFrom(named, tokens[span[0]]!.start)];
	return place !== undefined && place.start <= tokens[span[1]]!.start;
}

interface Subject {
	start: number;
	end: number;
	name: string;
	parent: Parent;
	/** read as a place only where the gazetteer has one of its name in the parent ("in Charm, Ohio") */
	bearerOnly?: true;
}

const BRACKET_REACH = 120;

/** Where the "(" of the bracket closing just before `end` opens, looking back BRACKET_REACH characters at most
 * (a search to the text's start made every stray ")" before "is a village" cost the text's length). */
export function openingBracketBefore(text: string, end: number): number {
	for (let at = end - 1; at >= 0 && end - at <= BRACKET_REACH; at--) if (text.charCodeAt(at) === 40) return at;
	return -1;
}

/** The described subjects of the text with their parents (at most MAX_SUBJECTS). */
function describedSubjects(text: string, tokens: readonly Token[], named: readonly NamedPlace[], gazetteer: Gazetteer): Subject[] {
	const subjects: Subject[] = [];
	DESCRIBED.lastIndex = 0;
	for (let match = DESCRIBED.exec(text); match && subjects.length < MAX_SUBJECTS; match = DESCRIBED.exec(text)) {
		const after = match.index + match[0].length;
		let span: [number, number] | null;
		let parentsFrom: number;
		let parentsTo: number;
		let statedFrom: number | undefined;
		if (match[1] === undefined) {
			// "the village of X …": the name, then its parents in the clause after it
			const name = firstStartingFrom(tokens, after);
			span = tokens[name]?.start === after ? nameStartingAt(tokens, name) : null;
			if (!span) continue;
			parentsFrom = tokens[span[1]]!.end;
			// "… in Y", "…, Y County": the parents follow the name at once ("the village of Estación Catorce;
			// the Huichol walk there from Jalisco" names none)
			if (!CONTAINER_AFTER.test(text.slice(parentsFrom, parentsFrom + 30))) continue;
			parentsTo = clauseEnd(text, parentsFrom, sentenceEnd(tokens, parentsFrom, parentsFrom + CLAUSE_CHARS));
		} else {
			if (match[0].endsWith('of') && !placeOrHeadcountAfter(text, tokens, named, after)) continue;
			// "X (Persian: …) is a village": the name before a bracket
			let end = match.index;
			if (text[end - 1] === ')') {
				const open = openingBracketBefore(text, end);
				if (open < 0) continue;
				end = open;
				while (end > 0 && text[end - 1] === ' ') end--;
			}
			const last = firstStartingFrom(tokens, end) - 1;
			if (last < 0 || tokens[last]!.end !== end) continue;
			span = nameEndingAt(tokens, last);
			// "X is a …" opens its sentence; "…, X, a village near Y" is an apposition anywhere
			if (!span || (match[1] !== ',' && !tokens[span[0]]!.sentenceStart)) continue;
			parentsFrom = match.index + match[1].length;
			const limit = parentsFrom + (match[1] === ',' ? CLAUSE_CHARS : SENTENCE_CHARS);
			parentsTo = Math.min(limit, sentenceEnd(tokens, parentsFrom, limit));
			if (match[1] !== ',' && parentsTo < limit && FOLLOWING_PLACEMENT.test(text.slice(parentsTo, parentsTo + FOLLOWING_CHARS))) {
				statedFrom = parentsTo;
				parentsTo = sentenceEnd(tokens, statedFrom, statedFrom + SENTENCE_CHARS);
			}
		}
		const [first, last] = span;
		if (notASubjectName(tokens, first, last, gazetteer)) continue;
		const parent = lowestParent(text, named, parentsFrom, parentsTo, gazetteer, nameKey(text.slice(tokens[first]!.start, tokens[last]!.end)), statedFrom);
		if (!parent || (parent.seat && farFromNeighbours(parent, named, statedFrom ?? parentsTo))) continue;
		const start = tokens[first]!.start;
		const end = tokens[last]!.end;
		subjects.push({ start, end, name: text.slice(start, end), parent });
	}
	return subjects;
}

// "a fire in Fulton, Callaway County": a name the gazetteer lacks, after a locative word, qualified by a county

/**
 * The subjects named "in X, Y County" (a second-level division the gazetteer has); where X was read as a
 * town outside the county ("in Berlin, Bourbon County" as Berlin, Germany), that reading gives way.
 */
function countyQualified(text: string, tokens: readonly Token[], named: readonly NamedPlace[], gazetteer: Gazetteer, subjects: Subject[]): void {
	for (let i = 0; i < named.length && subjects.length < MAX_SUBJECTS; i++) {
		const { start, usage, place } = named[i]!;
		if (place.kind !== 'district' || usage !== 'literal' || text.slice(start - 2, start) !== ', ') continue;
		const last = firstStartingFrom(tokens, start - 2) - 1;
		const span = last >= 0 && tokens[last]!.end === start - 2 ? nameEndingAt(tokens, last) : null;
		if (!span) continue;
		const [first] = span;
		const before = tokenAt(tokens, first - 1);
		if (!before || !LOCATIVES.has(before.lower) || tokens[first]!.sentenceStart || notASubjectName(tokens, first, last, gazetteer)) continue;
		const end = tokens[last]!.end;
		subjects.push({ start: tokens[first]!.start, end, name: text.slice(tokens[first]!.start, end), parent: { place, seat: false, level: 1, lat: place.lat, lon: place.lon } });
	}
}

/**
 * The toponyms with the described subjects the gazetteer lacks (or has only far from their parents) put
 * within their parents, and every other mention of such a subject's name with them. `places` are the
 * toponyms' gazetteer places (same order); `named`, the places the text names, sorted (the toponyms', or
 * with the spans a caller gave, the context's too); `given`, those spans ("start:end"), if any.
 */
export function placeWithinParents(text: string, tokens: readonly Token[], toponyms: Toponym[], places: readonly GazetteerPlace[], named: readonly NamedPlace[], gazetteer: Gazetteer, given: ReadonlySet<string> | null): Toponym[] {
	const subjects = describedSubjects(text, tokens, named, gazetteer);
	countyQualified(text, tokens, named, gazetteer, subjects);
	for (const { start, end, name, parent, level } of qualifiedNames(text, tokens, named, gazetteer, MAX_SUBJECTS - subjects.length)) {
		subjects.push({ start, end, name, parent: { place: parent, seat: false, level, lat: parent.lat, lon: parent.lon }, bearerOnly: true });
	}
	if (subjects.length === 0) return toponyms;
	const replaced = new Set<number>();
	const added: Toponym[] = [];
	const placed = new Map<string, Subject>();
	const bearers = new Map<string, GazetteerPlace | null>();
	for (const subject of subjects) {
		const key = nameKey(subject.name);
		if (placed.has(key)) continue;
		const bearer = bearerInParent(key, subject.parent, gazetteer);
		if (subject.bearerOnly && !bearer) continue;
		// the gazetteer's own place of the name, where the text read it near the parent, is the subject
		const at = firstStartingFrom(toponyms, subject.start);
		const own = toponyms[at];
		if (own && own.start === subject.start && own.end === subject.end && withinReach(places[at]!, subject.parent, gazetteer)) continue;
		placed.set(key, subject);
		bearers.set(key, bearer);
	}
	for (const [key, subject] of placed) {
		const { parent } = subject;
		const id = `within:${parent.place.id}:${key.replace(/\s+/g, '-')}`;
		const bearer = bearers.get(key);
		// ("Orange is a commune in Vaucluse. Orange lies …": a described subject is the text's own, whatever opens a sentence)
		const word = subject.bearerOnly && englishWord(key, gazetteer);
		for (let start = text.indexOf(subject.name); start >= 0; start = text.indexOf(subject.name, start + 1)) {
			const end = start + subject.name.length;
			if (!standsAlone(text, tokens, start, end, gazetteer) || (given && !given.has(`${start}:${end}`))) continue;
			// ("in Charm, Ohio … Charm is in short supply": an English word opening a sentence is that word)
			if (word && start !== subject.start && tokens[firstStartingFrom(tokens, start)]?.sentenceStart) continue;
			// a toponym over the name (a namesake far away, a part of the name) gives way
			let overlapping = firstStartingFrom(toponyms, start);
			if (overlapping > 0 && toponyms[overlapping - 1]!.end > start) overlapping--;
			let kept = false;
			for (let i = overlapping; i < toponyms.length && toponyms[i]!.start < end; i++) {
				const other = toponyms[i]!;
				if (other.start === start && other.end === end && withinReach(places[i]!, parent, gazetteer)) kept = true;
				else if (other.start >= start && other.end <= end) replaced.add(i);
				else kept = true;
			}
			if (kept) continue;
			if (bearer) {
				added.push(toponymAt({ start, end, name: subject.name }, bearer, { score: SCORE, usage: 'literal', reasons: ['within-parent'] }));
				continue;
			}
			added.push({ start, end, name: subject.name, placeId: id, placeName: subject.name, kind: 'city', country: parent.place.country, lat: parent.lat, lon: parent.lon, score: SCORE, usage: 'literal', reasons: ['within-parent'] });
		}
	}
	if (added.length === 0) return toponyms;
	return [...toponyms.filter((_, i) => !replaced.has(i)), ...added].sort((a, b) => a.start - b.start);
}

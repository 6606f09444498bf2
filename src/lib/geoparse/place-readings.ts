import { nameKey } from '../gazetteer/normalize.ts';
import type { GazetteerPlace } from '../gazetteer/types.ts';
import { candidateKey, type Candidate } from './candidates.ts';
import { EVERYDAY_WORD } from './context-words.ts';
import type { Verdict } from './judge.ts';
import { isPossessiveMark, nameAfterPreposition, previousListItem, previousWord, speaksAfter, type JudgeContext } from './phrase-cues.ts';
import { commonness, isFirstName } from './word-facts.ts';
import { kilometres } from './qualifies.ts';
import { namesAClub } from './club-first-names.ts';
import { LIST_WORDS } from './list-nouns.ts';
import { tokenAt, type Token } from './tokens.ts';
import { amongListedTowns } from './listed-cluster.ts';
import { tallyItems } from './tally-items.ts';
import { dashedListing, dashedSiblings, type DashedListing } from './dashed-items.ts';
import { computedOnce } from './computed-once.ts';
import { bracketedAmongTowns } from './bracketed-clubs.ts';
import { riversNamedIn, townOnNamedRiver, type RiverName } from './river-towns.ts';

// Verdicts that rest on the word alone, not on a person cue around it: a bare first name ("Lawrence"),
// a capitalised word English also has ("Troy"), a sentence start.
const WORD_ONLY = new Set(['first-name', 'common-word', 'sentence-start']);
// A word this common stays a word even where the text names the place ("Hope is fading" beside "HOPE, Ark.").
const NAME_LIKE_WORD = EVERYDAY_WORD;
// verdicts that read a person at the mention itself
const PERSON_CUES = new Set(['surname', 'person-title', 'full-name', 'person-name', 'after-name', 'possessive-name', 'person-here']);
// a list of places runs this many items at most
const MAX_LIST_ITEMS = 12;

// an everyday word's town lies this close to the listed town beside it ("Waco and Temple" are 50 km apart)
const LISTED_NEIGHBOUR_KM = 80;

export const SAME_NAME_PLACE = 'same-name-place';
export const LISTED_PLACE = 'listed-place';
// a capitalised word named beside a river whose course passes a town of that name (river-towns.ts)
export const RIVER_TOWN = 'river-town';
// a first name the text gives a club ("Chelsea boss"): the club's cue is the evidence, no anchor elsewhere
export const CLUB_PLACE = 'club-place';

/**
 * The document's second reading. A name the text places beyond doubt somewhere (a dateline "EUDORA,
 * Kan. —", "in Lawrence", "Lawrence, Kansas") is that place where else it stands bare and was set
 * aside for its word alone ("Lawrence" is a first name, "troy" a weight); and an item of a list whose
 * other items are places is one too ("Lawrence, Eudora and Baldwin City"). Person cues at the mention
 * itself ("Dr. Lawrence", "Troy Smith", "Lawrence said") are not overruled. A first name the text gives a club
 * ("Chelsea boss", "beat Chelsea 2-1") is placed so too. Rewrites `verdicts` in place.
 */
export function rereadAsPlaces(candidates: Candidate[], verdicts: Verdict[], ctx: JudgeContext): void {
	// most texts have no such mention: find them first, and do the rest only for their names
	let open: number[] | null = null;
	// everyday words ("Temple", "Union") set aside as words: places only beside a listed town near them
	let everyday: number[] | null = null;
	// the text's named rivers, found where some word was set aside ("The Hudson River at Troy")
	let rivers: RiverName[] | null = null;
	for (let i = 0; i < candidates.length; i++) {
		const verdict = verdicts[i]!;
		if (verdict.keep || !WORD_ONLY.has(verdict.why)) continue;
		if (verdict.why === 'common-word' && townOnNamedRiver(candidates[i]!, (rivers ??= riversNamedIn(ctx.text, ctx.tokens, ctx.gazetteer)), ctx.tokens, ctx.gazetteer)) {
			verdicts[i] = { keep: true, usage: 'literal', why: RIVER_TOWN, minor: true };
			continue;
		}
		if (nameLike(candidates[i]!, ctx)) {
			if (!insideLongerName(candidates[i]!, ctx)) (open ??= []).push(i);
		} else if (verdict.why === 'common-word') (everyday ??= []).push(i);
	}
	if (everyday) rereadEverydayWords(everyday, candidates, verdicts, ctx);
	if (!open) return;
	const keys = new Set(open.map((i) => candidateKey(ctx.text, candidates[i]!)));
	// a person cue at some mention ("Tim Lawrence", "Dr. Lawrence") leaves only the anchored readings
	const people = new Set<string>();
	const placed = new Set<string>();
	const prepositional: Candidate[] = [];
	for (let i = 0; i < candidates.length; i++) {
		const verdict = verdicts[i]!;
		const candidate = candidates[i]!;
		if (!verdict.keep ? !PERSON_CUES.has(verdict.why) : verdict.why !== 'locative' || verdict.usage !== 'literal' || candidate.via !== 'name') continue;
		const key = candidateKey(ctx.text, candidate);
		if (!keys.has(key)) continue;
		if (!verdict.keep) people.add(key);
		else if (verdict.anchored) placed.add(key);
		else if (nameAfterPreposition(candidate, ctx)) prepositional.push(candidate);
	}
	for (const key of seatsOfNamedCounties(open, candidates, verdicts, ctx)) if (!people.has(key)) placed.add(key);
	// ... and so does a first name the text gives a club: "Chelsea boss", "beat Chelsea 2-1" (club-first-names.ts)
	const clubs = new Set<string>();
	for (let i = 0; i < candidates.length; i++) {
		const verdict = verdicts[i]!;
		if (verdict.keep || !WORD_ONLY.has(verdict.why)) continue;
		const key = candidateKey(ctx.text, candidates[i]!);
		if (keys.has(key) && !people.has(key) && isFirstName(key, ctx.gazetteer) && namesAClub(candidates[i]!, ctx.tokens, ctx.text, ctx.gazetteer)) clubs.add(key);
	}
	for (const candidate of prepositional) {
		const key = candidateKey(ctx.text, candidate);
		if (!people.has(key)) placed.add(key);
	}
	const left: number[] = [];
	for (const i of open) {
		const key = candidateKey(ctx.text, candidates[i]!);
		if (clubs.has(key)) verdicts[i] = { keep: true, usage: 'literal', why: CLUB_PLACE, minor: true };
		else if (placed.has(key)) verdicts[i] = { keep: true, usage: 'literal', why: SAME_NAME_PLACE, minor: true };
		else left.push(i);
	}
	if (!left.length) return;
	const index = indexOfEach(candidates);
	const isPlace = placedTest(verdicts, index);
	let placedAnywhere: GazetteerPlace[] | null = null;
	const listing = computedOnce(() => dashedListing(candidates, ctx.tokens));
	for (const i of left) {
		if (listedWithPlaces(candidates[i]!, ctx, isPlace) || inTownList(i, candidates, verdicts, ctx, index, listing)) verdicts[i] = { keep: true, usage: 'literal', why: LISTED_PLACE, minor: true };
		else if (verdicts[i]!.why === 'common-word' && fromNearTown(candidates[i]!, ctx, (placedAnywhere ??= leadingPlacesOfPlacedNames(candidates, verdicts, ctx.gazetteer.places)))) verdicts[i] = { keep: true, usage: 'literal', why: LISTED_PLACE, minor: true };
	}
}

/**
 * "students from Erskine …; from Fertile, Hannah Olson": a rare word capitalised after "from" in mid-sentence (no
 * possessive: "from Climax's owners"; no first name) is the town of that name where one of its places lies near
 * the leading place of a town the text places; "from" takes firms and persons too, so only there.
 */
function fromNearTown(candidate: Candidate, ctx: JudgeContext, placed: readonly GazetteerPlace[]): boolean {
	if (ctx.tokens[candidate.first]!.sentenceStart || previousWord(candidate, ctx) !== 'from' || isPossessiveMark(ctx.tokens[candidate.last + 1])) return false;
	// ("a letter from Carmen, who asked": a first name after "from" is a person as often as a town)
	if (isFirstName(candidateKey(ctx.text, candidate), ctx.gazetteer)) return false;
	const { places } = ctx.gazetteer;
	return nearAny(candidate, placed, places);
}

/** The item stands in a joined list whose other items' towns lie around one of its own (listed-cluster.ts). */
function inTownList(i: number, candidates: Candidate[], verdicts: Verdict[], ctx: JudgeContext, index: Map<Candidate, number>, listing?: () => DashedListing): boolean {
	const candidate = candidates[i]!;
	let items = listItems(candidate, ctx);
	// (a tally's counts join its items: "Berlin 860, Gorham 410, Randolph 120": tally-items.ts)
	if (items.length < 2 || !joinedList(candidate, items, ctx.tokens)) items = tallyItems(candidate, ctx);
	// (and a listing's heads before their dashes: "Keene — a house, $240,000. Jay — a lot": dashed-items.ts)
	if (items.length < 2 && listing) items = dashedSiblings(candidate, listing());
	if (items.length < 2) return false;
	return amongListedTowns(candidate, items, ctx.text, ctx.gazetteer, (item) => mayBeTown(verdicts[index.get(item)!]!), (item) => smallTownKept(verdicts[index.get(item)!]!));
}

/**
 * Kept as a small place on its own ("Herrin"): not a well-known name ("Washington, Jefferson and Monroe": a
 * capital among presidents' names) nor an item this reading of lists kept, whose towns are any of dozens.
 */
function smallTownKept(verdict: Verdict): boolean {
	return verdict.keep && verdict.usage === 'literal' && verdict.minor === true && verdict.why !== LISTED_PLACE;
}

/** Kept as a place, or set aside for its word alone (not for a person cue at it). */
function mayBeTown(verdict: Verdict): boolean {
	return (verdict.keep && verdict.usage === 'literal') || (!verdict.keep && WORD_ONLY.has(verdict.why));
}

// the heads of a county's name that a town of its name, its seat, lies inside ("Laurens County": Laurens)
const COUNTY_HEADS = new Set(['County', 'Parish']);
// a county's seat lies this close to its point
const SEAT_KM = 40;

/**
 * "… toward the Laurens County line. Laurens already has a park": the keys of the names set aside for their
 * word alone (a first name opening a sentence) that name a county the text names too, where a town of that
 * name lies at the county's heart: the county is named for its seat, and the bare name is that town.
 */
function seatsOfNamedCounties(open: number[], candidates: Candidate[], verdicts: Verdict[], ctx: JudgeContext): string[] {
	const { tokens, gazetteer } = ctx;
	const seats: string[] = [];
	for (let i = 0; i < candidates.length; i++) {
		const candidate = candidates[i]!;
		const verdict = verdicts[i]!;
		if (!verdict.keep || verdict.usage !== 'literal' || candidate.last === candidate.first || !COUNTY_HEADS.has(tokens[candidate.last]!.text)) continue;
		const stem = nameKey(ctx.text.slice(candidate.start, tokenAt(tokens, candidate.last - 1)!.end));
		// (any of the counties of the name: which one the text means is resolved later)
		const counties = candidate.places.map((k) => gazetteer.places[k]!);
		for (const j of open) {
			const town = candidates[j]!;
			if (candidateKey(ctx.text, town) === stem && town.places.some((k) => counties.some((county) => kilometres(gazetteer.places[k]!, county) < SEAT_KM))) seats.push(stem);
		}
	}
	return seats;
}

/**
 * A list item counts as a place where the text places it, not where it only could be one ("Everton, Chelsea
 * and Charlton"). (Returned, not bound to a name: see NAMED_CLOSURES in eslint.config.js.)
 */
function placedTest(verdicts: Verdict[], index: Map<Candidate, number>): (candidate: Candidate) => boolean {
	return (candidate) => placedVerdict(verdicts[index.get(candidate)!]!);
}

function placedVerdict(verdict: Verdict): boolean {
	return verdict.keep && verdict.usage === 'literal' && (verdict.why === 'locative' || verdict.why === SAME_NAME_PLACE || verdict.why === CLUB_PLACE);
}

/** A capitalised word right before (mid-sentence) or after ("Chrystia Freeland", "Zara Home"), a possessive, a reporting verb. */
function insideLongerName(candidate: Candidate, ctx: JudgeContext): boolean {
	const { tokens } = ctx;
	const before = tokenAt(tokens, candidate.first - 1);
	const after = tokens[candidate.last + 1];
	const gap = tokens[candidate.first]!.gapBefore;
	if (before && before.capitalized && !tokens[candidate.first]!.sentenceStart && (gap === ' ' || gap === '-')) return true;
	if (after && after.capitalized && (after.gapBefore === ' ' || after.gapBefore === '-')) return true;
	// "Kelly's attempts": a possessive is a person's or a firm's as often as a town's; "Lawrence said": a person
	return (!!after && after.text === 's' && (after.gapBefore === "'" || after.gapBefore === '’')) || speaksAfter(candidate, ctx);
}

function nameLike(candidate: Candidate, ctx: JudgeContext): boolean {
	if (candidate.first !== candidate.last) return true;
	return commonness(ctx.tokens[candidate.first]!.lower, ctx.gazetteer) < NAME_LIKE_WORD;
}

/** The other items of the list the candidate stands in, before it and after it. */
function listItems(candidate: Candidate, ctx: JudgeContext): Candidate[] {
	const items: Candidate[] = [];
	let item: Candidate | null | undefined = candidate;
	for (let n = 0; n < MAX_LIST_ITEMS && (item = previousListItem(item, ctx)); n++) items.push(item);
	item = candidate;
	for (let n = 0; n < MAX_LIST_ITEMS && (item = nextListItem(item, ctx)); n++) items.push(item);
	return items;
}

/** Each candidate's index, to find a list item's verdict. */
function indexOfEach(candidates: readonly Candidate[]): Map<Candidate, number> {
	return new Map(candidates.map((candidate, i) => [candidate, i]));
}

/** Whether a comma or a joining word stands before the candidate or one of its list's items: the names form a list. */
function joinedList(candidate: Candidate, items: readonly Candidate[], tokens: readonly Token[]): boolean {
	return [candidate, ...items].some((c) => LIST_WORDS.has(tokenAt(tokens, c.first - 1)?.text ?? ''));
}

/** Whether one of the candidate's places lies within LISTED_NEIGHBOUR_KM of one of the towns. */
function nearAny(candidate: Candidate, towns: readonly GazetteerPlace[], places: readonly GazetteerPlace[]): boolean {
	return towns.some((town) => candidate.places.some((k) => kilometres(places[k]!, town) < LISTED_NEIGHBOUR_KM));
}

/** Some other item of the list the candidate stands in ("A, B and C": a joiner makes it a list) is read as a place. */
function listedWithPlaces(candidate: Candidate, ctx: JudgeContext, isPlace: (c: Candidate) => boolean): boolean {
	const items = listItems(candidate, ctx);
	if (!items.length) return false;
	return joinedList(candidate, items, ctx.tokens) && items.some(isPlace);
}

/**
 * "Retailers in Waco and Temple": an everyday English word capitalised as an item of a list joined to a
 * town the text places is a town too where one of its places lies near that town's leading place; far
 * from it ("in Paris and Hope") it stays the word. So is one capitalised after "in" or "near" in mid-sentence
 * ("the gold mine in Lead") where one of its places lies near the leading place of any town the text
 * places ("… in Deadwood"): a word of that spelling would be written in lower case there.
 */
function rereadEverydayWords(everyday: number[], candidates: Candidate[], verdicts: Verdict[], ctx: JudgeContext): void {
	const { places } = ctx.gazetteer;
	// the leading places of the names the text places, found once where some word stands after "in" or "near"
	let placedAnywhere: GazetteerPlace[] | null = null;
	// (each candidate's index, made once where some word stands in a list)
	let index: Map<Candidate, number> | null = null;
	for (const i of everyday) {
		const candidate = candidates[i]!;
		// ("W Stuart (Bath), T Dan (Leicester)": a club in a squad list's brackets, bracketed-clubs.ts)
		if (bracketedAmongTowns(candidate, candidates, verdicts, ctx)) {
			verdicts[i] = { keep: true, usage: 'literal', why: LISTED_PLACE, minor: true };
			continue;
		}
		if (insideLongerName(candidate, ctx)) continue;
		// (every item of its list: "from Ossipee, Effingham, Freedom and Tamworth" has its neighbour two items back)
		const items = listItems(candidate, ctx);
		let neighbours: GazetteerPlace[];
		if (items.length && joinedList(candidate, items, ctx.tokens)) {
			const at = (index ??= indexOfEach(candidates));
			neighbours = items.filter((item) => placedVerdict(verdicts[at.get(item)!]!)).map((item) => places[item.places[0]!]!);
		} else if (!ctx.tokens[candidate.first]!.sentenceStart && nameAfterPreposition(candidate, ctx)) {
			neighbours = placedAnywhere ??= leadingPlacesOfPlacedNames(candidates, verdicts, places);
		} else continue;
		const near = nearAny(candidate, neighbours, places);
		if (near || (items.length > 0 && inTownList(i, candidates, verdicts, ctx, (index ??= indexOfEach(candidates))))) verdicts[i] = { keep: true, usage: 'literal', why: LISTED_PLACE, minor: true };
	}
}

// the most places of the text asked about (a long text's first ones: the area a local story is about)
const PLACED_ASKED = 200;

/** The leading places (towns) of the names the text places, each once. */
function leadingPlacesOfPlacedNames(candidates: Candidate[], verdicts: Verdict[], places: readonly GazetteerPlace[]): GazetteerPlace[] {
	const found = new Set<GazetteerPlace>();
	for (let i = 0; i < candidates.length && found.size < PLACED_ASKED; i++) {
		if (!placedVerdict(verdicts[i]!) || candidates[i]!.via !== 'name') continue;
		const place = places[candidates[i]!.places[0]!]!;
		if (place.kind === 'city') found.add(place);
	}
	return [...found];
}

/** The candidate after a comma or a joiner whose previous list item is this one. */
function nextListItem(candidate: Candidate, ctx: JudgeContext): Candidate | undefined {
	for (const first of [candidate.last + 1, candidate.last + 2]) {
		const next = ctx.candidateAt.get(first);
		if (next && previousListItem(next, ctx) === candidate) return next;
	}
	return undefined;
}

import { nameKey } from '../gazetteer/normalize.ts';
import type { Candidate } from './candidates.ts';
import { nameAfterPreposition, previousListItem, speaksAfter, type JudgeContext, type Verdict } from './judge.ts';

// Verdicts that rest on the word alone, not on a person cue around it: a bare first name ("Lawrence"),
// a capitalised word English also has ("Troy"), a sentence start.
const WORD_ONLY = new Set(['first-name', 'common-word', 'sentence-start']);
// A word this common stays a word even where the text names the place ("Hope is fading" beside "HOPE, Ark.").
const NAME_LIKE_WORD = 400;
// verdicts that read a person at the mention itself
const PERSON_CUES = new Set(['surname', 'person-title', 'full-name', 'person-name', 'after-name', 'possessive-name', 'person-here']);
// a list of places runs this many items at most
const MAX_LIST_ITEMS = 12;

export const SAME_NAME_PLACE = 'same-name-place';
export const LISTED_PLACE = 'listed-place';

/**
 * The document's second reading. A name the text places beyond doubt somewhere (a dateline "EUDORA,
 * Kan. —", "in Lawrence", "Lawrence, Kansas") is that place where else it stands bare and was set
 * aside for its word alone ("Lawrence" is a first name, "troy" a weight); and an item of a list whose
 * other items are places is one too ("Lawrence, Eudora and Baldwin City"). Person cues at the mention
 * itself ("Dr. Lawrence", "Troy Smith", "Lawrence said") are not overruled. Rewrites `verdicts` in place.
 */
export function rereadAsPlaces(candidates: Candidate[], verdicts: Verdict[], ctx: JudgeContext): void {
	let weak = 0;
	for (const verdict of verdicts) if (!verdict.keep && WORD_ONLY.has(verdict.why)) weak++;
	if (weak === 0) return;
	// a person cue at some mention ("Tim Lawrence", "Dr. Lawrence") leaves only the anchored readings
	const people = new Set<string>();
	candidates.forEach((candidate, i) => {
		const verdict = verdicts[i]!;
		if (!verdict.keep && PERSON_CUES.has(verdict.why)) people.add(keyOf(candidate, ctx));
	});
	const placed = new Set<string>();
	candidates.forEach((candidate, i) => {
		const verdict = verdicts[i]!;
		if (!verdict.keep || verdict.why !== 'locative' || verdict.usage !== 'literal' || candidate.via !== 'name') return;
		const key = keyOf(candidate, ctx);
		if (verdict.anchored || (!people.has(key) && nameAfterPreposition(candidate, ctx))) placed.add(key);
	});
	const index = new Map<Candidate, number>(candidates.map((candidate, i) => [candidate, i]));
	// the list item after each candidate, to walk a list both ways
	const nextItem = new Map<Candidate, Candidate>();
	for (const candidate of candidates) {
		const previous = previousListItem(candidate, ctx);
		if (previous) nextItem.set(previous, candidate);
	}
	// a list item counts as a place where the text places it, not where it only could be one ("Everton, Chelsea and Charlton")
	const isPlace = (candidate: Candidate) => {
		const verdict = verdicts[index.get(candidate)!]!;
		return verdict.keep && verdict.usage === 'literal' && (verdict.why === 'locative' || verdict.why === SAME_NAME_PLACE);
	};
	const open = (verdict: Verdict, candidate: Candidate) => !verdict.keep && WORD_ONLY.has(verdict.why) && nameLike(candidate, ctx) && !insideLongerName(candidate, ctx);
	candidates.forEach((candidate, i) => {
		if (open(verdicts[i]!, candidate) && placed.has(keyOf(candidate, ctx))) verdicts[i] = { keep: true, usage: 'literal', why: SAME_NAME_PLACE, minor: true };
	});
	candidates.forEach((candidate, i) => {
		if (open(verdicts[i]!, candidate) && listedWithPlaces(candidate, nextItem, ctx, isPlace)) verdicts[i] = { keep: true, usage: 'literal', why: LISTED_PLACE, minor: true };
	});
}

/** A capitalised word right before (mid-sentence) or after ("Chrystia Freeland", "Zara Home"), a possessive, a reporting verb. */
function insideLongerName(candidate: Candidate, ctx: JudgeContext): boolean {
	const { tokens } = ctx;
	const before = tokens[candidate.first - 1];
	const after = tokens[candidate.last + 1];
	if (before && before.capitalized && !tokens[candidate.first]!.sentenceStart && /^[ -]$/.test(tokens[candidate.first]!.gapBefore)) return true;
	if (after && after.capitalized && /^[ -]$/.test(after.gapBefore)) return true;
	// "Lawrence said": the subject of a reporting verb is a person
	return possessive(candidate, ctx) || speaksAfter(candidate, ctx);
}

/** "Kelly's attempts", "at Zara's headquarters": a possessive is a person's or a firm's as often as a town's. */
function possessive(candidate: Candidate, ctx: JudgeContext): boolean {
	const after = ctx.tokens[candidate.last + 1];
	return !!after && after.text === 's' && (after.gapBefore === "'" || after.gapBefore === '’');
}

function keyOf(candidate: Candidate, ctx: JudgeContext): string {
	return nameKey(ctx.text.slice(candidate.start, candidate.end));
}

function nameLike(candidate: Candidate, ctx: JudgeContext): boolean {
	if (candidate.first !== candidate.last) return true;
	return (ctx.gazetteer.commonWords.get(ctx.tokens[candidate.first]!.lower) ?? 0) < NAME_LIKE_WORD;
}

const LIST_JOINERS = new Set(['and', 'or', '&']);

/** Some other item of the list the candidate stands in ("A, B and C": a joiner makes it a list) is read as a place. */
function listedWithPlaces(candidate: Candidate, nextItem: Map<Candidate, Candidate>, ctx: JudgeContext, isPlace: (c: Candidate) => boolean): boolean {
	const items: Candidate[] = [];
	let item: Candidate | null | undefined = candidate;
	for (let n = 0; n < MAX_LIST_ITEMS && (item = previousListItem(item, ctx)); n++) items.push(item);
	item = candidate;
	for (let n = 0; n < MAX_LIST_ITEMS && (item = nextItem.get(item)); n++) items.push(item);
	if (!items.length) return false;
	const joined = [candidate, ...items].some((c) => LIST_JOINERS.has(ctx.tokens[c.first - 1]?.text ?? ''));
	return joined && items.some(isPlace);
}

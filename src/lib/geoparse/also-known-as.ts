// "Mosna (German: Meschen; Hungarian: Muzsna)", "Sligo (Irish: Sligeach)", "Hobart, formerly Hobart Town",
// "the village, formerly called Mortesdorf", "the settlement was also known as Port Arthur": the text gives a place
// another name, in another language or of another time. The gazetteer rarely has a village's foreign or old
// name, yet the name is the same place: each is put where the place it names is (same id), wherever the
// text writes it, when no toponym covers it already. The place named is the toponym right before the
// bracket or the comma, or the article's subject (the toponym the text opens with) where the sentence speaks
// of "the village", "the town", "it".
import type { Toponym } from '../contracts.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { firstStartingFrom, standsAlone } from './subject-name.ts';
import { tokenAt, type Token } from './tokens.ts';

// the words an article uses for its subject in later sentences
const SUBJECT_WORDS = new Set(['village', 'town', 'city', 'settlement', 'hamlet', 'community', 'municipality', 'commune', 'township', 'parish', 'locality', 'place']);
// "formerly Mortesdorf", "formerly known as", "also called", "known locally as", "originally named"
const OTHER_NAME_CUES = new Set(['formerly', 'also', 'known', 'originally', 'previously', 'once', 'historically']);
// "it was called Largeau", "the town was renamed Janjanbureh": a naming verb after "was" (BEFORE_CUE) gives the
// name itself, where the sentence speaks of the subject
const NAMING_VERBS = new Set(['called', 'named', 'renamed']);
// "known until 1966 as Thysville", "known from 1849 until 1920 as Queenstown": the dates between "known" and "as"
const DATE_WORDS = new Set(['until', 'till', 'from', 'before', 'after', 'in', 'between', 'and', 'to']);
const MAX_DATE_TOKENS = 5;
const NAMING_WORDS = new Set(['called', 'named', 'spelled', 'spelt']);
const KNOWN_BETWEEN = new Set(['locally', 'historically', 'formerly', 'also', 'originally', 'previously', 'once', 'then', 'first', 'later']);
// what may come right before a cue that names the subject: "and known as", "was once called", "First known as"
const BEFORE_CUE = new Set(['and', 'was', 'is', 'been', 'were', 'first', 'later', 'then', 'long']);
// glosses given with the name: "(German: Meschen; Hungarian: Muzsna)"; a label that is no language is
// no gloss ("Texas (Republican: Ted Cruz)"). A demonym names a language where the place opens its sentence
// ("Mosna (German: Meschen) is a commune"); elsewhere it labels people ("Mexico (Mexican: Juan Perez)"):
// there only these labels gloss.
const GLOSS_LABELS = new Set(['latin', 'gaelic', 'irish', 'welsh', 'scots', 'cornish', 'manx', 'breton', 'basque', 'catalan', 'galician', 'frisian', 'occitan', 'romansh', 'sami', 'maori', 'māori', 'hawaiian', 'yiddish', 'esperanto', 'old', 'middle', 'scottish']);
const MAX_BRACKET_TOKENS = 40;
// "Hobart, formerly Hobart Town": an other name of a place that ends in a word for a settlement
const SETTLEMENT_ENDINGS = new Set(['Town', 'Township', 'Station', 'Mills', 'Mill', 'Fork', 'Forks', 'City', 'Village', 'Springs', 'Crossing', 'Landing', 'Ferry', 'Junction', 'Falls', 'Creek', 'Corners', 'Bridge', 'Harbour', 'Harbor', 'Plains', 'Settlement', 'Hamlet']);
// "a rapper from Atlanta, known as …", "a village in Ohio, formerly …": the toponym is where a person or
// a place named before it is, not what the comma renames
const SITUATING = new Set(['from', 'in', 'of', 'at']);
// "South by Southwest", "Bank of America": a title joins capitalised words with these; its first word is no name
const TITLE_JOINERS = new Set(['by', 'of', 'and', 'for', 'the', 'with', 'to']);
const MAX_NAME_WORDS = 5;
// lower-case words inside a foreign name: "Stein am Rhein", "Baile an Mhuilinn", "Most nad Vltavou"
const NAME_PARTICLES = new Set(['am', 'im', 'an', 'bei', 'nad', 'pod', 'de', 'del', 'la', 'le', 'di', 'da', 'du', 'na', 'ng', 'upon', 'on', 'sur', 'en', 'aan', 'op']);
const SCORE_SHARE = 0.9;
// each other name is looked for through the whole text: a bounded number keeps that linear
const MAX_OTHER_NAMES = 20;
// a name in another script ("Russian: Москва") spells the English one; another name is written in the text's
const LATIN = /^[\p{Script=Latin}\p{M}\d]+$/u;
// "the village was home to Jones, who was known as …": a person between the subject and the cue
const PERSONS = new Set(['who', 'he', 'she', 'they', 'his', 'her', 'whom']);

// Every other name follows "known", a naming word or "formerly" (the cue is that word or the one before it),
// or a label's colon in brackets right after a toponym: only those tokens are read, not the whole text.
const CUE_WORDS_IN_TEXT = /known|called|(?:re)?named|spel(?:led|t)|formerly/gi;

interface OtherName {
	name: string;
	/** the toponym the name is another name of */
	of: Toponym;
	/** where the text gives the name right after its cue (a gloss's label, "known as"): there it is the place whatever the gazetteer says */
	at: number;
}

/** The toponyms with the other names the text gives its places added (see above). */
export function alsoKnownAs(text: string, tokens: readonly Token[], toponyms: Toponym[], gazetteer: Gazetteer, given: ReadonlySet<string> | null): Toponym[] {
	if (toponyms.length === 0) return toponyms;
	const events = eventTokens(text, tokens, toponyms);
	if (events.length === 0) return toponyms;
	const endingAt = new Map(toponyms.map((t) => [t.end, t]));
	const opening = toponyms[0]!;
	const subject = text.slice(0, opening.start).trim() === '' ? opening : null;
	const others: OtherName[] = [];
	// "(Portuguese: Ataúro)": where a gloss's label starts, a language, not the country of its demonym
	const labels = new Set<number>();
	// the sentence speaks of the subject ("the village", "It") and has not turned to a person since
	let subjectSpoken = false;
	// tokens 1 … walked have been read into subjectSpoken
	let walked = 0;
	for (const i of events) {
		// read on from the event's sentence start (what came before it is forgotten there) or from the last event
		let from = i;
		while (from > walked + 1 && !tokens[from]!.sentenceStart) from--;
		for (let k = from; k <= i; k++) subjectSpoken = spokenAfter(tokens, k, subjectSpoken);
		walked = i;
		const token = tokens[i]!;
		const before = endingAt.get(tokenAt(tokens, i - 1)!.end);
		if (token.gapBefore === ' (' && before && tokenAt(tokens, i - 1)!.end === before.end) glossedNames(tokens, i, gazetteer, before, opensSentence(tokens, i - 1, before), others, labels);
		// "Faya-Largeau (or Faya)": an "or" opening a bracket right after a toponym gives another name of it
		const bracketOr = token.lower === 'or' && token.gapBefore === ' (' && before !== undefined;
		const namingVerb = NAMING_VERBS.has(token.lower) && token.gapBefore === ' ' && BEFORE_CUE.has(tokenAt(tokens, i - 1)!.lower);
		if (!OTHER_NAME_CUES.has(token.lower) && !bracketOr && !namingVerb) continue;
		const nameAt = bracketOr || namingVerb ? afterNamingWord(tokens, i) : afterCue(tokens, i);
		const name = nameAt >= 0 ? nameFrom(tokens, nameAt) : -1;
		if (name < 0) continue;
		const of = referent(tokens, i, name, before, subject, subjectSpoken);
		// (a bracket's "or" may offer another place as well as another name: "Paris (or London) is a fine choice" keeps London)
		if (of && others.length < MAX_OTHER_NAMES) others.push({ name: text.slice(tokens[nameAt]!.start, tokens[name]!.end), of, at: bracketOr ? -1 : tokens[nameAt]!.start });
	}
	if (others.length === 0) return toponyms;
	if (labels.size > 0) toponyms = toponyms.filter((t) => !(labels.has(t.start) && t.reasons.includes('demonym')));
	// "Janjanbureh, known as Georgetown until 1995": where the text gives it as the place's other name, a name the
	// gazetteer gives a namesake (Guyana's capital) is the place (its other mentions keep their own reading)
	const renamedAt = new Map(others.filter((o) => o.name !== o.of.name).map((o) => [o.at, o]));
	toponyms = toponyms.map((t) => {
		const other = renamedAt.get(t.start);
		if (!other || other.name !== t.name || t.placeId === other.of.placeId) return t;
		const copy: Toponym = { ...other.of, start: t.start, end: t.end, name: t.name, score: other.of.score * SCORE_SHARE, reasons: ['other-name'] };
		delete copy.alternatives;
		return copy;
	});
	const added: Toponym[] = [];
	const seen = new Set<string>();
	for (const { name, of } of others.slice(0, MAX_OTHER_NAMES)) {
		if (seen.has(name) || name === of.name) continue;
		seen.add(name);
		for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + 1)) {
			const end = start + name.length;
			if (!standsAlone(text, tokens, start, end, gazetteer) || (given && !given.has(`${start}:${end}`)) || covered(toponyms, start, end)) continue;
			const copy: Toponym = { ...of, start, end, name, score: of.score * SCORE_SHARE, reasons: ['other-name'] };
			delete copy.alternatives;
			added.push(copy);
		}
	}
	if (added.length === 0) return toponyms;
	return [...toponyms, ...added].sort((a, b) => a.start - b.start);
}

/** Whether the sentence speaks of the subject after token `i`, given whether it did before. */
function spokenAfter(tokens: readonly Token[], i: number, spoken: boolean): boolean {
	const token = tokens[i]!;
	if (token.sentenceStart) spoken = token.lower === 'it';
	else if (PERSONS.has(token.lower)) spoken = false;
	// "Under French rule it was called Largeau": "it" as the subject of "was" later in the sentence
	else if (token.lower === 'it' && BEFORE_CUE.has(tokens[i + 1]?.lower ?? '')) spoken = true;
	// "the village", "the modern village"
	if (SUBJECT_WORDS.has(token.text) && (tokenAt(tokens, i - 1)!.lower === 'the' || (tokenAt(tokens, i - 2)?.lower === 'the' && !tokenAt(tokens, i - 1)!.capitalized))) spoken = true;
	return spoken;
}

/** The tokens (from 1 on, ascending) where a gloss opens after a toponym or an other-name cue may stand. */
function eventTokens(text: string, tokens: readonly Token[], toponyms: readonly Toponym[]): number[] {
	const events: number[] = [];
	for (const toponym of toponyms) {
		const k = firstStartingFrom(tokens, toponym.end);
		if (k >= 1 && k < tokens.length && tokens[k]!.gapBefore === ' (') events.push(k);
	}
	CUE_WORDS_IN_TEXT.lastIndex = 0;
	for (let match = CUE_WORDS_IN_TEXT.exec(text); match; match = CUE_WORDS_IN_TEXT.exec(text)) {
		const j = firstStartingFrom(tokens, match.index);
		if (j >= tokens.length || tokens[j]!.start !== match.index || tokens[j]!.end !== match.index + match[0].length) continue;
		// "formerly", "known" themselves; "also known", "once called", "formerly named" from the word before
		if (j > 1) events.push(j - 1);
		if (j > 0) events.push(j);
	}
	events.sort((a, b) => a - b);
	return events.filter((event, n) => n === 0 || events[n - 1] !== event);
}

/** "(German: Meschen; Hungarian: Muzsna)" from its first token at `open`: each name a language label gives. */
function glossedNames(tokens: readonly Token[], open: number, gazetteer: Gazetteer, of: Toponym, ofOpens: boolean, others: OtherName[], labels: Set<number>): void {
	let segment = open;
	for (let k = open; k < tokens.length && k < open + MAX_BRACKET_TOKENS; k++) {
		const gap = k === open ? '' : tokens[k]!.gapBefore;
		if (gap.includes(')') || gap.includes('(')) return;
		if (gap.includes(';')) segment = k;
		if (!/^:\s+$/.test(gap) || k - segment > 2) continue;
		const label = tokenAt(tokens, k - 1)!;
		if (!label.capitalized || !(GLOSS_LABELS.has(label.lower) || (ofOpens && gazetteer.demonyms.has(label.lower)))) continue;
		const last = nameFrom(tokens, k);
		// the gloss is the whole name up to the next label, comma or bracket ("Irish: Sligeach, meaning …" gives Sligeach),
		// not a name with a number or rank after it ("Juan Perez, 2nd place")
		const next = tokens[last + 1];
		if (last < 0 || (next && !/[;,)]/.test(next.gapBefore)) || (next?.gapBefore === ', ' && /^\d/.test(next.text))) continue;
		others.push({ name: tokensText(tokens, k, last), of, at: tokens[k]!.start });
		labels.add(label.start);
	}
}

/** The token where the name after an other-name cue at `i` starts ("formerly [called] X", "also known as X"), or -1. */
function afterCue(tokens: readonly Token[], i: number): number {
	const word = tokens[i]!.lower;
	let k = i + 1;
	if (word === 'known' || tokens[k]?.lower === 'known') {
		if (word !== 'known') k++;
		if (KNOWN_BETWEEN.has(tokens[k]?.lower ?? '')) k++;
		for (let n = 0; n < MAX_DATE_TOKENS && tokens[k]?.gapBefore === ' ' && (DATE_WORDS.has(tokens[k]!.lower) || /^\d{3,4}s?$/.test(tokens[k]!.text)); n++) k++;
		return tokens[k]?.lower === 'as' && tokens[k]!.gapBefore === ' ' ? k + 1 : -1;
	}
	if (NAMING_WORDS.has(tokens[k]?.lower ?? '')) return k + 1;
	// "formerly Mortesdorf": only "formerly" names without a verb
	return word === 'formerly' ? k : -1;
}

/** The token after a naming verb or a bracket's "or" ("renamed [as] Janjanbureh", "(or Faya)"), where the name starts. */
function afterNamingWord(tokens: readonly Token[], i: number): number {
	const next = tokens[i + 1];
	const at = tokens[i]!.lower === 'renamed' && (next?.lower === 'as' || next?.lower === 'to') ? i + 2 : i + 1;
	// ("… after whom it was named. Elisabeth …": the sentence ended, no name follows)
	return tokens[at]?.gapBefore === ' ' ? at : -1;
}

/** The last token of the capitalised name from `first` ("Macquarie Plains", "Stein am Rhein"), or -1. */
function nameFrom(tokens: readonly Token[], first: number): number {
	const head = tokens[first];
	// not an acronym ("Support Education Excellence in Kentucky, known as SEEK"), nor a quotation
	if (!head?.capitalized || head.allCaps || head.gapBefore.includes('"') || !LATIN.test(head.text)) return -1;
	let last = first;
	for (let k = first + 1; k < first + MAX_NAME_WORDS && k < tokens.length; k++) {
		const next = tokens[k]!;
		// "Boeing's home base": a possessive is no name of a place
		if (next.text === 's' && /^['’]$/.test(next.gapBefore)) return -1;
		if ((next.gapBefore !== ' ' && next.gapBefore !== '-') || next.sentenceStart) break;
		if (next.capitalized) last = k;
		else if (TITLE_JOINERS.has(next.text) && tokens[k + 1]?.capitalized && tokens[k + 1]!.gapBefore === ' ') return -1;
		else if (!NAME_PARTICLES.has(next.text)) break;
	}
	return last;
}

/**
 * Whether "<toponym>, <cue> <name>" renames the toponym: it opens its sentence, or the name ends in a word for a
 * settlement ("Hobart, formerly Hobart Town") — not where the toponym only situates someone ("a rapper from
 * Atlanta, known as …", "a village in Ohio, formerly …"), except "the village of Hobart".
 */
function renamed(tokens: readonly Token[], cue: number, last: number, toponym: Toponym): boolean {
	const first = firstTokenOf(tokens, cue - 1, toponym);
	const previous = tokenAt(tokens, first - 1);
	if (previous?.lower === 'of' && SUBJECT_WORDS.has(tokenAt(tokens, first - 2)?.text ?? '')) return true;
	if (previous && SITUATING.has(previous.lower)) return false;
	return first === 0 || tokens[first]!.sentenceStart || SETTLEMENT_ENDINGS.has(tokens[last]!.text);
}

/** The token the toponym ending at token `end` starts at. */
function firstTokenOf(tokens: readonly Token[], end: number, toponym: Toponym): number {
	let first = end;
	while (first > 0 && end - first < MAX_NAME_WORDS && tokens[first]!.start > toponym.start) first--;
	return first;
}

/** Whether the toponym ending at token `end` opens its sentence or the text. */
function opensSentence(tokens: readonly Token[], end: number, toponym: Toponym): boolean {
	const first = firstTokenOf(tokens, end, toponym);
	return first === 0 || tokens[first]!.sentenceStart;
}

/** The toponym an other-name cue at `cue` (its name ending at `last`) speaks of, or null. */
function referent(tokens: readonly Token[], cue: number, last: number, before: Toponym | undefined, subject: Toponym | null, subjectSpoken: boolean): Toponym | null {
	const token = tokens[cue]!;
	// "Hobart, formerly Hobart Town", "Mbanza-Ngungu (formerly Thysville)"
	// (a bracket opened right after a name holds that name's own asides, wherever the name stands)
	if (before && token.gapBefore === ' (') return before;
	if (before && token.gapBefore === ', ') return renamed(tokens, cue, last, before) ? before : null;
	if (!subject) return null;
	// "First known as Macquarie Plains, the settlement …"
	if (token.sentenceStart || (tokenAt(tokens, cue - 1)?.sentenceStart && BEFORE_CUE.has(tokenAt(tokens, cue - 1)!.lower))) {
		const after = tokens[last + 1];
		return after?.gapBefore === ', ' && after.lower === 'the' && SUBJECT_WORDS.has(tokens[last + 2]?.text ?? '') ? subject : null;
	}
	// "the village, formerly called Mortesdorf", "the village was … and known as Meschendorf" (not "an area known as")
	const previous = tokenAt(tokens, cue - 1)!;
	const right = token.gapBefore === ', ' ? SUBJECT_WORDS.has(previous.text) : token.gapBefore === ' ' && BEFORE_CUE.has(previous.lower);
	return subjectSpoken && right ? subject : null;
}

function covered(toponyms: readonly Toponym[], start: number, end: number): boolean {
	let at = firstStartingFrom(toponyms, start);
	if (at > 0 && toponyms[at - 1]!.end > start) at--;
	return at < toponyms.length && toponyms[at]!.start < end;
}

function tokensText(tokens: readonly Token[], first: number, last: number): string {
	let name = tokens[first]!.text;
	for (let k = first + 1; k <= last; k++) name += tokens[k]!.gapBefore + tokens[k]!.text;
	return name;
}

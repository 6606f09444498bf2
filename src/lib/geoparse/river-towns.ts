// "Kanawha River at Charleston", "Hamilton, on the Waikato River": a town named beside a river lies on it.
// Where size alone chose a namesake elsewhere (Charleston, South Carolina; Hamilton, Ontario), the town is
// its namesake on the river: one lying by the river's course where the gazetteer knows the river ("the Ohio
// River at Louisville"), else, where it does not, one in the county or state the river names (rivers give
// their names to the divisions they cross: Kanawha County, the Waikato region). A river the gazetteer knows
// decides by its course alone: "the Ohio River at Louisville" is no Louisville of the state of Ohio.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { placesNamed } from '../gazetteer/lookup.ts';
import { footOnCourse } from './along-course.ts';
import { addBareRecurrences, noteMoved, type MovedNames } from './recurrence.ts';
import { replaced } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import { tokenAt, type Token } from './tokens.ts';
import { restsOn, UNPLACING } from './weak-reasons.ts';

// the river's name and the town's stand this close in one sentence ("Kanawha River at Charleston",
// "Hamilton, on the Waikato River"): farther apart, the town need not be on the river
const WINDOW_TOKENS = 4;
// a town this close to a course lies on the river; one farther than FAR_KM from it does not
const ON_COURSE_KM = 30;
const FAR_KM = 100;
// namesakes beyond this many, by importance, are never the one meant
const NAMESAKES = 25;
// the character code of "r", which "R" gives too with its case bit (32) set
const R = 114;

export interface RiverName {
	/** the tokens of the river's name the town must stand beside: the word "River", or a whole name ("the Thames") */
	first: number;
	last: number;
	/** the river's own word, lower case ("kanawha") */
	word: string;
	/** the river's course, where the gazetteer has a river of that name and knows its course */
	course: readonly number[] | null;
	/** the gazetteer knows the river (its point or course): its name says nothing about divisions */
	known: boolean;
}

/** The towns named beside a river that move to their namesake on it (see above), with their bare recurrences, by result index. */
export function townsOnRivers(results: Resolution[], tokens: readonly Token[], text: string, gazetteer: Gazetteer): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	// ("the Thames at Richmond" names one without the word)
	const rivers = [...riversNamedIn(text, tokens, gazetteer), ...riversReadWithCourses(results, gazetteer)];
	if (rivers.length === 0) return found;
	const moved: MovedNames = new Map();
	results.forEach((result, i) => {
		const { candidate } = result.mention;
		if (result.place.kind !== 'city' || candidate.places.length < 2 || result.mention.usage !== 'literal' || !restsOn(result.reasons, UNPLACING)) return;
		for (const river of rivers) {
			if (!besideInSentence(tokens, river, candidate.first, candidate.last)) continue;
			const town = namesakeOnRiver(result, river, gazetteer);
			if (!town) continue;
			const to = replaced(result, result.mention, town, result.score, ['nearby-context', ...result.reasons.filter((r) => r !== 'population' && r !== 'nearby-context')]);
			found.set(i, to);
			noteMoved(moved, result, to);
			return;
		}
	});
	addBareRecurrences(results, found, moved);
	return found;
}

/**
 * Whether "River" or "river" stands in the text: a search for its "v", with the letters around it checked. (V8 finds
 * a search's first character by scanning for it: the two searches for the word stopped at every "r" and "R", about
 * four times the time of one scan for the rarer "v".)
 */
export function riverWordIn(text: string): boolean {
	for (let at = text.indexOf('v', 2); at >= 0; at = text.indexOf('v', at + 1)) {
		// ("R" is 82 and "r" 114: the only two codes that read 114 with the lower-case bit set)
		if (text.charCodeAt(at - 1) === 105 && text.charCodeAt(at + 1) === 101 && text.charCodeAt(at + 2) === 114 && (text.charCodeAt(at - 2) | 32) === 114) return true;
	}
	return false;
}

/** The rivers the text names with the word "river" (most texts name none: one search of the text first). */
export function riversNamedIn(text: string, tokens: readonly Token[], gazetteer: Gazetteer): RiverName[] {
	return riverWordIn(text) ? riverNames(tokens, gazetteer) : [];
}

/**
 * "Kanawha River", "River Tay", "the Ohio river", "Little Kanawha River": each river the text names, with what the
 * gazetteer knows of a river of that name (looked up by name, as a lower-case "river" after "Ohio" leaves the state
 * the toponym; a two-word name before "River" is looked up whole first; "X River" never as "River X").
 */
function riverNames(tokens: readonly Token[], gazetteer: Gazetteer): RiverName[] {
	const rivers: RiverName[] = [];
	for (let t = 0; t < tokens.length; t++) {
		// (five letters and an "r" or "R" first before a lower-cased copy: most words are neither)
		const word = tokens[t]!.text;
		if (word.length !== 5 || (word.charCodeAt(0) | 32) !== R || tokens[t]!.lower !== 'river') continue;
		const before = tokenAt(tokens, t - 1);
		const after = tokens[t + 1];
		const own = before?.capitalized && tokens[t]!.gapBefore === ' ' ? before : tokens[t]!.capitalized && after?.capitalized && after.gapBefore === ' ' ? after : null;
		if (!own) continue;
		// ("X River" is not looked up as "River X": the Tay River of Ontario is no River Tay of Scotland)
		const twoWords = own === before ? twoWordName(tokens, t - 1) : null;
		const keys = own === before ? [...(twoWords ? [`${twoWords} river`] : []), `${own.lower} river`, own.lower] : [`river ${own.lower}`, `${own.lower} river`, own.lower];
		const feature = keys.flatMap((key) => placesNamed(gazetteer, key)).find((place) => place.featureCode === 'STM');
		rivers.push({ first: t, last: t, word: own.lower, course: feature ? (gazetteer.courses?.get(feature.id) ?? null) : null, known: feature !== undefined });
	}
	return rivers;
}

/** "Little Kanawha", "Red Deer": the capitalised word before the river's own word, joined to it (mid-sentence). */
function twoWordName(tokens: readonly Token[], own: number): string | null {
	const first = tokenAt(tokens, own - 1);
	if (!first?.capitalized || tokens[own]!.gapBefore !== ' ' || tokens[own]!.sentenceStart) return null;
	return `${first.lower} ${tokens[own]!.lower}`;
}

/** "the Thames at Richmond", "on the Irtysh past Omsk": the rivers read as toponyms whose course the gazetteer knows. */
function riversReadWithCourses(results: readonly Resolution[], gazetteer: Gazetteer): RiverName[] {
	const rivers: RiverName[] = [];
	for (const { mention, place } of results) {
		if (place.featureCode !== 'STM' || mention.usage !== 'literal') continue;
		const course = gazetteer.courses?.get(place.id);
		if (course) rivers.push({ first: mention.candidate.first, last: mention.candidate.last, word: place.name.toLowerCase(), course, known: true });
	}
	return rivers;
}

/** Whether the town's name lies within WINDOW_TOKENS of the river's name, with no sentence start between. */
export function besideInSentence(tokens: readonly Token[], river: { first: number; last: number }, first: number, last: number): boolean {
	if ((river.first > last ? river.first - last : first - river.last) > WINDOW_TOKENS) return false;
	for (let t = Math.min(river.first, first) + 1; t <= Math.max(river.last, last); t++) if (tokens[t]!.sentenceStart) return false;
	return true;
}

/** The town's most important namesake on the river where its reading is not (null where none is, or the reading is). */
function namesakeOnRiver({ mention, place }: Resolution, river: RiverName, gazetteer: Gazetteer): GazetteerPlace | null {
	const { places, alternate } = mention.candidate;
	const count = Math.min(places.length, NAMESAKES);
	if (river.course) {
		const course = river.course;
		if (footOnCourse(course, place).km <= FAR_KM) return null;
		for (let k = 0; k < count; k++) {
			const namesake = gazetteer.places[places[k]!]!;
			if (!alternate[k] && namesake.kind === 'city' && footOnCourse(course, namesake).km <= ON_COURSE_KM) return namesake;
		}
		return null;
	}
	if (river.known) return null;
	const divisions = [...placesNamed(gazetteer, river.word), ...placesNamed(gazetteer, `${river.word} county`)].filter((d) => (d.featureCode === 'ADM1' || d.featureCode === 'ADM2') && d.country !== null && d.admin1 !== null);
	if (divisions.length === 0 || divisions.some((d) => liesIn(place, d))) return null;
	for (let k = 0; k < count; k++) {
		const namesake = gazetteer.places[places[k]!]!;
		if (!alternate[k] && namesake.kind === 'city' && divisions.some((d) => liesIn(namesake, d))) return namesake;
	}
	return null;
}

/** Whether a town carries the codes of a state (ADM1) or a county (ADM2). */
function liesIn(town: GazetteerPlace, division: GazetteerPlace): boolean {
	if (town.country !== division.country || town.admin1 !== division.admin1) return false;
	if (division.featureCode === 'ADM1') return true;
	return division.featureCode === 'ADM2' && !!division.admin2 && town.admin2 === division.admin2;
}

/**
 * "The Hudson River at Troy", "the Fraser River near Hope": a capitalised everyday word named beside a river whose
 * course the gazetteer knows is a town where a town of that name lies on the course; the word alone would not
 * be capitalised there. `rivers` are the text's rivers (riversNamedIn), found once by the caller.
 */
export function townOnNamedRiver(candidate: Candidate, rivers: readonly RiverName[], tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	const { first, last, places, alternate } = candidate;
	for (const river of rivers) {
		if (!river.course || !besideInSentence(tokens, river, first, last)) continue;
		const course = river.course;
		if (places.some((k, i) => !alternate[i] && gazetteer.places[k]!.kind === 'city' && footOnCourse(course, gazetteer.places[k]!).km <= ON_COURSE_KM)) return true;
	}
	return false;
}

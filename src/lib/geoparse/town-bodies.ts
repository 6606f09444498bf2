// "the Hunt Volunteer Fire Department", "the Gwinn Police Department", "the Comfort City Council", "Germfask Township
// Hall", "the Zeeland Historical Society", "the Groveland Chamber": a small US town's name heading the name of one of the town's own services or offices names that town, as a
// county's does (county-bodies.ts); persons' names head schools and libraries, not a town's police, fire company or
// council. Small towns only: a well-known city's police or council ("the Los Angeles Police Department") stays inside
// the body's name, as news sets annotate it. Read by judge.ts before the institution words.
import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { LOCAL_BODIES, LOCAL_UNITS } from './office-after.ts';
import { tokenAt, type Token } from './tokens.ts';
import type { JudgeContext } from './phrase-cues.ts';
import { wordTownAmidNeighbours } from './word-towns.ts';

// a town's own government's word, then the word of its office ("City Council", "Township Hall"): office-after.ts's
// units and bodies (a kind cue for any name, so without a city's, a hall or a council, which big cities and British
// towns have too), and those, read here only after a small US town's name
const GOVERNMENT_WORDS = new Set([...LOCAL_UNITS, 'city', 'borough']);
const OFFICE_WORDS = new Set([...LOCAL_BODIES, 'council', 'hall', 'commission', 'office', 'offices', 'manager', 'police']);
// a fire company's words after "Fire" ("Fire Department", "Fire Company", "Fire Hall")
const FIRE_WORDS = new Set(['department', 'dept', 'company', 'co', 'district', 'hall', 'station', 'chief', 'rescue', 'protection']);

/** Whether the candidate names a small US town before the name of one of its own services or offices. */
export function townHeadingOwnBody(candidate: Candidate, place: GazetteerPlace, ctx: JudgeContext): boolean {
	const { tokens } = ctx;
	if (candidate.via !== 'name' || place.kind !== 'city' || place.country !== 'US') return false;
	const word = bodyWord(tokens, candidate.last + 1);
	if (word === 'police') return true;
	const next = bodyWord(tokens, candidate.last + 2);
	if (word === 'volunteer') return next === 'fire' || next === 'ambulance';
	if (word === 'fire') return next !== null && FIRE_WORDS.has(next);
	if (word === 'rescue') return next === 'squad';
	// ("the Zeeland Historical Society", "the Groveland Chamber of Commerce"; not "the Lincoln Chamber Orchestra", nor
	// a word only another name of a town, "the Lebanon Area Chamber": Area, Mundelein's old name; only where another name
	// of the text lies within 50 km of a town of the name: alone, "the Greenfield Historical Society" is any Greenfield's)
	if (word === 'historical' || word === 'chamber') return !candidate.alternate[0] && (word === 'historical' ? next === 'society' : next === null) && wordTownAmidNeighbours(candidate, ctx, 1);
	return word !== null && GOVERNMENT_WORDS.has(word) && next !== null && OFFICE_WORDS.has(next);
}

/** The capitalised word one space after the name's last word, in lower case, or null. */
function bodyWord(tokens: readonly Token[], k: number): string | null {
	const token = tokenAt(tokens, k);
	return token !== undefined && token.gapBefore === ' ' && token.capitalized ? token.lower : null;
}

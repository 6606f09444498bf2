// "Dorset adjoins the town to the north, Sunderland to the south and Winhall to the east", "Blue Jay and Twin
// Peaks adjoin it to the south-west": a description that says a place it names adjoins its subject puts that
// place next to it, as a stated distance does (stated-distance.ts): a reading an ocean away (the English
// county, the city on the Wear) is a namesake of a neighbour the gazetteer may lack.

// a neighbour's distance, centre to centre, that "adjoins" stands for (two adjoining municipalities' centres may lie
// a few dozen km apart)
export const ADJOINING_KM = 30;
// "adjoins" gives no figure: a reading in the subject's own country nearer than this is moved only to a namesake
// within ADJOINING_KM, never dropped (stated-distance.ts)
export const ADJOINING_FAR_KM = 1_000;
// the subject as the object of the verb: "it", "the town", … (or its own name, tested apart)
const SUBJECT_WORDS = 'it|the\\s(?:town|city|village|municipality|commune|hamlet|community|borough|parish|settlement|suburb|township|ward|district)';
// right after the name (or after a second name paired with it, see PAIRED_NAME): "adjoins the town", "borders it"
const ADJOINS_AFTER = new RegExp(`^\\s(?:adjoins?|borders?|abuts?)\\s(?:${SUBJECT_WORDS})\\b`, 'i');
const VERB_AFTER = /^\s(?:adjoins?|borders?|abuts?)\s/i;
// "…, Sunderland to the south and Winhall to the east": a name with only a bearing after it, in a clause that
// began by saying a first name adjoins the subject on one side
const BEARING_AFTER = /^\s(?:to|on)\sthe\s(?:north|south|east|west)/i;
const ADJOINING_CLAUSE = new RegExp(`\\b(?:adjoins?|borders?|abuts?)\\s(?:${SUBJECT_WORDS})\\s(?:to|on)\\sthe\\s(?:north|south|east|west)[\\p{L}-]*(?:,\\s|\\sand\\s)`, 'iu');
// the list between that first name and this one: names and bearings, no figures (a stated distance is its own)
const LIST_BETWEEN = /^[^.;:\d\n]{0,120}$/;
const CLAUSE_CHARS = 250;

/** Whether the text right after the name ending at `end` says it adjoins the subject named `subject` (or "it", "the town"). */
export function adjoinsSubject(text: string, end: number, subject: string | null): boolean {
	const after = text.slice(end, end + 60);
	if (ADJOINS_AFTER.test(after)) return true;
	return subject !== null && VERB_AFTER.test(after) && after.replace(VERB_AFTER, '').startsWith(subject);
}

/** Whether the name from `start` to `end` is an item of a list of neighbours an adjoining clause began ("…, Sunderland to the south"). */
export function listedNeighbour(text: string, start: number, end: number): boolean {
	if (!BEARING_AFTER.test(text.slice(end, end + 20))) return false;
	const before = text.slice(Math.max(0, start - CLAUSE_CHARS), start);
	const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n')) + 1);
	const found = ADJOINING_CLAUSE.exec(clause);
	return found !== null && LIST_BETWEEN.test(clause.slice(found.index + found[0].length));
}

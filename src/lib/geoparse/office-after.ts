// The offices of a place's own government right after its name, which say what kind of place it is: a
// state's or province's ("Oklahoma Gov. Kevin Stitt") or a small town's ("the Malta Town Board"). Read by
// document-cues.ts kindCue.
import type { Candidate } from './candidates.ts';
import { tokenAt, type Token } from './tokens.ts';

// offices of a state's or province's own government, not a city's or a nation's: "Oklahoma Gov. Kevin
// Stitt", "the New York Legislature", "Kano Governor", "Virginia Lt. Gov." ("lawmakers" and "Senate" also
// serve nations: "Georgia lawmakers" may sit in Tbilisi)
const STATE_OFFICES = new Set(['gov', 'governor', 'legislature', 'lt']);

/** "Washington Gov. Jay Inslee", "the Georgia General Assembly": a state's office right after the name. */
export function stateOfficeAfter(candidate: Candidate, tokens: Token[]): boolean {
	let next = tokens[candidate.last + 1];
	// "Oaxaca's governor", "Ohio's legislature": the same office the place owns
	if (next?.text === 's' && /^['’]$/.test(next.gapBefore)) next = tokens[candidate.last + 2];
	if (!next || next.gapBefore !== ' ') return false;
	if (STATE_OFFICES.has(next.lower)) return true;
	const after = tokens[candidate.last + 2];
	return next.text === 'General' && after !== undefined && after.gapBefore === ' ' && after.text === 'Assembly';
}

// the bodies and offices of a US town's, village's or township's own government ("the Malta Town Board",
// "the Berlin town clerk", "Franklin Township trustees"): no nation and no big city has them ("Chicago
// aldermen", "the Brooklyn Borough President" do: aldermen and boroughs are left out). Not a hall, a
// meeting, a council, a committee, a manager or planning: big cities have town halls ("Sydney Town Hall",
// "the Paris town hall"), US campaigns hold town halls in any city ("a Philadelphia town hall"), and
// British and Indian towns of a million have town councils and planning committees
export const LOCAL_UNITS = new Set(['town', 'village', 'township', 'twp']);
export const LOCAL_BODIES = new Set(['board', 'boards', 'clerk', 'supervisor', 'supervisors', 'trustees', 'justice', 'highway', 'zoning', 'assessor', 'selectmen']);
// a New England town's own board, named without the unit's word ("the Berlin Selectboard", "Berlin selectmen")
const SELECT_BOARDS = new Set(['selectboard', 'selectmen', 'selectwomen', 'selectpersons']);

/** "the Malta Town Board", "Berlin town clerk", "Paris Township", "the Berlin selectboard": a small place's own government right after the name. */
export function townOfficeAfter(candidate: Candidate, tokens: Token[]): boolean {
	const next = tokens[candidate.last + 1];
	if (!next || next.gapBefore !== ' ') return false;
	if (SELECT_BOARDS.has(next.lower)) return true;
	// "Russell supervisor: Carol Edwards, 240. Hermon clerk: …": a town's results line heads each race with the town and
	// its office in lower case before a colon, and has several such headings ("Texas zoning board: new rules", one, may
	// be a state's)
	if (!next.capitalized && LOCAL_BODIES.has(next.lower)) return officeHeading(tokens, candidate.last + 1) && anotherOfficeHeading(tokens, candidate.first, candidate.last + 1);
	if (!LOCAL_UNITS.has(next.lower)) return false;
	// a township is a town's kind of place whatever follows ("Paris Township trustees", "Franklin Twp.")
	if (next.lower !== 'town' && next.lower !== 'village') return true;
	const body = tokens[candidate.last + 2];
	return body !== undefined && body.gapBefore === ' ' && LOCAL_BODIES.has(body.lower);
}

/** The office's words from token k on (one, or two in lower case) end before a colon. */
function officeHeading(tokens: Token[], k: number): boolean {
	const after = tokens[k + 1];
	if (after === undefined) return false;
	if (after.gapBefore.startsWith(':')) return true;
	return after.gapBefore === ' ' && !after.capitalized && (tokens[k + 2]?.gapBefore.startsWith(':') ?? false);
}

// how far each way another race's heading is looked for (a results line's races lie a few words apart)
const HEADINGS_REACH = 40;

/** Another "Name office:" heading within reach of the one whose name starts at token first and office at token office. */
function anotherOfficeHeading(tokens: Token[], first: number, office: number): boolean {
	const from = Math.max(1, first - HEADINGS_REACH);
	const to = Math.min(tokens.length - 1, office + HEADINGS_REACH);
	for (let k = from; k <= to; k++) {
		if (k === office) continue;
		const word = tokens[k]!;
		if (word.capitalized || word.gapBefore !== ' ' || !LOCAL_BODIES.has(word.lower) || !tokenAt(tokens, k - 1)?.capitalized) continue;
		if (officeHeading(tokens, k)) return true;
	}
	return false;
}

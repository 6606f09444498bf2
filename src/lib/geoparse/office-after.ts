// The offices of a place's own government right after its name, which say what kind of place it is: a
// state's or province's ("Oklahoma Gov. Kevin Stitt") or a small town's ("the Malta Town Board"). Read by
// document-cues.ts kindCue.
import type { Candidate } from './candidates.ts';
import type { Token } from './tokens.ts';

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
	if (!LOCAL_UNITS.has(next.lower)) return false;
	// a township is a town's kind of place whatever follows ("Paris Township trustees", "Franklin Twp.")
	if (next.lower !== 'town' && next.lower !== 'village') return true;
	const body = tokens[candidate.last + 2];
	return body !== undefined && body.gapBefore === ' ' && LOCAL_BODIES.has(body.lower);
}

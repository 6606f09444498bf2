// A transcript's lines open with its speakers' names in capitals and a colon ("HOST: …", "SMITH: Thanks"),
// as a community calendar's items open with their towns ("WAUPACA: The library…"): what tells the two apart
// is read once of the whole text. Read by judge.ts.
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { COMMON_WORD } from './context-words.ts';

// a label in capitals (a name, "Q", "STEVE SMITH, HOST") opening a line before ": " and the words it opens
const LINE_LABEL = /^[ \t]*(\p{Lu}[\p{Lu}'’. -]*(?:, [\p{Lu}'’. -]+)?): +([\p{L}'’]+)(?: ([\p{L}]+))?/gmu;
// a speaker's words open in the first or second person or with a greeting; a listing's item does not
const SPOKEN_OPENINGS = new Set("i i'm i’m i've i’ve i'll i’ll i'd i’d we we're we’re we've we’ve you you're you’re my our your me us thanks thank hello hi yes yeah".split(' '));
const GREETED_TIMES = new Set(['morning', 'afternoon', 'evening']);

function spokenOpening(first: string, second: string | undefined): boolean {
	const word = first.toLowerCase();
	return SPOKEN_OPENINGS.has(word) || (word === 'good' && second !== undefined && GREETED_TIMES.has(second.toLowerCase()));
}

/**
 * Whether the text's line-opening labels are speakers: one of them, naming no place, is a surname or
 * other non-word ("INSKEEP:") or comes back after another label ("HOST: … BRADLEY: … HOST:"), or the
 * words after one that is no ordinary word open in the first or second person or with a greeting
 * ("CAMPBELL: Thanks, Steve").
 */
export function isTranscript(text: string, candidates: Iterable<Candidate>, gazetteer: Gazetteer): boolean {
	if (!text.includes(': ')) return false;
	let placeEnds: Map<number, number> | null = null;
	const seen = new Set<string>();
	let previous = '';
	for (const match of text.matchAll(LINE_LABEL)) {
		const label = match[1]!;
		const start = match.index + match[0].indexOf(label);
		if (placeEnds === null) {
			placeEnds = new Map();
			for (const candidate of candidates) placeEnds.set(candidate.start, candidate.end);
		}
		const ordinary = (gazetteer.commonWords.get(label.toLowerCase()) ?? 0) >= COMMON_WORD;
		const namesPlace = placeEnds.get(start) === start + label.length;
		if (!ordinary && spokenOpening(match[2]!, match[3])) return true;
		if (!namesPlace && (!ordinary || (seen.has(label) && label !== previous))) return true;
		seen.add(label);
		previous = label;
	}
	return false;
}

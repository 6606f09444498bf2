// A transcript's lines open with its speakers' names in capitals and a colon ("HOST: …", "SMITH: Thanks"),
// as a community calendar's items open with their towns ("WAUPACA: The library…"): what tells the two apart
// is read once of the whole text. Read by judge.ts.
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { isCommonWord } from './word-facts.ts';

// a label in capitals (a name, "Q", "STEVE SMITH, HOST") opening a line before ": " and the words it opens
const LINE_LABEL = /^[ \t]*(\p{Lu}[\p{Lu}'’. -]*(?:, [\p{Lu}'’. -]+)?): +([\p{L}'’]+)(?: ([\p{L}]+))?/gmu;
// a speaker's words open in the first person singular or with a thanks or a greeting; a listing's item does not
const SPEAKER_OPENINGS = new Set("i i'm i’m i've i’ve i'll i’ll i'd i’d my me thanks thank hello hi yes yeah".split(' '));
// ... nor do they open in the first person plural or the second, but a listing's notice may ("We invite all…")
const ADDRESS_OPENINGS = new Set("we we're we’re we've we’ve you you're you’re our your us".split(' '));
const GREETED_TIMES = new Set(['morning', 'afternoon', 'evening']);

function speakerOpening(first: string, second: string | undefined): boolean {
	const word = first.toLowerCase();
	return SPEAKER_OPENINGS.has(word) || (word === 'good' && second !== undefined && GREETED_TIMES.has(second.toLowerCase()));
}

/**
 * Whether the text's line-opening labels are speakers: two of them (or one twice) name no place and are
 * no ordinary word ("INSKEEP: … MCNULTY: …": one such may be a town the gazetteer lacks), one naming no
 * place comes back after another label ("HOST: … BRADLEY: … HOST:"), or the words after one that is no
 * ordinary word open in the first person singular or with a thanks or a greeting ("CAMPBELL: Thanks,
 * Steve") or, where it names no place, in the first person plural or the second ("We", "You").
 */
export function isTranscript(text: string, candidates: Iterable<Candidate>, gazetteer: Gazetteer): boolean {
	if (!text.includes(': ')) return false;
	let placeEnds: Map<number, number> | null = null;
	const seen = new Set<string>();
	let previous = '';
	let unknownLabel = '';
	for (const match of text.matchAll(LINE_LABEL)) {
		const label = match[1]!;
		const start = match.index + match[0].indexOf(label);
		if (placeEnds === null) {
			placeEnds = new Map();
			for (const candidate of candidates) placeEnds.set(candidate.start, candidate.end);
		}
		const ordinary = isCommonWord(label.toLowerCase(), gazetteer);
		const namesPlace = placeEnds.get(start) === start + label.length;
		if (!ordinary && (speakerOpening(match[2]!, match[3]) || (!namesPlace && ADDRESS_OPENINGS.has(match[2]!.toLowerCase())))) return true;
		if (!namesPlace && seen.has(label) && label !== previous) return true;
		// one label neither a place nor a word may be a town the gazetteer lacks; a second, or the same again, is a speaker
		if (!namesPlace && !ordinary) {
			if (unknownLabel !== '') return true;
			unknownLabel = label;
		}
		seen.add(label);
		previous = label;
	}
	return false;
}

// "Sudan virus disease", "West Nile virus", "the Delta variant", "Rift Valley fever", "the Spanish flu",
// "Crimean-Congo haemorrhagic fever", "Middle East respiratory syndrome", "Guinea worm": a place's name or demonym right
// before the word for a pathogen or the disease it causes names the pathogen (after where it was first
// found), not a place of the story. Health news names them all the time, far from where they were found.
import type { Candidate } from './candidates.ts';
import type { Token } from './tokens.ts';

const PATHOGEN_HEADS = new Set(['virus', 'viruses', 'coronavirus', 'ebolavirus', 'variant', 'variants', 'strain', 'strains', 'fever', 'disease', 'syndrome', 'encephalitis', 'worm', 'worms']);
// "flu" after a place is also the place's flu season or cases ("England flu cases", "the Texas measles
// outbreak"): a pathogen where the name is a demonym ("Spanish flu", "German measles") or no such noun follows
const FLU_HEADS = new Set(['flu', 'influenza', 'measles']);
const FLU_TOPICS = new Set(['season', 'seasons', 'case', 'cases', 'vaccine', 'vaccines', 'vaccination', 'jabs', 'deaths', 'rate', 'rates', 'figures', 'numbers', 'data', 'activity', 'levels', 'surveillance', 'programme', 'program', 'wards', 'clinics', 'outbreak', 'outbreaks', 'epidemic', 'crisis']);
// words that stand between the name and the head in a pathogen's name
const PATHOGEN_MODIFIERS = new Set(['haemorrhagic', 'hemorrhagic', 'equine', 'respiratory', 'spotted', 'tick']);
const MODIFIERS_AT_MOST = 2;

/**
 * An uncapitalised word joined by one space to the word before it. (Whether it is all lower-case letters
 * is left to the sets it is looked up in, which hold only such words: asked after every name, an
 * expression here cost more than the rest of the rule.)
 */
function nextLowerWord(tokens: readonly Token[], at: number): Token | undefined {
	const token = tokens[at];
	return token && token.gapBefore === ' ' && !token.capitalized ? token : undefined;
}

export function namesAPathogen(candidate: Candidate, tokens: readonly Token[]): boolean {
	// the cheap exit: no lower-case word right after the name
	let at = candidate.last + 1;
	let word = nextLowerWord(tokens, at);
	for (let modifiers = 0; word && PATHOGEN_MODIFIERS.has(word.text) && modifiers < MODIFIERS_AT_MOST; modifiers++) word = nextLowerWord(tokens, ++at);
	if (!word) return false;
	if (PATHOGEN_HEADS.has(word.text)) return true;
	if (!FLU_HEADS.has(word.text)) return false;
	const topic = nextLowerWord(tokens, at + 1);
	return candidate.via === 'demonym' || !topic || !FLU_TOPICS.has(topic.text);
}

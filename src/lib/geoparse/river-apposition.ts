// "The town lies on the Maranhão, a small tributary of the Paraopeba", "the Ncandu, a river of KwaZulu-Natal": an
// apposition calling a name a tributary, river or stream says the name is a river's here. A reading as a state, a
// region or a town (the Brazilian state of Maranhão, 1,700 km off) is its namesake: the river's own entry among
// the name's readings is taken, else the name is left off the map (the gazetteer lacks most small rivers).
import type { GazetteerPlace } from '../gazetteer/types.ts';
import { resolution } from './resolution.ts';
import { sentenceBefore } from './sentence-around.ts';
import type { Resolution } from './resolve.ts';

// ", a small tributary of the", ", a left tributary of", ", a Polish river that", ", the main stream of the": up to
// two words before the river word, which a preposition, a relative pronoun or punctuation follows (not ", a river
// port", ", a river town", ", a creek-side village": the words of a town); "of" only before "the" or a name (not
// the idiom "the United States, a river of money", "the Netherlands, a stream of people")
const RIVER_APPOSITION =
	/^,\s(?:a|an|the)\s(?:[\p{L}-]+\s){0,2}(?:tributary|river|stream|brook|creek|rivulet)(?:\sof\s(?:the\s|\p{Lu})|\s(?:in|on|that|which|rising|flowing|running|draining)\b|[,.;])/u;
// the cheap test before any mention is read: the text has one of the river words after a comma's article
const CUE = /,\s(?:a|an|the)\s[^,.;\n]{0,30}(?:tributary|river|stream|brook|creek|rivulet)/;
// how much text after the name is read
const AFTER_CHARS = 60;
// a river's name is written after "the" ("on the Maranhão, a …"), not after "western" or "in" ("in south-eastern
// Poland and western Ukraine, a right tributary of the Vistula": the subject's apposition, after its last place)
const THE_BEFORE = /\bthe\s$/i;
// a sentence that already calls its subject a river ("The Jizera is a river in … the Czech Republic, a right
// tributary of the Elbe") puts the apposition on that subject
const SUBJECT_IS_RIVER = /\b(?:is|was)\s(?:a|an|the)\s(?:[\p{L}-]+\s){0,2}(?:tributary|river|stream|brook|creek|rivulet)\b/u;
const SENTENCE_CHARS = 200;

/** The mentions an apposition calls a river that are read as no water, each with the name's water reading or null. */
export function riversByApposition(results: readonly Resolution[], text: string, places: readonly GazetteerPlace[]): [number, Resolution | null][] {
	if (!CUE.test(text)) return [];
	const moved: [number, Resolution | null][] = [];
	for (let i = 0; i < results.length; i++) {
		const { mention, place } = results[i]!;
		if (place.kind === 'water' || mention.usage !== 'literal') continue;
		if (!RIVER_APPOSITION.test(text.slice(mention.candidate.end, mention.candidate.end + AFTER_CHARS))) continue;
		const sentence = sentenceBefore(text, mention.candidate.start, SENTENCE_CHARS);
		if (!THE_BEFORE.test(sentence) || SUBJECT_IS_RIVER.test(sentence)) continue;
		const water = mention.candidate.places.map((p) => places[p]!).find((p) => p.kind === 'water');
		moved.push([i, water === undefined ? null : resolution(mention, water, 0.8, ['feature-type'])]);
	}
	return moved;
}

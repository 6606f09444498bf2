// "won the US Open", "the Athens Olympics", "the New York Marathon": a place named inside a sporting event's
// name says where that event is held, not where the text's other places lie. A tennis report naming the
// US Open and then "gold in Athens" is not about the United States: the event's country is no country of
// the text (document-context.ts), as an organisation's region is none (region-anchors.ts).
import type { AcceptedMention } from './resolve.ts';
import type { Token } from './tokens.ts';

// the last word of an event's name (a competition or a games, not a body or a prize)
const EVENT_HEADS = new Set(['open', 'olympics', 'olympic', 'games', 'cup', 'championship', 'championships', 'marathon', 'masters', 'prix', 'classic', 'tour', 'rally']);
// capitalised words that may stand between the place and that word ("the US Women's Open", "the Athens Olympic Games")
const WORDS_BETWEEN = 2;
const POSSESSIVE_GAPS = new Set(["'", '’']);

/** The mentions embedded in an event's name: the place's name goes on, through capitalised words, to an event's head. */
export function eventNamedMentions(mentions: readonly AcceptedMention[], tokens: readonly Token[]): Set<AcceptedMention> {
	const found = new Set<AcceptedMention>();
	for (const mention of mentions) {
		if (mention.usage !== 'embedded') continue;
		let words = 0;
		for (let k = mention.candidate.last + 1; words <= WORDS_BETWEEN; k++) {
			const token = tokens[k];
			// (a possessive's "s", "Women's", is no word of its own)
			if (token && POSSESSIVE_GAPS.has(token.gapBefore) && token.text === 's') continue;
			if (!token || token.gapBefore !== ' ' || !token.capitalized) break;
			if (EVENT_HEADS.has(token.lower)) {
				found.add(mention);
				break;
			}
			words++;
		}
	}
	return found;
}

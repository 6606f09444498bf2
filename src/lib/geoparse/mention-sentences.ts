// The sentence each mention of a document stands in, counted once, when first asked, in one walk over
// the tokens up to the last mention (not a number for every token: see SentenceCounter).
import type { AcceptedMention } from './resolve.ts';
import { SentenceCounter } from './stated-populations.ts';
import type { Token } from './tokens.ts';

export class MentionSentences {
	readonly #mentions: AcceptedMention[];
	readonly #tokens: Token[];
	#numbers: number[] | null = null;

	constructor(mentions: AcceptedMention[], tokens: Token[]) {
		this.#mentions = mentions;
		this.#tokens = tokens;
	}

	/** the sentence number of mention i */
	of(i: number): number {
		return (this.#numbers ??= this.#count())[i]!;
	}

	#count(): number[] {
		const counter = new SentenceCounter(this.#tokens);
		const numbers: number[] = [];
		for (const mention of this.#mentions) numbers.push(counter.at(mention.candidate.first));
		return numbers;
	}
}

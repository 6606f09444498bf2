// The sentence each mention of a document stands in, counted once, when first asked, from the document's
// sentence breaks (read once over its tokens, and shared with the stated populations: document-populations.ts).
import type { AcceptedMention } from './resolve.ts';
import { SentenceCounter, sentenceBreaks } from './stated-populations.ts';
import type { Token } from './tokens.ts';

export class MentionSentences {
	readonly #mentions: AcceptedMention[];
	readonly #tokens: Token[];
	#numbers: number[] | null = null;
	#breaks: number[] | null = null;

	constructor(mentions: AcceptedMention[], tokens: Token[]) {
		this.#mentions = mentions;
		this.#tokens = tokens;
	}

	/** the sentence number of mention i */
	of(i: number): number {
		return (this.#numbers ??= this.#count())[i]!;
	}

	/** the tokens that open a sentence (stated-populations.ts sentenceBreaks), read once for the document */
	breaks(): number[] {
		return (this.#breaks ??= sentenceBreaks(this.#tokens));
	}

	#count(): number[] {
		const counter = new SentenceCounter(this.breaks());
		const numbers: number[] = [];
		for (const mention of this.#mentions) numbers.push(counter.at(mention.candidate.first));
		return numbers;
	}
}

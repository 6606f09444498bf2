// The sentence each mention of a document stands in: the tokens numbered by sentence once, when first asked.
import type { AcceptedMention } from './resolve.ts';
import { sentenceNumbers } from './stated-populations.ts';
import type { Token } from './tokens.ts';

export class MentionSentences {
	readonly #mentions: AcceptedMention[];
	readonly #tokens: Token[];
	#numbers: Int32Array | null = null;

	constructor(mentions: AcceptedMention[], tokens: Token[]) {
		this.#mentions = mentions;
		this.#tokens = tokens;
	}

	/** each token's sentence number */
	get numbers(): Int32Array {
		return (this.#numbers ??= sentenceNumbers(this.#tokens));
	}

	/** the sentence number of mention i */
	of(i: number): number {
		return (this.#numbers ??= sentenceNumbers(this.#tokens))[this.#mentions[i]!.candidate.first]!;
	}
}

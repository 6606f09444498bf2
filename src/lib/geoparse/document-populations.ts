// The populations a document states, read for a mention where resolution asks: "Washington … As of the
// census, the population was 1,077" (stated-populations.ts reads the statements and their subjects).
import { populationSubjects, statedPopulations } from './stated-populations.ts';
import type { MentionSentences } from './mention-sentences.ts';
import type { AcceptedMention } from './resolve.ts';
import type { Token } from './tokens.ts';
import { mapPacked } from './packed.ts';

export class DocumentPopulations {
	readonly #mentions: AcceptedMention[];
	readonly #tokens: Token[];
	readonly #sentences: MentionSentences;
	#bySentence: Map<number, number> | null = null;
	// by sentence, the token its statement of a population begins at
	readonly #statedAt = new Map<number, number>();
	/** the mentions a statement speaks of: true where their own sentence states it */
	#subjects: Map<number, boolean> | null = null;

	constructor(mentions: AcceptedMention[], tokens: Token[], sentences: MentionSentences) {
		this.#mentions = mentions;
		this.#tokens = tokens;
		this.#sentences = sentences;
	}

	/** "Washington … As of the census, the population was 1,077": this sentence's statement, else a neighbour's */
	statedFor(i: number): number | null {
		const sentence = this.#sentences.of(i);
		const populations = (this.#bySentence ??= statedPopulations(this.#tokens, this.#statedAt, this.#sentences.breaks()));
		return populations.get(sentence) ?? populations.get(sentence + 1) ?? populations.get(sentence - 1) ?? null;
	}

	/** Whether the population near this mention is stated of it (see populationSubjects), not of a name near it. */
	statedOf(i: number): boolean {
		if (this.statedFor(i) === null) return false;
		return (this.#subjects ??= this.#subjectsOnce()).has(i);
	}

	/** Whether its own sentence states the population of this mention ("Cairo had a population of 785"). */
	statedDirectlyOf(i: number): boolean {
		return this.statedOf(i) && this.#subjects!.get(i) === true;
	}

	#subjectsOnce(): Map<number, boolean> {
		return populationSubjects(mapPacked(this.#mentions, (m) => ({ first: m.candidate.first, last: m.candidate.last, key: m.key })), (i) => this.#sentences.of(i), this.#statedAt, this.#tokens);
	}
}

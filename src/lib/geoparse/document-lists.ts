// The lists a document's mentions stand in ("Georgia, Armenia and Azerbaijan"): which mentions are
// items of one list, what kinds of place a list holds, and the parent a list's items share ("near
// Hamilton and Horsham in western Victoria").
import type { Gazetteer } from '../gazetteer/types.ts';
import { listJoined } from './document-cues.ts';
import { countListKinds, TOWN_ITEMS, type ListKinds } from './list-kinds.ts';
import { listKind } from './mention-evidence.ts';
import type { MentionSentences } from './mention-sentences.ts';
import { mapPacked } from './packed.ts';
import { parentsInPosition } from './parent-position.ts';
import type { AcceptedMention } from './resolve.ts';
import { bestReading } from './sentence-parents.ts';

// how far a list's items speak for each other
const LIST_REACH = 12;

export class DocumentLists {
	readonly #mentions: AcceptedMention[];
	readonly #gazetteer: Gazetteer;
	readonly #text: string;
	readonly #sentences: MentionSentences;
	/** the mention and the next are items of one list */
	readonly joined: boolean[];
	readonly #positioned = new Map<number, number[]>();
	/** each list's kinds, counted once for the whole run of items (list-kinds.ts) */
	#listKinds: ListKinds | null = null;

	constructor(mentions: AcceptedMention[], gazetteer: Gazetteer, text: string, sentences: MentionSentences) {
		this.#mentions = mentions;
		this.#gazetteer = gazetteer;
		this.#text = text;
		this.#sentences = sentences;
		this.joined = mapPacked(mentions, (m, i) => i + 1 < mentions.length && listJoined(text, m.candidate, mentions[i + 1]!.candidate));
	}

	/** the mentions standing in a parent's position to mention i (parent-position.ts), shared along a list */
	parentsInPosition(i: number): number[] {
		// "near Hamilton and Horsham in western Victoria": a parent after a list's last item is every item's.
		// An item with none of its own takes the answer of the item up to LIST_REACH further on, walked in a
		// loop (a call per step made the stack as deep as a long list: 128,000 items overflowed it).
		const waiting: number[] = [];
		let k = i;
		let found = this.#positioned.get(k);
		while (!found) {
			found = parentsInPosition(this.#text, this.#mentions, (j) => this.#sentences.of(j), k);
			if (found.length || !this.joined[k]) break;
			waiting.push(k);
			let last = k;
			while (last + 1 < this.#mentions.length && last - k < LIST_REACH && this.joined[last]) last++;
			k = last;
			found = this.#positioned.get(k);
		}
		this.#positioned.set(k, found);
		for (const item of waiting) this.#positioned.set(item, found);
		return found;
	}

	/** the other items of the list mention i stands in, the nearest first on each side (LIST_REACH at most each way) */
	listNeighbours(i: number): number[] {
		const found: number[] = [];
		for (let j = i - 1; j >= 0 && j >= i - LIST_REACH && this.joined[j]; j--) found.push(j);
		for (let j = i + 1; j < this.#mentions.length && j <= i + LIST_REACH && this.joined[j - 1]; j++) found.push(j);
		return found;
	}

	/** Whether a kind is that of another item of the list the mention stands in (its neighbours' best readings). */
	otherItemsOfKind(i: number, kind: string): boolean {
		const own = listKind(bestReading(this.#mentions[i]!, this.#gazetteer)) === kind ? 1 : 0;
		const lists = (this.#listKinds ??= countListKinds(this.#mentions, this.joined, this.#gazetteer));
		const list = lists.counts[lists.listOf[i]!]!;
		const ofKind = list.get(kind) ?? 0;
		// "RSU 10 (Buckfield, Dixfield, Hartford, Mexico, Peru, Rumford)": countries outnumbered by their list's
		// towns are names of more towns, not a list of countries
		if (kind === 'country' && (list.get(TOWN_ITEMS) ?? 0) > ofKind) return false;
		return ofKind > own;
	}

	/** Whether every other item of the list mention i stands in reads best as a country, two at least ("Italy, Spain and Florida"). */
	amongCountriesOnly(i: number): boolean {
		const others = this.listNeighbours(i);
		return others.length >= 2 && others.every((j) => bestReading(this.#mentions[j]!, this.#gazetteer).kind === 'country');
	}

	inList(i: number): boolean {
		return (i > 0 && this.joined[i - 1]) || this.joined[i]!;
	}

	/** the mention and the next are items of a list of one kind ("Georgia, Armenia"), not a place and its qualifier */
	isListPair(i: number): boolean {
		if (!this.joined[i]) return false;
		const left = listKind(bestReading(this.#mentions[i]!, this.#gazetteer));
		const right = listKind(bestReading(this.#mentions[i + 1]!, this.#gazetteer));
		return left !== null && left === right;
	}
}

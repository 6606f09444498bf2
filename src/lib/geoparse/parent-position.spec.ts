import { describe, expect, it } from 'vitest';
import { parentsInPosition } from './parent-position.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import type { AcceptedMention } from './resolve.ts';

/** Mentions at each occurrence of the given names, in text order (only offsets matter here). */
function mentionsOf(text: string, names: string[]): AcceptedMention[] {
	const mentions: AcceptedMention[] = [];
	let from = 0;
	for (const name of names) {
		const start = text.indexOf(name, from);
		if (start < 0) throw new Error(`${name} is not in the text after ${from}`);
		from = start + name.length;
		const candidate = { start, end: from, first: 0, last: 0, places: [], importance: [] } as unknown as AcceptedMention['candidate'];
		mentions.push({ candidate, usage: 'literal', recognition: 1, why: '', minor: false, surface: name, key: nameKey(name) });
	}
	return mentions;
}

const oneSentence = () => 0;

describe('parentsInPosition', () => {
	it('reads a description chain of parents to its end', () => {
		const text = 'Brzezie is a village in the administrative district of Gmina Sieradz, within Sieradz County, Łódź Voivodeship, in central Poland.';
		const mentions = mentionsOf(text, ['Brzezie', 'Sieradz', 'Sieradz County', 'Łódź Voivodeship', 'Poland']);
		expect(parentsInPosition(text, mentions, oneSentence, 0)).toEqual([1, 2, 3, 4]);
	});
	it('stops at a new clause', () => {
		const text = 'Salem lies in Marion County, which borders Ohio.';
		const mentions = mentionsOf(text, ['Salem', 'Marion County', 'Ohio']);
		expect(parentsInPosition(text, mentions, oneSentence, 0)).toEqual([1]);
	});
	it('reads no more than a few parents into a list of thousands (each item walking the rest was quadratic)', () => {
		const unit = 'Washington, Washington County, ';
		const text = unit.repeat(2000);
		const mentions = mentionsOf(text, Array.from({ length: 4000 }, (_, i) => (i % 2 ? 'Washington County' : 'Washington')));
		const parents = parentsInPosition(text, mentions, oneSentence, 0);
		expect(parents[0]).toBe(1);
		expect(parents.length).toBeLessThanOrEqual(6);
	});
});

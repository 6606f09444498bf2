// Given spans that overlap: the caller's spans are any offsets inside the text, nested or not. Each span
// is read as a name key (its characters folded, then looked up), so the work is counted as the
// characters read as keys, summed over a run: it must grow with the text, not with spans x text.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { MAX_GIVEN_SPAN_CHARS } from '../../src/lib/geoparse/candidates.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

const keyed = vi.hoisted(() => ({ characters: 0 }));
vi.mock('../../src/lib/gazetteer/normalize.ts', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../src/lib/gazetteer/normalize.ts')>();
	return {
		...original,
		nameKey: (name: string) => {
			keyed.characters += name.length;
			return original.nameKey(name);
		}
	};
});

/** A sentence repeated to about `size` characters, with a span from the text's start to the end of each of its words. */
function nestedSpans(size: number): { text: string; spans: { start: number; end: number }[] } {
	const sentence = 'The town of Salem lies west of Albany, near Paris and Texas. ';
	const text = sentence.repeat(Math.ceil(size / sentence.length));
	const spans = [...text.matchAll(/\S+/g)].map((word) => ({ start: 0, end: word.index + word[0].length }));
	return { text, spans };
}

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
}, 300_000);

describe('given spans nested over a long text', () => {
	it('are read in work linear in the text', () => {
		const keyedFor = (size: number): number => {
			const { text, spans } = nestedSpans(size);
			keyed.characters = 0;
			geoparse(text, gazetteer, { spans });
			return keyed.characters;
		};
		const once = keyedFor(10_000);
		// each span's key was read whole, and nested spans are as long as the text: 4x the work for 2x the text
		expect(keyedFor(20_000)).toBeLessThan(3 * once);
	});

	it('name nothing where a span is longer than any name, whatever its key', () => {
		const span = (text: string) => [{ start: 0, end: text.indexOf(' is') }];
		expect(geoparse('New York is far.', gazetteer, { spans: span('New York is far.') })).toHaveLength(1);
		// (the spaces fold into one in the key: read whole, the span would be the city)
		const spaced = `New${' '.repeat(MAX_GIVEN_SPAN_CHARS)}York is far.`;
		expect(geoparse(spaced, gazetteer, { spans: span(spaced) })).toEqual([]);
	});
});

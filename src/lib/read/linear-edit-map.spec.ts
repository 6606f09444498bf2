import fc from 'fast-check';
import { EditMap } from 'micromark-util-edit-map';
import type { Event } from 'micromark-util-types';
import { describe, expect, it } from 'vitest';
import { consumeTail, micromarkConsume } from './linear-edit-map.ts';
import { markdownToText } from './markdown.ts';

// Events stand in as numbered tokens: consume only moves them around.
const eventList = (length: number) => Array.from({ length }, (_, i) => ['enter', { type: `t${i}` }, {}] as unknown as Event);
const edit = fc.record({ at: fc.nat(40), remove: fc.nat(5), add: fc.array(fc.nat(99), { maxLength: 4 }), before: fc.boolean() });

function applied(consume: (this: EditMap, events: Event[]) => undefined, length: number, edits: { at: number; remove: number; add: number[]; before: boolean }[]) {
	const events = eventList(length);
	const map = new EditMap();
	for (const edit of edits) {
		// edits within the list, as micromark makes them
		const { add, before } = edit;
		const at = edit.at % (length + 1);
		const remove = Math.min(edit.remove, length - at);
		const added = add.map((n) => ['exit', { type: `a${n}` }, {}] as unknown as Event);
		if (before) map.addBefore(at, remove, added);
		else map.add(at, remove, added);
	}
	consume.call(map, events);
	return { types: events.map((event) => `${event[0]} ${event[1].type}`), left: map.map.length };
}

describe('linear edit map', () => {
	it('is the consume micromark uses once markdown.ts is loaded', () => {
		expect(EditMap.prototype.consume).toBe(consumeTail);
		expect(markdownToText('> a').text).toBe('a');
	});

	it('leaves the same events as micromark’s own consume for any edits', () => {
		fc.assert(
			fc.property(fc.nat(40), fc.array(edit, { maxLength: 6 }), (length, edits) => {
				expect(applied(consumeTail, length, edits)).toEqual(applied(micromarkConsume, length, edits));
			}),
			{ numRuns: 500 }
		);
	});
});

// micromark-util-edit-map 1.0.0's EditMap.consume copies the whole event list on every call, and
// micromark's document tokenizer calls it each time a block quote or list item closes before the
// document ends: quadratic in containers (64 KB of "\n\n>a" took 38 s, 4 KB 0.2 s). Its edits there
// all sit near the end of the list, so a consume that rebuilds only the tail from the first edit on
// is linear, with the same result. Installed once, on import, on the class micromark itself uses.
import type { Event } from 'micromark-util-types';
import { EditMap } from 'micromark-util-edit-map';

type Change = [at: number, remove: number, add: Event[]];

/** micromark's own consume, kept so that tests can compare the two. */
export const micromarkConsume = EditMap.prototype.consume;

/** Applies the recorded changes (indices into the list as it was) to `events`, in place. */
export function consumeTail(this: EditMap, events: Event[]): undefined {
	const changes: Change[] = this.map;
	if (changes.length === 0) return;
	changes.sort((a, b) => a[0] - b[0]);
	const first = changes[0]![0];
	// after each change, the events up to the next change's index (overlaps resolve as micromark's do)
	const tail: Event[] = [];
	changes.forEach(([at, remove, add], k) => {
		for (const event of add) tail.push(event);
		const end = k + 1 < changes.length ? changes[k + 1]![0] : events.length;
		for (let i = at + remove; i < end; i++) tail.push(events[i]!);
	});
	events.length = first;
	// a loop, not push(...tail): a spread of a long tail overflows the stack
	for (const event of tail) events.push(event);
	changes.length = 0;
	this.index.clear();
}

EditMap.prototype.consume = consumeTail;

// Place id → place index, as a hash table stored in the place table (place-columns.ts): a Map of
// 221,000 ids took 0.1-0.3 s to fill on every load, and an incremental ingest asks it a few dozen times.

import { hashKey as hashId } from './name-table.ts';

/** Slots for `count` ids: a power of two at least twice as many (short probes). */
export function idSlotCount(count: number): number {
	let slots = 8;
	while (slots < count * 2) slots *= 2;
	return slots;
}

/** Fills `slots` (idSlotCount long, zeroed) with place index + 1 at each id's slot (linear probing). */
export function fillIdSlots(slots: Int32Array, ids: ArrayLike<string>): void {
	const mask = slots.length - 1;
	for (let index = 0; index < ids.length; index++) {
		let slot = hashId(ids[index]!) & mask;
		while (slots[slot] !== 0) slot = (slot + 1) & mask;
		slots[slot] = index + 1;
	}
}

/** The look-up the geoparser and ingest use (`gazetteer.byId`): only `get`, as on a Map. */
export interface PlaceIdIndex {
	get(id: string): number | undefined;
}

/** A PlaceIdIndex over stored slots; `idOf` gives a place's id to compare with (a hash can collide). */
export function placeIdIndex(slots: Int32Array, idOf: (index: number) => string): PlaceIdIndex {
	const mask = slots.length - 1;
	return {
		get(id: string): number | undefined {
			// at most every slot once: a corrupt table with no empty slot ends too
			for (let slot = hashId(id) & mask, probes = 0; probes <= mask; slot = (slot + 1) & mask, probes++) {
				const stored = slots[slot]!;
				if (stored === 0) return undefined;
				if (idOf(stored - 1) === id) return stored - 1;
			}
			return undefined;
		}
	};
}

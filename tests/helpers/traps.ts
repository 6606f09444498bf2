// Runs recognition trap texts: each expected place and each trap is a test of its own, so a run counts
// how many hold.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse, type Toponym } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from './gazetteer.ts';

export interface TrapText {
	text: string;
	/** "Name → CC": found as a place (not embedded) in that country */
	places: string[];
	/** names as written that are no toponym here at all */
	notPlaces: string[];
	/** names as written that may only be returned inside a longer name (usage embedded) */
	embeddedOnly?: string[];
	/** traps no rule catches yet: these tests pass while the name is still (wrongly) a place */
	stillMissed?: string[];
}

export function describeTraps(title: string, traps: TrapText[]): void {
	let gazetteer: Gazetteer;
	beforeAll(async () => {
		gazetteer = await testGazetteer();
	});
	const read = (text: string): Toponym[] => geoparse(text, gazetteer);
	describe(title, () => {
		for (const { text, places, notPlaces, embeddedOnly, stillMissed } of traps) {
			for (const place of places) {
				it(`finds ${place} in "${text.slice(0, 48)}…"`, () => {
					const found = read(text)
						.filter((t) => t.usage !== 'embedded')
						.map((t) => `${t.name} → ${t.country}`);
					expect(found).toContain(place);
				});
			}
			for (const name of notPlaces) {
				it(`reads no place in "${name}" ("${text.slice(0, 48)}…")`, () => {
					expect(read(text).filter((t) => t.name === name)).toEqual([]);
				});
			}
			for (const name of stillMissed ?? []) {
				it.fails(`still reads a place in "${name}" ("${text.slice(0, 48)}…")`, () => {
					expect(read(text).filter((t) => t.name === name)).toEqual([]);
				});
			}
			for (const name of embeddedOnly ?? []) {
				it(`reads "${name}" only inside a longer name ("${text.slice(0, 48)}…")`, () => {
					expect(read(text).filter((t) => t.name === name && t.usage !== 'embedded')).toEqual([]);
				});
			}
		}
	});
}

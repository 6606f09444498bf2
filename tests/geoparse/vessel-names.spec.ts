// "the tanker Nordic Hamburg": a capitalised word that is no place, between a kind of ship and a place's name,
// opens the ship's name; the place is a word of that name, not where the story is. A place's own name right
// after the kind of ship ("the ferry Isle of Arran", "the ship New Zealand sent") and a kind of ship written in
// a Title Case headline stay as they were.
// Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const mapped = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true }).map((line) => line.split(' → ')[0]);

describe('a place word inside a ship\'s name after its kind', () => {
	it('is no place of the story', () => {
		expect(mapped('The tanker Nordic Hamburg anchored off Larnaca after a fire in its engine room.')).toEqual(['Larnaca']);
		expect(mapped('The bulk carrier Ocean Brisbane ran aground near Gladstone on Sunday.')).toEqual(['Gladstone']);
		expect(mapped('Coastguards towed the trawler Golden Aberdeen into Peterhead.')).toEqual(['Peterhead']);
	});

	it('stays a place where it opens the words after the kind of ship, or nothing names a ship', () => {
		expect(mapped('The ferry Isle of Arran left Brodick an hour late.')).toEqual(['Isle of Arran', 'Brodick']);
		expect(mapped('The frigate New Zealand sent last year docked in Bahrain.')).toEqual(['New Zealand', 'Bahrain']);
		expect(mapped('A tanker Iranian forces seized was taken to Bandar Abbas.')).toEqual(['Iranian', 'Bandar Abbas']);
		expect(mapped('The vessel, registered in Panama, sailed from Rotterdam to Hamburg.')).toEqual(['Panama', 'Rotterdam', 'Hamburg']);
	});
});

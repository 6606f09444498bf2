// "Sharon — a house, $410,000. Tunbridge — 10 acres …": a listing (deeds, sale bills, calendars by town) whose items
// each open with a name and a spaced dash is a list of those names, and a first name's or a word's town lying among
// the other heads' towns is that town (dashed-items.ts, listed-cluster.ts); a listing of persons stays persons. And
// a tally's counts may carry a decimal point ("Roseau 6.5; Badger 5.0": tally-items.ts). Texts written for these
// tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { pointOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const where = (text: string, name: string) => pointOf(gazetteer, text, name);

const DEEDS =
	'Deeds recorded in Windsor County. Sharon — Ann Fuller to Mark Tracy, house on Elm Street, $410,000. Tunbridge — Estate of Carl Hale to Joan Pike, 10 acres, $95,000. Strafford — Town of Strafford to the fire district, lot, $1. Royalton — Silver Lake LLC to Ruth Cole, camp, $180,000. Bethel — Tom Ames to Sue Ames, house, $0.';
const CALENDAR =
	'This week. Monday: Marengo — Library board, 6 p.m. Victor — Legion fish fry, 5 p.m. Tuesday: Amana — Quilt show at the church. Homestead — Christmas walk, 4 p.m. Wednesday: Ladora — Senior lunch at noon.';

describe('a name heading an item of a dashed listing', () => {
	it('is the town that lies among the other heads', () => {
		expect(where(DEEDS, 'Sharon')).toBe('US 44,-72');
		expect(where(CALENDAR, 'Victor')).toBe('US 42,-92');
	});

	it('leaves listings of people named like places unmapped', () => {
		expect(where('Scoring: Chase — 14 points, six rebounds. Austin — 11 points. Jordan — nine assists. Tyler — two blocks.', 'Chase')).toBe('unmapped');
		expect(where('The cast. Florence — a widow who runs the inn. Eugene — her son. Chester — the hired man.', 'Chester')).toBe('unmapped');
	});
});

describe('a tally whose counts carry a decimal point', () => {
	it('reads a word opening an item as the town among its neighbours', () => {
		expect(where('Snowfall through 7 a.m., in inches: Roseau 6.5; Badger 5.0; Greenbush 4.5; Warroad 4.0; Salol 3.5.', 'Badger')).toBe('US 49,-96');
	});
});

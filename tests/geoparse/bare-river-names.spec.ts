// "along the Wabash below Mount Carmel", "fished the Hocking.": a small town's one-word name after a lower-case "the"
// that ends its clause, or goes on to where along it ("below", "above", "near", "at"), is a river the gazetteer
// lacks, not the town; towns take no article (judge-landforms.ts riverAfterArticle). A river the gazetteer has stays
// a river; a town whose name has the article (The Dalles), a well-known place, a town before a noun ("the Clinton gym") or in a list ("the Lamar and Nevada teams")
// stays. Texts written for these tests (us-local-s42 A's river stages), against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => geoparse(text, gazetteer, { includeEmbedded: false }).map((t) => t.name);

describe('a town\'s name after "the" that ends its phrase', () => {
	it('is a river the gazetteer lacks', () => {
		const text = 'River stages, 7 a.m.: Vincennes 14.2 feet, Mount Carmel 18.9, New Harmony 12.0. Lowland flooding is expected along the Wabash below Mount Carmel through Sunday.';
		expect(names(text)).not.toContain('Wabash');
		expect(names(text)).toContain('Mount Carmel');
		expect(names('ATHENS, Ohio — Two men in a canoe were rescued Sunday after they tipped over on the Hocking.')).not.toContain('Hocking');
	});

	it('leaves a famous place, a town before a noun and a town in a list', () => {
		expect(names('The delegates flew from the Hague.')).toContain('Hague');
		// (rolling review, s42) towns whose own name has the article
		expect(names('The plant is in the Dalles.')).toContain('Dalles');
		expect(names('They moved to the Woodlands near Houston.')).toContain('Woodlands');
		expect(names('CLINTON, Mo. — Fans of the Warsaw and Osceola teams met at the Clinton gym.')).toEqual(expect.arrayContaining(['Warsaw', 'Clinton']));
	});
});

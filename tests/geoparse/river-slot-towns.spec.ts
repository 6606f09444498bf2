// A name after "the" that rises or flows is a river's: read as a town in a country none of the text's other places
// lies in (Lima for "the Lim"), it is a river the gazetteer lacks and is left unmapped; a town of the text's own
// country named like its river stays. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true });

describe('a name written as a flowing river', () => {
	it('is no town abroad the text never goes to ("The Lim rises … and flows north")', () => {
		const found = read('Plužine is a town in northern Montenegro, on the shore of Lake Piva below the Durmitor massif. The Lim rises on the slopes above the town and flows north towards Foča.');
		expect(found.filter((t) => t.startsWith('Lim'))).toEqual([]);
	});

	it('keeps a town of the text\'s own country named like the river ("The Jihlava flows east")', () => {
		const found = read('Třešť is a town in the Jihlava District of the Vysočina Region, Czech Republic. The Jihlava flows east past the town towards Třebíč.');
		expect(found.filter((t) => t.startsWith('Jihlava →'))).not.toEqual([]);
	});
});

// A region named by a compass word and a land's name ("Eastern Samar") is a part of that land: the land's bare name
// in the same text is the land beside it, not a town of that name (or alternate name) far away
// (compass-region-lands.ts). Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true });

describe("the bare land of a compass-named region in the same text", () => {
	it('is no town far from the region ("Eastern Samar … Samar" is not Samara, Russia)', () => {
		const found = read('Balangiga is a municipality in the province of Eastern Samar, Philippines. In reprisal the army laid waste to Samar, and the bells were carried off to Wyoming.');
		expect(found.filter((t) => t.startsWith('Samar →'))).toEqual([]);
		expect(found.filter((t) => t.startsWith('Eastern Samar → region PH'))).toHaveLength(1);
	});

	it('stays a town of that name near the region, and a city named from afar without such a region', () => {
		expect(read('Lewes is the county town of East Sussex, England. Trains run to Brighton and on to London.')).toContain('London → city GB/ENG');
		expect(read('Laoang is a municipality in Northern Samar, Philippines. Its fish are sold in Samara and Moscow.')).toContain('Samara → city RU/65');
	});
});

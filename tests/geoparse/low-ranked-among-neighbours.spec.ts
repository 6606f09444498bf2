// A town ranked far below its namesakes (beyond the 25 weighed by default: a Salem of Iowa behind the Salems of
// India, Oregon and Massachusetts) is weighed where two other names of the text lie within 100 km of it, one of
// them within 50, though the text names no state: a local brief names its county's towns and never its state.
// Where the text names the bigger namesake's country or qualifies the name, or the name is a person's or an
// honour's, nothing changes. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { pointOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const where = (text: string, name: string) => pointOf(gazetteer, text, name);

describe('a town ranked far below its namesakes, among the text\'s other towns', () => {
	it('is read where two of the text\'s names lie around it', () => {
		expect(where('A Salem man was charged with burglary in Mount Pleasant; the stolen tools turned up in Fort Madison.', 'Salem')).toBe('US 41,-92');
		expect(where('A Victoria man was charged after a fight at a bar in Hays. Deputies from Ellis and Russell helped.', 'Victoria')).toBe('US 39,-99');
		expect(where('A Franklin woman was killed in a crash on the highway between Fairfax and Redwood Falls.', 'Franklin')).toBe('US 45,-95');
		expect(where('Volunteers from Greenville and Hortonville packed food boxes in Appleton.', 'Greenville')).toBe('US 44,-89');
	});

	it('leaves the bigger namesake where the text names its country or qualifies the name', () => {
		expect(where('A Hays woman who moved to Australia now teaches in Victoria; her parents still farm near Ellis and Russell.', 'Victoria')).toBe('AU -37,145');
		expect(where('Ellis and Russell students flew from Hays to Victoria, British Columbia, for a music festival.', 'Victoria')).toBe('CA 48,-123');
	});

	it('reads no place in a person\'s name or an honour\'s', () => {
		expect(where('The Victoria Cross was awarded to a soldier from Hays; his family in Ellis and Russell watched.', 'Victoria')).toBe('unmapped');
		expect(where('Victoria Beckham visited a school in Hays, and students from Ellis and Russell came to see her.', 'Victoria')).toBe('unmapped');
	});
});

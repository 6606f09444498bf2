// A national capital named in many languages is what its name means against a larger namesake across an ocean
// (named after it: Athens, Georgia) that nothing but the text's country chose (known-abroad.ts,
// capitalOverNamesake). Session 42's BBC hand audit: Olympic stories that also name New York read "won gold in
// Athens" as Athens, Georgia. The namesake's own area named keeps it, and so does a text whose places all lie in
// the namesake's country or that writes US roads (rolling review's counter-examples). Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const countryOf = (text: string, name: string) => geoparse(text, gazetteer).find((t) => t.name === name)?.country;

describe('a capital known abroad against a larger namesake chosen on the text’s country alone', () => {
	it('is the capital where the text names places abroad too', () => {
		expect(countryOf('The Welsh sprinter won relay gold in Athens, beating the Americans, and will race in Newport.', 'Athens')).toBe('GR');
		expect(countryOf('The American won silver in Athens behind the Moroccan and will race in Boston and Madrid.', 'Athens')).toBe('GR');
	});

	it('stays the namesake where the text names its area, names nothing abroad or writes US roads', () => {
		expect(countryOf('Athens, Georgia, is home to the state university. Students in Athens marched on Friday.', 'Athens')).toBe('US');
		expect(countryOf('Fans packed Sanford Stadium in Athens as Georgia beat Florida.', 'Athens')).toBe('US');
		expect(countryOf('She ran the New York marathon in November, 77 days after the two upsets in Athens.', 'Athens')).toBe('US');
		expect(countryOf('A Dublin man was arrested after a chase on Interstate 580, the California Highway Patrol said.', 'Dublin')).toBe('US');
	});
});

// Diplomatic processes named after the city that hosted them ("the Astana process", "the Minsk agreements", "the
// Dayton agreement": accord-names.ts, namesAProcess) are read inside the process's name, off the map, as the
// capitalised "Paris Agreement" is. A city the text names again elsewhere ("talks in Doha ... the Doha talks"), or
// whose country or another place in it the text names (a process about the city: "the Hodeidah agreement" beside
// Yemen), stays a place, and so does a works' process ("the Baytown process unit"). Found in world-s43 A; the
// counter-cases are the rolling review's (s43). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const PROCESSES: TrapText[] = [
	{
		text: 'The envoy said the Astana process, under which Russia, Turkey and Iran managed the front lines in Syria, had run its course.',
		places: ['Russia → RU', 'Turkey → TR', 'Iran → IR', 'Syria → SY'],
		notPlaces: [],
		embeddedOnly: ['Astana']
	},
	{ text: 'The Astana process brought Russia, Turkey and Iran together over Syria.', places: ['Syria → SY'], notPlaces: [], embeddedOnly: ['Astana'] },
	{
		text: 'Diplomats compared it with the 2015 Minsk agreements on Ukraine and with the Doha talks on Afghanistan.',
		places: ['Ukraine → UA', 'Afghanistan → AF'],
		notPlaces: [],
		embeddedOnly: ['Minsk', 'Doha']
	},
	{
		text: 'Ministers from Serbia and Croatia disagreed over whether the Dayton agreement should be revised.',
		places: ['Serbia → RS', 'Croatia → HR'],
		notPlaces: [],
		embeddedOnly: ['Dayton']
	}
];

// the process rule must leave these places alone
const PROCESS_PLACES: TrapText[] = [
	{ text: "The Hodeidah agreement required Yemen's warring sides to pull fighters out of the port.", places: ['Hodeidah → YE', 'Yemen → YE'], notPlaces: [] },
	{ text: 'Syrian troops advanced despite the Idlib agreement.', places: ['Idlib → SY'], notPlaces: [] },
	{ text: 'Teachers in Illinois ratified the Springfield agreement on Monday.', places: ['Springfield → US', 'Illinois → US'], notPlaces: [] },
	{ text: 'Workers at the Baytown process unit walked out on Tuesday, the union in Texas said.', places: ['Baytown → US', 'Texas → US'], notPlaces: [] }
];

describeTraps('processes named after the cities that hosted them', PROCESSES);
describeTraps('places beside a process word', PROCESS_PLACES);

describe('a process named after a place the text names elsewhere', () => {
	it('keeps every mention of the place ("talks in Doha ... the Doha talks")', async () => {
		const text = 'Talks in Doha resumed on Monday, a week after the Doha talks stalled.';
		const doha = geoparse(text, await testGazetteer()).filter((t) => t.name === 'Doha');
		expect(doha.map((t) => `${t.usage} ${t.country}`)).toEqual(['literal QA', 'literal QA']);
	});
});

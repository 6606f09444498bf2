// Pipelines called after a town or a word some town is named ("the Druzhba pipeline", "the Adria pipeline", "the
// Keystone pipeline"): the town's name right before "pipeline" is the pipeline's, not a place of the story
// (thing-names.ts, namesAPipeline); a country's or a region's name there stays the place the pipeline runs in, and
// so does a city of 100,000 or more and a name before "pipeline" and another noun ("a Houston pipeline operator").
// Found in world-s41 A (the Druzhba pipeline as a Ukrainian town) and world-s36 (as a Russian one). Sentences
// written for these tests.
// Diplomatic processes named after the city that hosted them ("the Astana process", "the Minsk agreements", "the
// Dayton agreement": accord-names.ts, namesAProcess) are read inside the process's name, off the map, as the
// capitalised "Paris Agreement" is; a city the text names again elsewhere ("talks in Doha ... the Doha talks")
// stays a place, and so does a works' process ("the Baytown process unit"). Found in world-s43 A.
import { describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const PIPELINES: TrapText[] = [
	{
		text: 'Oil flows through the southern leg of the Druzhba pipeline to Hungary and Slovakia resumed on Wednesday.',
		places: ['Hungary → HU', 'Slovakia → SK'],
		notPlaces: ['Druzhba']
	},
	{
		text: "Croatia's JANAF offered to supply crude through the Adria pipeline from the Omišalj terminal.",
		places: ['Croatia → HR', 'Omišalj → HR'],
		notPlaces: ['Adria']
	},
	{
		text: 'Protests against the Keystone pipeline spread from Nebraska to South Dakota.',
		places: ['Nebraska → US', 'South Dakota → US'],
		notPlaces: ['Keystone']
	}
];

// the rule must leave these places alone
const STILL_PLACES: TrapText[] = [
	{
		text: 'The Alaska pipeline carries crude from Prudhoe Bay to the port of Valdez.',
		places: ['Alaska → US', 'Prudhoe Bay → US'],
		notPlaces: []
	},
	{
		text: 'A pipeline near Druzhba, in Ukraine, was hit by a drone, and the town of Adria in Italy was flooded.',
		places: ['Druzhba → UA', 'Ukraine → UA', 'Adria → IT'],
		notPlaces: []
	},
	// (rolling review, s41: a large city names the pipeline's end or its firm's home; a noun after "pipeline")
	{
		text: 'Insurgents bombed the Kirkuk pipeline near Baiji again.',
		places: ['Kirkuk → IQ'],
		notPlaces: []
	},
	{
		text: 'A Houston pipeline operator said the leak was fixed.',
		places: ['Houston → US'],
		notPlaces: []
	},
	// an accident named for the town where it happened (session 42)
	{
		text: 'Eight people died in the San Bruno pipeline explosion, south of San Francisco.',
		places: ['San Bruno → US', 'San Francisco → US'],
		notPlaces: []
	},
	// (rolling review, s42: a protest, storage, an expansion after "pipeline")
	{
		text: 'Police arrested 30 people at the Cannon Ball pipeline protest camp in North Dakota.',
		places: ['Cannon Ball → US', 'North Dakota → US'],
		notPlaces: []
	},
	{
		text: 'Tankers queued near the Cushing pipeline storage tanks in Oklahoma.',
		places: ['Cushing → US', 'Oklahoma → US'],
		notPlaces: []
	},
	{
		text: 'A Keystone pipeline contractor cut 200 jobs in Keystone, South Dakota.',
		places: ['South Dakota → US'],
		notPlaces: []
	}
];

describeTraps('pipelines named after towns', PIPELINES);
describeTraps('places beside the word pipeline', STILL_PLACES);

const PROCESSES: TrapText[] = [
	{
		text: 'The envoy said the Astana process, under which Russia, Turkey and Iran managed the front lines in Syria, had run its course.',
		places: ['Russia → RU', 'Turkey → TR', 'Iran → IR', 'Syria → SY'],
		notPlaces: [],
		embeddedOnly: ['Astana']
	},
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
	{ text: 'Strikes on Gaza continued on Sunday as the Gaza talks resumed in Cairo.', places: ['Gaza → PS', 'Cairo → EG'], notPlaces: [] },
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

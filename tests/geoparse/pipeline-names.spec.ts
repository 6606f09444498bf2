// Pipelines called after a town or a word some town is named ("the Druzhba pipeline", "the Adria pipeline", "the
// Keystone pipeline"): the town's name right before "pipeline" is the pipeline's, not a place of the story
// (thing-names.ts, namesAPipeline); a country's or a region's name there stays the place the pipeline runs in, and
// so does a city of 100,000 or more and a name before "pipeline" and another noun ("a Houston pipeline operator").
// Found in world-s41 A (the Druzhba pipeline as a Ukrainian town) and world-s36 (as a Russian one). Sentences
// written for these tests.
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

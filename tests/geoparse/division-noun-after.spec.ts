// A town named like a first name (Florina, Elena) before a lower-case division word and then "of", "in" or a stop
// ("the Florina regional unit of Western Macedonia", "the Elena district, in …") is that division's name, not a
// person's (document-cues.ts divisionNounAfter, read by judge.ts's first-name test). A division word that goes on
// into a title ("district attorney") keeps the first-name reading. Written for these tests (none copied); the first
// shape is wiki-s55 A's Agios Germanos article (session 55's lead 3).
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const DIVISIONS_NAMED_LIKE_PERSONS: TrapText[] = [
	{
		text: 'Agios Germanos is a village in the municipal unit of Prespes, in the Florina regional unit of Western Macedonia, Greece.',
		places: ['Florina → GR', 'Greece → GR'],
		notPlaces: []
	},
	{
		text: 'Krastava is a village in the Elena district of Veliko Tarnovo Province, Bulgaria.',
		places: ['Elena → BG'],
		notPlaces: []
	}
];

const STILL_PERSONS: TrapText[] = [
	{
		text: 'Florina district attorney Maria Lopez said the case was closed.',
		places: [],
		notPlaces: ['Florina']
	}
];

describeTraps('a first-name town before a lower-case division word is a division', DIVISIONS_NAMED_LIKE_PERSONS);
describeTraps('a division word going on into a title keeps the person', STILL_PERSONS);

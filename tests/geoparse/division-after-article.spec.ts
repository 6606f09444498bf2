// "the Nenagh Municipal District would pay": a name of several words ending in a division's noun is that
// division, which English writes with the article, not a thing named after the town ("the Tribune
// reported" still is). Written for these tests (none copied); no division is listed in the geoparser.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const DIVISIONS_AFTER_THE: TrapText[] = [
	{ text: 'Residents asked whether the Nenagh Municipal District would pay for the new playground.', places: ['Nenagh Municipal District → IE'], notPlaces: [] },
	{ text: 'The Tribune reported that the Nenagh Municipal District approved the plan.', places: ['Nenagh Municipal District → IE'], notPlaces: ['Tribune'] }
];

describeTraps("a division's name after the article", DIVISIONS_AFTER_THE);

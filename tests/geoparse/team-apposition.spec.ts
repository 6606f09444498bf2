// A town's name followed by an apposition that calls it a team ("…, the Kazakh team,") is the team there
// (usage embedded); the same pattern after a locative word, or with the head inside a longer phrase, is the
// place. Written for these tests (none copied); no team or town is listed in the geoparser.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const usageOf = (text: string, name: string) => geoparse(text, gazetteer).find((t) => t.name === name)?.usage ?? '-';

describe('a name an apposition calls a team', () => {
	it('is the team, not the town, where the apposition ends with its head', () => {
		expect(usageOf('Sky and Almaty, the Kazakh team, sent riders to the race.', 'Almaty')).not.toBe('literal');
		expect(usageOf('Dynamo were held by Kharkiv, the visiting club.', 'Kharkiv')).not.toBe('literal');
		expect(usageOf('The cup went to Leicester? No: Glasgow, the Scottish squad that beat them, took it.', 'Glasgow')).not.toBe('literal');
	});

	it('stays the place after a locative word, before a possessive or a compound, or as a border town\'s side', () => {
		for (const [text, name] of [
			['In Madrid, the team, which had flown in overnight, rested.', 'Madrid'],
			['They flew on to Doha, the team\'s base for the month.', 'Doha'],
			['Riders slept in Girona, the team hotel being full.', 'Girona'],
			['Leeds, the club said on Monday, will host the final.', 'Leeds'],
			['Nogales, the Mexican side, has more dentists than shops.', 'Nogales'],
			['Astana, the Kazakh capital, hosted the summit.', 'Astana']
		] as const) {
			expect(usageOf(text, name)).toBe('literal');
		}
	});
});

// A name that a large place bears as its own and a smaller one lists among its other (old, foreign,
// nick-) names: a parent named around the mention speaks for the smaller one only in a parent's
// position. International and US local news; sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

function placeOf(text: string, name: string): string | undefined {
	const found = geoparse(text, gazetteer).find((t) => t.name === name);
	return found && `${found.placeName} ${found.country}`;
}

describe('a name another place lists among its other names', () => {
	it('is the capital that bears it, though the region named in the sentence holds the other', () => {
		// Suleja, in Niger State, lists "Abuja" among its other names
		expect(placeOf('Bandits attacked a village in Niger State on Sunday, and the governor flew to Abuja to meet the president.', 'Abuja')).toBe('Abuja NG');
		expect(placeOf('The Niger State government said families displaced by the floods would be moved to camps near Abuja.', 'Abuja')).toBe('Abuja NG');
	});

	it('is the city that bears it, though the county named in the sentence holds the other', () => {
		// Willard, in Huron County, Ohio, was once called Chicago
		expect(placeOf('NORWALK — Two Huron County men who drove to Chicago for a concert were hurt in a crash on the way home, the sheriff said.', 'Chicago')).toBe('Chicago US');
	});
});

describe('a name a large city abroad lists among its other names, borne as its own by a city known abroad', () => {
	it('is the city that bears it as its own (the other is no spelling of its name)', () => {
		// Chattogram (Chittagong) lists "Islamabad", Delhi "Dili", Surrey (BC) "Sari", Taiyuan "Thai Nguyen"
		expect(placeOf('Police in Islamabad said the roads were closed.', 'Islamabad')).toBe('Islamabad PK');
		expect(placeOf('The minister flew to Dili for talks on the border.', 'Dili')).toBe('Dili TL');
		expect(placeOf('Flooding cut power across Sari on Tuesday.', 'Sari')).toBe('Sari IR');
		expect(placeOf('Workers at a factory in Thai Nguyen walked out.', 'Thai Nguyen')).toBe('Thái Nguyên VN');
	});

	it('is still the city of the old name where no city known abroad bears it as its own', () => {
		expect(placeOf('He was born in Breslau and studied in Lemberg before the war.', 'Breslau')).toBe('Wrocław PL');
		expect(placeOf('He was born in Breslau and studied in Lemberg before the war.', 'Lemberg')).toBe('Lviv UA');
		expect(placeOf('The ship docked at Kochi on Monday.', 'Kochi')).toBe('Kochi IN');
	});
});

describe('an old or foreign name of a city named in few languages, borne as its own by a town elsewhere', () => {
	it('is the town that bears it where the text names its country or its neighbours (an old name of an Alabama city)', () => {
		// Huntsville, Alabama lists "Twickenham" among its other names; the London town's population is unknown
		expect(placeOf('The former airline boss lives in Twickenham, a short train ride from London.', 'Twickenham')).toBe('Twickenham GB');
		expect(placeOf('Fans poured out of the stadium at Twickenham after England beat Wales.', 'Twickenham')).toBe('Twickenham GB');
	});

	it('is the town that bears it with nothing else said, where the town outweighs a tenth of the city', () => {
		// Halle (Saale) lists "Galle", Wigan "Vigan": another language's spellings
		expect(placeOf('Fishing boats returned to Galle after the storm passed.', 'Galle')).toBe('Galle LK');
		expect(placeOf('Tourists in Vigan admired the old colonial houses.', 'Vigan')).toBe('Vigan PH');
	});

	it('is the town that bears it with nothing else said, where a tenth of the city outweighs a town of some size', () => {
		// Teresina (Piauí) lists "Poti"; the Georgian port has some 40,000 people
		expect(placeOf('A tanker left Poti for Istanbul on Friday morning.', 'Poti')).toBe('P’ot’i GE');
	});

	it("is still the city where only a village bears it: the name is the city's usual spelling in English", () => {
		// Shimla is "Simla" in older English, An Nasiriyah's own name is a Libyan village's
		expect(placeOf('Tourists flock to Simla in the summer to escape the heat of the plains.', 'Simla')).toBe('Shimla IN');
		expect(placeOf('Militias clashed with police in An Nasiriyah, and a curfew was imposed.', 'An Nasiriyah')).toBe('Nasiriyah IQ');
		// Al Manşūrah (Egypt) lists "Mansoura", its spelling without the article, which an Algerian town bears
		expect(placeOf('Police in Mansoura arrested 12 people after the protest, the interior ministry said.', 'Mansoura')).toBe('Al Manşūrah EG');
	});

	it("is still the city where the text names the city's region or its neighbours", () => {
		expect(placeOf('Rains flooded streets in Poti, the capital of Piauí, on Monday.', 'Poti')).toBe('Teresina BR');
		expect(placeOf('Children swam in the river at Poti while their parents sold fish in Teresina.', 'Poti')).toBe('Teresina BR');
		expect(placeOf('The cotton merchants of Twickenham, Alabama, built the first bank in 1816.', 'Twickenham')).toBe('Huntsville US');
	});

	it('is still a city known abroad by its old name, in a text about another country of a town that bears it', () => {
		expect(placeOf('A Hollywood documentary about children in Calcutta won the top prize at the ceremony in Los Angeles.', 'Calcutta')).toBe('Kolkata IN');
	});

	it('leaves the city its own name', () => {
		expect(placeOf('Huntsville has grown quickly as rocket firms moved in.', 'Huntsville')).toBe('Huntsville US');
		expect(placeOf('The club was founded in Wigan in 1932.', 'Wigan')).toBe('Wigan GB');
	});
});

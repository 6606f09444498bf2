// A capitalised word between a person's title and a place's name is the person's given name, whether or not the
// English first-name lexicon holds it ("former president Álvaro Uribe", "Minister Thabo Tembisa"): the place's name
// is a surname there and at its later bare mentions (judge-persons.ts afterTitleAndGivenName). Not where the word
// after the title is another title or a body's or a place's head ("Prime Minister", "Chief Executive"), and not
// without a title ("fans from Lagos Ikeja"); nor where a region or a city known abroad stands before a noun as its
// adjective (a headline's "President Biden Delaware home"). Sentences written for these tests, against the real
// gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const readingsOf = (text: string, name: string) => readPlaces(gazetteer, text).filter((line) => line.startsWith(`${name} →`));

describe('a name after a title and a given name the lexicon lacks', () => {
	it('is a surname, also where it comes back alone', () => {
		expect(readingsOf('A court overturned the conviction of former president Álvaro Uribe on Tuesday. Uribe, who governed from 2002 to 2010, had been sentenced.', 'Uribe')).toEqual([]);
		expect(readingsOf('The party chose senator Álvaro Delgado, who lost. Delgado conceded on Sunday.', 'Delgado')).toEqual([]);
		expect(readingsOf('Minister Thabo Tembisa opened the clinic. Tembisa said more would follow.', 'Tembisa')).toEqual([]);
		// (a town not known abroad, even before a noun)
		expect(readingsOf('Minister Thabo Tembisa campaign posters went up.', 'Tembisa')).toEqual([]);
	});

	it('stays a place where no title stands before the capitalised word, or the word is a function word', () => {
		expect(readingsOf('Buses from Soweto to Tembisa ran late. Tembisa residents marched.', 'Tembisa')).toEqual(['Tembisa → city ZA/06', 'Tembisa → city ZA/06']);
		// ("from" is no title: "Lagos" is no given name there)
		expect(readingsOf('Fans from Lagos Ikeja travelled north.', 'Ikeja')).toEqual(['Ikeja → city NG/05']);
		// (a title-cased phrase: "Of" is no given name)
		expect(readingsOf('The Mayor Of New York, Paris and London met on Friday.', 'New York')).toEqual(['New York → city US/NY']);
	});

	it("stays a place where the word after the title is a street's or a body's head", () => {
		expect(readingsOf('Traders at Queen Street Ikeja market protested.', 'Ikeja')).toEqual(['Ikeja → city NG/05']);
		expect(readingsOf('The Justice Ministry Ikeja office closed.', 'Ikeja')).toEqual(['Ikeja → city NG/05']);
	});

	it('stays a place where a region or a city known abroad stands before a noun as its adjective', () => {
		expect(readingsOf('Aides to President Biden Delaware home said he was resting.', 'Delaware')).toEqual(['Delaware → region US/DE']);
		expect(readingsOf('Chancellor Merz Berlin speech drew protests.', 'Berlin')).toEqual(['Berlin → city DE/16']);
		expect(readingsOf('Coach Class London flights were cancelled.', 'London')).toEqual(['London → city GB/ENG']);
		// (a verb after the name is the person's: the place is a surname there)
		expect(readingsOf('Home Office minister Baroness Scotland said the law would change.', 'Scotland')).toEqual([]);
		expect(readingsOf('Judge Kiyoshi Montana ruled that the search was unlawful.', 'Montana')).toEqual([]);
		expect(readingsOf('President Nayib Lima has promised new prisons, and Lima will visit them.', 'Lima')).toEqual([]);
	});

	it('is a surname after two given names, also where it comes back alone', () => {
		expect(readingsOf("President Samia Suluhu Hassan was declared the winner of Tanzania's election. Hassan, who was sworn in at Dodoma, blamed foreigners.", 'Hassan')).toEqual([]);
		// (an everyday word is no given name: a title-cased headline's verb before the town)
		expect(readingsOf('President Ruto Visits Nakuru As Floods Rise', 'Nakuru')).toEqual(['Nakuru → city KE/39']);
		// (a title-cased headline: a capitalised word after the name keeps the place)
		expect(readingsOf('President Emmerson Mnangagwa Masvingo Rally Draws Thousands', 'Masvingo')).toHaveLength(1);
		expect(readingsOf('Governor Nyesom Wike Port Harcourt Office Sealed', 'Port Harcourt')).toHaveLength(1);
		expect(readingsOf('Prime Minister Narendra Modi Varanasi Visit Postponed', 'Varanasi')).toHaveLength(1);
		// (a place after a person's full name and a comma stays the place)
		expect(readingsOf('Minister Thabo Mbeki Sisulu, Hassan and Mysore were named in the report.', 'Hassan')).toEqual(['Hassan → city IN/19']);
	});
});

// "Bolivar-Richburg: closed", "the Annville-Cleona district": US local news names a school district or a team two
// neighbouring towns share by hyphening their names; both are places, and so are a ferry's or a bus's two ends hyphened
// before the route's word ("the Coupeville-Port Townsend run"). A double-barrelled surname after a first
// name ("Olivia Newton-John") or names whose towns lie far apart stay one name. Sentences written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf, readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => readPlaces(gazetteer, text).map((line) => line.split(' → ')[0]);

describe('two neighbouring towns hyphened', () => {
	it('are both places', () => {
		const text = 'Snow day. Bolivar-Richburg: closed. Wellsville and Andover: two hours late; Belmont on time.';
		expect(names(text)).toContain('Bolivar');
		expect(placeOf(gazetteer, text, 'Bolivar')).toBe('city US/NY');
		expect(names('The Annville-Cleona board met in Palmyra on Monday.')).toContain('Annville');
	});

	it('are both places, the second too', () => {
		expect(names('The Annville-Cleona board met in Palmyra on Monday.')).toContain('Cleona');
	});

	it('are both places as the two ends of a route, farther apart', () => {
		const text = 'Ferry notice. The Coupeville-Port Townsend run is canceled Thursday for low tides. On the Mukilteo-Clinton route, expect waits.';
		expect(names(text)).toEqual(['Coupeville', 'Port Townsend', 'Mukilteo', 'Clinton']);
		expect(placeOf(gazetteer, text, 'Clinton')).toBe('city US/WA');
		expect(names('Car ferry. The Ludington-Manitowoc ferry ends its season Sunday.')).toEqual(['Ludington', 'Manitowoc']);
		// (the pair names the namesake beside the first end, or nothing: no Clinton read elsewhere by its size)
		expect(names('The Mukilteo-Clinton route adds a boat at noon on weekdays, the state ferry service said.')).toEqual(['Mukilteo']);
	});

	it('are both places where the first is a first name and the second would read as the surname after it', () => {
		// (a co-op's box score: Gordon and Rushville, Neb., lie 23 km apart)
		const text = 'Girls basketball. Hay Springs 41, Gordon-Rushville 38: Hay Springs hit four free throws in the last minute.';
		expect(names(text)).toEqual(['Hay Springs', 'Gordon', 'Rushville', 'Hay Springs']);
		expect(placeOf(gazetteer, text, 'Gordon')).toBe('city US/NE');
	});

	it('stay a person\'s name after a first name, or with no score or place word about them', () => {
		expect(names('Coach Mike Jordan-Henderson said the team was ready.')).toEqual([]);
		expect(names('Austin-Taylor said she was happy with the win.')).toEqual([]);
		// (the pair stands or falls together: Allen and Plano, Tex., lie 12 km apart, but Allen is a first name here)
		expect(names('Allen-Plano scored twice for the Diplomats.')).toEqual([]);
		expect(names('Alexander-Arnold crossed and Smith-Rowe scored twice.')).toEqual([]);
		expect(names('Scoring: Allen-McKinney 12, Austin-Taylor 8, Reed 4.')).toEqual([]);
	});

	it('are each a place in a run of three, the far two both beside the third', () => {
		// (Goldfield and Dows lie 34 km apart, each within 20 km of Clarion: the district joins the towns around one)
		expect(names('Wrestling. Clarion-Goldfield-Dows won its home meet on Saturday.')).toEqual(['Clarion', 'Goldfield', 'Dows']);
	});

	it('are both places though the second is a first name', () => {
		expect(names('Wrestling. The Iowa Falls-Alden team won its home meet on Saturday.')).toEqual(['Iowa Falls', 'Alden']);
	});

	it('are both places though the first is an everyday word', () => {
		// (Fertile and Beltrami, Minn., lie 19 km apart; Climax and Fisher 21 km)
		const text = 'Wrestling. Team scores: Fertile-Beltrami 212, Climax-Fisher 188.5, Ada-Borup 171, Bagley 127.';
		expect(names(text)).toEqual(['Fertile', 'Beltrami', 'Climax', 'Fisher', 'Ada', 'Borup', 'Bagley']);
		expect(placeOf(gazetteer, text, 'Climax')).toBe('city US/MN');
		expect(names('The Climax-Fisher girls beat Fosston on Friday.')).toContain('Climax');
		// (after a meet's colon, no work's subtitle: the pair heads a tally's item)
		expect(names('Team scores at the Fosston Invitational: Fertile-Beltrami 212, Climax-Fisher 188.5.')).toContain('Fertile');
	});

	it('are the namesakes beside each other, not those size reads far apart', () => {
		// (Cody, Wyoming and Kilgore, Texas by size; Cody and Kilgore, Neb., lie 24 km apart)
		const text = 'Girls basketball. Hay Springs 41, Cody-Kilgore 38.';
		expect(names(text)).toEqual(['Hay Springs', 'Cody', 'Kilgore']);
		expect(placeOf(gazetteer, text, 'Cody')).toBe('city US/NE');
		expect(placeOf(gazetteer, text, 'Kilgore')).toBe('city US/NE');
		// (a side the text's words placed stays: no move to a pair beside each other elsewhere)
		expect(placeOf(gazetteer, 'He grew up in Cody, Wyoming, and coached the Cody-Kilgore team.', 'Cody')).toBe('city US/WY');
		// (... nor a well-known city's: the Raleigh-Durham airport is no Raleigh Hills beside a Durham in Oregon)
		expect(placeOf(gazetteer, 'Delta will resume service from Raleigh-Durham to London.', 'Raleigh')).toBe('city US/NC');
	});

	it('are both places after a comma that ends a capitalised word before them', () => {
		// ("Friday" and "Elsewhere" are no first names of a person called Cody-Kilgore)
		expect(names('Girls basketball. On Friday, Cody-Kilgore beat Valentine 55-30.')).toEqual(['Cody', 'Kilgore', 'Valentine']);
		// (Dutton, Mont., a post office only, is set down by its neighbour Brady, 19 km off)
		const text = 'Eight-man football. FORT BENTON — Elsewhere, Dutton-Brady edged Power 28-22 on a late fumble return.';
		expect(names(text)).toEqual(['FORT BENTON', 'Dutton', 'Brady']);
		expect(placeOf(gazetteer, text, 'Dutton')).toBe('city US/MT');
	});

	it('are both places as an item of a tally, though the first is a first name opening a clause', () => {
		const text = 'Girls basketball. Hay Springs 41, Mullen 39; Cody-Kilgore 38, Valentine 30.';
		expect(names(text)).toEqual(['Hay Springs', 'Mullen', 'Cody', 'Kilgore', 'Valentine']);
		// (an overtime mark closing the item before is no team's score in brackets heading a box score's players)
		expect(names('Girls basketball. Chadron 47, Alliance 45 (OT); Hyannis 39, Mullen 33; Cody-Kilgore 55, Valentine 30.')).toContain('Cody');
		// (no tally: a person's name)
		expect(names('Hay Springs won. Cody-Kilgore scored twice for the Bears.')).toEqual(['Hay Springs']);
	});

	it('leave a double-barrelled surname one name', () => {
		expect(names('Olivia Newton-John sang in Nashville.')).toEqual(['Nashville']);
		expect(names('On Friday, Olivia Newton-John sang in Nashville.')).toEqual(['Nashville']);
	});
});

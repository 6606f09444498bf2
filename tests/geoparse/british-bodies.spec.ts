// A story that names a court, a service or a tax only Britain has ("Durham Crown Court", "the NHS") is British
// news: its towns are weighed against their British namesakes instead of being taken for the largest one abroad
// by size (src/lib/geoparse/british-bodies.ts), as US roads do for US news. Sentences written for these tests,
// against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { writesBritishBodies } from '../../src/lib/geoparse/british-bodies.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a town in a story that names Britain’s courts or services', () => {
	it('is weighed against its British namesakes, not taken for the largest abroad', () => {
		expect(placeOf(gazetteer, 'A man from Newcastle was jailed at Durham Crown Court.', 'Durham Crown Court')).toBe('city GB/ENG');
		expect(placeOf(gazetteer, 'A Durham man was jailed for six years. The Crown Prosecution Service said he had lied.', 'Durham')).toBe('city GB/ENG');
	});

	it('leaves the same sentence without the court to the largest namesake, and a US school’s NHS to the US', () => {
		// the National Honor Society of a US high school
		const honors = 'Durham High School inducted 30 students into the National Honor Society. NHS adviser Jane Roe said Durham families packed the gym.';
		expect(placeOf(gazetteer, honors, 'Durham')).toBe('city US/NC');
		expect(placeOf(gazetteer, 'A man from Newcastle was jailed at the court in Durham.', 'Durham')).toBe('city US/NC');
	});

	it('is the British namesake where a Crown or sheriff court is named by it, and so is its bare name again', () => {
		// Perth, Western Australia outweighs a country share from the court: the court's own town does not
		expect(placeOf(gazetteer, 'A Perth man appeared at Perth Sheriff Court charged with assault.', 'Perth')).toBe('city GB/SCT');
		// a town whose name the bare name begins: Kingston upon Thames, not Kingston, Jamaica
		expect(placeOf(gazetteer, 'A Kingston man was jailed at Kingston Crown Court on Friday.', 'Kingston')).toBe('city GB/ENG');
		// ... unless the text's own words placed the name abroad
		expect(placeOf(gazetteer, 'Police in Perth, Western Australia, said a Perth Crown Court case in Scotland was closed.', 'Perth')).toBe('city AU/08');
		expect(placeOf(gazetteer, 'A Perth man appeared at Perth Magistrates Court charged with assault.', 'Perth')).toBe('city AU/08');
	});

	it('reads only the bodies, services and taxes Britain alone has', () => {
		expect(writesBritishBodies('He appeared at Durham Crown Court on Monday.')).toBe(true);
		expect(writesBritishBodies('the local NHS trust')).toBe(true);
		expect(writesBritishBodies('Patients in Kingston and Hamilton face longer waits, NHS figures show.')).toBe(true);
		expect(writesBritishBodies('Seniors were inducted into the National Honor Society (NHS) on Tuesday.')).toBe(false);
		expect(writesBritishBodies('Glasgow Sheriff Court heard')).toBe(true);
		expect(writesBritishBodies('council tax will rise by 4%')).toBe(true);
		expect(writesBritishBodies('He appeared at Cairns Magistrates Court.')).toBe(false);
		expect(writesBritishBodies('The Crown Prince visited; the crowning glory; NHSX')).toBe(false);
	});
});

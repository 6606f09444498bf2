// Sports grounds news names for the matches played there, which GeoNames' towns lack (features.tsv, kind
// site): read as the ground, whole ("Stade de France" is not the country), and a ground's name before "in"
// and a town far from it is something of that town (thing-in-town.ts): a street named like the ground, as
// is a ground's name after "on", "along" or "off"; an airport named with the town it serves stays.
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** Each toponym as "name → placeId country". */
function read(text: string): string[] {
	return geoparse(text, gazetteer).map((t) => `${t.name} → ${t.placeId} ${t.country}`);
}

describe('sports grounds', () => {
	it('reads football grounds the gazetteer had no place for', () => {
		expect(read('Liverpool were held 1-1 at Anfield on Saturday, and Everton lost at Goodison Park.')).toEqual([
			'Liverpool → gn:2644210 GB',
			'Anfield → cur:anfield GB',
			'Everton → cur:everton-liverpool GB',
			'Goodison Park → cur:goodison-park GB'
		]);
		expect(read('Rangers drew 0-0 at Ibrox, and Blackburn were beaten at Ewood Park.').filter((t) => !t.startsWith('Blackburn '))).toEqual(['Ibrox → cur:ibrox GB', 'Ewood Park → cur:ewood-park GB']);
		expect(read('Chelsea won at the Nou Camp in 2000 but lost at the Bernabeu last season.')).toEqual(['Nou Camp → cur:camp-nou ES', 'Bernabeu → cur:bernabeu ES']);
	});

	it('reads grounds news calls by a town\'s name as the ground in a match report', () => {
		const grounds = (text: string) => read(text).filter((t) => t.includes(' → cur:'));
		// (the Illinois suburb of 22,000 outweighs a ground's importance where nothing in the text is British)
		expect(grounds("Villa were beaten 2-0 at Villa Park on Saturday, and O'Leary said the Birmingham crowd deserved better.")).toEqual(['Villa Park → cur:villa-park GB']);
		expect(grounds('Southampton came back from two goals down at St Mary\'s, and Portsmouth drew at Fratton Park.')).toEqual(["St Mary's → cur:st-marys-stadium GB", 'Fratton Park → cur:fratton-park GB']);
		expect(grounds('Brentford host Southampton at Griffin Park; Fulham won the replay at Craven Cottage and Rotherham won at Millmoor.')).toEqual(['Griffin Park → cur:griffin-park GB', 'Craven Cottage → cur:craven-cottage GB', 'Millmoor → cur:millmoor GB']);
		expect(grounds('Rangers won at Celtic Park, Hearts lost at Tynecastle, and Gloucester were beaten at Kingsholm by Worcester, who play at Sixways.')).toEqual([
			'Celtic Park → cur:celtic-park GB',
			'Tynecastle → cur:tynecastle GB',
			'Kingsholm → cur:kingsholm GB',
			'Sixways → cur:sixways GB'
		]);
	});

	it('keeps the towns those grounds are named like where the text is about them', () => {
		expect(read('Police in Villa Park, a western suburb of Chicago, said the fire started in a garage.')[0]).toBe('Villa Park → gn:4914830 US');
		// (no entry for Newcastle's St James' Park: Exeter City's ground is St James Park too, and London's royal park is often written so)
		expect(read('Exeter City drew 1-1 with Plymouth at St James Park on Saturday.').some((t) => t.includes('cur:st-james-park'))).toBe(false);
		expect(read("The ferry from Penzance reached St Mary's, the largest of the Isles of Scilly, two hours late.").find((t) => t.startsWith("St Mary's"))).not.toContain('cur:st-marys-stadium');
	});

	it('reads rugby grounds, and the whole name, not the country it holds', () => {
		expect(read('Scotland face Wales at Murrayfield a fortnight after Ireland host England at Lansdowne Road.').filter((t) => /cur:(murrayfield|lansdowne)/.test(t))).toEqual([
			'Murrayfield → cur:murrayfield GB',
			'Lansdowne Road → cur:lansdowne-road IE'
		]);
		expect(read('France play Italy at the Stade de France on Saturday evening.').filter((t) => t.endsWith(' FR'))).toEqual(['France → cc:FR FR', 'Stade de France → cur:stade-de-france FR']);
	});

	it('reads a ground named like a street in a far town as that town\'s street, not the ground', () => {
		expect(read('The couple bought a flat on Lansdowne Road in Notting Hill, west London, in 1998.').some((t) => t.startsWith('Lansdowne Road'))).toBe(false);
		expect(read('Protesters gathered on Capitol Hill in Denver on Tuesday.').some((t) => t.startsWith('Capitol Hill'))).toBe(false);
	});

	it('keeps an airport named with the town it serves, however far from its point', () => {
		expect(read('The plane landed at Gatwick in London three hours late.')).toEqual(['Gatwick → air:LGW GB', 'London → gn:2643743 GB']);
		expect(read('Travellers flew from Gatwick in London to Malaga on Friday.')[0]).toBe('Gatwick → air:LGW GB');
	});

	it('reads a ground\'s name after "on", "along" or "off" as a street, not the ground', () => {
		expect(read('She rents a flat on Lansdowne Road, a quiet street near the park.').some((t) => t.startsWith('Lansdowne Road'))).toBe(false);
		expect(read('Police sealed off White Hart Lane in Barnes after a gas leak.').some((t) => t.startsWith('White Hart Lane'))).toBe(false);
		expect(read('Tottenham beat Arsenal 2-1 at White Hart Lane on Saturday.').some((t) => t.startsWith('White Hart Lane → cur:white-hart-lane'))).toBe(true);
	});

	it('keeps a building in the town it stands in', () => {
		expect(read('The final at the Millennium Stadium in Cardiff drew 70,000 fans.')).toEqual(['Millennium Stadium → cur:millennium-stadium GB', 'Cardiff → gn:2653822 GB']);
		expect(read('Talks at the Kremlin in Moscow ended without a deal.')[0]).toBe('Kremlin → cur:kremlin RU');
	});
});

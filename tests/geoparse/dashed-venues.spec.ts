// "Tarbes–Lourdes–Pyrénées Airport": place names joined by dashes into the name of a venue are words of
// that name; the whole is the venue (an embedded name at most), none of them a place of its own. Texts
// written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { findCandidates, type Candidate } from '../../src/lib/geoparse/candidates.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { tokenize } from '../../src/lib/geoparse/tokens.ts';
import { dashedVenue } from '../../src/lib/geoparse/venue-span.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** Each toponym as "name usage". */
const read = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.usage}`);

describe('place names joined by dashes into a venue name', () => {
	it('are no places of their own in an airport named after three (en dashes)', () => {
		expect(read('The commune is served by Tarbes–Lourdes–Pyrénées Airport, 10 km to the north.').filter((t) => t.endsWith(' literal'))).toEqual([]);
	});

	it('are no places of their own where the first opens the sentence', () => {
		expect(read('The Tarbes–Lourdes–Pyrénées Airport lies between Tarbes and Lourdes.')).toEqual(['Tarbes literal', 'Lourdes literal']);
	});

	it('give the whole venue name as one embedded name', () => {
		expect(read('She works at Minneapolis–Saint Paul International Airport.')).toEqual(['Minneapolis–Saint Paul International Airport embedded']);
	});

	it('stay places where the dashes join no venue name (a road, a railway)', () => {
		expect(read('The Paris–Lyon railway opened in 1856.')).toEqual(['Paris literal', 'Lyon literal']);
	});

	it('reads a few names of a long dash-joined run, not the whole run, from each name (linear time)', () => {
		const text = `${'Paris–'.repeat(1_000)}Paris Airport.`;
		const tokens = tokenize(text);
		const candidates = findCandidates(text, tokens, gazetteer);
		let lookups = 0;
		const candidateAt = new (class extends Map<number, Candidate> {
			override get(key: number) {
				lookups++;
				return super.get(key);
			}
		})(candidates.map((c) => [c.first, c]));
		expect(dashedVenue(candidates[0]!, candidateAt, tokens, () => false)).toBeNull();
		expect(lookups).toBeLessThan(10);
	});
});

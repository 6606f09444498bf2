// "Drivers who commute to Medford said": a town after "to" and a verb of going, before a reporting verb,
// is where the speakers go, not a person speaking; so is a town after "bound for". Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => geoparse(text, gazetteer).map((t) => t.name);

describe('a town the speakers go to', () => {
	it('keeps the town after a verb of going and "to" before "said"', () => {
		expect(names('Drivers who commute to Medford said traffic has doubled. Crews from Ashland and Grants Pass helped.')).toContain('Medford');
		expect(names('Families who moved to Roseburg told the board that Grants Pass needs a clinic.')).toContain('Roseburg');
	});

	it('keeps it after "headed to" and "drove to" too', () => {
		expect(names('Fans headed to Clinton told us the roads were icy near Davenport.')).toContain('Clinton');
		expect(names('Parents who drove to Auburn said the game in Sacramento was delayed.')).toContain('Auburn');
	});

	it('keeps a town after "bound for" (us-local-s43 A), not after "for" alone', () => {
		expect(names('Drivers headed to Lewiston should allow extra time, and trucks bound for Pullman should avoid downtown Potlatch.')).toContain('Pullman');
		expect(names('Drivers headed to Lewiston should allow extra time, and trucks for Pullman should avoid downtown Potlatch.')).not.toContain('Pullman');
	});

	it('reads a name after "goes to" or "went to" as the person something is given to ("Credit goes to Howard said the coach")', () => {
		expect(names('All the credit goes to Howard said the coach. Fans in Green Bay stayed late.')).not.toContain('Howard');
		expect(names('The deal went to Clayton told reporters at a Raleigh hotel.')).not.toContain('Clayton');
	});

	it('still reads a name after "to" with no such verb as the speaker ("a source close to Roseburg said")', () => {
		expect(names('A source close to Roseburg said the deal was off. Grants Pass officials declined to comment.')).not.toContain('Roseburg');
	});
});

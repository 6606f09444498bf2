// A text that spells a short name out in brackets, after or before it ("Tara (Total Abstract Rendering
// Architecture)", "the North Atlantic Treaty Organisation (Nato)"), names a body or a product by it at every
// mention, not a town the gazetteer calls so. A long name that is a place's keeps its short form a place
// ("the Democratic Republic of Congo (DRC)"). Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { readDefinedAcronyms } from '../../src/lib/geoparse/defined-acronyms.ts';
import { recognise } from '../../src/lib/geoparse/recognise.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

// (a place word inside the long name, "North Atlantic", is embedded: not on the map)
const placesIn = (text: string) => geoparse(text, gazetteer).filter((t) => t.usage !== 'embedded').map((t) => `${t.name}:${t.country ?? '-'}`);

describe('a short name the text spells out in brackets', () => {
	it('is no town after the long name that spells it', () => {
		const text = 'Ministers backed the Global Alliance for Vaccines and Immunisation (Gavi) on Monday. Britain, France, Gavi and the Gates Foundation will pay for the scheme, and Gavi will buy the vaccines.';
		expect(placesIn(text)).toEqual(['Britain:GB', 'France:FR']);
		expect(placesIn('Leaders of the North Atlantic Treaty Organisation (Nato) met in Brussels. Troops from Nato arrived in Kabul.')).toEqual(['Brussels:BE', 'Kabul:AF']);
	});

	it('is no town before the long name that spells it, at a mention earlier in the text too', () => {
		const text = 'The studio built its own rendering engine in 2001. Later, new features were added to Tara in order to handle the data sets. Tara (Total Abstract Rendering Architecture) now runs on phones.';
		expect(placesIn(text)).toEqual([]);
	});

	it('stays a place where the long name is one', () => {
		expect(placesIn('Rebels in the Democratic Republic of Congo (DRC) fled. The DRC army followed.')).toEqual(['Democratic Republic of Congo:CD', 'DRC:CD', 'DRC:CD']);
		expect(placesIn('Officials of the European Union (EU) met. The EU will act.')).toEqual(['European Union:-', 'EU:-', 'EU:-']);
	});

	it('leaves a place whose bracket spells something else', () => {
		expect(placesIn('Police in Gavi (Alessandria) found the car. Gavi is a wine town.')).toEqual(['Gavi:IT', 'Alessandria:IT', 'Gavi:IT']);
		expect(placesIn('Fighting spread across the Federally Administered Tribal Areas (Fata) last year.')).toEqual(['Federally Administered Tribal Areas:PK']);
	});
});

describe('the search for short names spelt out', () => {
	it('asks only the gaps that hold a bracket: a long text with one reads a few of its tokens, not each', () => {
		const text = `Leaders of the North Atlantic Treaty Organisation (Nato) met in Brussels. ${'Troops arrived and stayed there for weeks. '.repeat(250)}Nato said so.`;
		const { tokens, candidates, verdicts } = recognise(text, gazetteer);
		let reads = 0;
		const counted = new Proxy(tokens, {
			get(target, key, receiver) {
				if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
				return Reflect.get(target, key, receiver) as unknown;
			}
		});
		const nato = candidates.findIndex((candidate) => text.slice(candidate.start, candidate.end) === 'Nato' && candidate.start > 1000);
		const fresh = verdicts.map((verdict, i) => (i === nato ? { keep: true as const, usage: 'literal' as const, why: 'name' } : verdict));
		readDefinedAcronyms(candidates, fresh, counted, text);
		expect(fresh[nato]).toEqual({ keep: false, why: 'defined-acronym' });
		expect(tokens.length).toBeGreaterThan(1500);
		expect(reads).toBeLessThan(100);
	});

	it('reads brackets before the first word, after the last and two in one gap as before', () => {
		expect(placesIn('(Nato) Leaders of the North Atlantic Treaty Organisation ((Nato)) met in Brussels. Nato troops left Kabul (')).toEqual(['Brussels:BE', 'Kabul:AF']);
	});
});

// The Spanish, Portuguese and Italian "a" inside one place name ("Gracias a Dios", "San Giovanni a Piro"): the
// whole name is read where the gazetteer has it, not its first words as another town; an English "a" after a
// name reads no longer name. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} → ${t.country}`);

describe('"a" inside a place name', () => {
	it('reads the whole name', () => {
		expect(read('Ballot boxes from Gracias a Dios were flown to the capital on Monday.')).toEqual(['Gracias a Dios → HN']);
		expect(read('Holidaymakers in San Giovanni a Piro, south of Salerno, watched the fires.')).toEqual(['San Giovanni a Piro → IT', 'Salerno → IT']);
	});

	it('reads an English "a" after a name as no part of it', () => {
		expect(read('Visitors to Kenya a year ago found Nairobi calm.')).toEqual(['Kenya → KE', 'Nairobi → KE']);
		expect(read('Gracias, the colonial town in Lempira, held a festival.')).toEqual(['Gracias → HN', 'Lempira → HN']);
	});

	it('reads a quoted saying that opens on a capital as no name ("Gracias a Dios," she said)', () => {
		const quoted = (text: string) => read(text).filter((name) => name.startsWith('Gracias'));
		expect(quoted('"Gracias a Dios," said Rosa Mendez, whose bakery in Houston stayed dry.')).toEqual([]);
		expect(quoted('The goalkeeper shouted “Gracias a Dios” when the final whistle blew in Kingston.')).toEqual([]);
	});
});

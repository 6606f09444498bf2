// "Kanagawa-ku", a ward of Yokohama: Japanese hyphens the kind of division onto a name (-ku a ward, -shi a city,
// -machi a town, -mura a village), and a prefecture's name with a ward's word on it is the ward, another place
// than the prefecture. A name whose town the word fits stays that town ("Osaka-shi" is Osaka). Texts written for
// these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.kind}`);

describe('a Japanese division word hyphened onto a name', () => {
	it('makes a prefecture\'s name a ward\'s, not the prefecture', () => {
		expect(names('Tsurumi-ku is one of the wards of Yokohama, Japan. It borders Kanagawa-ku to the south-west.')).not.toContain('Kanagawa region');
	});

	it('leaves a town the name reads, and the prefecture named plainly', () => {
		expect(names('The firm opened an office in Osaka-shi last year.')).toContain('Osaka city');
		expect(names('Yokohama is the capital of Kanagawa, south of Tokyo.')).toContain('Kanagawa region');
	});
});

// A compass word before a name read as a place of another country ("Western Macedonia": North Macedonia), right
// before the name of the country the text puts it in ("…, Greece"), is that country's region of the compass and the
// name ("West Macedonia Region") where the gazetteer has one (compass-region-of-country.ts). Written for these tests
// (none copied); the first shapes are from wiki-s55 A (Agios Germanos) and wiki-s56 A (Vlasti).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} → ${t.placeName} ${t.country}`);

describe("a compass region named with the country it lies in", () => {
	it('is that country\'s region ("Western Macedonia, Greece" is no part of North Macedonia)', () => {
		const found = read('Vlasti is a village in the Kozani regional unit of Western Macedonia, Greece.');
		expect(found).toContain('Western Macedonia → West Macedonia Region GR');
		expect(found.filter((t) => t.endsWith(' MK'))).toEqual([]);
	});

	it('keeps the subject\'s Greek places inside it', () => {
		const found = read('Agios Germanos is a village in the municipal unit of Prespes, in the Florina regional unit of Western Macedonia, Greece. The information centre of the Prespa National Park stands in the village.');
		expect(found.filter((t) => t.endsWith(' MK') || t.endsWith(' HR'))).toEqual([]);
	});

	it('leaves a compass name alone where no country follows, or the country it is read in does', () => {
		expect(read('Tetovo is a city in Western Macedonia.')).toContain('Western Macedonia → North Macedonia MK');
		expect(read('Broome is a town in Western Australia, Australia.')).toContain('Western Australia → Western Australia AU');
		expect(read('Nea Moudania is a town in Central Macedonia, Greece.')).toContain('Central Macedonia → Central Macedonia GR');
	});
});

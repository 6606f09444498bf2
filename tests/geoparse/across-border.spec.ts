// "... across the border in Mpumalanga" in a KwaZulu-Natal text (world-s42 A): the name after "across the border
// in" lies beyond a border from the text's region, so a town of that name inside the first-level region the text
// names (KwaZulu-Natal's township Mpumalanga) gives way to its namesake outside it (the province). Sentences
// written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

describe('a name across the border from the region a text names', () => {
	let gazetteer: Gazetteer;
	beforeAll(async () => {
		gazetteer = await testGazetteer();
	});
	const kindOf = (text: string, name: string) => geoparse(text, gazetteer).find((t) => t.name === name)?.kind;

	it('reads the province beyond the border, not the township inside the named region', () => {
		expect(kindOf('Cholera spread from Newcastle, in KwaZulu-Natal, and two cases were reported across the border in Mpumalanga.', 'Mpumalanga')).toBe('region');
	});
	it('leaves the township where nothing puts it across a border', () => {
		expect(kindOf('Floods cut roads around Hammarsdale in KwaZulu-Natal, and the township of Mpumalanga was evacuated.', 'Mpumalanga')).toBe('city');
	});
	// (rolling review, s42: a region right after the name places it; a namesake beyond must be next door)
	it('leaves a name its own region places, and takes no namesake on another continent', () => {
		const windsor = geoparse('Michigan officials said workers who live across the border in Windsor, Ontario, could still commute to Detroit.', gazetteer).find((t) => t.name === 'Windsor');
		expect(windsor?.country).toBe('CA');
		const nogales = geoparse('Migrants waited for weeks in Sonora. Many were later detained across the border in Nogales, Arizona.', gazetteer).find((t) => t.name === 'Nogales');
		expect(nogales?.country).toBe('US');
	});
	it('leaves a place across the border that lies in no region the text names', () => {
		const sonora = geoparse('Police in Arizona said the men fled across the border into Sonora.', gazetteer).find((t) => t.name === 'Sonora');
		expect(sonora?.country).toBe('MX');
	});
});

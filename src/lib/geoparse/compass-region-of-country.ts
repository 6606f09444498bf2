// "Vlasti is a village in the Kozani regional unit of Western Macedonia, Greece": a compass word before a name that
// reads as a place of another country (Macedonia, North Macedonia), right before the name of the country the text
// puts it in, names that country's region of the compass and the name ("West Macedonia Region", Greece), where the
// gazetteer has one; "Western Macedonia" read as the west of North Macedonia would make the text's Greek places
// "outside" their stated parent.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import type { Resolution } from './resolve.ts';
import { resolution } from './resolution.ts';

// the compass word as written, and the root a region's own name spells it with ("West Macedonia Region")
const COMPASS_ROOTS = new Map([
	['western', 'west'],
	['eastern', 'east'],
	['northern', 'north'],
	['southern', 'south'],
	['central', 'central'],
	['west', 'west'],
	['east', 'east'],
	['north', 'north'],
	['south', 'south']
]);
// the division words a region's name may end in after the compass and the name
const REGION_ENDINGS = ['', ' region', ' province'];
// the capitalised compass word right before the name ("Western Macedonia"; the mention's surface may not hold it yet)
const COMPASS_BEFORE = /\b(Western|Eastern|Northern|Southern|Central|West|East|North|South) $/;
const COMPASS_CHARS = 9;
// "Western Macedonia, Greece": only a comma and a space between the name and its country
const COUNTRY_AFTER = /^, $/;

/** The named country's region spelled with the compass root and the name, or null. */
function regionOfCountry(compass: string, rest: string, country: string, gazetteer: Gazetteer): GazetteerPlace | null {
	const root = COMPASS_ROOTS.get(compass)!;
	for (const lead of root === compass ? [root] : [root, compass]) {
		for (const ending of REGION_ENDINGS) {
			for (const value of gazetteer.byName.get(nameKey(`${lead} ${rest}${ending}`)) ?? []) {
				const place = gazetteer.places[value >>> 1]!;
				if (place.kind === 'region' && place.country === country) return place;
			}
		}
	}
	return null;
}

/** Each compass name read in another country than the one named right after it, with that country's region of the name. */
export function compassRegionsOfNamedCountry(results: readonly Resolution[], text: string, gazetteer: Gazetteer): [number, Resolution][] {
	const found: [number, Resolution][] = [];
	for (let j = 0; j + 1 < results.length; j++) {
		const { mention, place } = results[j]!;
		const compass = COMPASS_BEFORE.exec(text.slice(Math.max(0, mention.candidate.start - COMPASS_CHARS), mention.candidate.start))?.[1];
		if (!compass) continue;
		const next = results[j + 1]!;
		if (next.place.kind !== 'country' || !next.place.country || next.place.country === place.country) continue;
		if (!COUNTRY_AFTER.test(text.slice(mention.candidate.end, next.mention.candidate.start))) continue;
		const region = regionOfCountry(compass.toLowerCase(), text.slice(mention.candidate.start, mention.candidate.end), next.place.country, gazetteer);
		if (region) found.push([j, resolution(mention, region, 0.8, ['qualified'])]);
	}
	return found;
}

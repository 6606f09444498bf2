// "Konstantinovo is a rural locality in Rybnovsky District of Ryazan Oblast": a district of Russia (and of
// the other former Soviet states) is named by the adjective of its administrative centre, Rybnoye; the
// gazetteer has the town, not the district. A district so named is read as its centre's town (the
// district lies around it), as "Orange County" is read where the gazetteer lacks the county.
import { nameKey } from '../gazetteer/normalize.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { lookup } from './name-lookup.ts';
import type { Token } from './tokens.ts';
import { mapDoubles, mapPacked } from './packed.ts';

const DISTRICT_WORDS = new Set(['District', 'Raion', 'Rayon']);
const SOVIET_COUNTRIES = new Set(['RU', 'BY', 'UA', 'KZ', 'KG', 'UZ', 'TJ', 'TM', 'AZ', 'AM', 'GE', 'MD']);
// "Ramensky", "Zhukovskiy", "Kirovskii": the adjective's stem before -sky
const ADJECTIVE = /^(\p{Lu}\p{Ll}{2,})sk(?:y|iy|ii|yi)$/u;
// the stem's own suffix that the town's name drops ("Rybnov-sky" of Rybnoye, "Istrin-sky" of Istra)
const STEM_SUFFIX = /(?:ov|ev|in|en)$/;

/** The names the centre of a district named "<stem>sky" may bear, likeliest first. */
function centreNames(stem: string): string[] {
	const names = [stem, `${stem}sk`, `${stem}o`, `${stem}a`, `${stem}skoye`, `${stem}sky`];
	if (STEM_SUFFIX.test(stem)) {
		const base = stem.slice(0, -2);
		names.push(`${base}o`, `${base}oye`, `${base}aya`, `${base}a`, `${base}ye`, base);
		// "Kolomen-sky" of Kolomna: the vowel the adjective puts before the suffix's consonant
		names.push(`${base}${stem.slice(-1)}a`);
	}
	return names;
}

/**
 * The district named by its centre's adjective at token i ("Ramensky District"), read as the towns of
 * the former Soviet states that bear one of the names its centre may have; null where it is no such
 * name or no such town is known. The towns the name was read as already ("Troitsky District" as a town
 * Troitsky) stay among them.
 */
export function adjectiveDistrict(tokens: Token[], i: number, gazetteer: Gazetteer, read: Candidate | null): Candidate | null {
	const head = tokens[i]!;
	const word = tokens[i + 1];
	// cheap exits first: most words are no adjective before a district word
	if (!word || word.gapBefore !== ' ' || !DISTRICT_WORDS.has(word.text)) return null;
	const stem = ADJECTIVE.exec(head.text)?.[1];
	if (!stem) return null;
	const places: number[] = read ? [...read.places] : [];
	const importance: number[] = read ? [...read.importance] : [];
	const found = places.length;
	for (const name of centreNames(stem)) {
		const match = lookup(gazetteer, nameKey(name), true);
		if (!match || match.via !== 'name') continue;
		for (let k = 0; k < match.places.length; k++) {
			const index = match.places[k]!;
			const place = gazetteer.places[index]!;
			if (place.kind !== 'city' || !SOVIET_COUNTRIES.has(place.country ?? '') || places.includes(index)) continue;
			places.push(index);
			importance.push(match.importance[k]!);
		}
	}
	if (places.length === found) return null;
	const order = places.map((_, k) => k).sort((a, b) => importance[b]! - importance[a]!);
	return {
		start: head.start,
		end: word.end,
		first: i,
		last: i + 1,
		places: mapPacked(order, (k) => places[k]!),
		importance: mapDoubles(order, (k) => importance[k]!),
		alternate: mapPacked(order, (k) => (read && k < found ? read.alternate[k]! : false)),
		via: 'name'
	};
}

/** Whether every reading of a candidate is a second-level division: the gazetteer's "Kirovsky District"s, which may all be other oblasts'. */
export function onlyDistricts(candidate: Candidate, gazetteer: Gazetteer): boolean {
	for (let k = 0; k < candidate.places.length; k++) if (gazetteer.places[candidate.places[k]!]!.kind !== 'district') return false;
	return true;
}

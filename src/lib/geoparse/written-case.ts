// "NoMa", "SoHo", "BlackRock": a name written with a capital inside a word is written so on purpose, and
// names only a place whose own name is written the same way ("NoMa", Washington) — not Nome, whose other
// names include "Noma", nor London's Soho, nor Blackrock near Dublin. The name table folds case away, so
// the span as written is compared with the places' own names here. A surname's particle before its
// capital ("McAllen", "DeKalb", "LaSalle", "MacKenzie") is ordinary spelling, written either way, and
// left alone.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { Match } from './name-lookup.ts';
import { mapDoubles, mapPacked } from './packed.ts';
import { unsizedTowns } from './unsized-towns.ts';

const PARTICLE_BEFORE_CAPITAL = /(?:^|[\s-])(?:Mc|Mac|Fitz|De|Di|Da|Du|Del|La|Le|Lo|Van|Von|Ter|St)\p{Lu}/u;
const CAPITAL_INSIDE_WORD = /\p{Ll}\p{Lu}/u;
// what the comparison passes over: "La Grange" is "LaGrange" written apart
const SEPARATORS = /[\s.\-‐‑–'’]/gu;

/** Whether the span has a capital right after a small letter that no surname particle explains ("NoMa", "SoHo"). */
export function writtenInCamelCase(written: string): boolean {
	return CAPITAL_INSIDE_WORD.test(written) && !PARTICLE_BEFORE_CAPITAL.test(written);
}

/**
 * The match's places whose own name is written as the span is (see above); where none is, the whole match,
 * whose places then stand only where the text holds them (writtenOtherwise).
 */
export function placesWrittenSo(gazetteer: Gazetteer, match: Match, written: string): Match {
	if (match.via !== 'name') return match;
	const spelling = written.replace(SEPARATORS, '');
	const kept: number[] = [];
	for (let k = 0; k < match.places.length; k++) {
		if (!match.alternate[k] && gazetteer.places[match.places[k]!]!.name.replace(SEPARATORS, '') === spelling) kept.push(k);
	}
	// (no place written so: the case-folded match stands, for index.ts to keep only where the text holds
	// the place by a qualifier or a country it names — "PyeongChang, South Korea" — see writtenOtherwise)
	if (kept.length === match.places.length || !kept.length) return match;
	const unsized = unsizedTowns(gazetteer);
	return {
		places: mapPacked(kept, (k) => match.places[k]!),
		importance: mapDoubles(kept, (k) => match.importance[k]!),
		alternate: mapPacked(kept, (k) => match.alternate[k]!),
		via: match.via,
		unsizedOnly: kept.every((k) => unsized[match.places[k]!] === 1)
	};
}

/**
 * Whether a camel-cased name ("PyeongChang", "SoHo") reads a place whose own name is written otherwise: kept
 * only where no place is written so (placesWrittenSo), and mapped only where a qualifier after it or a country
 * the text names holds the place ("held in PyeongChang, South Korea"; "NoMa" alone is no Nome).
 */
export function writtenOtherwise(place: GazetteerPlace, surface: string): boolean {
	const comma = surface.indexOf(', ');
	const written = comma < 0 ? surface : surface.slice(0, comma);
	return writtenInCamelCase(written) && place.name.replace(SEPARATORS, '') !== written.replace(SEPARATORS, '');
}

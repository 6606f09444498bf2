// A name read across a comma: where it stops at the comma ("Hamilton, North Carolina") and where the words after
// the comma are a region of the name's country ("San Pablo, Laguna"); findNameCandidates (candidates.ts) asks.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import type { NameReader } from './name-lookup.ts';
import type { Token } from './tokens.ts';

/**
 * "Hamilton, North Carolina", "Garden City, South Carolina", "Durham, County Durham": a name read across
 * a comma whose words after it begin a longer name going on past it ("North Carolina") stops at the
 * comma (not Hamilton North or Garden City South): the name read before the comma, where there is one, or none.
 */
export function cutAtComma(best: Candidate, beforeComma: Candidate | null, tokens: Token[], text: string, names: NameReader): Candidate | null {
	let comma = -1;
	for (let k = best.first + 1; k <= best.last; k++) if (tokens[k]!.gapBefore === ', ') comma = k;
	if (comma < 0) return best;
	for (let m = best.last + 1; m < tokens.length && m <= best.last + 2 && tokens[m]!.gapBefore === ' '; m++) {
		if (names.read(text, tokens[comma]!.start, tokens[m]!.end, false)) return beforeComma;
	}
	return best;
}

// the homonyms of the name before the comma weighed for a country the region after it shares
const COMMA_HOMONYMS = 25;

/** "San Pablo, Laguna": the words after the comma name a first-level region of a country where the name before it has a place. */
export function regionAfterComma(before: Candidate, best: Candidate, tokens: Token[], text: string, names: NameReader, gazetteer: Gazetteer): boolean {
	const after = tokens[before.last + 1];
	if (!after || after.gapBefore !== ', ') return false;
	const region = names.read(text, after.start, best.end, false);
	if (!region) return false;
	const countries = new Set(before.places.slice(0, COMMA_HOMONYMS).map((p) => gazetteer.places[p]!.country));
	const regions = region.places.map((p) => gazetteer.places[p]!).filter((r) => r.kind === 'region' && countries.has(r.country));
	// "Wilmington, North Carolina": a longer name of a place in that region is the town's own; one of a place in
	// another region of the country is not ("Pueblo, Colorado" is an old name of Ganado, Arizona)
	return regions.length > 0 && !best.places.some((p) => regions.some((r) => inRegion(gazetteer.places[p]!, r)));
}

/** The place lies in the region (its first-level division, or its country where the region has no code). */
function inRegion(place: GazetteerPlace, region: GazetteerPlace): boolean {
	return place.country === region.country && (region.admin1 === null || place.admin1 === region.admin1);
}

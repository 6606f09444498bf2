// "the Peloponnese peninsula", "Hainan island": a first-level region before the lower-case word for its own
// peninsula or island is that land (the region covers it) — where the region is what the name means. A name
// regions of several countries bear ("Santa Cruz island in the Galapagos" is no Bolivian department,
// "Isabela island" no Philippine province) stays the landform the gazetteer lacks unless the text names a
// place in the region's country.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import type { JudgeContext } from './phrase-cues.ts';
import type { Token } from './tokens.ts';

// the lands a first-level region may be named for and cover
const REGION_LANDS = new Set(['peninsula', 'island']);
// the region is what its name means where no reading in another country weighs this share of it
// (Florida, whose namesakes in Cuba and Colombia are small towns; not Santa Cruz, also Argentina's province)
const ABROAD_SHARE = 0.1;

/** The candidates' leading places by the country they lie in (JudgeContext.leadingPlacesByCountry reads it once a text). */
export function leadingPlacesByCountry(candidates: Iterable<Candidate>, gazetteer: Gazetteer): Map<string, Set<number>> {
	const byCountry = new Map<string, Set<number>>();
	for (const candidate of candidates) {
		const index = candidate.places[0]!;
		const { country } = gazetteer.places[index]!;
		if (!country) continue;
		const places = byCountry.get(country);
		if (places) places.add(index);
		else byCountry.set(country, new Set([index]));
	}
	return byCountry;
}

/** Whether no reading of the name in another country weighs ABROAD_SHARE of the region's. */
function regionDominates(candidate: Candidate, region: GazetteerPlace, ctx: JudgeContext): boolean {
	const weight = candidate.importance[0]!;
	return candidate.places.every((index, k) => ctx.gazetteer.places[index]!.country === region.country || candidate.importance[k]! < weight * ABROAD_SHARE);
}

/** Whether another of the text's names leads with a place in the region's country ("in South Korea", "from Butterworth"). */
function countryNamed(region: GazetteerPlace, ctx: JudgeContext): boolean {
	// (the region itself is one of them)
	return (ctx.leadingPlacesByCountry().get(region.country ?? '')?.size ?? 0) > 1;
}

/**
 * Whether the candidate, whose leading reading `place` is a first-level region, before the lower-case word
 * `following` names the region's own peninsula or island.
 */
export function regionsOwnLand(candidate: Candidate, place: GazetteerPlace, following: Token | undefined, ctx: JudgeContext): boolean {
	if (place.featureCode !== 'ADM1' || following === undefined || !REGION_LANDS.has(following.text)) return false;
	return regionDominates(candidate, place, ctx) || countryNamed(place, ctx);
}

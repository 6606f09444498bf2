// "Lanark County, Ontario", "Frontenac County": the recogniser extends a known name with the division
// word after it (candidates.ts) even where the gazetteer has no such division, and the name then
// reads as a town of that name. Where that town cannot be the division's namesake, the mention is
// better unmapped than put on another continent. So with a country or a land wider than a first-level
// division ("the Scotland District of Barbados", "Jordan District"): a district is no country, and one far
// from the rest of the text is a namesake division the gazetteer lacks.
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { liesIn } from './containment.ts';
import type { Resolution } from './resolve.ts';

// the division words after which a town's name names a division of its own
const DIVISION_WORD = / (County|Parish|Province|District|Governorate|Oblast|Prefecture|Borough|Raion|Rayon|Municipality)$/;
// every US county and parish is in the gazetteer under its own name: one read as a town is not one
const US_COMPLETE = new Set(['County', 'Parish']);
// The US's first-level divisions are states and nothing else: a state's name with another division word after it
// ("the second municipal section of Florida Province", Bolivia) names a namesake division abroad where the text is
// set abroad (a comma's parent elsewhere, or a country the rest of the document never names).
function stateWithForeignWord(place: GazetteerPlace, word: string): boolean {
	return place.country === 'US' && isFirstLevelRegion(place) && !US_COMPLETE.has(word);
}
const COMMA = /^\s*,\s*$/;

/**
 * The mentions ("X County" read as the town X) whose town lies outside the region or country named
 * right after them, or in a country the rest of the document never names, or that stand for a US
 * county the gazetteer would know by its full name.
 */
export function misplacedDivisions(results: readonly Resolution[], text: string, gazetteer: Gazetteer): number[] {
	const found: number[] = [];
	for (let i = 0; i < results.length; i++) {
		const { mention, place, reasons } = results[i]!;
		const word = DIVISION_WORD.exec(mention.surface)?.[1];
		if (!word || reasons.includes('qualified')) continue;
		// (a state with a foreign division word meets the tests a town does: "the Maryland Province of the Society of
		// Jesus", "the Florida District" of a church, in a text set in the US, stay the state)
		if (!townOrWiderLand(place) && !stateWithForeignWord(place, word)) continue;
		if (place.country === 'US' && US_COMPLETE.has(word)) {
			found.push(i);
			continue;
		}
		const next = results[i + 1];
		if (next && COMMA.test(text.slice(mention.candidate.end, next.mention.candidate.start))) {
			const parent = next.place;
			if ((parent.kind === 'region' || parent.kind === 'country') && !liesIn(place, parent, gazetteer)) {
				found.push(i);
				continue;
			}
		}
		// (the rest of the document besides this name: asked again for each name, never the first one's set)
		const countries = countriesBesides(results, mention.surface);
		if (countries.size > 0 && !countries.has(place.country ?? '')) found.push(i);
	}
	return found;
}

/** The countries of the document's places other than those of this name. */
function countriesBesides(results: readonly Resolution[], surface: string): Set<string> {
	return new Set(results.filter((r) => r.mention.usage !== 'embedded' && r.place.country && r.mention.surface !== surface).map((r) => r.place.country!));
}

/** A town, or a country or region that is no first-level division (a first-level one may be named "X County"). */
function townOrWiderLand(place: GazetteerPlace): boolean {
	return place.kind === 'city' || place.kind === 'country' || (place.kind === 'region' && !isFirstLevelRegion(place));
}

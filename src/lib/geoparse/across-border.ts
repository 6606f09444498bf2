// "cholera in Newcastle's townships ... Two more cases were reported across the border in Mpumalanga":
// after "across the border in", the name lies on the other side of a border from where the text was. The
// KwaZulu-Natal text chose the KwaZulu-Natal township called Mpumalanga (its region and size agree), but a
// town inside the first-level region the text names is on the near side. The mention is read as its first
// namesake outside that region and near it (the South African province here: across a border is next door); a
// name with none stays as it was, and so does one a region or country right after it places ("across the border
// in Windsor, Ontario", "... in Nogales, Arizona").
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { liesIn } from './containment.ts';
import { kilometres } from './qualifies.ts';
import { replaced } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import { tokenAt, type Token } from './tokens.ts';

// "across the border in", "over the border into", "across the frontier to"
const CROSSINGS = new Set(['across', 'over']);
const BORDERS = new Set(['border', 'frontier']);
const INTO = new Set(['in', 'into', 'to', 'at']);
// how far from the near side's region point a namesake beyond its border may lie (a province's breadth)
const NEXT_DOOR_KM = 800;

/** Whether "across the border in" stands right before the token at `first`. */
function afterBorderCrossing(tokens: readonly Token[], first: number): boolean {
	const [crossing, the, border, into] = [tokenAt(tokens, first - 4), tokenAt(tokens, first - 3), tokenAt(tokens, first - 2), tokenAt(tokens, first - 1)];
	if (!crossing || !the || !border || !into || !INTO.has(into.lower) || !BORDERS.has(border.lower) || the.lower !== 'the' || !CROSSINGS.has(crossing.lower)) return false;
	return [the, border, into, tokens[first]!].every((t) => t.gapBefore === ' ');
}

/** The mentions after "across the border in" read inside a first-level region the text names, each with its namesake beyond it. */
export function acrossTheBorder(results: readonly Resolution[], tokens: readonly Token[], gazetteer: Gazetteer): [number, Resolution][] {
	const found: [number, Resolution][] = [];
	let regions: GazetteerPlace[] | null = null;
	for (let i = 0; i < results.length; i++) {
		const result = results[i]!;
		const { candidate } = result.mention;
		if (candidate.places.length < 2 || result.mention.usage === 'embedded' || result.reasons.includes('qualified') || !afterBorderCrossing(tokens, candidate.first)) continue;
		regions ??= results.filter((r) => r.mention.usage !== 'embedded' && isFirstLevelRegion(r.place)).map((r) => r.place);
		const nearSide = regions.filter((region) => liesIn(result.place, region, gazetteer));
		if (nearSide.length === 0) continue;
		for (const k of candidate.places) {
			const place = gazetteer.places[k]!;
			if (place === result.place || nearSide.some((region) => region === place || liesIn(place, region, gazetteer) || kilometres(place, region) > NEXT_DOOR_KM)) continue;
			found.push([i, replaced(result, result.mention, place, result.score, ['region-context'])]);
			break;
		}
	}
	return found;
}

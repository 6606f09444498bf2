// "Vaulruz is a municipality in the district of Gruyère in the canton of Fribourg in Switzerland",
// "Holcombe is a village in the town of Lafayette, Chippewa County, Wisconsin": a container the opening
// description names on the way to the ones after it lies in them. A reading outside them that nothing
// but being the only one (or the biggest) chose is a namesake of a place the gazetteer lacks (Gruyere,
// Victoria; Lafayette, Louisiana): no dot is better than one in another state or on another continent.
import type { Gazetteer } from '../gazetteer/types.ts';
import { namedAsContainer } from './container-words.ts';
import { liesIn } from './containment.ts';
import { kilometres } from './qualifies.ts';
import type { Resolution } from './resolve.ts';
import type { Token } from './tokens.ts';
import { NAME_ALONE_ONCE, restsOn } from './weak-reasons.ts';
import { NEAR_DISTRICT_KM } from './outside-containers.ts';

// the description opens the text
const OPENING = 300;
const DESCRIBED_BEFORE = /\b(?:is|was) (?:a|an|one of)\b/;
const SENTENCE_BREAK = /[.!?]\s|\n/g;

/** Where the sentence holding offset `at` ends. */
function sentenceEnd(text: string, at: number): number {
	SENTENCE_BREAK.lastIndex = at;
	return SENTENCE_BREAK.exec(text)?.index ?? text.length;
}

/** A later container whose reading the text settled: a country, or a division its qualifier or its only reading gave. */
function settledContainer(result: Resolution, tokens: Token[]): boolean {
	const { place, reasons, mention, outsideNamedCountry } = result;
	if (outsideNamedCountry || !namedAsContainer(mention.candidate.first, tokens)) return false;
	if (place.kind === 'country') return true;
	return (place.kind === 'region' || place.kind === 'district') && (reasons.includes('qualified') || mention.candidate.places.length === 1);
}

/** Whether the reading may be checked against the container: a town or district against any, a region against its country. */
function comparable(place: Resolution['place'], container: Resolution['place']): boolean {
	return place.kind === 'city' || place.kind === 'district' ? container.kind !== 'city' : place.kind === 'region' && container.kind === 'country';
}

/**
 * "Nordegg is a hamlet in west-central Alberta, Canada, within Clearwater County": a description may name the
 * country first and the county after it. A country named as a container earlier in the description (after its
 * "is a") holds a county or district named after it too, unless a town stands between them. (Not a region: "in the Ewa District of Honolulu
 * County" reads Ewa as Nauru's, and a town named after "of" is as often a distance's: "north-east of Budapest".)
 */
function outsideLandBefore(results: readonly Resolution[], j: number, describedAt: number, tokens: Token[], gazetteer: Gazetteer): boolean {
	const { place } = results[j]!;
	if (place.kind !== 'district') return false;
	for (let k = j - 1; k >= 0 && results[k]!.mention.candidate.start > describedAt; k--) {
		const land = results[k]!;
		// ("Emerson is a town in Manitoba, Canada, facing Pembina in Pembina County": a town between them begins
		// another place's chain, across the border)
		if (land.place.kind === 'city') return false;
		if (land.place.kind !== 'country') continue;
		if (settledContainer(land, tokens) && !liesIn(place, land.place, gazetteer)) return true;
	}
	return false;
}

/** Indices of the containers named in the opening description that were read outside the settled containers named after them. */
export function containersAbroad(results: readonly Resolution[], tokens: Token[], text: string, gazetteer: Gazetteer): number[] {
	const abroad: number[] = [];
	// cheap exit: a text that opens with no description
	if (!DESCRIBED_BEFORE.test(text.slice(0, OPENING))) return abroad;
	for (let j = 0; j < results.length; j++) {
		const { mention, place, reasons } = results[j]!;
		const start = mention.candidate.start;
		if (start > OPENING) break;
		if (place.kind === 'country' || mention.usage !== 'literal' || !restsOn(reasons, NAME_ALONE_ONCE) || !namedAsContainer(mention.candidate.first, tokens)) continue;
		const sentenceStart = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start), 0);
		const described = DESCRIBED_BEFORE.exec(text.slice(sentenceStart, start));
		if (!described) continue;
		const end = sentenceEnd(text, start);
		let outside = outsideLandBefore(results, j, sentenceStart + described.index, tokens, gazetteer);
		let besideDistrict = false;
		for (let k = j + 1; k < results.length && results[k]!.mention.candidate.start < end; k++) {
			const container = results[k]!;
			if (!settledContainer(container, tokens) || !comparable(place, container.place)) continue;
			// ("the town of Kent, Putnam County, New York": a namesake this close to the county named is the best point the
			// gazetteer has, Kent, Connecticut, 35 km off)
			if (container.place.kind === 'district' && kilometres(place, container.place) <= NEAR_DISTRICT_KM) besideDistrict = true;
			else if (!liesIn(place, container.place, gazetteer)) outside = true;
		}
		if (outside && !besideDistrict) abroad.push(j);
	}
	return abroad;
}

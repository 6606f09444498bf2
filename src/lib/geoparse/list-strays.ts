// "in Kingston, Frontenac and Lennox and Addington, and in Leeds, Grenville and Lanark": Ontario's counties,
// which the gazetteer lacks, each read as a small town abroad by its size alone (Frontenac, Minnesota;
// Lanark, Illinois; Addington, England), far from the other items of its list and from one another. A small
// town that nothing but its size or its country chose, lying far from every other item of its list, is no
// place the text means: the items of a list lie together. A list of one large country may still span it
// ("from Sydney, Melbourne and Alice Springs", "in Ottawa, Toronto and Whitehorse"): a town in the country
// of an item surely placed (not itself such a town) is kept.
import { capitalOrAtLeast } from './known-abroad.ts';
import type { DocumentReading } from './read-document.ts';
import { kilometres } from './qualifies.ts';
import type { Resolution } from './resolve.ts';
import { restsOn, SIZE_OR_COUNTRY } from './weak-reasons.ts';

// a town this big may be listed beside far places ("Lagos, Nairobi and Johannesburg")
const LISTED_FROM_AFAR = 50_000;
// list items farther apart than this are not of one area
const LIST_AREA_KM = 800;
// the other items needed to say where the list lies
const OTHER_ITEMS = 2;

function weaklyChosenTown({ place, reasons, mention }: Resolution): boolean {
	return place.kind === 'city' && !capitalOrAtLeast(place, LISTED_FROM_AFAR) && mention.usage !== 'embedded' && restsOn(reasons, SIZE_OR_COUNTRY);
}

/** Indices of the mentions to leave unmapped. */
export function listStrays(results: readonly Resolution[], reading: DocumentReading): number[] {
	const found: number[] = [];
	results.forEach((result, i) => {
		if (!weaklyChosenTown(result)) return;
		// (the neighbours a list reaches are bounded: reading.listNeighbours)
		const neighbours = reading.listNeighbours(i).map((j) => results[j]).filter((other): other is Resolution => !!other);
		if (neighbours.some((other) => !weaklyChosenTown(other) && !!other.place.country && other.place.country === result.place.country)) return;
		const others = neighbours.map((other) => other.place).filter((p) => p.kind !== 'country' && p.kind !== 'continent');
		if (others.length >= OTHER_ITEMS && others.every((p) => kilometres(p, result.place) > LIST_AREA_KM)) found.push(i);
	});
	return found;
}

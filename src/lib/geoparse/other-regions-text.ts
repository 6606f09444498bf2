// "a priest from Quebec who brought families from Quebec" in an article about a Saskatchewan town: a first-level
// region whose seat bears its bare name (Quebec, Québec City) is the region where the text is set in other regions
// of the same country and names little inside it; "The ferry runs from Quebec to Lévis" names a town inside it
// and keeps the city. Only after "from" and where English calls the seat "<name> City" (read-document.ts asks).
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { AcceptedMention } from './resolve.ts';
import { bestReading } from './sentence-parents.ts';

// places of the country in other regions a text names before it counts as set there (one may be an aside)
const OTHER_REGION_PLACES = 2;
// ... and how many of them one place inside the region takes: a name's leading reading, before context, may be a
// namesake there (Lafleche, Saskatchewan, leads with Laflèche, Quebec)
const OTHERS_PER_INSIDE = 3;

/** Whether the text's other places of the region's country lie in its other regions: two at least, three for each inside it. */
export function setInOtherRegionsOf(mentions: readonly AcceptedMention[], i: number, region: GazetteerPlace, gazetteer: Gazetteer): boolean {
	let elsewhere = 0;
	let inside = 0;
	for (let j = 0; j < mentions.length; j++) {
		if (j === i || mentions[j]!.key === mentions[i]!.key) continue;
		const place = bestReading(mentions[j]!, gazetteer);
		if (place.country !== region.country || place.admin1 === null || place.kind === 'country') continue;
		if (place.admin1 === region.admin1) inside++;
		else elsewhere++;
	}
	return elsewhere >= OTHER_REGION_PLACES && elsewhere >= OTHERS_PER_INSIDE * inside;
}

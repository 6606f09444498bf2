// "outside the White House", "talks at the Kremlin": a name after a lower-case "the" that the gazetteer
// has as a site (a building, a landmark) and as a town (White House, Tennessee) is the site: a town's name
// takes no article, and a text about the town's own area (Nashville, Gallatin) still means the landmark.
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Resolution } from './resolve.ts';
import { tokenAt, type Token } from './tokens.ts';
import { resolution } from './resolution.ts';

/** The mentions after "the" resolved to a town whose name is also a site's, each with that site. */
export function sitesAfterArticle(results: readonly Resolution[], tokens: readonly Token[], gazetteer: Gazetteer): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	for (let i = 0; i < results.length; i++) {
		const result = results[i]!;
		const { candidate } = result.mention;
		if (result.place.kind !== 'city' || candidate.via !== 'name' || tokenAt(tokens, candidate.first - 1)?.text !== 'the' || tokens[candidate.first]!.gapBefore !== ' ') continue;
		for (let k = 0; k < candidate.places.length; k++) {
			const site = gazetteer.places[candidate.places[k]!]!;
			if (site.kind !== 'site' || candidate.alternate[k]) continue;
			found.set(i, resolution(result.mention, site, result.score, ['feature-type']));
			break;
		}
	}
	return found;
}

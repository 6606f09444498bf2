// The containers (countries, first-level regions, counties) a text's names read as first: resolve.ts asks
// whether a place's container is among them before it trusts a post-office list's town over it.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { AcceptedMention } from './resolve.ts';

/** The text names the place's country, its region or its county. */
export function containerNamed(containers: Set<string>, place: GazetteerPlace): boolean {
	return containers.has(place.country ?? '') || containers.has(`${place.country}:${place.admin1}`) || containers.has(`${place.country}:${place.admin1}:${place.admin2}`);
}

/** The countries, "country:admin1" regions and "country:admin1:admin2" counties the text's names first read as. */
export function namedContainers(mentions: AcceptedMention[], gazetteer: Gazetteer): Set<string> {
	const named = new Set<string>();
	for (const { candidate } of mentions) {
		const place = gazetteer.places[candidate.places[0]!]!;
		if (place.kind === 'country' && place.country) named.add(place.country);
		else if (place.kind === 'region') named.add(`${place.country}:${place.admin1}`);
		else if (place.kind === 'district') named.add(`${place.country}:${place.admin1}:${place.admin2}`);
	}
	return named;
}

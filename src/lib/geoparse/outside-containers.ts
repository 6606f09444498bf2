// "Hasanabad is a village in …, Iran", "Kalyanpur is a village in … Uttar Pradesh, India", "Dover is a
// hamlet in the town of Kent, Putnam County, New York": a described place the gazetteer has no entry
// for inside the containers its sentence names is not put at a namesake elsewhere (a dot on the wrong
// map misleads more than none), here or where the name recurs.
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { liesIn } from './containment.ts';
import { kilometres } from './qualifies.ts';
import type { DocumentReading } from './read-document.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';
import type { Token } from './tokens.ts';
import { asideMentions } from './described-in.ts';

// "Kent is a town in Putnam County, New York": no Kent lies in that county, but Kent, Connecticut lies
// 47 km from its point, across the state line. A namesake this close to the county named is the best
// point the gazetteer has (the place itself lies in the county, within a county's width of its point);
// one farther off (Dover, Delaware, 297 km from Putnam County) is another place.
export const NEAR_DISTRICT_KM = 100;

function nameAndPlace(mention: AcceptedMention, result: Resolution): string {
	return `${mention.key}\t${result.place.id}`;
}

/** A container reading the text chose: its only one, or one the words around it decided (not size and country alone). */
function chosenContainer(container: Resolution): boolean {
	return container.mention.candidate.places.length === 1 || container.reasons.some((r) => r !== 'population' && r !== 'feature-type' && r !== 'country-context');
}

/**
 * The containers a described mention lies in, as the text reads them: the regions its sentence names
 * (best readings, where they agree with the countries of the rest of the chain: "the town of Kent,
 * Putnam County, New York" is not the English county) and the regions and counties resolution chose.
 */
function containersOf(i: number, results: Resolution[], reading: DocumentReading): GazetteerPlace[] {
	const stated = reading.describedInCountries(i);
	const resolved: GazetteerPlace[] = [];
	for (const j of reading.describedInMentions(i)) {
		const container = results[j]!;
		// ("a town in the South-West region of Cameroon": a region read in another country than the one the sentence
		// names, Singapore's, is a misreading of the container, not where the town lies)
		if (stated.length && !stated.includes(container.place.country ?? '')) continue;
		if (chosenContainer(container) && !container.outsideNamedCountry && (isFirstLevelRegion(container.place) || container.place.kind === 'district')) resolved.push(container.place);
	}
	const countries = new Set([...stated, ...resolved.map((p) => p.country)]);
	const named = reading.describedInRegions(i).filter((region) => countries.size === 0 || countries.has(region.country));
	return [...new Set([...named, ...resolved])];
}

/** Whether the place lies in every container ("a hamlet in Putnam County, New York": the county and the state). */
function liesInAll(place: GazetteerPlace, containers: GazetteerPlace[], gazetteer: Gazetteer): boolean {
	return containers.every((container) => liesIn(place, container, gazetteer));
}

/** Marks mention i's name and place unplaced, and the other names in the aside after it ("also Romanized as Pārīz"), which name no other place. */
function unplaceWithAside(i: number, mentions: AcceptedMention[], results: Resolution[], tokens: Token[], unplaced: Set<string>): void {
	unplaced.add(nameAndPlace(mentions[i]!, results[i]!));
	for (const j of asideMentions(mentions, tokens, i)) if (mentions[j]!.candidate.via === 'name' && results[j]!.place.kind === 'city') unplaced.add(nameAndPlace(mentions[j]!, results[j]!));
}

/** The mentions to leave unmapped: described places whose namesakes all lie outside what their sentence names, and where they recur. */
export function outsideContainers(mentions: AcceptedMention[], results: Resolution[], reading: DocumentReading, gazetteer: Gazetteer, tokens: Token[]): number[] {
	const unplaced = new Set<string>();
	for (let i = 0; i < mentions.length; i++) {
		const result = results[i]!;
		// (most mentions are described in no sentence: nothing below applies to them, nothing need be made)
		if (result.reasons.includes('qualified') || result.outsideNamedCountry || reading.describedInMentions(i).length === 0) continue;
		const { places } = mentions[i]!.candidate;
		const countries = reading.describedInCountries(i);
		if (countries.length && !(result.place.country && countries.includes(result.place.country))) {
			if (!places.some((index) => countries.includes(gazetteer.places[index]!.country ?? ''))) unplaceWithAside(i, mentions, results, tokens, unplaced);
			continue;
		}
		if (result.place.kind !== 'city' && result.place.kind !== 'district') continue;
		const containers = containersOf(i, results, reading);
		if (containers.length === 0 || liesInAll(result.place, containers, gazetteer)) continue;
		if (places.some((index) => liesInAll(gazetteer.places[index]!, containers, gazetteer))) continue;
		// no namesake lies in them all: one beside the county named is the nearest the gazetteer comes
		const districts = containers.filter((c) => c.kind === 'district');
		if (districts.length && districts.every((d) => kilometres(result.place, d) < NEAR_DISTRICT_KM)) continue;
		if (districts.length === 0 && containers.some((c) => liesIn(result.place, c, gazetteer))) continue;
		unplaceWithAside(i, mentions, results, tokens, unplaced);
	}
	const found: number[] = [];
	if (unplaced.size) for (let i = 0; i < mentions.length; i++) if (unplaced.has(nameAndPlace(mentions[i]!, results[i]!)) && !results[i]!.reasons.includes('qualified')) found.push(i);
	return found;
}

// "Williamson and Franklin county officials": whether a name of a list that a lower-case singular county word
// ends (list-nouns.ts) is read as a county. Only where the list can name nothing else: the counties of the
// name and of the list's last name lie in one state, no big city of the name lies there ("Austin and
// Williamson county leaders": the city and a county), no town of the name lies in the last name's county
// ("Memphis and Shelby county officials"), and no name of the list reads first as a land ("Texas and Harris
// county officials", "Durham and Northumberland county councils": a state, English counties).
import { nameKey } from '../gazetteer/normalize.ts';
import { placesNamed } from '../gazetteer/lookup.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { lastNameBefore, singularDivisionAfterList } from './list-nouns.ts';
import type { AcceptedMention } from './resolve.ts';
import type { Token } from './tokens.ts';

// a city this big is meant by its name beside a county of another name ("Lincoln and Sarpy county crews")
const BIG_CITY = 100_000;

function readsAsLand(place: GazetteerPlace | undefined): boolean {
	return !!place && (place.kind === 'country' || place.kind === 'region' || place.kind === 'continent');
}

/** Whether the mention, in a list the singular "county" or "parish" ends, names a county. */
export function countyOfSingularList(mention: AcceptedMention, tokens: Token[], gazetteer: Gazetteer): boolean {
	const { candidate } = mention;
	const at = singularDivisionAfterList(candidate, tokens);
	if (at < 0 || readsAsLand(gazetteer.places[candidate.places[0]!])) return false;
	const last = lastNameBefore(tokens, at);
	if (readsAsLand(placesNamed(gazetteer, nameKey(last))[0])) return false;
	// the list's last name: "county" is written right after it
	if (at === candidate.last + 1) return true;
	const noun = tokens[at]!.text;
	const lastCounties = placesNamed(gazetteer, nameKey(`${last} ${noun}`)).filter((p) => p.kind === 'district');
	const shared = placesNamed(gazetteer, nameKey(`${mention.surface} ${noun}`)).filter((county) => county.kind === 'district' && lastCounties.some((other) => other.country === county.country && other.admin1 === county.admin1));
	if (shared.length === 0) return false;
	for (const index of candidate.places) {
		const town = gazetteer.places[index]!;
		if (town.kind !== 'city') continue;
		if (town.population >= BIG_CITY && shared.some((county) => county.country === town.country && county.admin1 === town.admin1)) return false;
		if (lastCounties.some((county) => county.country === town.country && county.admin1 === town.admin1 && county.admin2 != null && county.admin2 === town.admin2)) return false;
	}
	return true;
}

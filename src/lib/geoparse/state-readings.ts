// "Albany, New York", "Washington County, Washington": the first-level regions a name stands for when it
// qualifies or contains, where the gazetteer gives the bare name to the city ("New York State").
import { isAlternateReference, referencedIndex } from '../gazetteer/references.ts';
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';

// Resolution asks this of most ambiguous names several times a text (parents, homonyms, qualifiers), each
// time a key string made and looked up: the answers are remembered per gazetteer by name key, up to a bound
// (forgotten with the name look-ups' memory: name-lookup.ts forgetRememberedNames).
const REMEMBERED_KEYS = 50_000;
const NO_STATES: readonly GazetteerPlace[] = [];
const remembered = new WeakMap<Gazetteer, Map<string, readonly GazetteerPlace[]>>();

/** The first-level regions named "<name> state" for a mention's name key (none for most names). */
export function stateReadings(key: string, gazetteer: Gazetteer): readonly GazetteerPlace[] {
	let byKey = remembered.get(gazetteer);
	if (!byKey) remembered.set(gazetteer, (byKey = new Map()));
	let found = byKey.get(key);
	if (found) return found;
	found = statesNamed(key, gazetteer);
	if (byKey.size >= REMEMBERED_KEYS) byKey.clear();
	byKey.set(key, found);
	return found;
}

/** Forgets the remembered answers (a benchmark pass then reads its texts as if for the first time). */
export function forgetStateReadings(gazetteer: Gazetteer): void {
	remembered.get(gazetteer)?.clear();
}

function statesNamed(key: string, gazetteer: Gazetteer): readonly GazetteerPlace[] {
	let found: GazetteerPlace[] | null = null;
	// "<name> state" keyed from the mention's name key, not from the surface again
	for (const value of gazetteer.byName.get(`${key} state`) ?? []) {
		if (isAlternateReference(value)) continue;
		const place = gazetteer.places[referencedIndex(value)]!;
		if (isFirstLevelRegion(place)) (found ??= []).push(place);
	}
	return found ?? NO_STATES;
}

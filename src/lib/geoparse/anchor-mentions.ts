import type { ResolutionReason } from '../contracts.ts';
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { MAX_HOMONYMS, type Candidate } from './candidates.ts';
import { settledPopulation } from './settled-population.ts';
import type { MentionContext } from './mention-context.ts';
import { DOMINANT_RATIO } from './weigh-homonyms.ts';
import { knownAbroadBySizeOrNames, spelledAlike } from './known-abroad.ts';
import type { Token } from './tokens.ts';
import { siteWrittenAsTown } from './post-office-names.ts';
import { unsizedTowns } from './unsized-towns.ts';
import { countyOfAnotherNamedState, namesANamedState } from './named-regions.ts';
import { resolution } from './resolution.ts';
import { isFeatureOrLand, KNOWN_TO_ALL, namesakeWhereTextIs } from './natural-features.ts';
import { containerNamed } from './named-containers.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';

// The resolver's first stage: the mentions that need no context (one candidate, a country or continent, one
// dominant homonym), which set the document's countries for the rest.


/** A mention that needs no context: a single candidate, a country or continent, or one dominant homonym. */
export function anchorOf(mention: AcceptedMention, gazetteer: Gazetteer, names: () => MentionContext, namedRegions: Set<string>, saidCountry: () => string | null, wordBefore: string | undefined, containers: () => Set<string>, tokens: readonly Token[]): Resolution | null {
	const { candidate } = mention;
	// towns known only from a post-office list stand aside here: only the text's evidence brings them in
	// (one pass over the most important homonyms, unless all of them are such towns)
	const count = Math.min(candidate.places.length, MAX_HOMONYMS);
	const unsized = unsizedTowns(gazetteer);
	let sized = 0;
	for (let k = 0; k < count; k++) if (unsized[candidate.places[k]!] === 0) sized++;
	// the candidate's positions weighed, listed only where some stand aside; the place objects are read
	// only where a rule below asks (most mentions: the best alone)
	const kept = sized > 0 && sized < count ? sizedPositions(candidate.places, count, unsized) : null;
	const weighed = kept ? kept.length : count;
	const best = weighedPlace(gazetteer, candidate, kept, 0);
	// ... and one such town alone of its name waits for them too ("Pell Ford, Onawick and Tressdale")
	if (weighed === 1 && sized === 0) return null;
	// ... and so does the one sized town where it bears the name only as another (old, foreign) name and such
	// towns bear it as their own ("Curryville", an old name of a Pennsylvania town and a Missouri post office)
	if (weighed === 1 && kept && candidate.alternate[kept[0]!]) return null;
	if (weighed === 1) {
		// "A Newport man … cabins near Cosby … a storage unit in Parrottsville": where the text's other names lie
		// around a post office of the name and none around the one sized bearer, the post office is the place
		// (a town only, not a city known abroad, nor where the text names the bearer's country, region or county:
		// "Migrants from Aleppo", "a man from Cosby in Leicestershire"; "back from Darfur … Watonwan County" is the region;
		// a famous site written where a town's name would be is a town too, whatever its fame: "wheat at $5.35 at
		// Kremlin and Hillsdale", never "the Kremlin said", "Kremlin policy drove prices up": post-office-names.ts)
		const postOffice = kept && (best.kind === 'city' ? !knownAbroadBySizeOrNames(best) : best.kind === 'site' && siteWrittenAsTown(candidate, tokens)) && mention.usage !== 'embedded' && !containerNamed(containers(), best) ? postOfficeAmongNames(candidate, count, unsized, gazetteer, names(), mention.key, best) : null;
		if (postOffice) return resolution(mention, postOffice, 0.8, ['nearby-context']);
		const reason: ResolutionReason =
			mention.candidate.via === 'demonym' ? 'demonym' : mention.candidate.via === 'abbreviation' ? 'abbreviation' : best.id.startsWith('cur:') ? 'curated' : 'only-candidate';
		return resolution(mention, best, 1, [reason]);
	}
	if (best.kind === 'country') {
		// "Georgia": a country that shares its name with a first-level region whose towns hold as many people
		// waits for the context; "neighbouring Niger" is the country, the Nigerian state only where the words
		// around it say so ("Niger and Kwara states", read as evidence, which skips this)
		for (let k = 0; k < weighed; k++) {
			const p = weighedPlace(gazetteer, candidate, kept, k);
			if (isFirstLevelRegion(p) && settledPopulation(p, gazetteer) >= settledPopulation(best, gazetteer)) return null;
		}
		// "Congo": so does one that shares it with another country (Brazzaville's beside Kinshasa's)
		for (let k = 1; k < weighed; k++) if (weighedPlace(gazetteer, candidate, kept, k).kind === 'country' && !candidate.alternate[kept ? kept[k]! : k]) return null;
	}
	if (best.kind === 'country' || best.kind === 'continent') return resolution(mention, best, 0.95, ['feature-type', 'population']);
	if (candidate.importance[kept ? kept[0]! : 0]! >= DOMINANT_RATIO * candidate.importance[kept ? kept[1]! : 1]!) {
		// "from Peoria through Washington": a namesake the other names of the text sit around waits for context
		const context = names();
		const own = mention.key;
		if (context.namesNear(best, own) === 0) for (let k = 1; k < weighed; k++) if (!candidate.alternate[kept ? kept[k]! : k] && context.townsNear(weighedPlace(gazetteer, candidate, kept, k), own)) return null;
		// "Ararat … between Ballarat and Horsham": a mountain, river or land is dominant by its fame, not its
		// people, and waits too where a namesake lies where the text is (its names around it, a state it names)
		if (isFeatureOrLand(best) && candidate.importance[kept ? kept[0]! : 0]! < KNOWN_TO_ALL && context.namesNear(best, own) === 0) for (let k = 1; k < weighed; k++) if (!candidate.alternate[kept ? kept[k]! : k] && namesakeWhereTextIs(weighedPlace(gazetteer, candidate, kept, k), own, context, namedRegions, wordBefore)) return null;
		// "at Twickenham" (an old name of Huntsville, Alabama): so does a place named in few languages that
		// bears the name only as another name, no spelling of its own, beside one that bears it as its own
		// (a city known abroad keeps its old name: "in Calcutta" is Kolkata, not Calcutta, Ohio)
		if (candidate.alternate[kept ? kept[0]! : 0] && !best.knownAbroad && !spelledAlike(own, best)) for (let k = 1; k < weighed; k++) if (!candidate.alternate[kept ? kept[k]! : k]) return null;
		// "CAMP MURRAY, Wash. … at home in Washington": so does a city whose name is that of a state the text names
		if (best.kind === 'city' && namesANamedState(mention.key, namedRegions, gazetteer)) return null;
		// ... and so does a county whose namesake lies in a state the text names, its own state unnamed
		if (best.kind === 'district' && namedRegions.size > 0) for (let k = 1; k < weighed; k++) if (!candidate.alternate[kept ? kept[k]! : k] && countyOfAnotherNamedState(best, weighedPlace(gazetteer, candidate, kept, k), namedRegions)) return null;
		// "A Lima man … on Interstate 75": so does a town abroad with a US namesake in a text that writes US roads,
		// and "Durham Crown Court" (a US city) one with a British namesake in a text that names Britain's courts
		const said = saidCountry();
		if (said && best.country !== said) for (let k = 1; k < weighed; k++) if (!candidate.alternate[kept ? kept[k]! : k] && weighedPlace(gazetteer, candidate, kept, k).country === said) return null;
		return resolution(mention, best, 0.9, ['population']);
	}
	return null;
}

/**
 * The town of the name known only from a post-office list that most of the text's other names lie near (a
 * national capital not counted there), where none lies near `best` (a capital counted: "Barnet … London").
 */
function postOfficeAmongNames(candidate: Candidate, count: number, unsized: Uint8Array, gazetteer: Gazetteer, names: MentionContext, own: string, best: GazetteerPlace): GazetteerPlace | null {
	let found: GazetteerPlace | null = null;
	let most = 0;
	for (let k = 0; k < count; k++) {
		if (unsized[candidate.places[k]!] !== 1 || candidate.alternate[k]) continue;
		const place = gazetteer.places[candidate.places[k]!]!;
		const near = names.townsNear(place, own) ? names.namesNear(place, own) : 0;
		if (near > most) [found, most] = [place, near];
	}
	return found && names.namesNear(best, own) === 0 ? found : null;
}

/** The place at position k of those weighed (of the candidate's, or of `kept`). */
function weighedPlace(gazetteer: Gazetteer, candidate: Candidate, kept: number[] | null, k: number): GazetteerPlace {
	return gazetteer.places[candidate.places[kept ? kept[k]! : k]!]!;
}

/** The positions among the first `count` places that are not towns known only from a post-office list. */
function sizedPositions(places: number[], count: number, unsized: Uint8Array): number[] {
	const positions: number[] = [];
	for (let k = 0; k < count; k++) if (unsized[places[k]!] === 0) positions.push(k);
	return positions;
}

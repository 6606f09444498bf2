// "Asahikawa Airport", "Cork Harbour", "Hiroshima Bay", "Mulanje Mountain", "Kenya Colony": a capitalised
// feature word right after a known name, where the gazetteer lacks the whole, makes one name of the two. Such a
// feature is named after the place and lies at it or in it (an airport at its town, a bay off it, a colony over
// its land), so the toponym runs over the word and keeps the name's readings, as "Orange County" and "Kasserine
// Governorate" do (candidates.ts). GeoWebNews marks such names whole ("Imperial Beach", "Safety Bay", "Korean
// Peninsula"); read alone, the name was a part of a longer name. Lower-case words stay outside ("Heathrow
// airport", "Idlib province": GeoWebNews marks the name alone), and so do words that make a body of the name
// ("Maryland State Police", "California National Guard", "the Arab Spring").
// Only a town's, a district's, a region's or a landform's name: a country's before a water's word is a word of the
// water's name ("Kuwait Bay", "China Bay" in Sri Lanka: judge-landforms.ts), save its colony ("Kenya Colony"); an
// ocean's or a river's names a harbour or an island anywhere ("Pacific Harbour" in Fiji). Rivers, ranges and
// glaciers named after a place run far from it: judge-landforms.ts's FEATURE_HEADS leaves them unmapped.
// Not "Island": an island is named after anything, far away as often as near ("Halifax Island" off Namibia,
// "Watford Island" in Bermuda); judge-landforms.ts drops a small town's name before it, far-from-subject.ts a big
// city's far from a described subject, and a big city's own island stays the city ("Montreal Island"). A bay
// named whole here is still unmapped by far-from-subject.ts far from the subject ("Boston Bay" off a South
// African town).
import type { PlaceKind } from '../contracts.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { COMPASS_WORDS } from './compass-span.ts';
import { respanned } from './respanned.ts';
import type { Token } from './tokens.ts';

// the capitalised feature words whose feature lies at or in the place named before it
const FEATURES_AT_THE_PLACE: ReadonlySet<string> = new Set(['Airport', 'Harbour', 'Harbor', 'Bay', 'Peninsula', 'Mountain', 'Volcano', 'Oasis', 'Dunes', 'Colony']);
const COLONY = 'Colony';
// the kinds of place a feature named after it lies at or in
const FEATURE_PLACES: ReadonlySet<PlaceKind> = new Set(['city', 'district', 'region', 'landform']);
// "Abruzzo National Park": the one two-word head ("National" alone makes bodies: Guard, Trust, Parks and Wildlife)
const NATIONAL = 'National';
const PARK = 'Park';
// the landscape a national park may be named after, between the place's name and "National Park"
const PARK_LANDSCAPES: ReadonlySet<string> = new Set(['Lake', 'Lakes', 'Mountains', 'Hills', 'Valley', 'Gorge', 'Canyon', 'Falls', 'Forest', 'Islands', 'Highlands', 'Wetlands', 'River', 'Coast']);
// ... or the names of the neighbours a park is named with ("Chichibu Tama Kai National Park": Chichibu, Tama and
// Kai), up to this many, after a place's own name (not another of its names: "Hohe Tauern National Park" is no
// park of a Polish village that GeoNames also calls "Hohe")
const PARK_NAME_WORDS = 3;
// "Tarbes–Lourdes–Pyrénées Airport": a name joined to the one before it is a word of a longer name already
const JOINED = new Set(['-', '–']);

/** The candidate over the name and the feature word after it; the candidate itself where no feature word follows (or the name is a compass word: "Ireland West Airport"). */
export function featureHeadSpan(best: Candidate, tokens: readonly Token[], gazetteer: Gazetteer): Candidate {
	const next = tokens[best.last + 1];
	if (best.via !== 'name' || !next || next.gapBefore !== ' ' || JOINED.has(tokens[best.first]!.gapBefore)) return best;
	if (best.first === best.last && COMPASS_WORDS.has(tokens[best.first]!.lower)) return best;
	const kind = gazetteer.places[best.places[0]!]!.kind;
	if (!FEATURE_PLACES.has(kind) && !(kind === 'country' && next.text === COLONY)) return best;
	// ("Bear Mountain State Park", "Texas Mountain Lion": a capitalised word after the head goes on to a longer name)
	if (FEATURES_AT_THE_PLACE.has(next.text) && !goesOn(tokens[best.last + 2])) return respanned(best, best.start, next.end, best.first, best.last + 1);
	// "Abruzzo National Park"; "Khövsgöl Lake National Park", "Tatra Mountains National Park": the park of the
	// name's lake or range, one landscape word between the name and "National Park"
	let at = PARK_LANDSCAPES.has(next.text) ? best.last + 2 : best.last + 1;
	if (at === best.last + 1 && !best.alternate.every(Boolean)) while (at <= best.last + PARK_NAME_WORDS && goesOn(tokens[at]) && tokens[at]!.text !== NATIONAL) at++;
	const national = tokens[at];
	const park = tokens[at + 1];
	if (national?.text === NATIONAL && national.gapBefore === ' ' && park?.text === PARK && park.gapBefore === ' ' && !goesOn(tokens[at + 2])) return respanned(best, best.start, park.end, best.first, at + 1);
	return best;
}

/** Whether the token goes on with a name: a capitalised word across a space. */
function goesOn(token: Token | undefined): boolean {
	return token !== undefined && token.gapBefore === ' ' && token.capitalized;
}

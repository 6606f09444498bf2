// "Springfield is a civil parish in the county of Essex, England … near Broomfield and Boreham": a text
// that describes its subject as lying in a region or country names the places around it. A small town
// that nothing but being the only reading (or the biggest) chose, in another country or far across the
// subject's own, is a namesake of a neighbour the gazetteer lacks (Broomfield, Colorado): better no dot
// than one on another continent.
import type { GazetteerPlace } from '../gazetteer/types.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import { kilometres } from './qualifies.ts';
import type { DocumentReading } from './read-document.ts';
import type { Resolution } from './resolve.ts';
import type { StatedPoint } from './stated-point.ts';
import { NAME_ALONE, restsOn } from './weak-reasons.ts';
import { capitalOrAtLeast, NAMED_FROM_AFAR } from './known-abroad.ts';

// the neighbours a description names lie within a few dozen km; farther than this across the same
// country is no neighbour
const FAR_KM = 500;
// "Halifax Island lies 3 km out to sea", "Boston Bay is 15 km east": a city's name before the capitalised word
// of an island or a bay, far from the subject, names a feature the gazetteer lacks (it would have matched
// "Vancouver Island" or "Montego Bay" whole); judge.ts drops a small town's name there already, a big
// city's only here, where the subject shows it is not the city's own island or bay ("Tampa Bay", "Lagos Island")
// ... and so does the capitalised word of a peninsula ("the Tango Peninsula" of a Japanese town is no Chinese port's)
const FEATURE_AFTER = /^ (?:Island|Islands|Isle|Bay|Peninsula)\b/;
const FEATURE_AFTER_CHARS = 11;
// ... or read whole with it ("Boston Bay": feature-head-span.ts)
const FEATURE_WORD_END = / (?:Bay|Peninsula)$/;
// "Lake Bellfield lies just south of the town", "the slopes of Mount Wellington": a lake or a mountain the gazetteer
// lacks, read as the town of its name (town-feature-span.ts), lies by that town; a town farther than this from the
// described subject's own town is another town's namesake, in the same country too
// ... as does a stream or a valley named so in lower case ("where the Oeiras stream meets the Guadiana")
const TITLE_BEFORE = /^(?:Lake|Mount) $/;
const FEATURE_NOUN_AFTER = /^ (?:stream|river|creek|brook|valley|gorge|lake)\b/;
const FEATURE_NOUN_CHARS = 8;
// ... and "on the shore of Caddo Lake" (a capitalised "Lake" after the name, which judge-landforms.ts leaves to
// the town: "China Lake" lies by China, Maine): a lake named after a town lies by it
const LAKE_AFTER = /^ Lake\b/;
const TITLED_FEATURE_KM = 150;
// (a subject placed at its county's middle, not its town: farther than this from the county's point)
const TITLED_FEATURE_FROM_DISTRICT_KM = 300;

// "Fitzroy Falls, in the Southern Highlands" of New South Wales: a name written after "the" is a landscape's (a
// highland, a range, a plain), read as a region of another country whose own name goes on past it with its
// division word ("Southern Highlands Province", Papua New Guinea) by a part of that name only; where the subject lies
// in another country it is a landscape there the gazetteer lacks. (Not a name written bare, as regions' are:
// "settlers from Värmland" is Värmland County's.)
const THE_BEFORE = /\b[Tt]he $/;

/** The name is written after "the" and is the region's own name short of its last word (its division word). */
function regionByShortName(place: GazetteerPlace, mention: Resolution['mention'], text: string): boolean {
	if (place.kind !== 'region' || !THE_BEFORE.test(text.slice(Math.max(0, mention.candidate.start - 4), mention.candidate.start))) return false;
	const surface = mention.surface;
	const written = nameKey(surface);
	const own = nameKey(place.name);
	return own.length > written.length && own.startsWith(written + ' ') && !own.slice(written.length + 1).includes(' ');
}

/** The mention's toponym starts at a capitalised "Lake" or "Mount" before the town's name, or a lower-case stream's or valley's word or a capitalised "Lake" follows it. */
function titledFeature(mention: Resolution['mention'], text: string): boolean {
	if (mention.start !== undefined && mention.start < mention.candidate.start && TITLE_BEFORE.test(text.slice(mention.start, mention.candidate.start))) return true;
	const after = text.slice(mention.candidate.end, mention.candidate.end + FEATURE_NOUN_CHARS);
	return FEATURE_NOUN_AFTER.test(after) || LAKE_AFTER.test(after);
}

export interface Subject {
	subject: number;
	containers: number[];
	country: string;
	/** the described place, or its smallest resolved division; null where only its country is known */
	point: GazetteerPlace | null;
}

/** The place the text is about: its first described place with the containers it was resolved in. */
function subjectOf(results: Resolution[], reading: DocumentReading): Subject | null {
	for (let i = 0; i < results.length; i++) {
		const containers = reading.describedInMentions(i);
		if (containers.length === 0) continue;
		const own = results[i]!;
		const resolved = containers.map((j) => results[j]!).filter((r) => !r.outsideNamedCountry && r.place.country);
		// (a subject read as a namesake in another country than its containers' is placed by them: a village of a
		// Saudi province the gazetteer lacks, read as a town of that spelling in Botswana, lies in the province)
		const ownCountry = own.place.country;
		if (!own.outsideNamedCountry && own.place.kind === 'city' && ownCountry && resolved.every((r) => r.place.country === ownCountry)) return { subject: i, containers, country: ownCountry, point: own.place };
		const division = resolved.find((r) => r.place.kind === 'district' || r.place.kind === 'region');
		if (division) return { subject: i, containers, country: division.place.country!, point: division.place };
		const country = resolved.find((r) => r.place.kind === 'country');
		return country ? { subject: i, containers, country: country.place.country!, point: null } : null;
	}
	return null;
}

// "Bath Township is one of the nine townships of Summit County, Ohio": a subject the gazetteer lacks is
// still placed by the division its opening sentence names
const OPENING = 300;
const OPENING_DESCRIPTION = /^[^.\n]*\b(?:is|was) (?:a|an|one of)\b[^.\n]*$/;

// "Moryntsi is a village in Zvenyhorodka Raion, Cherkasy Oblast": a division the gazetteer lacks, read as
// the town it is named after, places the subject as well (its seat lies within the division); so does a
// first-level region ("… a rural locality in Kamensky District, Penza Oblast"), more loosely
const SEAT_OF_DIVISION = / (?:County|District|Raion|Rayon|Municipality)$/;
// "… an upazila in the Moulvibazar District of the Sylhet Division": a division the gazetteer has under the
// name written, division word and all, and under no other, is that division (one of several namesakes
// "Washington County" may not be, and far-from-subject would then unmap the right towns)
const DIVISION_NAMED_IN_FULL = / (?:County|District|Division|Province|Region|Raion|Rayon|Oblast|Governorate|Prefecture|Municipality)$/i;

// "Maadi is a district of Cairo, Egypt", "Santa Teresa is a neighbourhood in the Central Zone of Rio de Janeiro":
// a part of a city the gazetteer lacks lies in that city, which places the subject as a division would
const PART_OF_CITY = /\b(?:district|neighbou?rhood|suburb|quarter|ward|barrio|borough|rione)\b[^.\n]{0,40}\b(?:of|in) (?:the )?(?:city of )?$/;
const PART_OF_CITY_CHARS = 70;

/** The mention is the one division of its whole written name, the division word included. */
function divisionNamedInFull({ place, mention, reasons }: Resolution): boolean {
	return reasons.includes('only-candidate') && (place.kind === 'district' || place.kind === 'region') && DIVISION_NAMED_IN_FULL.test(mention.surface) && nameKey(place.name) === nameKey(mention.surface);
}

/** The division the text's opening sentence describes its (unrecognised) subject as lying in. */
function openingDivision(results: Resolution[], text: string): Subject | null {
	for (let j = 0; j < results.length; j++) {
		const { place, reasons, mention, outsideNamedCountry } = results[j]!;
		if (mention.candidate.start > OPENING) return null;
		if (outsideNamedCountry || !place.country || !(reasons.some((r) => r === 'qualified' || r === 'named-parent') || divisionNamedInFull(results[j]!))) continue;
		const cityOfPart = place.kind === 'city' && PART_OF_CITY.test(text.slice(Math.max(0, mention.candidate.start - PART_OF_CITY_CHARS), mention.candidate.start));
		if (place.kind !== 'district' && place.kind !== 'region' && !(place.kind === 'city' && SEAT_OF_DIVISION.test(mention.surface)) && !cityOfPart) continue;
		return OPENING_DESCRIPTION.test(text.slice(0, mention.candidate.start)) ? { subject: -1, containers: [j], country: place.country, point: place } : null;
	}
	return null;
}

/** The place a described text is about, with its containers and its point (or its smallest division's). */
export function describedSubject(results: Resolution[], reading: DocumentReading, text: string): Subject | null {
	return subjectOf(results, reading) ?? openingDivision(results, text);
}

// "Wallersdorf in Bavaria, Germany": how near after a town the name of its own region or country places it
const PLACED_AFTER_CHARS = 12;

/** "twinned with Wallersdorf in Bavaria, Germany": the next mention, right after, is the town's own region or country. */
function placedByNextMention(results: Resolution[], j: number): boolean {
	const town = results[j]!;
	const next = results[j + 1];
	if (!next || next.mention.candidate.start - town.mention.candidate.end > PLACED_AFTER_CHARS || next.place.country !== town.place.country) return false;
	return next.place.kind === 'country' || (next.place.kind === 'region' && next.place.admin1 !== null && next.place.admin1 === town.place.admin1);
}

/**
 * "Bala is a community in … Ontario, Canada … west of Bracebridge": a first-level region's point is its
 * middle, often far from where its towns are (Ontario's lies 800 km north of Muskoka); a town in the
 * region itself is no stray however far from that point.
 */
function inRegion(place: GazetteerPlace, region: GazetteerPlace | StatedPoint): boolean {
	return 'kind' in region && region.kind === 'region' && region.admin1 !== null && place.country === region.country && place.admin1 === region.admin1;
}

// "settled in Germany near Uelzen": a sentence that names another country than the subject's, on its own
// (not as the container of a place before it: "sold as far as Bihar in India, and a road leads to
// Harpalpur"), speaks of that country, and its towns of that country are no neighbours' namesakes
/** "sentence:country" of every country a sentence names on its own (not in a demonym, an organisation's name or a place's qualifier). */
function countriesBySentence(results: Resolution[], reading: DocumentReading): Set<string> {
	const found = new Set<string>();
	for (let k = 0; k < results.length; k++) {
		const { place, mention } = results[k]!;
		if (place.kind !== 'country' || !place.country || mention.usage !== 'literal') continue;
		if (k > 0 && reading.parentsInPosition(k - 1).includes(k)) continue;
		found.add(`${reading.sentenceOf(k)}:${place.country}`);
	}
	return found;
}

/** The container j is read in a country that none of the subject's other containers lies in. */
function containerAbroad(results: Resolution[], containers: number[], j: number): boolean {
	const country = results[j]!.place.country;
	return containers.some((k) => k !== j && results[k]!.place.country !== null) && containers.every((k) => k === j || results[k]!.place.country !== country);
}

/**
 * Indices of the mentions to leave unmapped: small towns chosen by name alone far from the described
 * subject, or from the coordinates the text states (which place the subject better than its division).
 */
export function farFromSubject(results: Resolution[], reading: DocumentReading, text: string, stated: StatedPoint | null = null): number[] {
	const found = describedSubject(results, reading, text);
	if (!found && !stated) return [];
	const subject = found?.subject ?? -1;
	const containers = found?.containers ?? [];
	const country = found?.country ?? null;
	const point = stated ?? found?.point ?? null;
	const far: number[] = [];
	let countriesNamed: Set<string> | null = null;
	// (a described subject placed at its own town, or at its county's middle, not a first-level region's)
	const pointedKm = found?.point?.kind === 'city' ? TITLED_FEATURE_KM : found?.point?.kind === 'district' ? TITLED_FEATURE_FROM_DISTRICT_KM : null;
	for (let j = 0; j < results.length; j++) {
		if (j === subject) continue;
		const { place, reasons, outsideNamedCountry, mention } = results[j]!;
		const container = containers.includes(j);
		if (outsideNamedCountry || mention.usage !== 'literal' || (container && place.kind !== 'city')) continue;
		// (a big city's or a region's name before a capitalised island's or bay's word names that feature, however
		// it was chosen: "Victoria Island" off Lagos is no Australian state)
		const titled = found !== null && titledFeature(mention, text);
		const featureNamed = titled || FEATURE_AFTER.test(text.slice(mention.candidate.end, mention.candidate.end + FEATURE_AFTER_CHARS)) || FEATURE_WORD_END.test(mention.surface);
		// ("Dillingham … at the head of Nushagak Bay, an arm of Bristol Bay": a feature the subject is described in,
		// read as a far town, is that town's namesake as much as any other mention)
		// ... save a town read in a country none of the subject's other containers lies in ("Richmond is a town in
		// Tasmania, Australia, in the City of Clarence": a division the gazetteer lacks, not Clarence, New York)
		if (container && !featureNamed && !containerAbroad(results, containers, j)) continue;
		const shortened = country !== null && place.country !== country && regionByShortName(place, mention, text);
		if (place.kind !== 'city' && !shortened && !(featureNamed && place.kind === 'region' && place.country !== country)) continue;
		if (shortened && !restsOn(reasons, NAME_ALONE)) continue;
		if (!featureNamed && !shortened && (capitalOrAtLeast(place, NAMED_FROM_AFAR) || !restsOn(reasons, NAME_ALONE))) continue;
		const farKm = titled && pointedKm !== null ? pointedKm : FAR_KM;
		if (!((country !== null && place.country !== country) || (point && kilometres(place, point) > farKm && !inRegion(place, point)))) continue;
		if (placedByNextMention(results, j)) continue;
		if (place.country !== country && (countriesNamed ??= countriesBySentence(results, reading)).has(`${reading.sentenceOf(j)}:${place.country}`)) continue;
		far.push(j);
	}
	return far;
}

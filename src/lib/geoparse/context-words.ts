// Word lists that read the context of a name. General English, not tuned to any document.
import { tokenAt, type Token } from './tokens.ts';

/** A lower-case word seen this often in SUBTLEX (~51M words) is an ordinary English word ("hope", "park", "city"). */
export const COMMON_WORD = 40;
/**
 * ... and this often, an everyday word that names seldom take over: not made a place by a locative
 * preposition ("in Troy" is the town, "in Hope of" is hope), nor by a capitalised title. Places' names
 * are seen lower-case too, less often ("texas" 143, "virginia" 72; "river" 2,829).
 */
export const EVERYDAY_WORD = 400;

/** Words before a name that make it a person: "President Vladimir", "Mr Paris". */
export const PERSON_TITLES = new Set(
	'mr mrs ms miss dr prof professor sir dame lord lady president vice minister prime premier chancellor king queen prince princess sheikh emir pope cardinal bishop father rev reverend saint general gen col colonel major capt captain lt lieutenant sgt sergeant governor gov senator sen rep representative congressman congresswoman mayor judge justice ambassador envoy secretary chairman chair ceo director coach officer detective inspector agent chief commissioner spokesman spokeswoman spokesperson deputy'.split(
		' '
	)
);

/** Nouns after a place name that keep it a place: "Aghdam District", "Caspian Sea", "Baku City". */
export const GEOGRAPHIC_HEADS = new Set(
	'city town village region district province county state governorate oblast raion rayon republic municipality island islands sea ocean river lake valley mountains mountain mount hills coast bay gulf peninsula desert basin area zone border borders corridor highway road street avenue square port airport harbour harbor'.split(
		' '
	)
);

/** Words after a name that mark it part of an organisation, treaty, event or venue name. */
export const INSTITUTION_HEADS = new Set(
	'group agreement accord accords convention treaty pact protocol declaration charter process format conference congress summit forum council committee commission chamber chambers court courts tribunal armory armoury society assembly parliament agency ministry department office bureau institute institution university college school academy center centre hospital clinic museum library foundation fund bank exchange company corporation corp inc ltd plc holdings group association federation organization organisation community union league party movement front army police patrol times post news journal herald tribune daily gazette magazine review press radio tv television club fc united rovers wanderers athletic stadium arena hall hotel theatre theater church cathedral mosque base house lodge cemetery jail prison fairgrounds auditorium airlines airways railways express energy oil gas petroleum telecom motors foods limited records studios festival games cup open marathon prix prize award awards initiative project program programme plan strategy trust partners capital global international'.split(
		' '
	)
);

/**
 * Words of a public body's name that no institution's name ends in by itself ("Alberta Health Services"): after
 * a place's name that is also a first name they make no person of it. Not institution heads: "the Ministry of
 * Health of Tanzania" names the country.
 */
export const BODY_WORDS = new Set(['health', 'services']);

/** Prepositions before a name that read it as a location: "in Aghdam", "near Shusha". */
export const LOCATIVE_PREPOSITIONS = new Set(
	'in at near from to into across throughout around outside inside toward towards via through between within beyond across along visited visit visiting left reached entered'.split(' ')
);

/** Prepositions that set a place down and take no person ("to", "from", "with" do): "GOLD BEACH — In Langlois". */
export const PREPOSITIONS_OF_PLACE = new Set('in at near outside inside into within around across along throughout beyond between'.split(' '));

/** "Downtown Austin", "Greater Victoria", "South Florida": words that place a name within its area, not a longer name's words. */
export const POSITION_WORDS = new Set('north south east west northeast northwest southeast southwest northern southern eastern western northeastern northwestern southeastern southwestern upstate downstate central downtown uptown midtown mid greater old new upper lower inner outer metro historic mainland rural coastal'.split(' '));

/** The English articles, lower-case (and the indefinite ones). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

// the words that end a US county's name as written ("Durham County", "Lafourche Parish")
export const COUNTY_WORDS: ReadonlySet<string> = new Set(['County', 'Parish']);
// ... and in lower case, after a name or a list of names ("Williamson and Franklin county officials")
export const COUNTY_NOUNS: ReadonlySet<string> = new Set(['county', 'parish']);
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** ... and as they open a sentence or a title-cased phrase (read by their text: "THE" is no such opening). */
export const CAPITALISED_ARTICLES: ReadonlySet<string> = new Set(['The', 'A', 'An']);
/** The words that join the last items of a list or a pair ("Kent and Sussex", "Ohio or Indiana"). */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);

/** Closed-class English words (articles, prepositions, conjunctions, pronouns, determiners): capitalised mid-sentence only where a full stop was lost ("late After Paris"). */
export const FUNCTION_WORDS = new Set(
	'the a an this that these those in at on of from to by for with near into onto upon and or nor but as after before during since until till while when where whether if unless because although though than then so yet both either neither each every all some any no not only even also just despite unlike like across outside inside within without behind beyond against among amid amongst over under above below beside besides between through throughout toward towards via around about along i you he she it we they me him her us them my your his its our their'.split(
		' '
	)
);

/** Verbs that start a clause about a colony's name as a name: "New Galicia was a province", "British India became". */
export const VERBS_AFTER_COLONY = new Set(['is', 'was', 'were', 'had', 'has', 'became', 'remained', 'lay', 'covered', 'comprised', 'included']);

/** Calendar words name towns somewhere ("Thursday", "June") but in news they are dates. */
export const CALENDAR_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '));

/** Holidays name a few towns too ("Christmas", Florida); in text they are dates as well. */
export const HOLIDAYS = new Set('christmas xmas easter thanksgiving halloween hanukkah passover ramadan diwali pentecost epiphany'.split(' '));

// The judge's nouns and heads of names (judge.ts)
export const DIVISION_NOUNS = new Set(['district', 'county', 'province', 'division', 'tehsil', 'taluka', 'subdistrict', 'municipality', 'department', 'prefecture']);
/** Words before "District" that make it a public service's district, a body of its own ("the Springfield School District", "the Lakewood Fire Protection District"), not a division named after the town. */
export const SERVICE_DISTRICT_WORDS = new Set(
	'school schools unified police fire protection water sanitary sanitation sewer sewerage park parks recreation hospital library transit irrigation conservation drainage utility utilities cemetery airport port housing flood levee mosquito lighting ambulance soil college'.split(' ')
);
export const LANDFORM_NOUNS = new Set(['river', 'lake', 'sea', 'mountain', 'mountains', 'hills', 'valley', 'bay', 'gulf', 'island', 'islands', 'peninsula', 'desert', 'strait', 'canal', 'creek', 'glacier', 'reservoir', 'dam']);
export const LANDFORM_PLURALS = new Set(['rivers', 'lakes', 'seas', 'mountains', 'hills', 'valleys', 'bays', 'islands', 'deserts', 'straits', 'canals', 'creeks', 'glaciers', 'reservoirs', 'dams']);
// Capitalised heads of a feature's proper name: "the Arkansas River" names the river, which runs far from
// the state's point. Not "Park", "Forest", "Trail": "Nottingham Forest", "Portland Trail Blazers" are
// teams that carry the town's name (an embedded place), and a town's park lies in the town.
export const ISLAND_HEADS = new Set(['island', 'isle']);
export const FEATURE_HEADS = new Set(['river', 'creek', 'mountains', 'hills', 'canyon', 'dam', 'reservoir', 'glacier', 'gulf']);
// (a town's or a region's name before a capitalised "Bay" is read whole, at the place: feature-head-span.ts)
// ... and after a region's name, a land's or a lake's: "the Silesian Lowlands" spread beyond the voivodeship,
// "Kentucky Lake" lies at the state's edge (a town's plateau or lake lies around it: "the Jos Plateau" stays Jos)
export const REGION_LAND_HEADS = new Set(['lake', 'lowlands', 'uplands', 'highlands', 'plain', 'plateau', 'basin', 'foothills']);
// Verbs only water does, right after its name, in two parts (each rule reads the part it was measured with):
/** its course: "The Úpa rises in", "flows south", "drains the valley", "empties into" */
export const WATER_COURSE_VERBS: readonly string[] = ['rises', 'flows', 'drains', 'empties', 'meanders'];
/** its floods: "Brahmaputra burst its banks" (not "rose" or "fell", which shares do, nor "flooded", which firms do to markets) */
export const WATER_FLOOD_VERBS: ReadonlySet<string> = new Set('burst bursts overflowed overflows swelled swells receded recedes crested crests froze freezes'.split(' '));
// heads of a railway's name: the line runs far beyond the place it is named after
export const RAIL_HEADS = new Set(['line', 'railway', 'railroad']);
// "Historic Washington State Park", "Michigan State Forest": a state's park lies anywhere in it
export const STATE_LANDS = new Set(['park', 'parks', 'forest', 'forests', 'beach', 'recreation']);

/**
 * A town's own officials and people, whom local news names with their town either way: as its modifier ("Irmo
 * officials said", line-openings.ts's CIVIC_BODIES) and after "in"/"of" ("officials in Irmo said", phrase-cues.ts's
 * SPEAKER_NOUNS). Each rule adds its own: bodies and services there, the people any trade has here.
 */
export const TOWN_PEOPLE: readonly string[] = 'officials leaders authorities lawmakers commissioners deputies police voters parents teachers students'.split(' ');

// a residence ("Mark Hale of Madison and …") or a place ("in Tyler and Austin …") after these, not one of a couple
// sharing a surname ("Harold and Jean Baker"): judge-persons.ts and name-cues.ts read couples
export const PLACING_BEFORE_COUPLE: ReadonlySet<string> = new Set(['of', 'in', 'at', 'near']);

/**
 * Whether the word before a name places it (PLACING_BEFORE_COUPLE), so the name opens no couple. "of" places only
 * after a person's name ("Mark Hale of Madison and Jace Olson"), a plural ("the towns of Tyler and Austin"), a word for
 * a place ("the town of Warren") or a town's people or officer ("the mayor of Warren"): after another singular noun it
 * says whose ("in memory of Warren and Joyce Smith", "at the home of Tyler and Jean Moss").
 */
export function placesBeforeCouple(tokens: readonly Token[], first: number): boolean {
	const before = tokenAt(tokens, first - 1);
	if (!before || !PLACING_BEFORE_COUPLE.has(before.lower)) return false;
	const owner = tokenAt(tokens, first - 2);
	return before.lower !== 'of' || !owner || owner.capitalized || !/^\p{Ll}+$/u.test(owner.text) || owner.text.endsWith('s') || TOWNS_OWNERS.has(owner.text) || GEOGRAPHIC_HEADS.has(owner.text);
}

// a town's people and officers: "of" after them names the town ("The mayor of Warren and Joyce Smith, the clerk")
const TOWNS_OWNERS: ReadonlySet<string> = new Set(['people', 'mayor', 'citizenry', 'populace']);

// A town's name straight before "in" and a country or a US state that holds none of the towns of that
// name is no town here (a firm, a team, or a place the gazetteer lacks): left unmapped, not put on a
// namesake elsewhere. A town the container holds is placed in it; a capital, a name after "of" (a person's
// epithet, placed with the phrase it ends) and a town in a region whose codes its towns do not carry stay.
// Written for these tests (none copied).
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const NAMED_OUTSIDE: TrapText[] = [
	{ text: 'Analysts praised the expansion by Toyota in Indiana, which adds 1,400 jobs near Princeton.', places: ['Indiana → US'], notPlaces: ['Toyota'] },
	{ text: 'Sporting beat Porto in Japan on a preseason tour, their coach said.', places: ['Japan → JP'], notPlaces: ['Porto'] }
];

const PLACED_INSIDE: TrapText[] = [
	{ text: 'She grew up in Paris in Texas before moving to Dallas.', places: ['Paris → US', 'Texas → US'], notPlaces: [] },
	{ text: 'Prices in Manchester in England rose faster than in London last year.', places: ['Manchester → GB', 'London → GB'], notPlaces: [] },
	{ text: 'Talks between Moscow in Syria and the rebels stalled again.', places: ['Moscow → RU', 'Syria → SY'], notPlaces: [] },
	// an English county's towns may carry a unitary authority's codes: such a region decides nothing
	{ text: 'Fishing boats returned to Grimsby in Lincolnshire on Monday.', places: ['Grimsby → GB', 'Lincolnshire → GB'], notPlaces: [] },
	{ text: 'An icon of Seraphim of Sarov in France was restored last spring.', places: ['Sarov → RU', 'France → FR'], notPlaces: [] }
];

// History prose names a town by its old name and the state it lay in then, or in now: the old name is
// the place's own (an alternate name), so the container that no longer holds it decides nothing.
const OLD_NAMES: TrapText[] = [
	{ text: 'Her grandfather ran a bakery in Königsberg in Germany until the war ended.', places: ['Königsberg → RU', 'Germany → DE'], notPlaces: [] },
	{ text: 'His uncle taught at a school in Memel in Germany.', places: ['Memel → LT', 'Germany → DE'], notPlaces: [] },
	{ text: 'After 1919 the family stayed in Lemberg in Poland for a decade.', places: ['Lemberg → UA', 'Poland → PL'], notPlaces: [] },
	{ text: 'A cousin wrote letters home from Stettin in Poland every spring.', places: ['Stettin → PL', 'Poland → PL'], notPlaces: [] }
];

// A town coded for another country that lies inside or on the edge of the container (a disputed or
// administered area) is in it as the text says.
const BESIDE_CONTAINER: TrapText[] = [
	{ text: 'Soldiers patrolled Hebron in Israel after the attack.', places: ['Hebron → PS', 'Israel → IL'], notPlaces: [] },
	{ text: 'Olive groves around Nablus in Israel were damaged by fire.', places: ['Nablus → PS', 'Israel → IL'], notPlaces: [] }
];

describeTraps('an old name before "in" and the state it lay in, or lies in now, stays the town', OLD_NAMES);
describeTraps('a town beside the container\'s own towns stays a place', BESIDE_CONTAINER);
describeTraps('a town before "in" and a container holding none of its name is no town', NAMED_OUTSIDE);
describeTraps('a town the container holds, a capital and a name after "of" stay places', PLACED_INSIDE);

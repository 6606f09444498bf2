// "Champaign Centennial", "Rockford Auburn": a town's name right after a sizeable town's, one space
// between, names that town's school or team, not a place of its own (longer-name-words.ts). Texts written
// for these tests; the rule lists no school: it reads two town names side by side.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const SCHOOLS: TrapText[] = [
	{ text: 'In overtime, Champaign Centennial beat the Panthers 48-45.', places: ['Champaign → US'], notPlaces: ['Centennial'] },
	{ text: 'On Friday, Rockford Auburn beat Springfield Glendale 3-1.', places: ['Rockford → US', 'Springfield → US'], notPlaces: ['Auburn', 'Glendale'] }
];

// a common word that names a small town too is no town before the name, nor is a list with commas
const STILL: TrapText[] = [
	{ text: 'He holds a degree from Robinson College Cambridge and lives in Ely.', places: ['Cambridge → GB'], notPlaces: [] },
	// (not after "film": a work's title names no place, 631f6ff)
	// (a capitalised "Of" before a lower-case word reads as a title in running text, work-titles.ts: a list after it here)
	{ text: 'The Mayor Of New York, Paris and London met on Friday.', places: ['New York → US', 'Paris → FR', 'London → GB'], notPlaces: [] },
	// (Naperville, not Auburn: "Rockford, Auburn" leaves Auburn unread for want of context, rule or no rule)
	{ text: 'The tour visits Rockford, Naperville and Peoria in May.', places: ['Rockford → US', 'Naperville → US', 'Peoria → US'], notPlaces: [] }
];

// twin cities and metro pairs lie within ~30 km, where a school takes a distant place's name; a word for
// an area after the pair names the two towns' area
const TWINS: TrapText[] = [
	{ text: 'Home prices rose 4 percent in the Minneapolis St. Paul metro last year.', places: ['Minneapolis → US', 'St. Paul → US'], notPlaces: [] },
	{ text: 'The Tampa St. Petersburg area braced for the storm.', places: ['Tampa → US', 'St. Petersburg → US'], notPlaces: [] },
	{ text: 'Commuters in the Ottawa Gatineau region faced delays.', places: ['Ottawa → CA', 'Gatineau → CA'], notPlaces: [] },
	{ text: 'Traffic on the Kitchener Waterloo expressway was slow.', places: ['Kitchener → CA', 'Waterloo → CA'], notPlaces: [] },
	{ text: 'The Bloomington Normal region added jobs.', places: ['Normal → US'], notPlaces: [] },
	{ text: 'Rain lashed the Hyderabad Secunderabad twin cities on Monday.', places: ['Hyderabad → IN', 'Secunderabad → IN'], notPlaces: [] },
	{ text: 'The Islamabad Rawalpindi metro bus service resumed on Monday.', places: ['Islamabad → PK', 'Rawalpindi → PK'], notPlaces: [] },
	// (no area word: the distance alone)
	{ text: 'Rents rose fast in Kitchener Waterloo this year.', places: ['Kitchener → CA', 'Waterloo → CA'], notPlaces: [] }
];

describeTraps("a town's name after another's", SCHOOLS);
describeTraps('town names the rule leaves', STILL);
describeTraps('twin cities', TWINS);

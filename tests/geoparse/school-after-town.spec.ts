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
	{ text: 'The film Gangs Of New York opened in London on Friday.', places: ['New York → US', 'London → GB'], notPlaces: [] },
	{ text: 'The tour visits Rockford, Auburn and Peoria in May.', places: ['Rockford → US', 'Peoria → US'], notPlaces: [] }
];

describeTraps("a town's name after another's", SCHOOLS);
describeTraps('town names the rule leaves', STILL);

// The forms of Quebec's municipality articles: "in the Kamouraska Regional County Municipality" names the
// town the RCM is named after, not a person before a surname (judge.ts: a division noun closing the
// capitalised words after the name), and "in the Bas-Saint-Laurent region" is one hyphened name, not the
// Montreal borough of Saint-Laurent after a stray word (other-names.ts: a name hyphened after another
// language's position word or a word that names no place). Texts written for these tests.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const REGIONAL_COUNTY_MUNICIPALITY: TrapText[] = [
	{ text: 'Saint-Pascal is a town in the Kamouraska Regional County Municipality of Quebec, Canada.', places: ['Kamouraska → CA'], notPlaces: [] },
	{ text: 'Ladysmith lies in the Cowichan Valley Regional District of British Columbia, north of Duncan.', places: ['Duncan → CA'], notPlaces: [] }
];

const HYPHENED_AFTER_A_WORD: TrapText[] = [
	{ text: 'Sainte-Luce is a municipality in the Bas-Saint-Laurent region of Quebec, east of Rimouski.', places: ['Rimouski → CA'], notPlaces: ['Saint-Laurent'] },
	{ text: 'Flights from Dallas-Fort Worth to Miami were delayed.', places: ['Fort Worth → US', 'Miami → US'], notPlaces: [] },
	{ text: 'She is a junior at UW-Madison and spends summers in Milwaukee.', places: ['Madison → US'], notPlaces: [] },
	{ text: 'The Cootamundra-Gundagai Regional Council has its seat at Gundagai, on the Murrumbidgee River.', places: ['Gundagai → AU'], notPlaces: [] }
];

describeTraps('the town a regional county municipality is named after', REGIONAL_COUNTY_MUNICIPALITY);
describeTraps('a name hyphened after a word that is no well-known place', HYPHENED_AFTER_A_WORD);

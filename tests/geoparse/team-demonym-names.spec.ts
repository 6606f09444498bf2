// A town's name followed by a nationality in the plural that ends the capitalised run names a team ("the
// Cleveland Indians") only where the text around it is about sport; elsewhere it is the town's community
// of that nation ("Miami Cubans"), and both places stay. Written for these tests (none copied); no team
// is listed in the geoparser.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const TEAMS_OF_TOWNS: TrapText[] = [
	{ text: 'The Kolkata Nigerians won their third match in a row at home on Sunday.', places: [], notPlaces: ['Nigerians'], embeddedOnly: ['Kolkata'] },
	{ text: 'Fans of the Toronto Brazilians packed the stadium in Hamilton, Ontario, before the final.', places: ['Hamilton → CA', 'Ontario → CA'], notPlaces: ['Brazilians'], embeddedOnly: ['Toronto'] },
	{ text: 'On Saturday the Houston Canadians beat their rivals from across the league by two runs.', places: [], notPlaces: ['Canadians'], embeddedOnly: ['Houston'] },
	{ text: 'The Denver Germans edged the visitors 3-2 after a late goal in the second half.', places: [], notPlaces: ['Germans'], embeddedOnly: ['Denver'] },
	// an everyday word's town mid-sentence still opens a team's name (its capital says it is the name here)
	{ text: 'Late on Friday the Boston Canadians edged their hosts 2-1 in extra time.', places: [], notPlaces: ['Canadians'], embeddedOnly: ['Boston'] },
	// a small town's name in a team's name is dropped with it
	{ text: 'Last night the Riverton Canadians beat the visiting side for the first time this year.', places: [], notPlaces: ['Riverton', 'Canadians'] },
	// a nationality after a word that names a town somewhere, or a town then a longer name, stays a people
	{ text: 'As Mexicans, we may disagree about trade, the minister said in Monterrey.', places: ['Mexicans → MX', 'Monterrey → MX'], notPlaces: [] },
	{ text: 'Thousands of Kenyans living in Dubai sent money home to Nairobi last year.', places: ['Kenyans → KE', 'Dubai → AE', 'Nairobi → KE'], notPlaces: [] }
];

// a town's people from another nation, in news with no sport around them: the town and the nation stay
const COMMUNITIES_OF_TOWNS: TrapText[] = [
	{ text: 'Shop owners said the Seattle Ethiopians have been pushed out of the neighborhood by rents.', places: ['Seattle → US', 'Ethiopians → ET'], notPlaces: [] },
	{ text: 'Organisers expect the Houston Peruvians to gather downtown on Sunday for their national holiday.', places: ['Houston → US', 'Peruvians → PE'], notPlaces: [] },
	{ text: 'City officials met with Phoenix Guatemalans about the cost of sending money home.', places: ['Phoenix → US', 'Guatemalans → GT'], notPlaces: [] },
	// a town's name that is a first name too is no person before a nationality, nor a team after "the"
	{ text: 'Many Denver Peruvians gathered downtown on Sunday for their national holiday.', places: ['Denver → US', 'Peruvians → PE'], notPlaces: [] },
	{ text: 'Later the Dallas Peruvians held a festival in a park near the river, and Dallas fans of folk music came.', places: ['Dallas → US', 'Peruvians → PE'], notPlaces: [] }
];

// the town of a team named with a nationality, in sport, is the team's all through the text, as after a nickname
const TEAM_TOWNS_LATER: TrapText[] = [{ text: 'The Pune Brazilians won again on Sunday. Pune coach Ravi Rao praised the defence.', places: [], notPlaces: ['Brazilians'], embeddedOnly: ['Pune'] }];

// a team's life told without a score: a club's verb after its name, or a word of organised sport further
// on in the paragraph, makes the town and the nationality one team's name
const TEAMS_OUTSIDE_A_MATCH: TrapText[] = [
	{ text: 'The Omaha Germans were founded in 1890 and spent their first years in a wooden hall.', places: [], notPlaces: ['Germans'], embeddedOnly: ['Omaha'] },
	{ text: 'The Akron Italians changed their name after the owners sold the club to a brewer.', places: [], notPlaces: ['Italians'], embeddedOnly: ['Akron'] },
	{ text: 'In 1923 the Tacoma Norwegians had small crowds at their old ground, and two years later they left the league for good.', places: [], notPlaces: ['Norwegians'], embeddedOnly: ['Tacoma'] }
];

// a count of people before the name, or sport only in another paragraph: the town's community stays
const COMMUNITIES_NEAR_SPORT: TrapText[] = [
	{ text: 'Many Phoenix Mexicans watched the league final on television at home.', places: ['Phoenix → US', 'Mexicans → MX'], notPlaces: [] },
	{ text: 'About 3,000 Denver Peruvians cheered their national side at the stadium on Friday.', places: ['Denver → US', 'Peruvians → PE'], notPlaces: [] },
	{ text: 'The city stadium hosted the league final on Saturday.\n\nOn Sunday the Tucson Hondurans held a street fair with music and food.', places: ['Tucson → US', 'Hondurans → HN'], notPlaces: [] }
];

describeTraps('a town before a plural nationality names a team in a sports text', TEAMS_OF_TOWNS);
describeTraps("a town before a plural nationality names a team where a club's verb or a sport's word is near", TEAMS_OUTSIDE_A_MATCH);
describeTraps('a counted town community, or one a paragraph away from sport, is the town and the nation', COMMUNITIES_NEAR_SPORT);
describeTraps('a town before a plural nationality outside sport is the town and the nation', COMMUNITIES_OF_TOWNS);
describeTraps("a team's town named with a nationality stays the team's beside a team's word later", TEAM_TOWNS_LATER);

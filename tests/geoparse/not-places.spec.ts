// More recognition traps, written for these tests (none copied): people named by a surname or a first
// name that is a place's name, capitalised common nouns after a place, direction words inside
// organisation names, brands, teams, ships, storms, virus lineages and foods named after places,
// each beside true places. General rules only: none of these names is listed in the geoparser.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const PEOPLE: TrapText[] = [
	{
		text: '"We will rebuild the bridge," said Lincoln, who has run the ferry company in Omaha for 20 years.',
		places: ['Omaha → US'],
		notPlaces: ['Lincoln']
	},
	{
		text: 'Durham made his remarks at a rally in Tulsa, Oklahoma, on Saturday.',
		places: ['Tulsa → US', 'Oklahoma → US'],
		notPlaces: ['Durham']
	},
	{
		text: 'Paul scored 31 points in the win at Phoenix on Sunday.',
		places: ['Phoenix → US'],
		notPlaces: ['Paul']
	},
	{
		text: 'Miranda tweeted on Thursday that the show would go on in New York.',
		places: ['New York → US'],
		notPlaces: ['Miranda']
	},
	{
		text: 'Gard and Yates thanked supporters outside the hospital in London.',
		places: ['London → GB'],
		notPlaces: ['Gard']
	},
	{
		text: '"It was chaos," said Denton Riad, a cashier in Paterson, New Jersey.',
		places: ['Paterson → US', 'New Jersey → US'],
		notPlaces: ['Denton', 'Riad']
	},
	{
		text: 'David and Jodi Mahler of Bellmore, New York, sailed to the Bahamas.',
		places: ['Bellmore → US', 'New York → US', 'Bahamas → BS'],
		notPlaces: ['David']
	},
	{
		text: 'Kobe Bryant watched the final from a courtside seat in Minneapolis.',
		places: ['Minneapolis → US'],
		notPlaces: ['Kobe']
	},
	{
		text: 'Toyota President Akio Toyoda spoke at the auto show in Detroit.',
		places: ['Detroit → US'],
		notPlaces: ['Toyota']
	}
];

const COMMON_NOUNS_AND_ORGANISATIONS: TrapText[] = [
	{
		text: 'Riders waited at the Clarendon Metro station in Arlington, Virginia, for an hour.',
		places: ['Arlington → US', 'Virginia → US'],
		notPlaces: ['Metro']
	},
	{
		text: 'Amtrak trains left Union Station in Washington late on Friday.',
		places: ['Washington → US'],
		notPlaces: ['Union', 'Union Station']
	},
	{
		text: 'Members of the Ontario Chamber of Commerce met in Ottawa on Monday.',
		places: ['Ottawa → CA'],
		notPlaces: [],
		embeddedOnly: ['Ontario']
	},
	{
		text: 'The Seoul Central District Court sentenced the former president in absentia.',
		places: [],
		notPlaces: [],
		embeddedOnly: ['Seoul']
	},
	{
		text: 'The firm moved its offices to the Illinois State Armory in Springfield.',
		places: [],
		notPlaces: [],
		embeddedOnly: ['Illinois']
	},
	{
		text: 'The Northern Rivers Council met in Lismore, New South Wales, to discuss flood levies.',
		places: ['Lismore → AU', 'New South Wales → AU'],
		notPlaces: [],
		embeddedOnly: ['Rivers', 'Northern Rivers']
	},
	{
		text: 'Delegates to the Southern Baptist Convention gathered in Nashville, Tennessee.',
		places: ['Nashville → US', 'Tennessee → US'],
		notPlaces: ['Southern']
	},
	{
		text: 'The North Face opened its largest store in Denver, Colorado.',
		places: ['Denver → US', 'Colorado → US'],
		notPlaces: ['North']
	},
	{
		text: 'Crews from North West Ambulance Service took two men to hospital in Preston, Lancashire.',
		places: ['Preston → GB', 'Lancashire → GB'],
		notPlaces: [],
		embeddedOnly: ['North West']
	},
	{
		text: 'Independence Day parades were held in Boston and Philadelphia.',
		places: ['Boston → US', 'Philadelphia → US'],
		notPlaces: [],
		embeddedOnly: ['Independence']
	},
	{
		text: 'Angered by the ruling, farmers blocked roads near Lyon, France.',
		places: ['Lyon → FR', 'France → FR'],
		notPlaces: ['Angered']
	},
	{
		text: 'Christmas cookie sales rose 12 percent at bakeries in Tacoma, Washington.',
		places: ['Tacoma → US', 'Washington → US'],
		notPlaces: ['Christmas']
	}
];

const BRANDS_TEAMS_SHIPS_STORMS: TrapText[] = [
	{
		text: 'A Dodge pickup and a Lincoln sedan collided on Route 9 near Albany, New York.',
		places: ['Albany → US', 'New York → US'],
		notPlaces: ['Lincoln']
	},
	{
		text: "Cadillac's sales in China rose 30 percent last year, the company said in Detroit.",
		places: ['China → CN', 'Detroit → US'],
		notPlaces: ['Cadillac']
	},
	{
		text: 'Real Madrid beat Juventus 3-1 in Turin on Tuesday.',
		places: ['Turin → IT'],
		notPlaces: [],
		// the club carries the city's name: a word of a longer name, as in "Fans of Real Madrid" below
		embeddedOnly: ['Madrid']
	},
	{
		text: 'The destroyer USS Mason returned to Mayport, Florida, after a six-month deployment.',
		places: ['Florida → US'],
		notPlaces: ['Mason']
	},
	{
		text: 'Tourists queued to board HMS Belfast, which is moored in London.',
		places: ['London → GB'],
		notPlaces: [],
		embeddedOnly: ['Belfast']
	},
	{
		text: 'Hurricane Florence made landfall near Wilmington, North Carolina, on Friday.',
		places: ['Wilmington, North Carolina → US'],
		notPlaces: ['Florence']
	},
	{
		text: 'Hurricane Harvey flooded much of Houston in 2017.',
		places: ['Houston → US'],
		notPlaces: ['Harvey']
	},
	{
		text: "This season's vaccine covers the B/Victoria and B/Yamagata lineages, officials in Atlanta said.",
		places: ['Atlanta → US'],
		notPlaces: ['Victoria', 'Yamagata']
	},
	{
		text: 'The diner in Boise, Idaho, serves French fries and Brussels sprouts with every steak.',
		places: ['Boise → US', 'Idaho → US'],
		notPlaces: ['French', 'Brussels']
	},
	{
		text: 'Shops in Istanbul sell Turkish delight to tourists, and a Panama hat costs $40.',
		places: ['Istanbul → TR'],
		notPlaces: ['Turkish', 'Panama']
	},
	// written before the rule for things named after places (the lexicon's compounds): more of the kind
	{
		text: 'A bakery in Portland, Maine, sold out of Danish pastry and English muffins by noon.',
		places: ['Portland → US', 'Maine → US'],
		notPlaces: ['Danish', 'English']
	},
	{
		text: 'Lunch at a cafe in Antwerp was Belgian waffles with a side of Lima beans.',
		places: ['Antwerp → BE'],
		notPlaces: ['Belgian', 'Lima']
	},
	{
		text: 'Mobile phones went dead across Accra, Ghana, when the network failed.',
		places: ['Accra → GH', 'Ghana → GH'],
		notPlaces: ['Mobile']
	},
	// ... and "the Red Cross" before a verb: a thing called after a small place, not the place
	{
		text: 'Volunteers from the Red Cross handed out blankets in Haiti.',
		places: ['Haiti → HT'],
		notPlaces: ['Red Cross']
	},
	{
		text: 'Donations to the Red Cross have doubled since the floods in Dhaka.',
		places: ['Dhaka → BD'],
		notPlaces: ['Red Cross']
	},
	// ... also where a second body named with "the" stands between it and the verb
	{
		text: 'The Red Cross and the Salvation Army said they would help victims in Houston.',
		places: ['Houston → US'],
		notPlaces: ['Red Cross']
	},
	{
		text: 'Aid from the Red Cross and the Salvation Army reached Haiti.',
		places: ['Haiti → HT'],
		notPlaces: ['Red Cross']
	},
	{
		text: 'A Hollywood producer bought the rights at the festival in Cannes, France.',
		places: ['Cannes → FR', 'France → FR'],
		notPlaces: []
	}
];

// written after the rules above, to hold their limits: what they must still read as places
const LIMITS: TrapText[] = [
	{
		text: 'Tourists ate fries in Brussels, then bought straw hats in Panama.',
		places: ['Brussels → BE', 'Panama → PA'],
		notPlaces: []
	},
	{
		text: 'Veterans raised an American flag outside the courthouse, and French troops paraded in Lyon.',
		places: ['American → US', 'French → FR', 'Lyon → FR'],
		notPlaces: []
	},
	{
		text: 'The storm flooded Mobile, Alabama, and Red Cross, North Carolina, on the same night.',
		places: ['Mobile → US', 'Alabama → US', 'Red Cross → US'],
		notPlaces: []
	},
	{
		text: 'The Hague and the Vatican signed the deal in Rome.',
		places: ['The Hague → NL', 'Vatican → VA', 'Rome → IT'],
		notPlaces: []
	},
	{
		text: 'Fans of Real Madrid watched the final in a bar in Cairo.',
		places: ['Cairo → EG'],
		notPlaces: [],
		embeddedOnly: ['Madrid']
	},
	{
		text: 'He toured Omaha with his wife and then drove on to Tulsa, Oklahoma.',
		places: ['Omaha → US', 'Tulsa → US', 'Oklahoma → US'],
		notPlaces: []
	},
	{
		text: 'Crowds filled South Florida beaches and Downtown Austin bars over the weekend.',
		places: ['South Florida → US', 'Austin → US'],
		notPlaces: []
	},
	{
		text: 'Flights resumed on Monday morning After Paris reopened its airports, Lyon followed.',
		places: ['Paris → FR', 'Lyon → FR'],
		notPlaces: []
	},
	{
		text: 'Monsoon floods closed ports across S Asia this week, officials in Dhaka said.',
		places: ['Asia → null', 'Dhaka → BD'],
		notPlaces: []
	},
	{
		text: 'Fans of Aston Villa and Kanye West queued outside the arena in Birmingham, England.',
		places: ['Birmingham → GB', 'England → GB'],
		notPlaces: ['Aston', 'Kanye']
	},
	{
		text: 'Voters in Bristol East and the minister in Moscow, Russia Thursday said little.',
		places: ['Bristol → GB', 'Moscow → RU', 'Russia → RU'],
		notPlaces: []
	},
	{
		text: 'Sirens sounded in SW London, and the US Virginia-class submarine left Norfolk.',
		places: ['London → GB'],
		notPlaces: []
	},
	{
		text: 'Moscow said on Tuesday that talks with Georgia and Armenia would resume in Tbilisi.',
		places: ['Moscow → RU', 'Georgia → GE', 'Armenia → AM', 'Tbilisi → GE'],
		notPlaces: []
	},
	{
		text: 'Bled is a town on a lake in the Julian Alps of Slovenia.',
		places: ['Bled → SI', 'Slovenia → SI'],
		notPlaces: []
	},
	{
		text: '"The river is still rising," said Jane Hale, a teacher in Dayton, Ohio.',
		places: ['Dayton → US', 'Ohio → US'],
		notPlaces: ['Hale']
	}
];

// more of the kinds the rules for storms, clubs, firms, surnames, transit systems and holidays read,
// written with those rules, beside the same names where they are places
const MORE_OF_THE_SAME_KINDS: TrapText[] = [
	{
		text: 'Cyclone Victoria stalled off the coast before reaching Perth, Western Australia.',
		places: ['Perth → AU', 'Western Australia → AU'],
		notPlaces: ['Victoria']
	},
	{ text: 'Storm Ciara closed roads near Florence, Italy.', places: ['Florence → IT', 'Italy → IT'], notPlaces: [] },
	{ text: 'Flood waters rose in Hurricane, Utah, after the storm.', places: ['Hurricane → US', 'Utah → US'], notPlaces: [] },
	{ text: 'Atletico Madrid signed a striker from Lyon, France.', places: ['Lyon → FR', 'France → FR'], notPlaces: [], embeddedOnly: ['Madrid'] },
	{ text: 'Fans of Dynamo Kyiv marched through Lviv before the match.', places: ['Lviv → UA'], notPlaces: [], embeddedOnly: ['Kyiv'] },
	{ text: 'Real estate prices in Madrid rose 8 percent, and flights to Madrid were full.', places: ['Madrid → ES'], notPlaces: [] },
	{ text: 'Honda Chairman Takanobu Ito spoke to reporters in Tokyo on Friday.', places: ['Tokyo → JP'], notPlaces: ['Honda'] },
	{ text: 'Cadillac President Johan de Nysschen spoke at the auto show in New York.', places: ['New York → US'], notPlaces: ['Cadillac'] },
	{ text: 'Cadillac is a city in Wexford County, Michigan.', places: ['Cadillac → US', 'Michigan → US'], notPlaces: [] },
	{ text: 'Moscow Mayor Sergei Sobyanin opened the new metro line.', places: ['Moscow → RU'], notPlaces: [] },
	{ text: 'Boston Scott ran for 60 yards in Philadelphia on Sunday.', places: ['Philadelphia → US'], notPlaces: ['Boston'] },
	{ text: 'Flights from Boston Logan resumed on Monday.', places: ['Boston → US'], notPlaces: [] },
	{ text: 'Kobe is a port city in Hyogo Prefecture, Japan.', places: ['Kobe → JP', 'Japan → JP'], notPlaces: [] },
	{ text: 'Commuters crowded the Foggy Bottom Metro stop in Washington on Monday.', places: ['Washington → US'], notPlaces: ['Metro'] },
	{ text: 'The Kyiv Metro carried a million riders a day, officials in Kyiv said.', places: ['Kyiv → UA'], notPlaces: ['Metro'] },
	{ text: 'Shoppers in Leeds spent more before Christmas than last year.', places: ['Leeds → GB'], notPlaces: ['Christmas'] },
	{ text: 'A motel in Christmas, Florida, reopened after the storm.', places: ['Christmas → US', 'Florida → US'], notPlaces: [] },
	{ text: 'Supporters of Kerry and Edwards rallied in Columbus, Ohio, on Tuesday.', places: ['Columbus → US', 'Ohio → US'], notPlaces: ['Kerry'] },
	{ text: 'Floods hit Gard and Hérault in the south of France.', places: ['Gard → FR', 'France → FR'], notPlaces: [] },
	{ text: 'Kerry is a county on the west coast of Ireland.', places: ['Kerry → IE', 'Ireland → IE'], notPlaces: [] },
	{ text: 'White House aides said the trip to Ohio was off, and the Kremlin said talks would go on.', places: ['Ohio → US'], notPlaces: ['White House', 'Kremlin'] },
	{ text: 'Protesters gathered outside the White House, and a Kremlin spokesman spoke in Moscow.', places: ['White House → US', 'Moscow → RU'], notPlaces: ['Kremlin'] }
];

describeTraps('not places: people named like places', PEOPLE);
describeTraps('not places: capitalised common nouns, organisations and days', COMMON_NOUNS_AND_ORGANISATIONS);
describeTraps('not places: brands, teams, ships, storms, lineages and foods', BRANDS_TEAMS_SHIPS_STORMS);
describeTraps('not places: what the rules must still read as places', LIMITS);
describeTraps('not places: more storms, clubs, firms, surnames, transit systems and holidays', MORE_OF_THE_SAME_KINDS);

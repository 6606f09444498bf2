// Short news texts written for these tests (none copied), full of names that contain or equal a place
// name but are no place here — firms, brands, teams, people, streets, events, virus strains, web
// addresses — beside true places. Each trap and each true place is a test of its own, so a run counts
// how many hold. General rules only: none of these names is listed anywhere in the geoparser.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

export const TRAP_TEXTS: TrapText[] = [
	{
		text: 'Shoppers lined up outside Bed Bath & Beyond in Paramus, New Jersey, on Saturday, while a Jos. A. Bank store two doors down stayed shut.',
		places: ['Paramus → US', 'New Jersey → US'],
		notPlaces: ['Bath', 'Jos']
	},
	{
		text: "Amazon.com said its Seattle warehouse would hire 300 workers, and Amazon's shares rose in New York trading.",
		places: ['Seattle → US', 'New York → US'],
		notPlaces: ['Amazon']
	},
	{
		text: 'In the Amazon, loggers cleared 900 square kilometres last year, the space agency of Brazil said.',
		places: ['Amazon → null', 'Brazil → BR'],
		notPlaces: []
	},
	{
		text: 'Traffic was diverted from Atlantic Avenue in Brooklyn after a water main broke beside Hudson Street.',
		places: ['Brooklyn → US'],
		notPlaces: ['Atlantic', 'Hudson']
	},
	{
		text: 'A ferry carrying 40 passengers ran aground off Fire Island, New York, on Tuesday, the Coast Guard said.',
		places: ['New York → US'],
		notPlaces: ['Island']
	},
	{
		text: 'Flu samples collected in Darwin matched the A/Perth/16/2009 strain, health officials in Canberra said.',
		places: ['Darwin → AU', 'Canberra → AU'],
		notPlaces: ['Perth']
	},
	{
		text: "Mississippi State beat the visitors 73-63 in Columbus, Ohio, and Mississippi State's coach praised the defence.",
		places: ['Columbus → US', 'Ohio → US'],
		notPlaces: [],
		embeddedOnly: ['Mississippi State', 'Mississippi']
	},
	{
		text: 'Gino R. Hartford, 45, of Dayton, was charged with theft on Monday. Hartford told police he had found the wallet.',
		places: ['Dayton → US'],
		notPlaces: ['Hartford']
	},
	{
		text: '"We had no warning at all," said Lincoln Riad, who runs a bakery in Cairo.',
		places: ['Cairo → EG'],
		notPlaces: ['Lincoln', 'Riad']
	},
	{
		text: "Chelsea's husband told reporters the couple would move back to Denver next spring.",
		places: ['Denver → US'],
		notPlaces: ['Chelsea']
	},
	{
		text: 'The Red Cross sent two trucks of supplies to Aleppo, where doctors from the University of Manchester run a field clinic.',
		places: ['Aleppo → SY'],
		notPlaces: [],
		stillMissed: ['Red Cross'],
		embeddedOnly: ['Manchester']
	},
	{
		text: 'A Google search for the firm returned thousands of pages, an analyst in Toronto said.',
		places: ['Toronto → CA'],
		notPlaces: ['Google']
	},
	{
		text: "Sales at Victoria's Secret stores in Ohio and Texas dropped 8 percent in the quarter.",
		places: ['Ohio → US', 'Texas → US'],
		notPlaces: ['Victoria']
	},
	// written with the rule for a brand owned by a place's name: an everyday word, then what a firm owns
	{
		text: "Revenue at Georgia's Best stores rose 4 percent, the chain said in Atlanta.",
		places: ['Atlanta → US'],
		notPlaces: ['Georgia']
	},
	{
		text: "Britain's Tesco stores cut prices, the company said in London.",
		places: ['Britain → GB', 'London → GB'],
		notPlaces: []
	},
	{
		text: 'The Dubai World Cup went to a colt trained at Newmarket, England, by a team from Ireland.',
		places: ['Newmarket → GB', 'England → GB', 'Ireland → IE'],
		notPlaces: [],
		embeddedOnly: ['Dubai']
	},
	{
		text: 'Police closed Kingsley Road near Fredericton, New Brunswick, on Nov. 3 after a crash involving two trucks.',
		places: ['Fredericton → CA', 'New Brunswick → CA'],
		notPlaces: ['Kingsley', 'Nov']
	},
	{
		text: 'Rainbow Kitten Surprise and St. Paul & the Broken Bones will headline the festival in Austin, Texas, in May.',
		places: ['Austin → US', 'Texas → US'],
		notPlaces: ['Surprise', 'St. Paul']
	},
	{
		text: 'Officers arrested Peter Durham, 43, of Flint, Michigan, and Durham was released on bail on Friday.',
		places: ['Flint → US', 'Michigan → US'],
		notPlaces: ['Durham']
	},
	{
		text: 'The ship reached the U.S. Virgin Islands on Monday, two days after leaving San Juan.',
		places: ['U.S. Virgin Islands → VI', 'San Juan → PR'],
		notPlaces: ['Virgin Islands']
	},
	{
		text: 'Known to locals as "Smoky Mary," the old line ran from the river to Lake Pontchartrain in Louisiana.',
		places: ['Louisiana → US'],
		notPlaces: ['Mary']
	},
	{
		text: 'Farmers near Salina, Kansas, said grain prices had fallen again, according to a report on Boston.com.',
		places: ['Salina → US', 'Kansas → US'],
		notPlaces: ['Boston']
	},
	{
		text: 'Orlando, 19, and his sister Florence, 22, were treated at a hospital in Leeds after the crash.',
		places: ['Leeds → GB'],
		notPlaces: ['Orlando', 'Florence']
	},
	{
		text: "Michael Jordan's restaurant in Chicago closed on Sunday, and traders in Amman said Jordan's central bank kept rates steady.",
		places: ['Chicago → US', 'Amman → JO', 'Jordan → JO'],
		notPlaces: []
	},
	{
		text: 'Negotiators met in Ottawa to rework the North American Free Trade Agreement, and Mary of Bethany was the subject of a sermon in Winnipeg.',
		places: ['Ottawa → CA', 'Winnipeg → CA'],
		notPlaces: ['Free', 'Mary']
	},
	{
		text: "Viewers of ITV2's Hell's Kitchen and Channel 5's Salisbury fell by a third, the London ratings agency said.",
		places: ['London → GB'],
		notPlaces: ["Hell's Kitchen", 'Salisbury']
	},
	{
		text: 'Engineers closed the Highland Main Line between Perth and Inverness after a landslip in Scotland, and the West Coast Main Line ran late.',
		places: ['Inverness → GB', 'Scotland → GB'],
		notPlaces: [],
		embeddedOnly: ['Highland', 'West Coast']
	},
	{
		text: 'Trekkers in northern Vietnam walk down from Sa Pa to Tả Van, and the museum of the Kruševo Republic reopened in North Macedonia.',
		places: ['Vietnam → VN', 'Kruševo → MK'],
		notPlaces: ['Van', 'Tả']
	},
	{
		text: "A new bistro opened in New York's Hell's Kitchen, and aid reached the camps in Cox's Bazar, Bangladesh.",
		places: ["Hell's Kitchen → US", "Cox's Bazar → BD", 'Bangladesh → BD'],
		notPlaces: []
	},
	{
		text: 'Detainees held at Guantanamo Bay were flown to Cuba, and a ferry crossed Morecambe Bay to Heysham in Lancashire.',
		places: ['Cuba → CU', 'Heysham → GB', 'Lancashire → GB'],
		notPlaces: ['Bay']
	}
];

describeTraps('recognition traps: names that contain or equal a place name', TRAP_TEXTS);

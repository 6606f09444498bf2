// US local news written for session 40 (none copied from anywhere) and scored BEFORE any change was tuned on
// them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s40` (issue #10: hidden US local
// news at Acc@161 0.73, F1 0.78 wanted). 38 of the 40 are short briefs anchored only the way a real local paper
// anchors them (a dateline, a county, a region word like "the Shore" or "the East Bay", a cluster of neighbouring
// towns), the state named never except in two relatives' towns; three (a score line, grain bids, a lake-effect
// forecast) have nothing but "area" or a region word and the cluster of their towns. Most are in shapes the earlier
// batches lack or have little of: a TV weather forecast naming a dozen towns, court dockets, a dean's list and a
// graduation list, legislative roundups ("Rep. X, R-Town"), business openings with street addresses, precinct and
// town-meeting results, "50 years ago" columns, detour, road and ferry notices, grain bids and a sale-barn report,
// fishing and hunting reports, a wedding and an engagement, a road-trip feature and a full obituary with relatives in
// other states. Towns come from thirty-nine states, the ones earlier US local batches cover least (Maryland, Rhode
// Island, Alaska, Nevada, Utah, Wisconsin, Arizona, West Virginia, Oklahoma, Arkansas, Wyoming, North Dakota, New
// Mexico, Idaho, Minnesota, Montana, New York, Michigan, Oregon in A; Delaware, Hawaii, Connecticut, California, New
// Jersey, Massachusetts, Vermont, Florida, Louisiana, Colorado, New Hampshire, Nebraska, South Dakota, Washington,
// Virginia, Kansas, Maine, Alabama, North Carolina, Pennsylvania in B); no story's towns are gold towns of an earlier
// US local batch in the same state. Most share their names with bigger or foreign places or with words and people
// (Oxford, Cambridge, Vienna, Kingston, Bristol, Warren, Homer, Seward, Scotland, Canterbury, Windham, Westminster,
// Naples, Roosevelt, Valentine, Chelsea, Lebanon, Windsor, Boulder, Daniel, Cora, Washington, Unity, Croydon,
// Carson, Elgin, New Leipzig, Regent, San Antonio, Socorro, Eureka, Carmen, Howe, Moore, Stanley, Clayton, Clinton,
// Langley, Fertile, Climax, Mentor, Monterey, Hot Springs, Pablo, Dayton, Downs, Turin, Copenhagen, Carthage, Mexico,
// Peru, Hanover, Curtis, Avon, Frisco, Mildred, Secretary, Loyal); people carry the names of other towns of their
// region (notPlaces), never of a town the same story names as a place (gold is keyed by name). Gold points are the
// places' own coordinates, the state written from knowledge and the point taken from `gazette lookup NAME --country
// US` in that state (its county checked); names the gazetteer lacks are left out of the text. Half A is for tuning;
// half B stays held out (report it before and after each change).
// Before any change (main 67cbab9): A 98/106 within 161 km (0.925), 33 named places not mapped, no name of no place
// mapped; B 117/126 (0.929), 26 not mapped. The wrong in A: dateline towns and roundup headings taken for their big
// namesakes (CARSON, ELGIN, SOCORRO), a town named like a city of another state beside them (San Antonio, Boulder,
// Bandon for Bandung, Howe), an only candidate far away (Bondurant). In B: Mexico, Peru and Hanover taken for the
// countries and the German city among Maine towns, a dateline MONTEREY for Monterrey, WALDEN, Washington, Roscoe,
// Coalmont. Most of the unmapped are towns named like words or people in lists (Loyal, Gage, Stanley, Carmen, Moore,
// Fertile, Climax, Mentor, Pablo, Downs, Osborne, Sterling, Canterbury, Scotland, Windham, Mildred, Secretary).
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S40_A: GenreText[] = [
	{
		genre: 'local',
		text: "Tonight's forecast for the Shore: clear and cold. Lows near 24 in Ridgely and Hurlock, 26 in Vienna and Sharptown, 29 along the water in Oxford, St. Michaels and Tilghman, and 31 in Crisfield. Cambridge tops out near 47 tomorrow under sunshine; a few flurries are possible in Preston and Secretary on Thursday night.",
		gold: { Ridgely: [38.95, -75.88], Hurlock: [38.62, -75.85], Vienna: [38.48, -75.87], Sharptown: [38.54, -75.72], Oxford: [38.69, -76.17], 'St. Michaels': [38.79, -76.22], Tilghman: [38.71, -76.34], Crisfield: [37.98, -75.85], Cambridge: [38.56, -76.08], Preston: [38.71, -75.91], Secretary: [38.61, -75.95] }
	},
	{
		genre: 'local',
		text: "Dean's list. The following students from the East Bay were named to the fall semester dean's list at the university in Kingston: Olivia Barrington of Warren; Liam Costa and Ava Medeiros of Bristol; Noah Silvia of Tiverton; Emma Pacheco of Little Compton; Ella Sousa of Jamestown.",
		gold: { Kingston: [41.48, -71.52], Warren: [41.73, -71.28], Bristol: [41.68, -71.27], Tiverton: [41.63, -71.21], 'Little Compton': [41.52, -71.16], Jamestown: [41.5, -71.37] },
		notPlaces: ['Olivia Barrington', 'Barrington', 'Costa', 'Silvia', 'Sousa']
	},
	{
		genre: 'local',
		text: "Fishing report. Silver salmon are still showing in the river below Cooper Landing, and anglers at the Homer Spit lagoon did well on the incoming tide. Halibut charters out of Ninilchik and Anchor Point report limits in 80 feet of water. Razor clam digging remains closed on the east-side beaches. In Seward, the silver salmon derby wraps up Sunday at the harbor.",
		gold: { 'Cooper Landing': [60.48, -149.82], Homer: [59.64, -151.55], Ninilchik: [60.05, -151.67], 'Anchor Point': [59.78, -151.83], Seward: [60.1, -149.44] }
	},
	{
		genre: 'local',
		text: "Business briefs. PAHRUMP — A tire shop opened Monday at 1520 E. Basin Ave., next to the feed store. In Beatty, the old service station at 200 Main St. reopened as a coffee stop for travelers heading into the park. A hardware store will open in Tonopah at 315 Erie Main St. in March, and the owners of the Goldfield diner plan a second location in Amargosa Valley.",
		gold: { PAHRUMP: [36.21, -115.98], Beatty: [36.91, -116.76], Tonopah: [38.07, -117.23], Goldfield: [37.71, -117.24], 'Amargosa Valley': [36.54, -116.55] },
		notPlaces: ['Erie', 'Basin']
	},
	{
		genre: 'local',
		text: "50 years ago. From our files of December 1976: The Vernal city council voted to pave four more blocks of Main Street. Roosevelt's new hospital wing was dedicated with a ribbon cutting by the mayor. A Duchesne rancher reported losing 40 head of cattle in the storm. Myton held its first Christmas parade. Naples residents asked for a school bus stop; Jensen and Ballard families joined the petition.",
		gold: { Vernal: [40.46, -109.53], Roosevelt: [40.3, -109.99], Duchesne: [40.16, -110.4], Myton: [40.19, -110.06], Naples: [40.43, -109.5], Jensen: [40.38, -109.35], Ballard: [40.29, -109.94] }
	},
	{
		genre: 'local',
		text: "Markets. Cash bids Tuesday: Neillsville, corn $3.98, soybeans $9.62; Loyal, corn $3.95; Granton, corn $3.97, soybeans $9.60; Thorp, corn $3.91. Milk haulers from Greenwood and Withee said back roads were slick but passable. The Curtiss sale barn sold 412 head; feeder calves steady.",
		gold: { Neillsville: [44.56, -90.6], Loyal: [44.74, -90.5], Granton: [44.56, -90.45], Thorp: [44.96, -90.8], Greenwood: [44.77, -90.6], Withee: [44.98, -90.6], Curtiss: [44.96, -90.46] }
	},
	{
		genre: 'local',
		text: "On the old road. We left Kingman at dawn and took the long way west on the old highway, over the pass to Oatman, where the burros beg carrots in the street. Then back east: Hackberry's general store still sells cold sodas from a cooler older than we are, and Valentine is little more than a schoolhouse and a sign. The motel at the next bend still has its neon arrow; Peach Springs is the tribal capital and the last gas for 40 miles. By noon we were in Seligman eating burgers under a wall of license plates. Topock, down on the river, will have to wait for the next trip.",
		gold: { Kingman: [35.19, -114.05], Oatman: [35.03, -114.38], Hackberry: [35.37, -113.73], Valentine: [35.38, -113.61], 'Peach Springs': [35.53, -113.43], Seligman: [35.32, -112.95], Topock: [34.78, -114.48] }
	},
	{
		genre: 'local',
		text: "Pocahontas County magistrate court. Jeremy Sharp, 33, of Marlinton, pleaded guilty to driving on a suspended license and was fined $200. Ashley Hill, 27, of Durbin, petit larceny, 30 days suspended. Travis Ryder, 41, of Hillsboro, domestic battery, bound over to circuit court. Daniel Moore, 58, of Green Bank, hunting from a vehicle, fined $150. A Cass man's case was continued.",
		gold: { 'Pocahontas County': [38.39, -79.93], Marlinton: [38.22, -80.09], Durbin: [38.55, -79.83], Hillsboro: [38.11, -80.26], 'Green Bank': [38.41, -79.8], Cass: [38.39, -79.99] },
		notPlaces: ['Jeremy Sharp', 'Sharp', 'Ashley Hill', 'Hill', 'Travis Ryder', 'Ryder', 'Daniel Moore', 'Moore']
	},
	{
		genre: 'local',
		text: "Sale barn report. WOODWARD — Receipts 2,140 head, against 1,880 last week. Steer calves 400 to 500 pounds $3 higher; heifers steady. Top consignments came from Laverne, Mooreland and Shattuck; a pen of black baldies from near Fort Supply brought the day's top price. Next sale Monday; hay buyers are asked to call the Gage office. Arnett's 4-H club serves lunch.",
		gold: { WOODWARD: [36.43, -99.39], Laverne: [36.71, -99.89], Mooreland: [36.44, -99.2], Shattuck: [36.28, -99.88], 'Fort Supply': [36.57, -99.57], Gage: [36.32, -99.76], Arnett: [36.14, -99.77] }
	},
	{
		genre: 'local',
		text: "School board notes. MELBOURNE — The board hired a new agriculture teacher and approved a bus route change for students living between Guion and Calico Rock. Members heard that enrollment at Horseshoe Bend's elementary rose by 14 and that the gym roof at the Oxford campus leaks again. The next meeting is Jan. 12 at the high school in Calico Rock.",
		gold: { MELBOURNE: [36.06, -91.91], Guion: [35.93, -91.91], 'Calico Rock': [36.12, -92.14], 'Horseshoe Bend': [36.23, -91.76], Oxford: [36.22, -91.93] }
	},
	{
		genre: 'local',
		text: "Area deaths. PINEDALE — Evelyn Jordan, 84, of Big Piney died Monday at the care center in Pinedale. Walt Kessler, 77, of Daniel died Tuesday; services are Saturday at the Boulder community hall. Ruth Allen, 90, of Cora died Wednesday. Gene Sommers, 69, of Marbleton died Thursday; services pending in Bondurant.",
		gold: { PINEDALE: [42.87, -109.86], 'Big Piney': [42.54, -110.11], Pinedale: [42.87, -109.86], Daniel: [42.92, -110.13], Boulder: [42.69, -109.54], Cora: [43.14, -109.92], Marbleton: [42.55, -110.11], Bondurant: [43.22, -110.34] },
		notPlaces: ['Evelyn Jordan', 'Jordan', 'Walt Kessler', 'Ruth Allen', 'Allen', 'Gene Sommers']
	},
	{
		genre: 'local',
		text: "Around the region. CARSON: The county commission meets Tuesday at the courthouse. ELGIN: The senior center's pancake feed is Sunday. NEW LEIPZIG: The school's Christmas concert is Thursday at 7 p.m. MOTT: Water main work closes Brown Avenue through Friday. REGENT: The co-op elevator's annual meeting is set for Jan. 9. FLASHER: The library will be closed next week.",
		gold: { CARSON: [46.42, -101.56], ELGIN: [46.4, -101.85], 'NEW LEIPZIG': [46.38, -101.96], MOTT: [46.37, -102.33], REGENT: [46.42, -102.57], FLASHER: [46.6, -101.32] }
	},
	{
		genre: 'local',
		text: "Open for business. SOCORRO — A bakery opened this week at 110 Manzanares Ave. on the plaza. In Magdalena, the former bank on First Street is now a gallery. A feed store opened at the crossroads in San Antonio, across from the bar known for its green chile cheeseburgers. Belen's Main Street is getting a brewery at 314 Becker Ave.; its owners already run a taproom in Los Lunas. A Bosque Farms nursery is moving to Veguita.",
		gold: { SOCORRO: [34.06, -106.89], Magdalena: [34.12, -107.24], 'San Antonio': [33.82, -106.83], Belen: [34.66, -106.78], 'Los Lunas': [34.81, -106.73], 'Bosque Farms': [34.85, -106.71], Veguita: [34.49, -106.76] },
		notPlaces: ['Manzanares', 'Becker']
	},
	{
		genre: 'local',
		text: "Briefs. CHALLIS — The rock slide on the highway north of Challis was cleared Tuesday. Stanley's school will hold parent conferences Thursday. The Arco rodeo grounds get new bleachers. The Clayton water system passed its inspection; Carmen residents will vote on a fire district in May. Howe and Moore volunteers cut firewood for seniors.",
		gold: { CHALLIS: [44.5, -114.23], Challis: [44.5, -114.23], Stanley: [44.37, -114.86], Arco: [43.64, -113.3], Clayton: [44.27, -114.41], Carmen: [45.26, -113.86], Howe: [43.91, -113.09], Moore: [43.73, -113.45] }
	},
	{
		genre: 'local',
		text: "Graduates. The following area students received degrees at the college's fall commencement in Thief River Falls: from Fertile, Hannah Olson, nursing; from Climax, Brady Lund, agriculture; from Erskine, Grace Vig, education; from Mentor, Tyler Hanson, business; from Fosston, Alexis Larson and Mason Bakken; from McIntosh, Noah Strand; from Gonvick, Ella Moen.",
		gold: { 'Thief River Falls': [48.12, -96.18], Fertile: [47.54, -96.28], Climax: [47.68, -96.87], Erskine: [47.66, -96.01], Mentor: [47.66, -96.18], Fosston: [47.58, -95.75], McIntosh: [47.64, -95.89], Gonvick: [47.75, -95.5] },
		notPlaces: ['Brady Lund', 'Lund', 'Hanson', 'Larson', 'Mason Bakken', 'Strand', 'Moen']
	},
	{
		genre: 'local',
		text: "Fishing report. POLSON — Lake trout are biting on the south end of the lake, with the best action off the points near Elmo and Dayton. The Pablo reservoir has ice too thin to walk on. Anglers near Charlo report slow perch fishing. The river near Dixon gave up some nice rainbows; the creek by Arlee is low and clear. Ronan's sporting goods store has the new regulations.",
		gold: { POLSON: [47.69, -114.16], Elmo: [47.83, -114.35], Dayton: [47.86, -114.28], Pablo: [47.6, -114.12], Charlo: [47.44, -114.17], Dixon: [47.31, -114.31], Arlee: [47.16, -114.09], Ronan: [47.53, -114.1] }
	},
	{
		genre: 'local',
		text: "Weather. Lake-effect snow returns to the Tug Hill tonight. Expect 8 to 14 inches in Turin, Constableville and Boonville by morning, with lighter amounts in Lowville and Croghan. Copenhagen could see a foot. Carthage and Harrisville stay mostly dry; lows near 15.",
		gold: { Turin: [43.64, -75.41], Constableville: [43.56, -75.46], Boonville: [43.48, -75.34], Lowville: [43.79, -75.49], Croghan: [43.9, -75.39], Copenhagen: [43.89, -75.67], Carthage: [43.98, -75.61], Harrisville: [44.15, -75.32] }
	},
	{
		genre: 'local',
		text: "Road closures. M-77 is closed between Germfask and Seney for culvert replacement through Dec. 18; use M-28. The county road from Wetmore to Shingleton is down to one lane near the bridge. In Gulliver, the shoulder of US 2 is closed at the store entrance, and Curtis has a lane closed on Main Street. Au Train's beach road is closed for the season. Manistique crews are plowing overnight.",
		gold: { Germfask: [46.24, -85.92], Seney: [46.39, -85.97], Wetmore: [46.35, -86.63], Shingleton: [46.35, -86.48], Gulliver: [46.01, -86.02], Curtis: [46.2, -85.79], 'Au Train': [46.44, -86.91], Manistique: [45.96, -86.25] }
	},
	{
		genre: 'local',
		text: "Business briefs. GOLD BEACH — A surf shop opened this month at 29800 Ellensburg Ave., across from the port. Brookings' new urgent care clinic opens Monday at 555 Fifth St. In Port Orford, the old cannery dock now houses a fish market. The Agness store added fuel pumps, and a Langlois cheese maker will sell at the Bandon market on Saturdays.",
		gold: { 'GOLD BEACH': [42.41, -124.42], Brookings: [42.05, -124.28], 'Port Orford': [42.75, -124.5], Agness: [42.57, -124.06], Langlois: [42.92, -124.44], Bandon: [43.12, -124.41] },
		notPlaces: ['Ellensburg']
	},
	{
		genre: 'local',
		text: "Around the county. LOA — The commission approved a new ambulance for the Bicknell station. Hanksville will get a new post office. Teasdale's ward is collecting coats. In Lyman, the irrigation company holds its annual meeting Saturday.",
		gold: { LOA: [38.4, -111.64], Bicknell: [38.33, -111.53], Hanksville: [38.25, -110.81], Teasdale: [38.29, -111.43], Lyman: [38.4, -111.59] }
	}
];

export const HELD_OUT_US_LOCAL_S40_B: GenreText[] = [
	{
		genre: 'local',
		text: "Sussex County court docket. Sentenced: Tyler Seaford, 24, of Millsboro, driving under the influence, fined $1,500 and a year of probation. Dismissed: Kayla Milton, 31, of Ellendale, theft under $1,500. Pleaded guilty: Marcus Harbeson, 45, of Dagsboro, reckless driving. Continued to January: Dana Laurel, 52, of Blades, criminal mischief; Jose Rivera, 19, of Lincoln, underage possession; Amber Nash, 28, of Greenwood, and Kevin Short, 33, of Frankford, disorderly conduct.",
		gold: { 'Sussex County': [38.75, -75.37], Millsboro: [38.59, -75.29], Ellendale: [38.81, -75.41], Dagsboro: [38.55, -75.25], Blades: [38.64, -75.61], Lincoln: [38.86, -75.4], Greenwood: [38.81, -75.59], Frankford: [38.52, -75.23] },
		notPlaces: ['Tyler Seaford', 'Seaford', 'Kayla Milton', 'Milton', 'Marcus Harbeson', 'Harbeson', 'Dana Laurel', 'Laurel', 'Nash', 'Short']
	},
	{
		genre: 'local',
		text: "Island calendar. Saturday: Keaau farmers market, 8 a.m. to noon, at the shopping center. Kurtistown: hula classes for keiki at the community center, 10 a.m. Mountain View: the school's craft fair, 9 a.m. to 2 p.m. Sunday: Ocean View community association potluck, 4 p.m.; bring a dish to share. Hawi: the Kohala quilters' show at the old theater. Kapaau: free blood pressure checks after church.",
		gold: { Keaau: [19.62, -155.04], Kurtistown: [19.6, -155.06], 'Mountain View': [19.56, -155.11], 'Ocean View': [19.07, -155.76], Hawi: [20.24, -155.83], Kapaau: [20.23, -155.8] }
	},
	{
		genre: 'local',
		text: "Legislative roundup. Rep. Laura Dube, R-Danielson, said the bill would let small towns share a resident state trooper, as Sterling and Voluntown already do with Jewett City. Sen. Paul Wright, R-Canterbury, voted against it in committee. Rep. Mark Byrne, D-Windham, called the cost to towns fair; Rep. Tina Cole, R-Scotland, said she would offer an amendment on Tuesday.",
		gold: { Danielson: [41.8, -71.89], Sterling: [41.72, -71.82], Voluntown: [41.58, -71.85], 'Jewett City': [41.61, -71.98], Canterbury: [41.68, -72], Windham: [41.7, -72.16], Scotland: [41.7, -72.09] },
		notPlaces: ['Wright', 'Byrne', 'Cole']
	},
	{
		genre: 'local',
		text: "Lassen County election results, unofficial. Measure F (fire district tax): Susanville precincts, 1,204 yes, 988 no; Janesville, 412 yes, 390 no; Standish and Litchfield, 203 yes, 221 no; Westwood, 355 yes, 198 no; Bieber, 88 yes, 141 no; Herlong, 97 yes, 102 no. The measure needs two-thirds to pass.",
		gold: { 'Lassen County': [40.29, -120.55], Susanville: [40.42, -120.65], Janesville: [40.3, -120.52], Standish: [40.35, -120.41], Litchfield: [40.41, -120.41], Westwood: [40.31, -121.01], Bieber: [41.13, -121.13], Herlong: [40.15, -120.17] }
	},
	{
		genre: 'local',
		text: "Detour notice. Route 29 will be closed between Frenchtown and Milford from Monday through Friday, 9 a.m. to 3 p.m., for rockfall work along the river. Traffic will be detoured over the county roads. The Route 12 bridge near Flemington will have one lane open. Lambertville and Stockton businesses remain open; the bus to High Bridge and Califon runs on its normal schedule.",
		gold: { Frenchtown: [40.53, -75.06], Milford: [40.57, -75.09], Flemington: [40.51, -74.86], Lambertville: [40.37, -74.94], Stockton: [40.41, -74.98], 'High Bridge': [40.67, -74.9], Califon: [40.72, -74.84] }
	},
	{
		genre: 'local',
		text: "Weddings. Emily Gagnon and Daniel Kowalski were married Oct. 12 at the First Congregational Church in Royalston. The bride, daughter of Paul and Karen Gagnon of Winchendon, works at the library in Templeton. The groom, son of Ann Kowalski of Hubbardston, is a lineman in Westminster. A reception followed at the fish and game club in Ashburnham. The couple lives in Baldwinville.",
		gold: { Royalston: [42.68, -72.19], Winchendon: [42.69, -72.04], Templeton: [42.56, -72.07], Hubbardston: [42.47, -72.01], Westminster: [42.55, -71.91], Ashburnham: [42.64, -71.91], Baldwinville: [42.61, -72.08] }
	},
	{
		genre: 'local',
		text: "Obituary. CHELSEA — Doris M. Farnham, 91, died Nov. 30 at her home in Chelsea. She was born in Tunbridge, the daughter of Walter and Ida Bailey, and lived in South Royalton and Strafford before returning to Chelsea in 1970. She taught at the one-room school in Williamstown for 22 years and sang in the church choir. She is survived by a son, Robert Farnham, of Lebanon, N.H.; a daughter, Ellen Howe, of Lyme, N.H.; and a brother, Carl Bailey, of Windsor, Conn. Services will be Saturday at the Tunbridge church, with burial in Williamstown in the spring.",
		gold: { CHELSEA: [43.99, -72.45], Chelsea: [43.99, -72.45], Tunbridge: [43.92, -72.48], 'South Royalton': [43.82, -72.52], Strafford: [43.87, -72.36], Williamstown: [44.12, -72.54], Lebanon: [43.64, -72.25], Lyme: [43.81, -72.16], Windsor: [41.85, -72.64] },
		notPlaces: ['Doris M. Farnham', 'Farnham', 'Robert Farnham', 'Bailey', 'Ellen Howe', 'Howe', 'Carl Bailey']
	},
	{
		genre: 'local',
		text: "Sheriff's report. CRAWFORDVILLE — Deputies arrested a Sopchoppy man Friday after a traffic stop on U.S. 319 near the county line. A boat was reported stolen from a dock in Panacea on Saturday. A Carrabelle woman was cited for fishing without a license at the bridge. In Eastpoint, a deputy helped a driver whose truck ran out of gas on the causeway.",
		gold: { CRAWFORDVILLE: [30.18, -84.38], Sopchoppy: [30.07, -84.45], Panacea: [30.04, -84.39], Carrabelle: [29.85, -84.66], Eastpoint: [29.74, -84.88] }
	},
	{
		genre: 'local',
		text: "Police briefs. NAPOLEONVILLE — A Labadieville man was arrested Saturday after deputies found him asleep in a running truck on Highway 1. In Lockport, officers responded to a fight outside a bar on Main Street. Deputies recovered a stolen four-wheeler in Cut Off; a Larose teen was charged. A Galliano woman reported a scam call from someone claiming to be a utility worker.",
		gold: { NAPOLEONVILLE: [29.94, -91.02], Labadieville: [29.84, -90.96], Lockport: [29.65, -90.54], 'Cut Off': [29.54, -90.34], Larose: [29.57, -90.38], Galliano: [29.44, -90.3] }
	},
	{
		genre: 'local',
		text: "Hunting report. WALDEN — Elk hunters found animals holding in timber above Rand and near Coalmont; success at the Cowdrey check station ran 18 percent. Hunters near Kremmling and Parshall saw bulls moving to lower ground after Tuesday's snow. The check station at Hot Sulphur Springs is open daily, and Granby motels report openings for the fourth season.",
		gold: { WALDEN: [40.73, -106.28], Rand: [40.47, -106.19], Coalmont: [40.54, -106.53], Cowdrey: [40.86, -106.31], Kremmling: [40.06, -106.39], Parshall: [39.95, -106.09], 'Hot Sulphur Springs': [40.07, -106.1], Granby: [40.09, -105.94] }
	},
	{
		genre: 'local',
		text: "Town meeting results. CLAREMONT — Voters in Cornish approved the new fire truck, 212-140. Plainfield passed its school budget; Croydon rejected the road bond, 98-104. In Unity, the incumbent selectman kept her seat. Goshen and Lempster each adopted the ballot-only warrant. Washington voters approved the library addition. Acworth's meeting was postponed by snow.",
		gold: { CLAREMONT: [43.38, -72.35], Cornish: [43.5, -72.34], Plainfield: [43.55, -72.27], Croydon: [43.45, -72.16], Unity: [43.29, -72.26], Goshen: [43.3, -72.15], Lempster: [43.24, -72.21], Washington: [43.18, -72.1], Acworth: [43.22, -72.29] }
	},
	{
		genre: 'local',
		text: "Area scores. Girls basketball, Friday: Ainsworth 48, Stuart 41; O'Neill 55, Bassett 39; Springview 44, Butte 30. Boys: Atkinson 60, Ainsworth 51; Stuart 47, Springview 45 (OT). Saturday: O'Neill at Bassett, Atkinson at Butte.",
		gold: { Ainsworth: [42.55, -99.86], Stuart: [42.6, -99.14], "O'Neill": [42.46, -98.65], Bassett: [42.59, -99.54], Springview: [42.82, -99.75], Butte: [42.91, -98.85], Atkinson: [42.53, -98.98] }
	},
	{
		genre: 'local',
		text: "Legislative roundup. PIERRE — Rep. Marla Vetter, R-Eureka, filed a bill to raise the cap on township road levies. Sen. Tom Brandt, R-Mobridge, said the bill would help counties like his. Rep. Jon Scherr, R-Faulkton, and Rep. Lisa Heil, R-Leola, co-sponsored it; the Hosmer and Roscoe township boards asked for the change last summer.",
		gold: { PIERRE: [44.37, -100.35], Eureka: [45.77, -99.62], Mobridge: [45.54, -100.43], Faulkton: [45.03, -99.12], Leola: [45.72, -98.94], Hosmer: [45.57, -99.49], Roscoe: [45.43, -99.33] }
	},
	{
		genre: 'local',
		text: "Ferry and transit notice. The Port Townsend–Coupeville run is down to one boat through Jan. 4; expect waits of two hours on weekends. The island's transit agency will add a late bus from Clinton to Langley and Freeland on Fridays. The Oak Harbor park-and-ride is closed for paving; use the Greenbank lot.",
		gold: { 'Port Townsend': [48.12, -122.76], Coupeville: [48.22, -122.69], Clinton: [47.98, -122.36], Langley: [48.04, -122.41], Freeland: [48.01, -122.53], 'Oak Harbor': [48.29, -122.64], Greenbank: [48.1, -122.58] }
	},
	{
		genre: 'local',
		text: "Circuit court. MONTEREY — Cases heard Tuesday: a Williamsville man, 38, pleaded guilty to a second DUI and was sentenced to 20 days. A Blue Grass woman's reckless driving charge was reduced to improper driving. Charges against a Millboro man were dropped. From the Bath County docket: a Hot Springs restaurant was fined for a health code violation, and a Warm Springs man will be tried in February.",
		gold: { MONTEREY: [38.41, -79.58], Williamsville: [38.19, -79.59], 'Blue Grass': [38.52, -79.56], Millboro: [38.06, -79.75], 'Bath County': [38.06, -79.74], 'Hot Springs': [38, -79.83], 'Warm Springs': [38.05, -79.79] }
	},
	{
		genre: 'local',
		text: "Area grain bids, Monday's close. Downs: wheat $5.12, milo $3.70. Osborne: wheat $5.10, soybeans $9.45. Cawker City: wheat $5.14. Glen Elder: milo $3.72. Tipton: wheat $5.08, corn $4.01. The Portis and Alton elevators were closed for the holiday.",
		gold: { Downs: [39.5, -98.54], Osborne: [39.44, -98.7], 'Cawker City': [39.51, -98.43], 'Glen Elder': [39.5, -98.32], Tipton: [39.34, -98.46], Portis: [39.55, -98.69], Alton: [39.45, -98.95] }
	},
	{
		genre: 'local',
		text: "Looking back 50 years. December 1976: Dixfield selectmen voted to buy a new plow truck. The Mexico high school band marched in the Peru parade. Andover's general store burned; firefighters came from Roxbury and Hanover. A moose wandered down Main Street in Mexico and was escorted out of town by the police chief.",
		gold: { Dixfield: [44.53, -70.46], Mexico: [44.56, -70.55], Peru: [44.51, -70.41], Andover: [44.64, -70.75], Roxbury: [44.66, -70.61], Hanover: [44.5, -70.72] }
	},
	{
		genre: 'local',
		text: "Engagements. Mr. and Mrs. Dale Pryor of Georgiana announce the engagement of their daughter, Anna Claire, to Luke Hartley, son of Mr. and Mrs. Ron Hartley of Fort Deposit. The bride-elect is a graduate of the high school in Greenville and teaches in Luverne. The groom-elect works for the county road department in Hayneville. The wedding will be April 18 at the First Baptist Church of Georgiana.",
		gold: { Georgiana: [31.64, -86.74], 'Fort Deposit': [31.98, -86.58], Greenville: [31.83, -86.62], Luverne: [31.72, -86.26], Hayneville: [32.18, -86.58] },
		notPlaces: ['Dale Pryor', 'Pryor', 'Luke Hartley', 'Hartley', 'Ron Hartley', 'Anna Claire']
	},
	{
		genre: 'local',
		text: "Road and ferry update. Highway 12 is closed between Rodanthe and the bridge after overwash Tuesday; crews expect to reopen it by the weekend. Residents of Avon, Buxton and Frisco should allow extra time, and the Hatteras ferry to Ocracoke runs on the winter schedule. In Manteo, the town hall's parking lot is closed for paving; the Wanchese harbor is open.",
		gold: { Rodanthe: [35.59, -75.47], Avon: [35.35, -75.51], Buxton: [35.27, -75.54], Frisco: [35.23, -75.61], Hatteras: [35.22, -75.69], Ocracoke: [35.11, -75.98], Manteo: [35.91, -75.68], Wanchese: [35.84, -75.64] }
	},
	{
		genre: 'local',
		text: "Deaths. DUSHORE — Helen Kerr, 86, of Mildred died Saturday at her home. Walter Beck, 74, of Laporte died Sunday in Dushore. Joan Ulrich, 81, of Eagles Mere died Monday; services at the Forksville church. Dale Warner, 70, of Hillsgrove died Tuesday; burial in Muncy Valley.",
		gold: { DUSHORE: [41.52, -76.4], Mildred: [41.48, -76.38], Laporte: [41.42, -76.49], Dushore: [41.52, -76.4], 'Eagles Mere': [41.41, -76.58], Forksville: [41.53, -76.6], Hillsgrove: [41.45, -76.7], 'Muncy Valley': [41.34, -76.59] },
		notPlaces: ['Helen Kerr', 'Walter Beck', 'Joan Ulrich', 'Dale Warner', 'Warner']
	}
];

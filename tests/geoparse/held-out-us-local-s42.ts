// US local news written for session 42 (none copied from anywhere) and scored BEFORE any change was tuned on them:
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s42` (issue #10: hidden US local news at Acc@161
// 0.73, F1 0.78 wanted). Short items in shapes the earlier batches lack or have little of: an obituary whose survivors
// live in many states ("of Paris, Tenn.", "of Toledo, Ore."), a graduation story with colleges far away, sentencing
// roundups, weather-spotter reports, burn-ban notices by county, library calendars, utility-outage tallies by county,
// sheriff's sales, "looking back" columns, letters to the editor naming far cities, travel columns, hunting tallies by
// county (bare county names in a list), band and choir festival ratings, 4-H results, weddings with a family abroad,
// estate-auction bills, marriage licenses and births with home towns, river stages, blood-drive schedules, scouting
// awards. Most towns are named like foreign places, states and famous cities (Toledo OR, Lima OH, Moscow ID, Warsaw
// IN and NY, Oregon and Verona WI, Kansas IL, Yuma CO, Herndon KS, Toronto and Richmond OH, Albany OH, Golden Gate FL,
// Lodi, Ovid, Romulus and Waterloo NY, Dover and Bolivar OH, Cuba and Scandia KS, Sparta IL, Versailles MO, Boston,
// Dublin and Williamsburg IN, Berlin and Salisbury PA, Manchester and Arlington VT, Lisbon IA, Jena LA, Praha TX, Crete
// and Friend NE, Denmark and Sweden ME, Mexico NY, Webster and Columbia SD, Rio Grande OH, Lebanon and Brownsville OR)
// or like words and people (Agenda, Laura, Trinity, Western, Friend, West, Jay, Milton, Baker, Parish, Courtland); some
// people carry first names that are places (Austin, Brooklyn, Jordan, Sydney) and surnames of other towns (notPlaces),
// never of a town the same story names as a place (gold is keyed by name). Places abroad appear in weddings, colleges
// and travel (Lima and Cusco in Peru, Dublin in Ireland, Uppsala and Stockholm). Gold points are the places' own
// coordinates, the state written from knowledge and checked with `gazette lookup NAME --country US` (the namesake
// nearest the story's other towns); counties in tallies carry the county's centre, rivers a point on the reach the
// story names. No story repeats an earlier story's cluster. Half A is for tuning; half B stays held out (report it
// before and after each change).
// Before any change (main 1aa4100): A 170/181 within 161 km (0.939), 24 named places not mapped, 1 name of no place
// mapped (a bride named Brooklyn); B 143/154 (0.929), 27 not mapped. The wrong in A: bare county names in a hunting
// tally (Preston, Hampshire read as England's; Greenbrier, Jackson, Pocahontas as towns far away), Dorset and
// Sunderland (Vermont; the gazetteer lacks them) as England's, "White River" and "Wabash" in river stages as towns,
// Atlanta (Nebraska) and McDonald (Kansas; not in the gazetteer).
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S42_A: GenreText[] = [
	{
		genre: 'local',
		text: "Obituaries. HOLDREGE — Marlene J. Sandstrom, 88, died Monday at the care center here. She was born on a farm near Loomis and graduated from high school in Bertrand. She taught in country schools near Funk and Atlanta before marrying Gene Sandstrom in 1958. Survivors: a son, Dale (Karen) of Paris, Tenn.; daughters Linda Hecht of Toledo, Ore., and Joyce (Mark) Wendt of Lima, Ohio; a brother, Vernon Lind of Moscow, Idaho; eight grandchildren in Denver, Omaha and Warsaw, Ind. Services are Friday at the Lutheran church in Holdrege, with burial near Axtell.",
		gold: { HOLDREGE: [40.44, -99.37], Loomis: [40.48, -99.51], Bertrand: [40.53, -99.63], Funk: [40.46, -99.25], Atlanta: [40.37, -99.47], Paris: [36.3, -88.33], Toledo: [44.62, -123.94], Lima: [40.74, -84.11], Moscow: [46.73, -117.0], Denver: [39.74, -104.99], Omaha: [41.26, -95.94], Warsaw: [41.24, -85.85], Holdrege: [40.44, -99.37], Axtell: [40.48, -99.13] },
		notPlaces: ['Marlene J. Sandstrom', 'Sandstrom', 'Gene Sandstrom', 'Linda Hecht', 'Hecht', 'Wendt', 'Vernon Lind', 'Vernon', 'Lind']
	},
	{
		genre: 'local',
		text: "Graduation. OREGON — Oregon High School graduated 318 seniors Sunday in the field house. The valedictorians are Austin Hale of Brooklyn and Dakota Kerr, who grew up on a dairy farm outside Oregon; the salutatorian, Avery Moss, lives in Fitchburg. Most of the class heads to Madison, Whitewater, Platteville and Stevens Point this fall; two were appointed to the Naval Academy in Annapolis, and one will study in Dublin, Ireland. The Verona and Stoughton graduations are next weekend.",
		gold: { OREGON: [42.93, -89.38], Brooklyn: [42.85, -89.37], Oregon: [42.93, -89.38], Fitchburg: [43.0, -89.43], Madison: [43.07, -89.4], Whitewater: [42.83, -88.73], Platteville: [42.73, -90.48], 'Stevens Point': [44.52, -89.57], Annapolis: [38.98, -76.49], Dublin: [53.35, -6.26], Ireland: [53.3, -8.0], Verona: [42.99, -89.53], Stoughton: [42.92, -89.22] },
		notPlaces: ['Austin Hale', 'Austin', 'Dakota Kerr', 'Dakota', 'Avery Moss', 'Avery']
	},
	{
		genre: 'local',
		text: "Sentencings. PARIS — In Edgar County Circuit Court this week: A Chrisman man, 31, was sentenced to four years for burglarizing a grain bin near Hume. A Kansas woman, 27, got 30 months of probation for forging checks at a Paris bank. A Brocton man was fined $750 for driving on a revoked license near Vermilion. A Terre Haute, Ind., man was sentenced to six years for a meth lab found in a farmhouse near Metcalf. A Charleston man's case was continued to January.",
		gold: { PARIS: [39.61, -87.7], 'Edgar County': [39.68, -87.75], Chrisman: [39.8, -87.67], Hume: [39.8, -87.87], Kansas: [39.55, -87.94], Paris: [39.61, -87.7], Brocton: [39.72, -87.93], Vermilion: [39.58, -87.59], 'Terre Haute': [39.47, -87.41], Metcalf: [39.8, -87.81], Charleston: [39.5, -88.18] }
	},
	{
		genre: 'local',
		text: "Storm reports, Tuesday evening, from the weather service office in Goodland. 5:42 p.m.: hail 1.75 inches across, 4 miles north of Wray. 6:10 p.m.: a 60 mph gust at Yuma. 6:35 p.m.: a funnel cloud 3 miles southeast of Idalia. 7:02 p.m.: quarter-size hail in St. Francis. 7:30 p.m.: 2.1 inches of rain in Bird City, with water over the road at McDonald. 8:15 p.m.: large limbs down in Benkelman. 8:40 p.m.: a 70 mph gust measured near Herndon, and power lines down east of Oberlin.",
		gold: { Goodland: [39.35, -101.71], Wray: [40.08, -102.22], Yuma: [40.12, -102.72], Idalia: [39.7, -102.29], 'St. Francis': [39.77, -101.8], 'Bird City': [39.75, -101.53], McDonald: [39.78, -101.37], Benkelman: [40.05, -101.53], Herndon: [39.91, -100.79], Oberlin: [39.82, -100.53] }
	},
	{
		genre: 'local',
		text: "Burn bans. A ban on outdoor burning remains in effect in Bastrop, Caldwell, Fayette, Lee and Travis counties, and Burleson County commissioners extended theirs Tuesday. Washington County let its ban expire, though the Brenham fire marshal still asks residents not to burn brush. Volunteers from Giddings and Smithville fought three grass fires over the weekend; the largest burned 40 acres near Paige.",
		gold: { Bastrop: [30.1, -97.31], Caldwell: [29.84, -97.62], Fayette: [29.88, -96.92], Lee: [30.31, -96.97], Travis: [30.33, -97.78], 'Burleson County': [30.49, -96.62], 'Washington County': [30.21, -96.4], Brenham: [30.17, -96.4], Giddings: [30.18, -96.94], Smithville: [30.01, -97.16], Paige: [30.21, -97.11] }
	},
	{
		genre: 'local',
		text: "Library calendar. TROY — Monday, 10 a.m.: toddler story time. Tuesday, 6 p.m.: a talk on the canal era by a retired teacher from Piqua. Wednesday: a genealogy workshop for families with roots in Germany and Ireland. Thursday: the bookmobile stops in Casstown at 9, Fletcher at 11 and Laura at 2. Saturday: a Tipp City author signs her mystery set in Savannah; West Milton's book club meets at noon.",
		gold: { TROY: [40.04, -84.2], Piqua: [40.14, -84.24], Germany: [51.0, 10.0], Ireland: [53.3, -8.0], Casstown: [40.05, -84.13], Fletcher: [40.14, -84.11], Laura: [39.99, -84.41], 'Tipp City': [39.96, -84.17], Savannah: [32.08, -81.09], 'West Milton': [39.96, -84.33] }
	},
	{
		genre: 'local',
		text: "Outages. About 3,400 customers were still without power at 6 a.m. after the ice storm, the utility said. Grant County: 1,240, most around Lancaster, Bloomington and Cassville. Crawford County: 860, in Prairie du Chien and Gays Mills. Richland County: 702, near Richland Center and Boaz. Fennimore's outage was fixed overnight. Crews from Iowa and Minnesota arrived Tuesday; most customers should have power by Friday.",
		gold: { 'Grant County': [42.87, -90.7], Lancaster: [42.85, -90.71], Bloomington: [42.89, -90.93], Cassville: [42.71, -90.99], 'Crawford County': [43.24, -90.93], 'Prairie du Chien': [43.05, -91.14], 'Gays Mills': [43.32, -90.85], 'Richland County': [43.38, -90.43], 'Richland Center': [43.33, -90.39], Boaz: [43.33, -90.53], Fennimore: [42.98, -90.66], Iowa: [42.0, -93.5], Minnesota: [46.3, -94.3] }
	},
	{
		genre: 'local',
		text: "Sheriff's sale. STEUBENVILLE — The following properties will be sold at the Jefferson County Justice Center on the 14th at 10 a.m.: 411 Franklin St., Toronto, appraised at $54,000; 28 Church St., Dillonvale, $21,000; 7 High St., Smithfield, $38,000; a house and 2 acres on a county road near Bloomingdale, $96,000; 1204 Main St., Wintersville, $112,000; a lot on Railroad St., Richmond, $8,000; 55 Lake Drive, Bergholz, $47,000.",
		gold: { STEUBENVILLE: [40.36, -80.61], Toronto: [40.46, -80.6], Dillonvale: [40.2, -80.78], Smithfield: [40.27, -80.78], Bloomingdale: [40.34, -80.82], Wintersville: [40.38, -80.7], Richmond: [40.43, -80.77], Bergholz: [40.52, -80.88] },
		notPlaces: ['Franklin']
	},
	{
		genre: 'local',
		text: "Looking back. ATHENS — 25 years ago: the new bridge over the Hocking at Coolville opened to traffic, and Albany's village council voted to build a water tower. 50 years ago: a fire destroyed the general store in Amesville; Chauncey and Glouster volunteers fought it for six hours. 75 years ago: The Plains dedicated its new school, and a Nelsonville coal company announced it would close the mine near Buchtel.",
		gold: { ATHENS: [39.33, -82.1], Hocking: [39.2, -81.8], Coolville: [39.22, -81.79], Albany: [39.22, -82.2], Amesville: [39.4, -81.96], Chauncey: [39.4, -82.13], Glouster: [39.5, -82.08], 'The Plains': [39.37, -82.13], Nelsonville: [39.46, -82.23], Buchtel: [39.46, -82.18] }
	},
	{
		genre: 'local',
		text: "Letters to the editor. I moved to Naples from Cleveland 22 years ago, and I have watched traffic on U.S. 41 go from a nuisance to a daily misery. Every winter somebody from Chicago or Toronto tells me it is worse back home. Maybe so, but they go home in April. Workers in Immokalee drive an hour each way because they cannot afford rent in Golden Gate or East Naples. Bonita Springs and Marco Island have their own troubles; more lanes will not turn us into Fort Lauderdale without the crowds. — R. Dunbar, Naples",
		gold: { Naples: [26.14, -81.79], Cleveland: [41.5, -81.69], Chicago: [41.88, -87.63], Toronto: [43.65, -79.38], Immokalee: [26.42, -81.42], 'Golden Gate': [26.19, -81.7], 'East Naples': [26.1, -81.76], 'Bonita Springs': [26.34, -81.78], 'Marco Island': [25.94, -81.72], 'Fort Lauderdale': [26.12, -80.14] },
		notPlaces: ['R. Dunbar', 'Dunbar']
	},
	{
		genre: 'local',
		text: "Travel: Down the east side of Seneca Lake. Start in Geneva with breakfast by the water, then drive south on Route 96A through Romulus, past the old army depot, to Ovid. The wineries between Lodi and Hector pour dry rieslings that could stand beside the best of the Mosel. Stop at the falls in Watkins Glen before dark. If there is time on the way back, Seneca Falls and Waterloo each claim a piece of history worth the detour.",
		gold: { 'Seneca Lake': [42.6, -76.9], Geneva: [42.87, -76.98], Romulus: [42.75, -76.83], Ovid: [42.68, -76.82], Lodi: [42.61, -76.82], Hector: [42.5, -76.87], Mosel: [49.9, 7.0], 'Watkins Glen': [42.38, -76.87], 'Seneca Falls': [42.91, -76.8], Waterloo: [42.9, -76.86] }
	},
	{
		genre: 'local',
		text: "Buck season. West Virginia hunters killed 41,822 bucks in the two-week rifle season, up 6 percent. Top counties: Preston, 1,730; Randolph, 1,402; Greenbrier, 1,344; Jackson, 1,210; Hampshire, 1,198; Mason, 1,150. In the December bear season, Pocahontas led with 121, followed by Webster and Nicholas. Check stations in Elkins and Marlinton reported heavier deer than last year.",
		gold: { 'West Virginia': [38.6, -80.6], Preston: [39.47, -79.67], Randolph: [38.78, -79.87], Greenbrier: [37.95, -80.45], Jackson: [38.83, -81.67], Hampshire: [39.31, -78.61], Mason: [38.77, -82.02], Pocahontas: [38.33, -80.0], Webster: [38.49, -80.42], Nicholas: [38.29, -80.8], Elkins: [38.93, -79.85], Marlinton: [38.22, -80.09] }
	},
	{
		genre: 'local',
		text: "Band ratings, district adjudicated event at Dover, Saturday. Class A: New Philadelphia, I (superior); Dover, I; Strasburg, II; Newcomerstown, II. Class C: Garaway of Sugarcreek, I; Indian Valley of Gnadenhutten, II; Tuscarawas Valley of Zoarville, I; Conotton Valley of Bowerston, III. The middle school jazz band from Bolivar played the exhibition set.",
		gold: { Dover: [40.52, -81.47], 'New Philadelphia': [40.49, -81.45], Strasburg: [40.6, -81.53], Newcomerstown: [40.27, -81.61], Sugarcreek: [40.5, -81.64], Gnadenhutten: [40.36, -81.43], Zoarville: [40.58, -81.42], Bowerston: [40.43, -81.19], Bolivar: [40.65, -81.45] }
	},
	{
		genre: 'local',
		text: "4-H achievement night. BELLEVILLE — Republic County 4-H members were honored Saturday. Grand champion steer: a Scandia member. Reserve champion: a member from Cuba. Top record books came from Narka and Munden. The club from Agenda won the community service award for its cemetery cleanup, and Courtland's club took the banner for the best booth at the fair.",
		gold: { BELLEVILLE: [39.82, -97.63], 'Republic County': [39.83, -97.65], Scandia: [39.8, -97.78], Cuba: [39.8, -97.46], Narka: [39.96, -97.43], Munden: [39.91, -97.54], Agenda: [39.71, -97.43], Courtland: [39.78, -97.89] }
	},
	{
		genre: 'local',
		text: "Weddings. Katelyn Rhodes and Daniel Quispe were married June 14 at St. Mary's Catholic Church in Sparta. The bride is the daughter of Ron and Deb Rhodes of Sparta. The groom, the son of Luis and Rosa Quispe of Lima, Peru, works for a seed company in Red Bud. A reception followed at the community center in Coulterville. After a trip to Cusco and Machu Picchu, the couple will live in Steeleville.",
		gold: { Sparta: [38.12, -89.7], Lima: [-12.05, -77.04], Peru: [-9.2, -75.0], 'Red Bud': [38.21, -89.99], Coulterville: [38.19, -89.6], Cusco: [-13.53, -71.97], 'Machu Picchu': [-13.16, -72.55], Steeleville: [38.01, -89.66] },
		notPlaces: ['Katelyn Rhodes', 'Rhodes', 'Daniel Quispe', 'Quispe']
	},
	{
		genre: 'local',
		text: "Estate auction. Saturday, 10 a.m. From Versailles, go 4 miles south on Highway 5, then east on Route C 1 mile to the farm. Tractors, hay equipment, shop tools, antiques and a pontoon boat kept on the Lake of the Ozarks. Lunch by the Barnett church ladies. Motels in Stover and Gravois Mills. Terms: cash or good check. Auctioneers: Dale Tipton and Ray Eldon.",
		gold: { Versailles: [38.43, -92.84], 'Lake of the Ozarks': [38.2, -92.63], Barnett: [38.38, -92.67], Stover: [38.44, -92.99], 'Gravois Mills': [38.3, -92.83] },
		notPlaces: ['Dale Tipton', 'Tipton', 'Ray Eldon', 'Eldon']
	},
	{
		genre: 'local',
		text: "Marriage licenses, Wayne County clerk. Tyler Hart, 26, and Brooklyn Sims, 24, both of Richmond. Cody Ross, 31, Hagerstown, and Jessica Penn, 29, Fountain City. Jordan Pyle, 22, Boston, and Sydney Cole, 22, Liberty. Eric Ashby, 45, Dublin, and Paula Fox, 43, Milton. Nathan Kirk, 27, Williamsburg, and Grace Hill, 25, Centerville.",
		gold: { 'Wayne County': [39.86, -85.01], Richmond: [39.83, -84.89], Hagerstown: [39.91, -85.16], 'Fountain City': [39.95, -84.92], Boston: [39.74, -84.85], Liberty: [39.64, -84.93], Dublin: [39.81, -85.21], Milton: [39.79, -85.16], Williamsburg: [39.96, -84.99], Centerville: [39.82, -85.0] },
		notPlaces: ['Tyler Hart', 'Brooklyn Sims', 'Brooklyn', 'Cody Ross', 'Jessica Penn', 'Penn', 'Jordan Pyle', 'Jordan', 'Sydney Cole', 'Sydney', 'Eric Ashby', 'Ashby', 'Paula Fox', 'Nathan Kirk', 'Grace Hill', 'Tyler']
	},
	{
		genre: 'local',
		text: "River stages, 7 a.m. Wabash River at Vincennes, 14.2 feet, falling; at Mount Carmel, 18.9, rising; at New Harmony, 12.0. White River at Petersburg, 16.3; at Hazleton, 22.1, above its flood stage of 16. Patoka River at Princeton, 17.5. Ohio River at Shawneetown, 33.0, and at Evansville, 30.4. Lowland flooding is expected near Hazleton and along the Wabash below Mount Carmel through Sunday.",
		gold: { 'Wabash River': [38.68, -87.53], Wabash: [38.4, -87.8], Vincennes: [38.68, -87.53], 'Mount Carmel': [38.41, -87.76], 'New Harmony': [38.13, -87.94], 'White River': [38.5, -87.3], Petersburg: [38.49, -87.28], Hazleton: [38.49, -87.54], 'Patoka River': [38.4, -87.45], Princeton: [38.36, -87.57], 'Ohio River': [37.7, -88.1], Shawneetown: [37.69, -88.14], Evansville: [37.97, -87.56] }
	},
	{
		genre: 'local',
		text: "Blood drives this week. Monday, noon to 6 p.m.: the community center in Berlin. Tuesday: the VFW hall in Meyersdale. Wednesday: the fire hall in Confluence. Thursday: the school in Salisbury. Friday: the library in Rockwood. Saturday: the mall in Somerset, 9 a.m. to 2 p.m. Donors from Garrett and Boswell may sign up at any of them.",
		gold: { Berlin: [39.92, -78.96], Meyersdale: [39.81, -79.02], Confluence: [39.81, -79.36], Salisbury: [39.75, -79.08], Rockwood: [39.92, -79.16], Somerset: [40.01, -79.08], Garrett: [39.86, -79.06], Boswell: [40.16, -79.03] }
	},
	{
		genre: 'local',
		text: "Scouting. MANCHESTER — Troop 4 honored three new Eagle Scouts on Sunday. One built trail bridges at the town forest in Dorset; another restored the fence around an old cemetery in Sunderland; the third built bat houses for the nature center in Arlington. Scouts from Pawlet, Rupert and Danby joined the ceremony, and the council office in Bennington sent its congratulations.",
		gold: { MANCHESTER: [43.16, -73.07], Dorset: [43.25, -73.1], Sunderland: [43.1, -73.1], Arlington: [43.07, -73.15], Pawlet: [43.35, -73.18], Rupert: [43.26, -73.22], Danby: [43.35, -72.99], Bennington: [42.88, -73.2] }
	}
];

export const HELD_OUT_US_LOCAL_S42_B: GenreText[] = [
	{
		genre: 'local',
		text: "Obituaries. WARSAW — Harold F. Brogan, 91, died Tuesday at home. Born in Perry, he worked 38 years at the salt mine in Retsof and farmed near Castile. He was a past master of the Grange in Silver Springs and a volunteer at Letchworth State Park. Survivors include a son, Tom (Ann) of Athens, Ga.; a daughter, Mary Pulaski of Florence, Ala.; a sister in Attica; and grandchildren in Buffalo and Rochester. Calling hours Friday in Warsaw; burial in Wyoming County's veterans cemetery.",
		gold: { WARSAW: [42.74, -78.13], Perry: [42.72, -78.0], Retsof: [42.83, -77.88], Castile: [42.63, -78.05], 'Silver Springs': [42.66, -78.08], 'Letchworth State Park': [42.58, -78.05], Athens: [33.96, -83.38], Florence: [34.8, -87.68], Attica: [42.86, -78.28], Buffalo: [42.89, -78.88], Rochester: [43.16, -77.61], Warsaw: [42.74, -78.13], 'Wyoming County': [42.7, -78.22] },
		notPlaces: ['Harold F. Brogan', 'Brogan', 'Mary Pulaski', 'Pulaski']
	},
	{
		genre: 'local',
		text: "Honor graduates. GALLIPOLIS — Gallia Academy's valedictorian, Jordan Reese of Bidwell, will study engineering in Columbus. The salutatorian, from Rio Grande, plans to stay home at the university there. Other honor graduates live in Vinton, Crown City and Cheshire. A River Valley graduate from Patriot won a scholarship to a college in Huntington, across the river in West Virginia.",
		gold: { GALLIPOLIS: [38.81, -82.2], Bidwell: [38.92, -82.29], Columbus: [39.96, -83.0], 'Rio Grande': [38.88, -82.38], Vinton: [38.98, -82.34], 'Crown City': [38.59, -82.29], Cheshire: [38.95, -82.11], Patriot: [38.77, -82.42], Huntington: [38.42, -82.45], 'West Virginia': [38.6, -80.6] },
		notPlaces: ['Jordan Reese', 'Jordan', 'Reese']
	},
	{
		genre: 'local',
		text: "Court. MOULTON — Sentences handed down in Lawrence County Circuit Court: A Courtland man, 44, got 10 years for trafficking methamphetamine. A Town Creek woman was sentenced to two years' probation for theft from her employer in Hillsboro. A Trinity man, 19, received a split sentence for a burglary near Mount Hope. A Decatur man's assault case was moved to the Morgan County docket.",
		gold: { MOULTON: [34.48, -87.29], 'Lawrence County': [34.52, -87.31], Courtland: [34.67, -87.31], 'Town Creek': [34.68, -87.41], Hillsboro: [34.64, -87.19], Trinity: [34.61, -87.09], 'Mount Hope': [34.46, -87.48], Decatur: [34.61, -86.98], 'Morgan County': [34.45, -86.85] }
	},
	{
		genre: 'local',
		text: "Storm reports, Sunday, from the weather service in Aberdeen. 3:05 p.m.: ping-pong-ball hail 2 miles west of Britton. 3:40 p.m.: a 65 mph gust in Webster. 4:12 p.m.: a brief tornado touched down in a field 5 miles north of Groton; no damage. 4:30 p.m.: nickel-size hail in Frederick and Columbia. 5:15 p.m.: trees down in Andover. 6:00 p.m.: 1.8 inches of rain at Roslyn.",
		gold: { Aberdeen: [45.46, -98.49], Britton: [45.79, -97.75], Webster: [45.33, -97.52], Groton: [45.45, -98.1], Frederick: [45.83, -98.51], Columbia: [45.61, -98.31], Andover: [45.41, -97.9], Roslyn: [45.5, -97.49] }
	},
	{
		genre: 'local',
		text: "Burn ban. Commissioners in Love, Marshall, Carter, Johnston and Murray counties have banned outdoor burning until the area gets an inch of rain. Fire departments in Madill, Marietta and Tishomingo answered a dozen grass fires last week. The ban in Ardmore's city limits also covers fireworks. Campfires in the Chickasaw National Recreation Area near Sulphur are allowed only in metal rings.",
		gold: { Love: [33.95, -97.24], Marshall: [34.03, -96.77], Carter: [34.25, -97.29], Johnston: [34.32, -96.66], Murray: [34.49, -97.07], Madill: [34.09, -96.77], Marietta: [33.94, -97.12], Tishomingo: [34.24, -96.68], Ardmore: [34.17, -97.14], 'Chickasaw National Recreation Area': [34.46, -96.97], Sulphur: [34.51, -96.97] }
	},
	{
		genre: 'local',
		text: "Library notes. MOUNT VERNON — The library's winter reading program starts Monday. Tuesday night, a naturalist from Solon talks about the eagles that winter on the Cedar River. The Lisbon library hosts a quilt show Thursday, with quilts from Martelle and Springville. Saturday's used-book sale benefits the reading room in Stanwood. A bus to the children's museum in Cedar Rapids leaves at 9.",
		gold: { 'MOUNT VERNON': [41.92, -91.42], Solon: [41.81, -91.49], 'Cedar River': [41.8, -91.4], Lisbon: [41.92, -91.39], Martelle: [42.02, -91.36], Springville: [42.06, -91.44], Stanwood: [41.9, -91.15], 'Cedar Rapids': [41.98, -91.67] }
	},
	{
		genre: 'local',
		text: "Outages. The co-op reported 2,900 members without power Wednesday morning after the storm. Santa Rosa County: 1,800, most in Jay, Munson and the north end of Milton. Okaloosa County: 700, around Baker and Crestview. Escambia County: 400 near Century and Walnut Hill. Pace had scattered outages. Crews expect to finish by Thursday night.",
		gold: { 'Santa Rosa County': [30.7, -87.0], Jay: [30.95, -87.15], Munson: [30.86, -86.87], Milton: [30.63, -87.04], 'Okaloosa County': [30.7, -86.6], Baker: [30.8, -86.68], Crestview: [30.76, -86.57], 'Escambia County': [30.6, -87.34], Century: [30.97, -87.26], 'Walnut Hill': [30.89, -87.5], Pace: [30.6, -87.16] }
	},
	{
		genre: 'local',
		text: "Sheriff's sale. MERCER — The sheriff will sell the following at the courthouse on the 3rd at 10 a.m.: 214 Shenango St., Greenville; 18 Pitt St., Sharon; a house and 5 acres near Jamestown; 903 Liberty St., Grove City; 40 Lake Road, Sandy Lake; a lot in Stoneboro; 12 Main St., Fredonia. Bidders must bring a 10 percent deposit.",
		gold: { MERCER: [41.23, -80.24], Greenville: [41.4, -80.39], Sharon: [41.23, -80.49], Jamestown: [41.49, -80.44], 'Grove City': [41.16, -80.09], 'Sandy Lake': [41.35, -80.08], Stoneboro: [41.34, -80.11], Fredonia: [41.32, -80.26] },
		notPlaces: ['Shenango', 'Pitt', 'Liberty']
	},
	{
		genre: 'local',
		text: "Looking back. MEXICO — 25 years ago: the school board approved a new bus garage on the road to Parish. 50 years ago: a Pulaski man caught a 30-pound salmon in the Salmon River, and the Central Square fire company bought its first ladder truck. 75 years ago: Hastings farmers formed a milk co-op, and a blizzard closed every road between Sandy Creek and Oswego for three days.",
		gold: { MEXICO: [43.46, -76.23], Parish: [43.41, -76.13], Pulaski: [43.57, -76.13], 'Salmon River': [43.55, -76.1], 'Central Square': [43.29, -76.14], Hastings: [43.32, -76.16], 'Sandy Creek': [43.64, -76.09], Oswego: [43.46, -76.51] }
	},
	{
		genre: 'local',
		text: "Letters. I grew up in Toledo and left for Chicago at 18, and I came back last year to care for my mother. People here apologize for this town as if it were a poor copy of Cedar Rapids or Des Moines. It is not. Tama and Toledo share a school district that works, Montour still has a café that opens at 5, and Traer's library is better than mine was in the city. Garwin and Gladbrook are worth a drive. Stop apologizing.",
		gold: { Toledo: [41.99, -92.58], Chicago: [41.88, -87.63], 'Cedar Rapids': [41.98, -91.67], 'Des Moines': [41.59, -93.62], Tama: [41.97, -92.58], Montour: [41.98, -92.71], Traer: [42.19, -92.47], Garwin: [42.09, -92.68], Gladbrook: [42.19, -92.71] }
	},
	{
		genre: 'local',
		text: "Travel: Kolaches and painted churches. The Czech belt of Texas runs from West, where the bakeries open before dawn, down to Schulenburg. Stop at the painted churches in Praha, Dubina and High Hill; the one in Praha is the oldest. Shiner's brewery gives tours, Moulton has a good smokehouse, and the dance hall in Ennis hosts a polka festival every Memorial Day weekend. Every town claims a bit of Bohemia, and most have a cousin in Prague.",
		gold: { West: [31.8, -97.09], Schulenburg: [29.68, -96.9], Praha: [29.66, -96.99], Dubina: [29.74, -96.84], 'High Hill': [29.7, -96.93], Shiner: [29.43, -97.17], Moulton: [29.57, -97.15], Ennis: [32.33, -96.63], Bohemia: [49.8, 14.5], Prague: [50.08, 14.44], Texas: [31.0, -99.0] }
	},
	{
		genre: 'local',
		text: "Bear harvest. Pennsylvania hunters took 3,312 bears in the four-day season. Lycoming County led with 212, followed by Clinton, 180; Potter, 175; Tioga, 160; Centre, 131; and Clearfield, 122. Sullivan and Huntingdon each passed 100. The biggest, 712 pounds, was taken near Renovo, and a 650-pounder came out of the woods near Coudersport.",
		gold: { Pennsylvania: [40.9, -77.8], 'Lycoming County': [41.34, -77.06], Clinton: [41.23, -77.64], Potter: [41.74, -77.9], Tioga: [41.77, -77.26], Centre: [40.92, -77.82], Clearfield: [41.0, -78.47], Sullivan: [41.45, -76.51], Huntingdon: [40.42, -77.98], Renovo: [41.33, -77.75], Coudersport: [41.77, -78.02] }
	},
	{
		genre: 'local',
		text: "Band festival. JENA — Superior ratings at the district band festival went to Jena's high school band and to the bands from Olla and Winnfield. Tullos and Urania combined for an excellent rating. The Harrisonburg junior high and the Jonesville seventh grade earned good ratings. Judges came from Alexandria and Ruston; the state festival is in Natchitoches in April.",
		gold: { JENA: [31.68, -92.13], Jena: [31.68, -92.13], Olla: [31.9, -92.24], Winnfield: [31.93, -92.64], Tullos: [31.82, -92.33], Urania: [31.86, -92.3], Harrisonburg: [31.77, -91.82], Jonesville: [31.63, -91.82], Alexandria: [31.31, -92.45], Ruston: [32.52, -92.64], Natchitoches: [31.76, -93.09] }
	},
	{
		genre: 'local',
		text: "Livestock show. HAMILTON — The county junior livestock show drew 214 entries. Grand champion market steer: a Hico 4-H member. Reserve: a student from Evant. Grand champion lamb came from Carlton, and the reserve goat from Pottsville. Buyers from Gatesville and Stephenville pushed the sale to a record $312,000.",
		gold: { HAMILTON: [31.7, -98.12], Hico: [31.98, -98.03], Evant: [31.48, -98.15], Carlton: [31.92, -98.16], Pottsville: [31.69, -98.29], Gatesville: [31.44, -97.74], Stephenville: [32.22, -98.2] }
	},
	{
		genre: 'local',
		text: "Weddings. LINDSBORG — Hanna Lund and Erik Falun were married Saturday at the Lutheran church here. The bride is the daughter of Carl and Ingrid Lund of Marquette. The groom's parents, Lars and Eva Falun, live in Uppsala, Sweden, and flew in for the ceremony. A reception followed at the dance hall in Smolan. After a trip to Stockholm, the couple will live in Salina.",
		gold: { LINDSBORG: [38.57, -97.67], Marquette: [38.56, -97.83], Uppsala: [59.86, 17.64], Sweden: [62.0, 15.0], Smolan: [38.74, -97.68], Stockholm: [59.33, 18.07], Salina: [38.84, -97.61] },
		notPlaces: ['Hanna Lund', 'Lund', 'Erik Falun', 'Falun', 'Ingrid Lund', 'Eva Falun']
	},
	{
		genre: 'local',
		text: "Farm auction. Saturday, 10 a.m. From Friend, go 3 miles west on Highway 41, then 1 mile north. Combine, grain cart, two tractors and household goods. Lunch by the Western fire auxiliary. Hauling can be arranged to Crete, Wilber or Exeter. Terms: cash or good check. Auctioneers: Gene Beatrice and Todd Seward.",
		gold: { Friend: [40.65, -97.29], Western: [40.39, -97.2], Crete: [40.63, -96.96], Wilber: [40.48, -96.96], Exeter: [40.64, -97.45] },
		notPlaces: ['Gene Beatrice', 'Beatrice', 'Todd Seward', 'Seward']
	},
	{
		genre: 'local',
		text: "Births. OELWEIN — A son was born Nov. 30 to Travis and Kayla Hunt of Fairbank. A daughter was born Dec. 1 to Ben and Sara Kuhn of Hazleton. A son, Dec. 2, to Marcus and Jill Bauer of Maynard. Twins, a son and a daughter, Dec. 3, to Luke and Amy Graf of Westgate. A daughter, Dec. 4, to Ryan and Megan Ortiz of Arlington. Grandparents live in Fayette, West Union and Independence.",
		gold: { OELWEIN: [42.67, -91.91], Fairbank: [42.64, -92.05], Hazleton: [42.62, -91.9], Maynard: [42.77, -91.88], Westgate: [42.77, -91.99], Arlington: [42.75, -91.67], Fayette: [42.84, -91.8], 'West Union': [42.96, -91.81], Independence: [42.47, -91.89] },
		notPlaces: ['Travis', 'Kayla Hunt', 'Hunt', 'Kuhn', 'Bauer', 'Graf', 'Ortiz']
	},
	{
		genre: 'local',
		text: "River stages, 7 a.m. Kanawha River at Charleston, 8.9 feet. Ohio River at Point Pleasant, 34.2, rising; at Racine, 28.0; at Pomeroy, 37.6, near its flood stage of 46 by the weekend; at Parkersburg, 29.8. Little Kanawha at Glenville, 11.2. Boat ramps at Mason and Ravenswood are closed until the water drops.",
		gold: { 'Kanawha River': [38.5, -81.8], Charleston: [38.35, -81.63], 'Ohio River': [39.0, -81.9], 'Point Pleasant': [38.84, -82.14], Racine: [38.97, -81.91], Pomeroy: [39.03, -82.03], Parkersburg: [39.27, -81.56], 'Little Kanawha': [38.95, -80.9], Glenville: [38.93, -80.84], Mason: [39.02, -82.03], Ravenswood: [38.95, -81.76] }
	},
	{
		genre: 'local',
		text: "Blood drives. Monday: the high school gym in Sweet Home, 1 to 6 p.m. Tuesday: the Elks lodge in Lebanon. Wednesday: the community center in Brownsville. Thursday: the grange hall in Halsey. Friday: the fire station in Scio. Saturday: the middle school in Jefferson, 9 a.m. to 1 p.m. Walk-ins welcome; bring photo ID.",
		gold: { 'Sweet Home': [44.4, -122.74], Lebanon: [44.54, -122.91], Brownsville: [44.39, -122.98], Halsey: [44.38, -123.11], Scio: [44.7, -122.85], Jefferson: [44.72, -123.01] }
	},
	{
		genre: 'local',
		text: "Awards. FRYEBURG — Four Girl Scouts received the Gold Award on Sunday. A Denmark scout built a free library at the town beach; a scout from Sweden mapped the trails on her family's woodlot for the land trust; one from Brownfield organized a coat drive for families in Bridgton; and a Fryeburg Academy senior restored the bandstand in Waterford.",
		gold: { FRYEBURG: [44.02, -70.98], Denmark: [43.97, -70.8], Sweden: [44.13, -70.82], Brownfield: [43.94, -70.91], Bridgton: [44.05, -70.71], Waterford: [44.18, -70.75] }
	}
];

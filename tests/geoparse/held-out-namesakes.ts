// Small places that share their name with a bigger or better-known place (issue #10: "Washington is a small
// town in Hempstead County, Arkansas"), written for session 27 (none copied from anywhere) BEFORE reading the
// geoparser's code, and scored before any change was tuned on them: `node --import tsx
// tests/bench/genre-accuracy.ts --held-out-namesakes`. First honest score (main cf96216): 314/327 = 0.960
// (local 172/182, wikipedia 76/77, international 66/68; "White House" mapped as a place once).
// No longer held out: later session-27 commits (6c32c29, 7a28d73, 2173b51, 1d265d3, 211cc3e, 09b040f,
// 669d81f, 736c812, 3c28af4, f9d1b80) were tuned on its misses, so its current 326/331 is a tuned score;
// only the first, 314/327, was held-out.
// The forms real text takes about such places: a town's own website ("Welcome to the City of Paris! … our
// community"), chamber-of-commerce pages, local-history paragraphs, Wikipedia-style stubs and sections, local
// news with a bare dateline ("FLORENCE —", "CAMBRIDGE —"), real-estate and travel blurbs. US namesakes (Paris
// TN/TX/KY, Athens AL/GA/OH, Florence AL/SC/KY, Cambridge MD/MN, Jackson WY, Madison IN/SD, Columbia TN,
// Washington AR, Lebanon NH/TN, Troy NY, Vienna VA/WV, Berlin NH/MD, Dublin OH/GA, Alexandria LA/MN, Richmond
// IN/KY, Kingston NY/TN, Bristol TN/CT, Plymouth MA/MN, Durham NH, Manchester TN/OH, Abilene KS, Milford OH)
// and others (Perth ON, Victoria TX/BC, Hamilton NZ/Scotland, Newcastle NSW, Richmond BC and London, Bath ME,
// Kingston upon Thames, London ON, Delhi NY, Toledo (Spain), Valencia (Venezuela), Córdoba (Argentina),
// Santiago de Querétaro). What decides varies: the state or province in the first sentence, only the county
// or parish, only neighbouring towns (themselves often namesakes: Milan NH, Kingston MA, Cambridge NZ, Dover
// NH, Clarksville TX, Palmyra), a river or lake, a highway ("K-15", "State Route 28", "U.S. 52"), a ZIP code
// (37087), a university or landmark. Three texts say nothing that decides and are fair to miss: "Paris
// aldermen …" (a courthouse square), "Happy Tails Grooming … in Columbia" (only the area code 931) and "The
// Athens Bulldogs …" (a team and its opponent). Gold points come from the gazetteer's own data (`gazette
// lookup NAME`, the entry the text means, rounded to 0.01°); names with no entry (most rivers, lakes, bays,
// Tysons, Jackson Hole, Lanark County, Saanich, Steveston, Stoney Creek …) have no gold. notPlaces lists
// place words used as something else here (a person, an airpark, a ship, a landmark).
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_NAMESAKES: GenreText[] = [
	{
		genre: 'local',
		text: "Welcome to the City of Paris! Tucked into the rolling hills of Henry County, our community of about 10,000 neighbors hosts the World's Biggest Fish Fry every April and sits just minutes from the shores of Kentucky Lake. Whether you arrive on U.S. 79 from Clarksville or come down Highway 641 from Murray, stop by Memorial Park to see our own 60-foot Eiffel Tower. City Hall is open weekdays 8 to 4:30; call (731) 555-0142 with any questions.",
		gold: { Paris: [36.3, -88.33], 'Henry County': [36.31, -88.2], Clarksville: [36.53, -87.36], Murray: [36.61, -88.31] },
		notPlaces: ['Eiffel Tower']
	},
	{
		genre: 'local',
		text: 'The Paris-Lamar County Chamber of Commerce invites you to discover Paris, the heart of Northeast Texas. About 100 miles northeast of Dallas on U.S. 82, Paris is the regional center for health care, manufacturing and agriculture for a dozen counties on both sides of the Red River. Our members include more than 600 businesses, from family farms near Detroit and Blossom to the distribution centers along Loop 286. Neighboring Bonham and Clarksville are within a 40-minute drive, and Pat Mayse Lake offers camping and fishing just north of town.',
		gold: { Paris: [33.66, -95.56], Texas: [31.97, -99.9], Dallas: [32.78, -96.81], Detroit: [33.66, -95.27], Blossom: [33.66, -95.39], Bonham: [33.58, -96.18], Clarksville: [33.61, -95.05] }
	},
	{
		genre: 'wikipedia',
		text: 'Paris, the seat of Bourbon County, was first called Hopewell and then Houston before the legislature gave it its present name in 1790, in gratitude to France for its help during the Revolutionary War. The town grew up along Stoner Creek as a market for hemp and livestock; later its fame rested on thoroughbreds, and horse farms still line the Paris Pike south toward Lexington. The railroad arrived in 1853, linking Paris with Cynthiana to the north and, by a branch line, with Maysville on the Ohio River.',
		gold: { Paris: [38.21, -84.25], 'Bourbon County': [38.23, -84.21], France: [46, 2], Lexington: [38.05, -84.46], Cynthiana: [38.39, -84.29], Maysville: [38.64, -83.74] }
	},
	{
		genre: 'local',
		text: 'Paris aldermen on Monday approved new two-hour parking limits around the courthouse square, starting Jan. 1. Merchants had complained that employees of downtown offices were taking the best spaces before the shops opened. The square will also be closed to traffic for the Christmas parade on Dec. 12, the city clerk said.',
		gold: { Paris: [36.3, -88.33] }
	},
	{
		genre: 'wikipedia',
		text: "Athens is a city in and the county seat of Limestone County, Alabama, United States. It lies along Interstate 65 about 25 miles west of Huntsville and a few miles north of Decatur and the Tennessee River. Athens State University, founded in 1822, is the oldest institution of higher learning in the state. The city's population was 25,406 at the 2020 census.",
		gold: { Athens: [34.8, -86.97], 'Limestone County': [34.79, -87.04], Alabama: [32.32, -86.9], 'United States': [39.76, -98.5], Huntsville: [34.73, -86.59], Decatur: [34.61, -86.98] }
	},
	{
		genre: 'local',
		text: "Athens-Clarke County commissioners on Tuesday approved a new bus route that will link downtown Athens with the Georgia Square Mall and the University of Georgia's east campus. Riders from Winterville and Bogart have asked for service for years, and the route will end at a park-and-ride lot on the Oconee County line near Watkinsville. Transit director Carla Dawson said buses will run every 30 minutes from 6 a.m. to 10 p.m. starting in August, when students return.",
		gold: { Athens: [33.96, -83.38], 'Athens-Clarke County': [33.96, -83.38], Winterville: [33.97, -83.28], Bogart: [33.95, -83.53], 'Oconee County': [33.84, -83.45], Watkinsville: [33.86, -83.41] }
	},
	{
		genre: 'local',
		text: 'Charming brick two-story within walking distance of Court Street and the Ohio University green! This Athens home offers four bedrooms, original hardwood floors and a fenced yard that backs onto the Hockhocking Adena Bikeway. Quick access to U.S. 33 puts you 20 minutes from Nelsonville and 35 from Logan and the Hocking Hills. Ideal for faculty, families or as a rental — homes near campus rarely stay on the market long.',
		gold: { Athens: [39.33, -82.1], Nelsonville: [39.46, -82.23], Logan: [39.54, -82.41] }
	},
	{
		genre: 'local',
		text: "Set on a bluff above the Tennessee River, Florence is the largest of the four cities of the Shoals and the birthplace of W. C. Handy, the Father of the Blues, whose log cabin you can still visit. Cross the O'Neal Bridge to Sheffield, Tuscumbia and Muscle Shoals, where the studios that recorded Aretha Franklin and the Rolling Stones are open for tours. Don't miss the Frank Lloyd Wright house on Riverview Drive or a stroll down Court Street, the heart of downtown Florence.",
		gold: { Florence: [34.8, -87.68], Sheffield: [34.77, -87.7], Tuscumbia: [34.73, -87.7], 'Muscle Shoals': [34.74, -87.67] },
		notPlaces: ['Aretha Franklin', 'Franklin']
	},
	{
		genre: 'local',
		text: 'FLORENCE — A fire destroyed a vacant tobacco warehouse near downtown early Saturday, sending smoke across Interstate 95 and closing an exit for two hours. Florence County firefighters from Timmonsville and Quinby helped city crews, and a ladder truck came from Darlington. No one was hurt. Fire Chief Randy Osborne said the building had been empty since 2009 and was scheduled for demolition. Investigators from the State Law Enforcement Division were at the scene Sunday.',
		gold: { FLORENCE: [34.2, -79.76], 'Florence County': [34.01, -79.69], Timmonsville: [34.13, -79.94], Quinby: [34.24, -79.73], Darlington: [34.3, -79.88] }
	},
	{
		genre: 'local',
		text: "Welcome to Florence, Kentucky — Boone County's largest city, just 12 miles south of downtown Cincinnati. Our community is known for the famous Florence Y'all water tower, a busy retail corridor along Mall Road and quick access to Interstates 71 and 75. The Florence Aquatic Center and World of Sports are open all summer. Neighboring Union and Burlington share our parks district, and Erlanger's businesses are only minutes away.",
		gold: { Florence: [39, -84.63], Kentucky: [37.84, -84.27], 'Boone County': [38.98, -84.76], Cincinnati: [39.13, -84.51], Union: [38.95, -84.68], Burlington: [39.03, -84.72], Erlanger: [39.02, -84.6] }
	},
	{
		genre: 'wikipedia',
		text: "Cambridge is a city in and the county seat of Dorchester County, Maryland, on the south bank of the Choptank River where it widens toward the Chesapeake Bay. Founded in 1684, it is one of the oldest colonial towns on the Eastern Shore. Blackwater National Wildlife Refuge lies 12 miles to the south, and Harriet Tubman was born in the county's Bucktown area. U.S. Route 50 crosses the Choptank into the city from Easton and continues southeast to Salisbury.",
		gold: { Cambridge: [38.56, -76.08], 'Dorchester County': [38.42, -76.04], Maryland: [39.05, -76.64], Easton: [38.77, -76.08], Salisbury: [38.36, -75.6] }
	},
	{
		genre: 'local',
		text: 'CAMBRIDGE — Isanti County commissioners voted 4-1 on Wednesday to widen Highway 95 east of town to four lanes, a project drivers from North Branch have sought for a decade. The county will share the $22 million cost with the state. Commissioner Greg Lindahl, who represents Braham, cast the lone vote against, saying the money was needed for rural roads. Work will start after the Isanti County Fair in August, and a detour will send traffic through Isanti.',
		gold: { CAMBRIDGE: [45.57, -93.22], 'Isanti County': [45.55, -93.24], Isanti: [45.49, -93.25], 'North Branch': [45.51, -92.98], Braham: [45.72, -93.17] }
	},
	{
		genre: 'local',
		text: 'The town of Jackson sits at the southern end of Jackson Hole, the valley that serves as the gateway to Grand Teton and Yellowstone national parks. Stroll under the antler arches of the Town Square, ride the tram at Teton Village or drive over Teton Pass to Victor and Driggs on the Idaho side. In winter the National Elk Refuge on the edge of town shelters thousands of elk, and sleigh rides leave daily. Nearby Wilson has a handful of cozy restaurants along the Snake River.',
		gold: { Jackson: [43.48, -110.76], 'Teton Village': [43.59, -110.83], Victor: [43.6, -111.11], Driggs: [43.72, -111.11], Idaho: [44.07, -114.74], Wilson: [43.5, -110.88] }
	},
	{
		genre: 'local',
		text: 'JACKSON — A Grass Lake man was sentenced Thursday to five to 20 years in prison for a crash on Interstate 94 that killed a Parma woman last spring, Jackson County prosecutors said. The man, 34, admitted he had been drinking at a bar in Michigan Center before he drove west into oncoming traffic near the Sargent Road exit. The victim was on her way home from a nursing shift in Ann Arbor. Her family asked the judge for the maximum sentence.',
		gold: { JACKSON: [42.25, -84.4], 'Grass Lake': [42.25, -84.21], Parma: [42.26, -84.6], 'Jackson County': [42.28, -84.44], 'Michigan Center': [42.23, -84.33], 'Ann Arbor': [42.28, -83.74] }
	},
	{
		genre: 'local',
		text: 'Halfway between Louisville and Cincinnati on the Ohio River, Madison has one of the largest National Historic Landmark districts in the country, with 133 blocks of 19th-century storefronts and houses. Hike the canyons and waterfalls of Clifty Falls State Park, tour the Lanier Mansion, or drive five miles to the bluff-top campus of Hanover College. The Milton–Madison Bridge connects the town with Milton, Kentucky, and in July the Madison Regatta brings hydroplane racing to the river.',
		gold: { Louisville: [38.25, -85.76], Cincinnati: [39.13, -84.51], Madison: [38.74, -85.38], Hanover: [38.71, -85.47], Milton: [38.72, -85.37], Kentucky: [37.84, -84.27] }
	},
	{
		genre: 'wikipedia',
		text: 'Madison is a city in and the county seat of Lake County, South Dakota, United States. The population was 6,191 at the 2020 census. It is home to Dakota State University. Madison lies between Lake Madison and Lake Herman, about 50 miles northwest of Sioux Falls on South Dakota Highway 34; the nearby towns of Wentworth and Chester are in the same county.',
		gold: { Madison: [44.01, -97.11], 'Lake County': [44.02, -97.13], 'South Dakota': [43.97, -99.9], 'United States': [39.76, -98.5], 'Sioux Falls': [43.55, -96.7], Wentworth: [43.99, -96.96], Chester: [43.9, -96.98] }
	},
	{
		genre: 'wikipedia',
		text: "Columbia grew up on the Duck River in the early 1800s and became the county seat of Maury County in 1808. James K. Polk, the eleventh president, practiced law here, and his parents' house on West Seventh Street is the only surviving residence of his outside the White House. Mule Day, first held in 1840, still draws crowds every April. The railroad reached the town from Nashville in 1859, and Mount Pleasant, to the southwest, grew rich on phosphate mining a generation later.",
		gold: { Columbia: [35.62, -87.04], 'Maury County': [35.56, -87.08], Nashville: [36.17, -86.78], 'Mount Pleasant': [35.53, -87.21] },
		notPlaces: ['Polk', 'James K. Polk', 'White House']
	},
	{
		genre: 'local',
		text: 'Happy Tails Grooming is now open in Columbia! Baths, nail trims and full grooms for dogs and cats of every size, six days a week. Walk-ins welcome on Saturdays. Call 931-555-0188 to book your first visit and get 20 percent off.',
		gold: { Columbia: [35.62, -87.04] }
	},
	{
		genre: 'wikipedia',
		text: 'Washington, a small town in Hempstead County, served as the Confederate capital of Arkansas after Little Rock fell to Union troops in 1863. Today the whole town is a state park, Historic Washington, with restored homes, a tavern, a blacksmith shop and the 1874 courthouse. The county seat later moved nine miles southeast to Hope, which grew up beside the railroad. Visitors often combine a trip with Texarkana, 35 miles to the west.',
		gold: { Washington: [33.75, -93.67], 'Hempstead County': [33.74, -93.71], Arkansas: [35.2, -91.83], 'Little Rock': [34.75, -92.29], Hope: [33.67, -93.59], Texarkana: [33.43, -94.05] },
		notPlaces: ['Union']
	},
	{
		genre: 'local',
		text: "The Lebanon Area Chamber of Commerce welcomes you to the Upper Valley. Lebanon, in Grafton County, New Hampshire, sits on the Connecticut River directly across from White River Junction, Vermont, and is home to Dartmouth Health's main medical center. Our members run shops on Colburn Park and along Route 12A in West Lebanon, and many commute from Hanover, Enfield and Canaan. The city's airport offers daily flights to Boston and New York.",
		gold: { Lebanon: [43.64, -72.25], 'Grafton County': [43.97, -71.82], 'New Hampshire': [43.19, -71.57], 'White River Junction': [43.65, -72.32], Vermont: [44.56, -72.58], 'West Lebanon': [43.64, -72.3], Hanover: [43.7, -72.29], Enfield: [43.64, -72.14], Canaan: [43.65, -72.01], Boston: [42.36, -71.06], 'New York': [40.71, -74.01] }
	},
	{
		genre: 'local',
		text: 'New construction in Lebanon, 37087! Single-level 3 bed / 2 bath on a half-acre lot with a covered back porch and a two-car garage. Just 4 minutes to Interstate 40, 15 to Mt. Juliet and about 35 to downtown Nashville or the airport. Zoned for Wilson County schools; Cumberland University and the historic public square are close by. Watertown and the Cedars of Lebanon State Park are a short drive east.',
		gold: { Lebanon: [36.21, -86.29], 'Mt. Juliet': [36.2, -86.52], Nashville: [36.17, -86.78], 'Wilson County': [36.2, -86.32], Watertown: [36.1, -86.13] }
	},
	{
		genre: 'wikipedia',
		text: 'Troy lies on the east bank of the Hudson River, just north of Albany and across the water from Watervliet, at the point where the Mohawk joins the Hudson. In the 19th century its iron works and collar factories made it one of the richest cities in the country, and Rensselaer Polytechnic Institute, founded in 1824, still stands on the hill above downtown. The meat packer Samuel Wilson of Troy is said to have inspired the figure of Uncle Sam. Lansingburgh, to the north, was annexed in 1900, and Cohoes faces the city across the river.',
		gold: { Troy: [42.73, -73.69], Albany: [42.65, -73.76], Watervliet: [42.73, -73.7], Cohoes: [42.77, -73.7] }
	},
	{
		genre: 'local',
		text: 'Welcome to the Town of Vienna! Our small-town community of 16,000 lies in the heart of Fairfax County, just minutes from Tysons and a short Metro ride from Washington, D.C. Enjoy a walk or ride along the Washington & Old Dominion Trail, shop the boutiques on Maple Avenue, and join us on the Town Green for ViVa! Vienna! every Memorial Day weekend. Residents of neighboring Oakton and Dunn Loring are always welcome at our community center and parks.',
		gold: { Vienna: [38.9, -77.27], 'Fairfax County': [38.82, -77.23], 'Washington, D.C.': [38.9, -77.04], Oakton: [38.88, -77.3], 'Dunn Loring': [38.89, -77.22] }
	},
	{
		genre: 'wikipedia',
		text: 'Vienna is a city in Wood County, West Virginia, United States, along the Ohio River just north of Parkersburg. It is part of the Parkersburg–Marietta–Vienna metropolitan area. The population was 10,676 at the 2020 census. Williamstown lies a few miles upstream, and Belpre, Ohio, faces the area from the opposite bank.',
		gold: { Vienna: [39.33, -81.55], 'Wood County': [39.24, -81.48], 'West Virginia': [38.6, -80.45], 'United States': [39.76, -98.5], Ohio: [40.42, -82.91], Parkersburg: [39.27, -81.56], Williamstown: [39.4, -81.45], Belpre: [39.27, -81.57] }
	},
	{
		genre: 'local',
		text: "BERLIN — Coos County officials said Monday they will reopen the snowmobile trail along the Androscoggin River between Berlin and Milan after a landowner agreed to a new lease. Riders had been forced onto Route 16 since the old lease lapsed. The trail links to the network around Gorham and Errol, and local businesses say winter visitors spend millions in the North Country each year. The city's last paper mill closed in 2006, and tourism has become its main hope.",
		gold: { BERLIN: [44.47, -71.19], 'Coos County': [44.66, -71.43], Berlin: [44.47, -71.19], Milan: [44.57, -71.19], Gorham: [44.39, -71.17], Errol: [44.8, -71.14] }
	},
	{
		genre: 'local',
		text: "Just seven miles from the boardwalk at Ocean City, Berlin is a walkable little town of brick sidewalks, antique shops and Victorian storefronts that once earned it the title of America's Coolest Small Town. Spend the morning with the wild horses on Assateague Island, then come back for dinner on Main Street. Worcester County's seat, Snow Hill, is a pleasant drive south along the Pocomoke River.",
		gold: { 'Ocean City': [38.34, -75.08], Berlin: [38.32, -75.22], 'Worcester County': [38.23, -75.39], 'Snow Hill': [38.18, -75.39] }
	},
	{
		genre: 'local',
		text: 'DUBLIN — More than 100,000 people are expected at the Dublin Irish Festival this weekend, and police are urging visitors to use the free shuttles from Hilliard and Powell. Coffman Park will be closed to cars from Thursday night. City officials said the bridge over the Scioto River will stay open but the riverside path will close for fireworks on Saturday. Festival organizers said bands from Ireland and Scotland will join local groups from Columbus on six stages.',
		gold: { DUBLIN: [40.1, -83.11], Hilliard: [40.03, -83.16], Powell: [40.16, -83.08], Ireland: [53, -8], Scotland: [56.49, -4.2], Columbus: [39.96, -83] }
	},
	{
		genre: 'local',
		text: "Dublin, the seat of Laurens County, is the crossroads of middle Georgia, halfway between Macon and Savannah on Interstate 16. The Dublin-Laurens Chamber works with more than 400 member businesses, from the carpet and textile plants along the Oconee River to the shops of historic downtown. Every March the city celebrates St. Patrick's Day with a month-long festival that draws visitors from East Dublin, Dudley and beyond.",
		gold: { Dublin: [32.54, -82.9], 'Laurens County': [32.47, -82.82], Georgia: [32.17, -82.9], Macon: [32.84, -83.63], Savannah: [32.08, -81.1], 'East Dublin': [32.55, -82.87], Dudley: [32.54, -83.07] }
	},
	{
		genre: 'local',
		text: 'ALEXANDRIA — Rapides Parish officials on Tuesday broke ground on a $40 million expansion of the cargo terminal at England Airpark, the former air force base on the west side of the city. The project is expected to bring 300 jobs. Mayor Jacques Roy said trucks would reach Interstate 49 without passing through neighborhoods. Officials in Pineville, across the Red River, said they hope some of the new workers will live there, and companies from Lafayette and Shreveport have already asked about leases.',
		gold: { ALEXANDRIA: [31.31, -92.45], 'Rapides Parish': [31.24, -92.51], Pineville: [31.32, -92.43], Lafayette: [30.22, -92.02], Shreveport: [32.53, -93.75] },
		notPlaces: ['England', 'Roy']
	},
	{
		genre: 'local',
		text: "Alexandria is the hub of a chain of more than 200 lakes in west-central Minnesota, about halfway between the Twin Cities and Fargo on Interstate 94. Boat the Alexandria chain from Lake Carlos to Lake Le Homme Dieu, then visit the Runestone Museum and the giant statue of Big Ole downtown. Osakis, Garfield and Carlos are small towns worth a stop, and Douglas County's trails link them all.",
		gold: { Alexandria: [45.89, -95.38], Minnesota: [46.73, -94.69], Fargo: [46.88, -96.79], Carlos: [45.97, -95.31], Osakis: [45.87, -95.15], Garfield: [45.98, -95.51], 'Douglas County': [45.91, -95.45] }
	},
	{
		genre: 'local',
		text: 'RICHMOND — Wayne County will spend $3 million to repair the old National Road bridge over the Whitewater River, officials said Monday. The bridge carries U.S. 40 traffic between downtown Richmond and the west side, near Earlham College. Drivers heading to Centerville and Cambridge City should use Interstate 70 during the work, and commuters from Eaton, Ohio, just across the state line, can expect delays on U.S. 35.',
		gold: { RICHMOND: [39.83, -84.89], 'Wayne County': [39.83, -85.07], Richmond: [39.83, -84.89], Centerville: [39.82, -85], 'Cambridge City': [39.81, -85.17], Eaton: [39.74, -84.64], Ohio: [40.42, -82.91] }
	},
	{
		genre: 'wikipedia',
		text: 'Richmond is a home rule-class city in and the county seat of Madison County, Kentucky, United States. It is the home of Eastern Kentucky University. Richmond lies about 25 miles south of Lexington along Interstate 75, and Berea is 14 miles to the south. The Battle of Richmond, one of the most complete Confederate victories of the Civil War, was fought just south of the town in August 1862.',
		gold: { Richmond: [37.75, -84.29], 'Madison County': [37.74, -84.28], Kentucky: [37.84, -84.27], 'United States': [39.76, -98.5], Lexington: [38.05, -84.46], Berea: [37.57, -84.3] }
	},
	{
		genre: 'wikipedia',
		text: "Kingston became New York's first capital in 1777, when the state's first senate met in a stone house at the corner of Clinton Avenue; British troops burned the town that October. Its port on Rondout Creek, near where the creek meets the Hudson, later shipped bluestone and cement from the quarries of Ulster County to New York City. Today Saugerties lies ten miles to the north, New Paltz to the south, and Rhinebeck faces the city across the river.",
		gold: { Kingston: [41.93, -74], 'New York': [43.2, -75.32], 'Ulster County': [41.86, -74.17], 'New York City': [40.71, -74.01], Saugerties: [42.08, -73.95], 'New Paltz': [41.75, -74.09], Rhinebeck: [41.93, -73.91] }
	},
	{
		genre: 'local',
		text: 'KINGSTON — Roane County commissioners approved a new boat ramp on Watts Bar Lake near Fort Southwest Point on Monday. Residents of Harriman and Rockwood had asked for better access since the old ramp was closed after the 2008 coal ash spill. The TVA will pay for the parking lot. Commissioner Ron Berry said anglers come from Knoxville and Oak Ridge on weekends and often wait an hour to launch.',
		gold: { KINGSTON: [35.88, -84.51], 'Roane County': [35.82, -84.53], Harriman: [35.93, -84.55], Rockwood: [35.87, -84.68], Knoxville: [35.96, -83.92], 'Oak Ridge': [36.01, -84.27] },
		notPlaces: ['Berry']
	},
	{
		genre: 'local',
		text: "In Bristol you can stand with one foot in Tennessee and the other in Virginia: the state line runs right down the middle of State Street. The town calls itself the Birthplace of Country Music for the 1927 recording sessions held here, and the museum on Cumberland Street tells the story. Race fans pack Bristol Motor Speedway twice a year. Kingsport and Johnson City are each about 25 miles away, and Abingdon's Barter Theatre is a short drive up Interstate 81.",
		gold: { Bristol: [36.6, -82.19], Tennessee: [35.52, -86.58], Virginia: [37.43, -78.66], Kingsport: [36.55, -82.56], 'Johnson City': [36.31, -82.35], Abingdon: [36.71, -81.98] }
	},
	{
		genre: 'local',
		text: "BRISTOL — The City Council on Tuesday approved a tax break for ESPN to build a new studio on its campus off Route 229, where the sports network has been based since 1979. Councilors said the company employs more than 4,000 people from Bristol, Plainville, Southington and Terryville. Opponents said the break would shift costs onto homeowners. The vote came a week after Hartford County's largest employer announced layoffs in New Britain.",
		gold: { BRISTOL: [41.67, -72.95], Bristol: [41.67, -72.95], Plainville: [41.67, -72.86], Southington: [41.61, -72.87], Terryville: [41.68, -73.01], 'Hartford County': [41.79, -72.73], 'New Britain': [41.66, -72.78] }
	},
	{
		genre: 'wikipedia',
		text: "Plymouth was founded in 1620 by the passengers of the Mayflower, who came ashore on the western edge of Cape Cod Bay after first landing at Provincetown. The colony's settlers soon spread to neighboring Duxbury and Kingston, and Plymouth Colony was merged into Massachusetts Bay in 1691. Plymouth Rock, in a portico on Water Street, is visited by a million people a year. Today the town is the largest by area in Plymouth County.",
		gold: { Plymouth: [41.96, -70.67], Provincetown: [42.05, -70.19], Duxbury: [42.04, -70.67], Kingston: [41.99, -70.72], 'Plymouth County': [41.98, -70.8] },
		notPlaces: ['Mayflower']
	},
	{
		genre: 'local',
		text: 'PLYMOUTH — Hennepin County deputies pulled two kayakers from Medicine Lake on Sunday after their boat capsized in high winds, authorities said. Both were treated at a hospital in Robbinsdale and released. The pair had launched from French Regional Park. Officials in Plymouth, Maple Grove and Wayzata have asked residents to wear life jackets on the lakes after three drownings in the western suburbs this summer.',
		gold: { PLYMOUTH: [45.01, -93.46], 'Hennepin County': [45.01, -93.46], Robbinsdale: [45.03, -93.34], Plymouth: [45.01, -93.46], 'Maple Grove': [45.07, -93.46], Wayzata: [44.97, -93.51] }
	},
	{
		genre: 'local',
		text: 'DURHAM — The University of New Hampshire will add 400 beds to its campus housing by 2029, easing pressure on rentals in town, officials said Wednesday. The Town Council has been asking for more dorm space for years, saying students now fill houses as far away as Dover, Newmarket and Lee. The plan also calls for a parking garage near the Oyster River and more bus service from Portsmouth. Strafford County officials welcomed the news.',
		gold: { DURHAM: [43.13, -70.93], Dover: [43.2, -70.87], Newmarket: [43.08, -70.94], Lee: [43.12, -71.01], 'Oyster River': [43.13, -70.93], Portsmouth: [43.08, -70.76], 'Strafford County': [43.33, -71.02] }
	},
	{
		genre: 'local',
		text: 'Every June the farm fields outside Manchester fill with tents for the Bonnaroo Music and Arts Festival. The rest of the year, the seat of Coffee County is a quiet stop on Interstate 24 between Nashville and Chattanooga, known for the 2,000-year-old earthen walls of Old Stone Fort State Archaeological Park on the Duck River. Tullahoma, home of the Arnold Air Force Base, is 12 miles to the southwest.',
		gold: { Manchester: [35.48, -86.09], 'Coffee County': [35.47, -86.08], Nashville: [36.17, -86.78], Chattanooga: [35.05, -85.31], Tullahoma: [35.36, -86.21] }
	},
	{
		genre: 'local',
		text: 'MANCHESTER — A rockslide closed U.S. 52 along the Ohio River east of the village for most of Thursday, forcing drivers to detour through West Union. No one was hurt. State crews cleared the road by evening but said more rock could fall after the heavy rain. Trucks bound for Portsmouth were sent onto State Route 125, and buses from Ripley ran an hour late.',
		gold: { MANCHESTER: [38.69, -83.61], 'West Union': [38.79, -83.55], Portsmouth: [38.73, -83], Ripley: [38.75, -83.84] }
	},
	{
		genre: 'local',
		text: 'ABILENE — A semi hauling wheat overturned on K-15 just south of Interstate 70 on Tuesday morning, spilling grain across both lanes for three hours. The driver, a 52-year-old man from Enterprise, was taken to a hospital in Salina with minor injuries. The highway patrol said he swerved to miss a deer. Traffic to Chapman and Solomon was detoured onto Old Highway 40.',
		gold: { ABILENE: [38.92, -97.21], Enterprise: [38.9, -97.12], Salina: [38.84, -97.61], Chapman: [38.97, -97.02], Solomon: [38.92, -97.37] }
	},
	{
		genre: 'local',
		text: "Crews will begin repaving State Route 28 through Milford next week, and the work will close one lane between the Little Miami River bridge and the Interstate 275 interchange until late October. Drivers from Goshen and Blanchester are urged to allow extra time. The city's Main Street businesses will stay open. Miami Township trustees asked the state to do night work near the schools.",
		gold: { Milford: [39.18, -84.29], Goshen: [39.23, -84.16], Blanchester: [39.29, -83.99] }
	},
	{
		genre: 'local',
		text: "Perth, one of Eastern Ontario's prettiest heritage towns, was founded in 1816 as a military settlement for veterans of the War of 1812. Its stone buildings line the Tay River, and the Tay Canal links the town with the Rideau Canal. Perth is the seat of Lanark County; Smiths Falls and Carleton Place are each about 20 minutes away, and Ottawa is an hour's drive northeast along Highway 7.",
		gold: { Perth: [44.9, -76.25], 'Smiths Falls': [44.9, -76.02], 'Carleton Place': [45.13, -76.15], Ottawa: [45.41, -75.7] }
	},
	{
		genre: 'local',
		text: 'VICTORIA — The Guadalupe River crested 12 feet above flood stage Friday, flooding low-lying neighborhoods on the west side of the city and closing U.S. 59. Victoria County officials opened a shelter at the community center. Residents of Bloomington and Inez were told to leave their homes. Forecasters said the water would fall slowly over the weekend. The city, which lies about 120 miles from Houston, San Antonio and Corpus Christi, flooded twice in the 1990s. Port Lavaca reported minor damage.',
		gold: { VICTORIA: [28.81, -97], 'Victoria County': [28.73, -96.98], Bloomington: [28.65, -96.89], Inez: [28.9, -96.79], Houston: [29.76, -95.36], 'San Antonio': [29.42, -98.49], 'Corpus Christi': [27.8, -97.4], 'Port Lavaca': [28.62, -96.63] }
	},
	{
		genre: 'international',
		text: 'Victoria, the capital of British Columbia, sits at the southern tip of Vancouver Island, a 90-minute ferry ride from the mainland. Its Inner Harbour is framed by the Parliament Buildings and the Fairmont Empress hotel. The city is surrounded by the municipalities of Saanich, Esquimalt and Oak Bay, and passenger ferries cross the Strait of Juan de Fuca daily to Port Angeles, Washington. Vancouver is about 100 kilometres to the northeast.',
		gold: { Victoria: [48.44, -123.35], 'British Columbia': [54.69, -124.66], 'Vancouver Island': [49.65, -125.45], Vancouver: [49.25, -123.12], Esquimalt: [48.44, -123.41], 'Oak Bay': [48.45, -123.3], 'Port Angeles': [48.12, -123.43], Washington: [47.75, -120.74] }
	},
	{
		genre: 'international',
		text: "Hamilton, on the banks of the Waikato River, is New Zealand's fourth-largest city and the centre of one of the richest dairy regions in the world. Visitors come for the Hamilton Gardens, the University of Waikato and the national agricultural field days at Mystery Creek. Cambridge and Te Awamutu are 20 minutes away, Ngaruawahia sits where the Waipa joins the Waikato to the north, and Auckland is about 125 kilometres up State Highway 1.",
		gold: { Hamilton: [-37.78, 175.28], Waikato: [-37.62, 175.02], 'New Zealand': [-41, 174], Cambridge: [-37.88, 175.44], Ngaruawahia: [-37.67, 175.16], Auckland: [-36.85, 174.76] }
	},
	{
		genre: 'international',
		text: 'Hamilton, the county town of South Lanarkshire, grew up around the palace of the Dukes of Hamilton, whose mausoleum still stands in Strathclyde Park beside the River Clyde. The town lies about 12 miles south-east of Glasgow, and Motherwell and East Kilbride are its nearest neighbours. Its racecourse hosts flat racing from May to September.',
		gold: { Hamilton: [55.77, -4.03], 'South Lanarkshire': [55.67, -3.78], Glasgow: [55.87, -4.26], Motherwell: [55.79, -3.99], 'East Kilbride': [55.76, -4.18] }
	},
	{
		genre: 'international',
		text: "NEWCASTLE — Coal exports from the world's largest coal port fell 8 per cent last year as demand from Japan and China eased, the port authority said on Tuesday. Newcastle, at the mouth of the Hunter River about 160 kilometres north of Sydney, has been trying to attract new industries. Mayors from Maitland and Lake Macquarie called for state money to retrain mine workers in the Hunter Valley, and Port Stephens council backed a plan for offshore wind.",
		gold: { NEWCASTLE: [-32.93, 151.78], Japan: [35.69, 139.75], China: [35, 105], Newcastle: [-32.93, 151.78], Sydney: [-33.87, 151.21], Maitland: [-32.73, 151.56] }
	},
	{
		genre: 'international',
		text: "Richmond sits on Lulu Island in the mouth of the Fraser River, just south of Vancouver, and is home to Vancouver International Airport. More than half of its residents were born outside Canada. The old fishing village of Steveston, at the island's south-west corner, is a favourite for fish and chips and whale-watching trips. The George Massey Tunnel links Richmond with Delta to the south, and the Canada Line takes commuters downtown in 25 minutes.",
		gold: { Richmond: [49.17, -123.14], Vancouver: [49.25, -123.12], Canada: [60.11, -113.64], Delta: [49.14, -122.91] },
		notPlaces: ['George Massey']
	},
	{
		genre: 'international',
		text: 'Richmond, on a bend of the Thames in south-west London, is best known for Richmond Park, the largest of the royal parks, where herds of red and fallow deer roam freely. From Richmond Hill the view down the river toward Twickenham is protected by an act of Parliament. Kew Gardens is a short walk north along the towpath, and Petersham and Ham lie to the south. The town is the administrative centre of the London Borough of Richmond upon Thames.',
		gold: { Richmond: [51.46, -0.31], London: [51.51, -0.13], Twickenham: [51.44, -0.34], Kew: [51.48, -0.29], 'London Borough of Richmond upon Thames': [51.46, -0.3] }
	},
	{
		genre: 'local',
		text: 'Bath has built ships on the Kennebec River since colonial days, and today the destroyers launched at Bath Iron Works still slide into the water a few blocks from Front Street. The Maine Maritime Museum tells the story of the great wooden schooners. The City of Ships is the seat of Sagadahoc County; Brunswick is 10 minutes west on Route 1, Woolwich lies across the Sagadahoc Bridge, and the beaches of Phippsburg are half an hour south.',
		gold: { Bath: [43.91, -69.82], Maine: [45.25, -69.45], 'Sagadahoc County': [43.94, -69.85], Brunswick: [43.91, -69.97], Woolwich: [43.92, -69.8], Phippsburg: [43.82, -69.81] }
	},
	{
		genre: 'international',
		text: "Kingston upon Thames, where Saxon kings were crowned, is today a busy shopping town in south-west London. The ancient market place is ringed with cafés, and the riverside walk leads north to Teddington Lock and south toward Hampton Court Palace. Kingston's university has campuses at Penrhyn Road and Kingston Hill; many students live in nearby Surbiton and New Malden.",
		gold: { 'Kingston upon Thames': [51.41, -0.3], Kingston: [51.41, -0.3], London: [51.51, -0.13], Teddington: [51.42, -0.33], Surbiton: [51.39, -0.3], 'New Malden': [51.4, -0.26] }
	},
	{
		genre: 'international',
		text: 'LONDON, Ont. — Western University will build a 1,000-bed residence on its north campus, the school said Friday, as rents in London climb faster than almost anywhere in Ontario. City council has asked both Western and Fanshawe College to house more of their students. The Thames River flooding of last spring damaged several homes in the Byron and Wortley Village areas. Commuters from St. Thomas, Strathroy and Woodstock say the bus service into the city is too thin.',
		gold: { LONDON: [42.98, -81.23], London: [42.98, -81.23], Ontario: [51.25, -85.32], 'St. Thomas': [42.77, -81.18], Woodstock: [43.13, -80.75] }
	},
	{
		genre: 'wikipedia',
		text: 'Delhi is a village in and the county seat of Delaware County, New York. It sits on the West Branch of the Delaware River in the western Catskills and is the home of SUNY Delhi, a college of the State University of New York. The village of Walton lies downstream to the west; Stamford is to the north and Oneonta about 30 miles to the north-west.',
		gold: { Delhi: [42.28, -74.92], 'Delaware County': [42.22, -75.03], 'New York': [43.2, -75.32], Walton: [42.17, -75.13], Stamford: [42.41, -74.61], Oneonta: [42.45, -75.06] }
	},
	{
		genre: 'international',
		text: "Toledo rises on a rocky hill wrapped on three sides by a gorge of the Tagus, about 70 kilometres south of Madrid. For centuries Christians, Muslims and Jews lived side by side in the old imperial city, which El Greco painted and which UNESCO lists as a World Heritage Site. High-speed trains reach it from the capital in half an hour. The capital of Castilla-La Mancha, it is also a base for trips to Consuegra's windmills and to Talavera de la Reina, famous for its ceramics.",
		gold: { Toledo: [39.86, -4.02], Madrid: [40.42, -3.7], 'Castilla-La Mancha': [39.28, -3.1], Consuegra: [39.46, -3.61], 'Talavera de la Reina': [39.96, -4.83] },
		notPlaces: ['El Greco', 'Greco']
	},
	{
		genre: 'international',
		text: "VALENCIA, Venezuela — Power cuts left most of Carabobo state without electricity for a second day on Wednesday, shutting factories in Valencia, the country's third-largest city and its industrial heart. The state governor said crews were repairing a transmission line near Lake Valencia. Water pumping stations also failed in Maracay and in the port of Puerto Cabello, officials said. Caracas was not affected.",
		gold: { VALENCIA: [10.16, -68.01], Venezuela: [8, -66], Carabobo: [10.12, -68.05], Valencia: [10.16, -68.01], Maracay: [10.24, -67.59], 'Puerto Cabello': [10.47, -68.01], Caracas: [10.49, -66.88] }
	},
	{
		genre: 'international',
		text: "Argentina's second city, Córdoba, sits at the foot of the Sierras Chicas in the centre of the country. Its Jesuit Block, with a university founded in 1613, is a World Heritage Site. On weekends the city empties toward the lakes and hills of Villa Carlos Paz and Alta Gracia, while Río Cuarto, to the south, is the province's second city. Rosario is five hours' drive to the east.",
		gold: { Argentina: [-34, -64], 'Córdoba': [-31.41, -64.18], 'Villa Carlos Paz': [-31.42, -64.5], 'Alta Gracia': [-31.65, -64.43], 'Río Cuarto': [-33.13, -64.35], Rosario: [-32.95, -60.64] }
	},
	{
		genre: 'international',
		text: 'Santiago de Querétaro, the capital of the Mexican state of Querétaro, has become one of the fastest-growing industrial centres in the Bajío, with aerospace plants clustered around its international airport. Its colonial centre, with an 18th-century aqueduct of 74 arches, is a World Heritage Site. San Juan del Río lies 50 kilometres to the south-east on the highway to Mexico City, and Celaya is an hour to the west.',
		gold: { 'Santiago de Querétaro': [20.59, -100.39], 'San Juan del Río': [20.39, -100], 'Mexico City': [19.43, -99.13], Celaya: [20.52, -100.82] }
	},
	{
		genre: 'local',
		text: 'The Athens Bulldogs rallied from 14 points down to beat Greenville 28-24 on Friday night and clinch a home playoff game. Quarterback Dallas Reed threw two touchdown passes in the fourth quarter. Athens hosts the first round next week.',
		gold: { Athens: [32.2, -95.86], Greenville: [33.14, -96.11] },
		notPlaces: ['Dallas']
	}
];

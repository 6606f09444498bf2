// US local news written for session 44 (none copied from anywhere) and scored BEFORE any change was tuned on them:
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s44` (issue #10: hidden US local news at Acc@161
// 0.73, F1 0.78 wanted). Shapes the earlier batches lack: letters to the editor (a train stop on the Hi-Line, a ferry on
// the Mississippi, a coastal highway), legal notices (a probate notice to creditors, sheriff's sales with section,
// township and range, "the Township of Upper Macungie, County of Lehigh", a Louisiana succession in "the Parish of St.
// Martin", a Minnesota mortgage foreclosure, a Vermont probate unit), obituaries of people who moved across many states
// ("Elkhart, Ind., ... Wichita, Kan., ... Pueblo, Colo."), college signing-day lists (athlete, home town, college named
// for a town: "Valdosta State", "Albany State", "Troy"), wedding announcements (parents "of Comfort", a honeymoon
// abroad, a groom from Uppsala), county extension and 4-H news, bus and transit route changes, storm damage by road and
// township, tourism along a highway (U.S. 50 in Nevada, Route 66 in Oklahoma, Highway 61 on the North Shore, U.S. 191 in
// Utah), season schedules with away games ("at Bolivar", "*Arab"), all-conference teams (name, class, school town).
// Towns are named like foreign places, states and famous cities (Malta and Glasgow MT, Cairo GA, Troy and Athens AL,
// Lebanon MO, Canton GA, Paris TX, Comfort TX, Manhattan KS, St. Joseph MN and IL, Austin and Eureka NV, Arab and
// Florence AL, Gothenburg, Lexington and Minden NE, Columbia and Petersburg TN, Newport and Albany OR, Homer and Ogden
// IL, Miami, Chelsea, Stroud, Chandler and Clinton OK, Cuba, Bolivar, Andover, Belfast and Friendship NY, Marquette KS
// and IA, Genoa WI, Corinth, Bradford and Chelsea VT, Mountain Home AR and ID, Odessa TX, Freedom and Rochester PA,
// Milan, Medina, Humboldt and Trenton TN, Medina, Cleveland and Montpelier ND, Sparta and Rockford MI, Dublin and Lyons
// GA, Atlantic, Denison and Shenandoah IA, Mexico Beach FL, Henderson and Parks LA, Crete and Lincoln NE, Windsor and
// Johnstown CO, Wyoming, Smyrna and Dover DE, Carthage MS, Monticello and Bluff UT, Superior and Medford WI) or like
// words and people (Comfort, Strong City, Arab, Friendship, Freedom, Panacea, Ethel, Carroll, Washburn, Hayward); people
// carry surnames of places (Hinsdale, Pigeon, Henderson, Paris, Dayton, Warren, Salem, Denver, Dallas, Hastings,
// Crockett, Stoddard) and the parent's "of X" follows them; Pigeon, Hinsdale and Hastings are towns of the same county.
// Places abroad appear in weddings (Lisbon, Porto, Uppsala, Stockholm, Gothenburg). Gold points are the places' own
// coordinates, the state written from knowledge and the point taken from `gazette lookup NAME --country US` in that
// state; the gazetteer lacks a few (Dodson MT, Baker NV, Lynxville WI, McCool and Thomastown MS, townships of Michigan,
// Indiana, Ohio, Illinois and Pennsylvania), which carry points from knowledge, as do parks, rivers, lakes and regions.
// Half A is for tuning; half B stays held out (report it before and after each change).
// Before any change (main 8262ff1): A 183/192 within 161 km (0.953), 32 named places not mapped; B 184/188 (0.979), 29
// not mapped. The wrong in A: Malta (Montana) read as the country, Glasgow, Saco and Whitewater (Montana) as far
// namesakes, Austin and Eureka (Nevada) as Texas's and California's, Arab (Alabama) as the Arab world.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S44_A: GenreText[] = [
	{
		genre: 'local',
		text: "Letters to the editor. Keep the train stopping at Malta. To the editor: Amtrak's plan to skip Malta on the Empire Builder would leave the whole valley without a station between Havre and Glasgow. I ride it every month to see my daughter in Minot, and my neighbors take it to Wolf Point for dialysis. Folks in Saco, Dodson and Whitewater drive an hour just to reach our platform. Our senators should tell Washington that this train is the only public transportation the Hi-Line has. — Darlene Hinsdale, Malta",
		gold: { Malta: [48.36, -107.87], Havre: [48.55, -109.68], Glasgow: [48.2, -106.64], Minot: [48.23, -101.3], 'Wolf Point': [48.09, -105.64], Saco: [48.64, -107.43], Dodson: [48.39, -108.25], Whitewater: [48.76, -107.63], Washington: [38.9, -77.04], 'Hi-Line': [48.5, -108.5] },
		notPlaces: ['Darlene Hinsdale', 'Hinsdale']
	},
	{
		genre: 'local',
		text: "Legal notices. NOTICE TO CREDITORS. Estate of Walter J. Kaczmarek, deceased, late of Sebewaing Township, Huron County, Michigan. Creditors of the decedent must present their claims within four months to Anne M. Kaczmarek, personal representative, 410 N. Center St., Bad Axe, or to the Huron County Probate Court, 250 E. Huron Ave., Bad Axe. Attorney: Lynn R. Pigeon, 6 Main St., Caseville. A hearing on the petition of Frank Kaczmarek of Saginaw to be named co-representative is set for March 3; notice goes to heirs in Elkton and in Sun City West, Arizona.",
		gold: { 'Sebewaing Township': [43.73, -83.43], 'Huron County': [43.89, -83.12], Michigan: [44.3, -85.4], 'Bad Axe': [43.8, -83], Caseville: [43.94, -83.27], Saginaw: [43.42, -83.95], Elkton: [43.82, -83.18], 'Sun City West': [33.66, -112.34], Arizona: [34.2, -111.6] },
		notPlaces: ['Walter J. Kaczmarek', 'Kaczmarek', 'Anne M. Kaczmarek', 'Lynn R. Pigeon', 'Pigeon', 'Frank Kaczmarek', 'Huron']
	},
	{
		genre: 'local',
		text: "Sheriff's sale. By virtue of a certified copy of a decree from the Howard Superior Court, the sheriff will sell at public auction on March 12 at 10 a.m. in the lobby of the Howard County Jail, 1800 W. Markland Ave., Kokomo, the following real estate in Howard County, Indiana: part of the Northeast Quarter of Section 22, Township 24 North, Range 4 East, Harrison Township, commonly known as 4120 E. 300 South, Kokomo. Also: Lot 17 in Sycamore Ridge, a subdivision in Taylor Township near Greentown; and a parcel on the Tipton County line south of Russiaville. Sold without relief from valuation or appraisement laws.",
		gold: { 'Howard County': [40.46, -86.19], Kokomo: [40.49, -86.13], Indiana: [39.9, -86.3], 'Harrison Township': [40.45, -86.07], 'Taylor Township': [40.44, -86], Greentown: [40.48, -85.97], 'Tipton County': [40.33, -86.05], Russiaville: [40.42, -86.27] },
		notPlaces: ['Markland']
	},
	{
		genre: 'local',
		text: "Obituaries. MOUNTAIN HOME — David Lee Henderson, 79, of Mountain Home died Tuesday at Baxter Regional Medical Center. Born in Lebanon, Mo., he left the farm at 18 for the Army, then built trailers in Elkhart, Ind., and airplanes in Wichita, Kan., before a steel job took him to Pueblo, Colo. He retired to Bull Shoals Lake in 2004 and fished it nearly every day. Survivors: sons Mark of Springfield, Ill., and Tim of Vancouver, Wash.; a daughter, Carol Paris of Canton, Ga.; and a brother in Lebanon. Burial will be at Gassville.",
		gold: { 'MOUNTAIN HOME': [36.34, -92.39], 'Mountain Home': [36.34, -92.39], Lebanon: [37.68, -92.66], Elkhart: [41.68, -85.98], Wichita: [37.69, -97.34], Pueblo: [38.25, -104.61], 'Bull Shoals Lake': [36.45, -92.6], Springfield: [39.8, -89.64], Vancouver: [45.64, -122.66], Canton: [34.24, -84.49], Gassville: [36.28, -92.49] },
		notPlaces: ['David Lee Henderson', 'Henderson', 'Carol Paris', 'Paris']
	},
	{
		genre: 'local',
		text: "Signing day. Area seniors who signed letters of intent Wednesday: football — Jaylen Brooks of Valdosta, to Georgia Southern in Statesboro; Tre Coleman of Thomasville, to Valdosta State; Kaden Pope of Cairo, to Troy. Baseball — Austin Hart of Moultrie, to Abraham Baldwin in Tifton. Softball — Sydney Cole of Quitman, to Thomas University. Track — Malik Reese of Adel, to Albany State. Coaches at Colquitt County and Brooks County said it was the biggest class in years.",
		gold: { Valdosta: [30.83, -83.28], Statesboro: [32.45, -81.78], Thomasville: [30.84, -83.98], Cairo: [30.88, -84.2], Troy: [31.81, -85.97], Moultrie: [31.18, -83.79], Tifton: [31.45, -83.51], Quitman: [30.78, -83.56], Adel: [31.14, -83.42], Albany: [31.58, -84.16], 'Colquitt County': [31.16, -83.71], 'Brooks County': [30.85, -83.49] },
		notPlaces: ['Jaylen Brooks', 'Brooks', 'Tre Coleman', 'Kaden Pope', 'Austin Hart', 'Austin', 'Abraham Baldwin', 'Baldwin', 'Sydney Cole', 'Sydney', 'Malik Reese', 'Thomas']
	},
	{
		genre: 'local',
		text: "Weddings. Dayton–Warren. Emily Rose Dayton and Lucas James Warren were married Oct. 10 at St. Mary's Catholic Church in Fredericksburg. The bride is the daughter of Mark and Janet Dayton of Comfort. The groom is the son of Rick and Paula Warren of Paris, Texas, and the grandson of the late Ed Warren of Luckenbach. A reception followed at a dance hall in Stonewall. After a wedding trip to Lisbon and Porto, the couple live in Kerrville, where she teaches at Tivy High School and he is a game warden for Kerr County.",
		gold: { Fredericksburg: [30.28, -98.87], Comfort: [29.97, -98.91], Paris: [33.66, -95.56], Texas: [31.5, -99.3], Luckenbach: [30.18, -98.75], Stonewall: [30.24, -98.66], Lisbon: [38.72, -9.14], Porto: [41.15, -8.61], Kerrville: [30.05, -99.14], 'Kerr County': [30.04, -99.4] },
		notPlaces: ['Emily Rose Dayton', 'Dayton', 'Lucas James Warren', 'Warren', 'Janet Dayton', 'Paula Warren', 'Ed Warren', 'Tivy']
	},
	{
		genre: 'local',
		text: "Extension notes. COTTONWOOD FALLS — Chase County 4-H members swept the beef division at the district show in Council Grove: Reagan Holt of Strong City had the champion heifer, and the Matfield Green club took the herdsmanship award. Entries for the Kansas State Fair in Hutchinson close Aug. 1. The extension office will host a pasture-burning clinic with agents from Emporia and from K-State in Manhattan, and a soil-testing day at the Elmdale community building. Call the office on Broadway in Cottonwood Falls.",
		gold: { 'COTTONWOOD FALLS': [38.37, -96.54], 'Chase County': [38.27, -96.61], 'Council Grove': [38.66, -96.49], 'Strong City': [38.41, -96.52], 'Matfield Green': [38.14, -96.55], Kansas: [38.5, -98.4], Hutchinson: [38.06, -97.93], Emporia: [38.4, -96.18], Manhattan: [39.18, -96.57], Elmdale: [38.38, -96.67], 'Cottonwood Falls': [38.37, -96.54] },
		notPlaces: ['Reagan Holt', 'Holt', 'Broadway']
	},
	{
		genre: 'local',
		text: "Route changes. ST. CLOUD — Metro Bus changes take effect Sunday. Route 3 will end at the Waite Park Walmart instead of looping downtown; Route 12 adds trips to Sartell and Sauk Rapids every 30 minutes at rush hour. A new weekday shuttle runs to St. Joseph and the college there. The Northstar Link coach to the Big Lake rail station keeps its schedule, with trains on to Minneapolis. Dial-a-ride service in Rockville and Cold Spring ends; riders there should call the county's rural transit line.",
		gold: { 'ST. CLOUD': [45.56, -94.16], 'Waite Park': [45.56, -94.22], Sartell: [45.62, -94.21], 'Sauk Rapids': [45.59, -94.17], 'St. Joseph': [45.56, -94.32], 'Big Lake': [45.33, -93.75], Minneapolis: [44.98, -93.26], Rockville: [45.47, -94.34], 'Cold Spring': [45.46, -94.43] }
	},
	{
		genre: 'local',
		text: "Storm damage. WOOSTER — The National Weather Service confirmed Sunday that an EF1 tornado touched down on Cleveland Road in Wayne Township at 6:10 p.m. Saturday and tracked 7 miles northeast into Chester Township, tearing roofs from two barns near Burbank Road and flattening corn along state Route 83 south of Creston. Straight-line winds toppled trees across Smithville Western Road near Smithville and in Canaan Township, where a mobile home was damaged. Orrville Utilities restored power to 1,400 customers by midnight; crews from Medina County helped clear roads.",
		gold: { WOOSTER: [40.81, -81.94], 'Wayne Township': [40.87, -81.88], 'Chester Township': [40.9, -81.95], Creston: [40.99, -81.89], Smithville: [40.86, -81.86], 'Canaan Township': [40.95, -81.9], Orrville: [40.84, -81.76], 'Medina County': [41.14, -82] },
		notPlaces: ['Cleveland', 'Burbank']
	},
	{
		genre: 'local',
		text: "Road trip. FALLON — Nevada's stretch of U.S. 50, the loneliest road in America, starts here among the alfalfa fields. East of town the road passes Sand Mountain and the old Pony Express station at Middlegate before climbing to Austin, a silver camp of 1862 whose three churches still stand. Next comes Eureka, with its restored opera house, then Ely, where the Nevada Northern Railway runs steam trains. The last stop before Utah is Baker, gateway to Great Basin National Park. Carry water; services are 70 miles apart.",
		gold: { FALLON: [39.47, -118.78], Nevada: [39.3, -116.6], 'Sand Mountain': [39.31, -118.4], Middlegate: [39.29, -118.03], Austin: [39.51, -117.08], Eureka: [39.51, -115.96], Ely: [39.25, -114.89], Utah: [39.3, -111.7], Baker: [39.01, -114.12], 'Great Basin National Park': [38.98, -114.3] }
	},
	{
		genre: 'local',
		text: "Boys basketball schedule. HARTSELLE — The Tigers' 2026-27 slate (home games starred): Nov. 20 at Decatur; Nov. 24 *Cullman; Dec. 1 at Athens; Dec. 4 *Priceville; Dec. 8 at Madison; Dec. 12 *Falkville; Dec. 27-29 holiday tournament at Florence; Jan. 5 *Arab; Jan. 9 at Huntsville; Jan. 16 at Cullman; Jan. 20 *Danville; Jan. 23 at Priceville. Area tournament Feb. 10-14 at Athens.",
		gold: { HARTSELLE: [34.44, -86.94], Decatur: [34.61, -86.98], Cullman: [34.17, -86.84], Athens: [34.8, -86.97], Priceville: [34.53, -86.89], Madison: [34.7, -86.75], Falkville: [34.37, -86.91], Florence: [34.8, -87.68], Arab: [34.32, -86.5], Huntsville: [34.73, -86.59], Danville: [34.41, -87.09] }
	},
	{
		genre: 'local',
		text: "All-conference. Southwest Conference volleyball coaches named their all-league teams. First team: Addie Fry, sr., McCook; Jaelyn Ortiz, jr., Holdrege; Lexi Carlson, sr., Cozad; Brynn Wahl, so., Gothenburg; Maya Sorensen, sr., Lexington; Tatum Cole, jr., Minden. Second team: Kinsey Roth, Ogallala; Ava Mills, Broken Bow; Harper Lee, Holdrege; Sadie Beck, Minden. Player of the year: Fry, who will play at Hastings College. Coach of the year: Dana Wolfe of Gothenburg.",
		gold: { McCook: [40.2, -100.63], Holdrege: [40.44, -99.37], Cozad: [40.86, -99.99], Gothenburg: [40.93, -100.16], Lexington: [40.78, -99.74], Minden: [40.5, -98.95], Ogallala: [41.13, -101.72], 'Broken Bow': [41.4, -99.64], Hastings: [40.59, -98.39] },
		notPlaces: ['Addie Fry', 'Fry', 'Jaelyn Ortiz', 'Lexi Carlson', 'Carlson', 'Brynn Wahl', 'Maya Sorensen', 'Tatum Cole', 'Kinsey Roth', 'Ava Mills', 'Harper Lee', 'Harper', 'Sadie Beck', 'Dana Wolfe']
	},
	{
		genre: 'local',
		text: "Sheriff's sale. By virtue of a writ of execution, on Friday, April 3, at 10 a.m., in Courtroom 1A of the Lehigh County Courthouse, 455 W. Hamilton St., Allentown, the following will be sold: ALL THAT CERTAIN lot or piece of ground with the dwelling erected thereon, situate in the Township of Upper Macungie, County of Lehigh and Commonwealth of Pennsylvania, known as 7712 Schantz Road, Fogelsville. Also: a lot in the Borough of Alburtis, and a twin house in Lower Macungie Township near Wescosville. Seized and taken in execution as the property of John and Mary Trexler.",
		gold: { 'Lehigh County': [40.63, -75.55], Allentown: [40.61, -75.49], 'Upper Macungie': [40.57, -75.6], Lehigh: [40.61, -75.59], Pennsylvania: [40.9, -77.8], Fogelsville: [40.59, -75.66], Alburtis: [40.51, -75.6], 'Lower Macungie Township': [40.53, -75.57], Wescosville: [40.57, -75.55] },
		notPlaces: ['Hamilton', 'Schantz', 'Trexler', 'Mary Trexler']
	},
	{
		genre: 'local',
		text: "Obituaries. BRUNSWICK — Raymond Columbus Pike, 88, a Navy chief who lived in nine states, died Saturday at home on St. Simons Island. Born in Sandusky, Ohio, he enlisted at 17 and served at Norfolk, Va.; Pensacola, Fla.; and Kodiak, Alaska, then spent 20 years as a civilian at the shipyard in Bremerton, Wash. He and his wife, Juanita, retired to Long Beach, Calif., before moving here to be near their daughter, Edna Salem of Kingsland. A brother, Earl, lives in Fremont, Ohio. Services will be at the Navy chapel in Kings Bay.",
		gold: { BRUNSWICK: [31.15, -81.49], 'St. Simons Island': [31.15, -81.37], Sandusky: [41.45, -82.71], Ohio: [40.3, -82.8], Norfolk: [36.85, -76.29], Pensacola: [30.42, -87.22], Kodiak: [57.79, -152.41], Alaska: [64, -150], Bremerton: [47.57, -122.63], 'Long Beach': [33.77, -118.19], Kingsland: [30.8, -81.69], Fremont: [41.35, -83.12], 'Kings Bay': [30.8, -81.56] },
		notPlaces: ['Raymond Columbus Pike', 'Columbus', 'Pike', 'Juanita', 'Edna Salem', 'Salem', 'Earl']
	},
	{
		genre: 'local',
		text: "4-H news. FAYETTEVILLE — Lincoln County 4-H'ers brought home eight blue ribbons from the district public-speaking contest in Columbia. Winners included fifth-graders from the Petersburg, Flintville and Mulberry schools and an eighth-grader from Elora. Next month the county's poultry judging team goes to the state roundup in Knoxville, and the horse club rides at a clinic near Huntsville, Ala., just across the line. Officers of the Boonshill club will be installed Thursday.",
		gold: { FAYETTEVILLE: [35.15, -86.57], 'Lincoln County': [35.21, -86.56], Columbia: [35.62, -87.04], Petersburg: [35.32, -86.64], Flintville: [35.06, -86.42], Mulberry: [35.19, -86.42], Elora: [35.03, -86.35], Knoxville: [35.96, -83.92], Huntsville: [34.73, -86.59], Boonshill: [35.1, -86.68] }
	},
	{
		genre: 'local',
		text: "Transit. NEWPORT — Lincoln County Transit's new schedule starts March 1. The Coast to Valley bus from Newport to Corvallis and Albany adds a Sunday round trip with a stop in Philomath. On the North County route, buses to Lincoln City will stop at Depoe Bay and Otter Rock on request; the South County route to Waldport and Yachats drops its 9 p.m. run. A Siletz shuttle keeps its Tuesday and Friday service.",
		gold: { NEWPORT: [44.64, -124.05], 'Lincoln County': [44.57, -123.86], Newport: [44.64, -124.05], Corvallis: [44.56, -123.26], Albany: [44.64, -123.11], Philomath: [44.54, -123.37], 'Lincoln City': [44.96, -124.02], 'Depoe Bay': [44.81, -124.06], 'Otter Rock': [44.75, -124.06], Waldport: [44.43, -124.07], Yachats: [44.31, -124.1], Siletz: [44.72, -123.92] }
	},
	{
		genre: 'local',
		text: "Storm reports. URBANA — Champaign County emergency management listed damage from Tuesday night's storms: trees across County Road 1000 North east of Philo; a machine shed destroyed in Sidney Township; power lines down on U.S. 45 at the south edge of Tolono; shingles and siding torn off homes in Homer and Ogden. In Vermilion County, the roof of a grain bin landed on Interstate 74 near Oakwood. Hail the size of quarters fell in Mahomet and St. Joseph.",
		gold: { URBANA: [40.11, -88.21], 'Champaign County': [40.19, -88.2], Philo: [40.01, -88.16], 'Sidney Township': [40.03, -88.07], Tolono: [39.99, -88.26], Homer: [40.03, -87.96], Ogden: [40.11, -87.96], 'Vermilion County': [40.18, -87.72], Oakwood: [40.12, -87.78], Mahomet: [40.2, -88.4], 'St. Joseph': [40.11, -88.04] }
	},
	{
		genre: 'local',
		text: "Route 66. The Oklahoma stretch of the Mother Road runs about 400 miles, longer than any other state's. Coming in from Kansas, travelers reach Miami first, with its restored Coleman Theatre, then Afton, Vinita and Chelsea. Claremore has the Will Rogers Memorial; just past Catoosa stands the Blue Whale. Beyond Tulsa the road bends through Sapulpa, Stroud, Chandler and Arcadia, whose round barn is a favorite stop, on the way to Oklahoma City, El Reno, Clinton and Elk City. The last town before Texas is Texola.",
		gold: { Oklahoma: [35.5, -97.5], Kansas: [38.5, -98.4], Miami: [36.87, -94.88], Afton: [36.69, -94.96], Vinita: [36.64, -95.15], Chelsea: [36.54, -95.43], Claremore: [36.31, -95.62], Catoosa: [36.19, -95.75], Tulsa: [36.15, -95.99], Sapulpa: [36, -96.11], Stroud: [35.75, -96.66], Chandler: [35.7, -96.88], Arcadia: [35.65, -97.32], 'Oklahoma City': [35.47, -97.52], 'El Reno': [35.53, -97.96], Clinton: [35.52, -98.97], 'Elk City': [35.41, -99.4], Texas: [31.5, -99.3], Texola: [35.22, -99.99] },
		notPlaces: ['Will Rogers', 'Rogers', 'Coleman']
	},
	{
		genre: 'local',
		text: "Football. CUBA — The Rebels open Sept. 4 at Bolivar, then host Scio on Sept. 11. After that: Sept. 18 at Andover; Sept. 25 home against Belfast; Oct. 2 at Wellsville; Oct. 9 home against Friendship; Oct. 16 at Fillmore. Home games kick off at 7 p.m. at the field behind the Cuba school; the Bolivar and Andover games start at 1:30.",
		gold: { CUBA: [42.22, -78.28], Bolivar: [42.07, -78.17], Scio: [42.17, -77.98], Andover: [42.16, -77.8], Belfast: [42.34, -78.11], Wellsville: [42.12, -77.95], Friendship: [42.21, -78.14], Fillmore: [42.47, -78.12], Cuba: [42.22, -78.28] }
	},
	{
		genre: 'local',
		text: "Weddings. Garcia–Lindqvist. Sofia Garcia of McPherson and Erik Lindqvist of Uppsala, Sweden, were married Sept. 19 at Bethany Lutheran Church in Lindsborg, where they met as students at Bethany College. The bride's parents, Luis and Ana Garcia, farm near Marquette. The groom's parents flew from Stockholm for the ceremony; his grandmother came from Gothenburg. A smorgasbord reception followed at the Swedish pavilion. The couple live in Salina, where both teach.",
		gold: { McPherson: [38.37, -97.66], Uppsala: [59.86, 17.64], Sweden: [62, 15], Lindsborg: [38.57, -97.67], Marquette: [38.56, -97.83], Stockholm: [59.33, 18.07], Gothenburg: [57.71, 11.97], Salina: [38.84, -97.61] },
		notPlaces: ['Sofia Garcia', 'Garcia', 'Erik Lindqvist', 'Lindqvist', 'Bethany', 'Luis', 'Ana Garcia']
	}
];

export const HELD_OUT_US_LOCAL_S44_B: GenreText[] = [
	{
		genre: 'local',
		text: "Letters. Fix the ferry, not a new bridge. To the editor: Anyone who drives the Great River Road from Prairie du Chien to La Crosse knows how far apart the crossings are. From Lynxville, Ferryville or De Soto, we drive an hour to reach McGregor or Marquette on the Iowa side. Reopening the old ferry at Cassville would cost a tenth of what the state wants for a bridge near Genoa. — Harold Stoddard, Ferryville",
		gold: { 'Prairie du Chien': [43.05, -91.14], 'La Crosse': [43.8, -91.24], Lynxville: [43.25, -91.05], Ferryville: [43.4, -91.04], 'De Soto': [43.48, -91.13], McGregor: [43.02, -91.18], Marquette: [43.04, -91.19], Iowa: [42, -93.5], Cassville: [42.71, -90.99], Genoa: [43.56, -91.15] },
		notPlaces: ['Harold Stoddard', 'Stoddard']
	},
	{
		genre: 'local',
		text: "Probate notice. STATE OF VERMONT, SUPERIOR COURT, PROBATE DIVISION, Orange Unit. In re the estate of Clara B. Whitney, late of Corinth. All creditors having claims against the estate must present them within four months to the executor, Paul Whitney of Bradford, or to the court at 5 Court Street, Chelsea. Publication: Journal Opinion, Bradford. A hearing on the estate of George Hood, late of Randolph, is set for May 6; heirs live in Barre and in Hanover, N.H.",
		gold: { VERMONT: [44, -72.7], Corinth: [44.03, -72.28], Bradford: [43.99, -72.13], Chelsea: [43.99, -72.45], Randolph: [43.93, -72.67], Barre: [44.2, -72.5], Hanover: [43.7, -72.29] },
		notPlaces: ['Clara B. Whitney', 'Whitney', 'Paul Whitney', 'George Hood', 'Hood']
	},
	{
		genre: 'local',
		text: "Notice of mortgage foreclosure sale. Default has occurred in the conditions of a mortgage recorded with the Nicollet County Recorder. Property: the West 300 feet of the South 400 feet of the Northeast Quarter of Section 12, Township 109 North, Range 27 West, Nicollet County, Minnesota; address 41520 Highway 99, St. Peter. The sale will be held by the sheriff on June 2 at 10 a.m. at the Law Enforcement Center, 501 S. Front St., St. Peter. Mortgagors: a couple now of North Mankato. Attorney for the mortgagee: a firm in Mankato. The time to redeem is six months.",
		gold: { 'Nicollet County': [44.31, -94.25], Minnesota: [46.3, -94.3], 'St. Peter': [44.32, -93.96], 'North Mankato': [44.17, -94.03], Mankato: [44.16, -94.01] }
	},
	{
		genre: 'local',
		text: "Obituaries. YUMA — Gloria Ann Moreno, 71, of Yuma, born Gloria Ann Dallas in Roswell, N.M., died Friday. She grew up in Amarillo, Texas, and trained as a nurse in Lubbock, then followed her husband's Air Force postings to Tacoma, Wash.; Mountain Home, Idaho; and Las Cruces, N.M., before they settled in Yuma in 1990. She is survived by a son in Tucson, a daughter in Odessa, Texas, and a sister, Linda Dallas Ruiz of El Paso. A rosary will be said at St. Francis of Assisi.",
		gold: { YUMA: [32.73, -114.62], Yuma: [32.73, -114.62], Roswell: [33.39, -104.52], Amarillo: [35.22, -101.83], Texas: [31.5, -99.3], Lubbock: [33.58, -101.86], Tacoma: [47.25, -122.44], 'Mountain Home': [43.13, -115.69], Idaho: [44.5, -114.5], 'Las Cruces': [32.31, -106.78], Tucson: [32.22, -110.93], Odessa: [31.85, -102.37], 'El Paso': [31.76, -106.49] },
		notPlaces: ['Gloria Ann Moreno', 'Gloria Ann Dallas', 'Dallas', 'Linda Dallas Ruiz', 'Assisi']
	},
	{
		genre: 'local',
		text: "Signing day. Beaver County athletes who signed Wednesday: Jamal Price, Aliquippa, football, Pitt; Cole Ferrante, Hopewell, baseball, Slippery Rock; Nate Davis, Beaver Falls, track, Clarion; Ava Novak, Freedom, soccer, Geneva College in Beaver Falls; Trey Hall, Ambridge, basketball, Youngstown State; Mia Rossi, Rochester, softball, Seton Hill in Greensburg. Blackhawk's Ryan Kline, of Chippewa Township, signed with Westminster in New Wilmington.",
		gold: { 'Beaver County': [40.65, -80.32], Aliquippa: [40.64, -80.24], Hopewell: [40.6, -80.3], 'Slippery Rock': [41.06, -80.06], 'Beaver Falls': [40.75, -80.32], Clarion: [41.21, -79.39], Freedom: [40.69, -80.25], Ambridge: [40.59, -80.23], Youngstown: [41.1, -80.65], Rochester: [40.7, -80.29], Greensburg: [40.3, -79.54], 'Chippewa Township': [40.75, -80.38], 'New Wilmington': [41.12, -80.33] },
		notPlaces: ['Jamal Price', 'Cole Ferrante', 'Nate Davis', 'Ava Novak', 'Trey Hall', 'Mia Rossi', 'Ryan Kline', 'Geneva', 'Westminster', 'Pitt']
	},
	{
		genre: 'local',
		text: "Weddings. Hale–Crockett. Brooke Hale of Milan and Tanner Crockett of Medina were married June 13 at First Baptist Church in Humboldt. The bride's grandparents, Jim and Betty Hale of Trenton, hosted the rehearsal dinner. The groom's brother, Cody Crockett of Nashville, was best man. After a trip to Gatlinburg and the Smoky Mountains, the couple live in Jackson, where he works for the Madison County sheriff.",
		gold: { Milan: [35.92, -88.76], Medina: [35.8, -88.77], Humboldt: [35.82, -88.92], Trenton: [35.98, -88.94], Nashville: [36.17, -86.78], Gatlinburg: [35.71, -83.51], 'Smoky Mountains': [35.6, -83.5], Jackson: [35.61, -88.81], 'Madison County': [35.62, -88.82] },
		notPlaces: ['Brooke Hale', 'Hale', 'Tanner Crockett', 'Crockett', 'Betty Hale', 'Cody Crockett']
	},
	{
		genre: 'local',
		text: "Extension. JAMESTOWN — Stutsman County's 4-H achievement days drew 140 members to the Civic Center. Champion exhibits came from clubs in Medina, Cleveland, Kensal and Montpelier; a Streeter teenager's market lamb was grand champion. The county's crop-improvement day moves to Carrington this year, and the soil-health tour stops at farms near Pingree and Buchanan. Winners go on to the North Dakota State Fair in Minot; the extension agent from Valley City judged the foods division.",
		gold: { JAMESTOWN: [46.91, -98.71], 'Stutsman County': [47.03, -98.91], Medina: [46.89, -99.31], Cleveland: [46.89, -99.13], Kensal: [47.27, -98.72], Montpelier: [46.68, -98.66], Streeter: [46.7, -99.3], Carrington: [47.45, -99.13], Pingree: [47.2, -99.01], Buchanan: [47.01, -98.9], 'North Dakota': [47.5, -100.5], Minot: [48.23, -101.3], 'Valley City': [46.92, -98] }
	},
	{
		genre: 'local',
		text: "Bus changes. HAZLETON — Hazleton Public Transit's weekday routes change Monday. The Freeland route adds a 6 a.m. run for factory shifts and now stops at the Drums park-and-ride; the McAdoo route moves its last trip to 6:15 p.m. and drops the Kelayres loop. A new connection at the Laurel Mall serves West Hazleton and Conyngham, and the express to Wilkes-Barre now leaves from the Church Street station. The Weatherly dial-a-ride keeps its Thursday service.",
		gold: { HAZLETON: [40.96, -75.97], Freeland: [41.02, -75.9], Drums: [41.03, -75.98], McAdoo: [40.9, -75.99], Kelayres: [40.9, -76], 'West Hazleton': [40.96, -76], Conyngham: [40.99, -76.06], 'Wilkes-Barre': [41.25, -75.88], Weatherly: [40.94, -75.83] }
	},
	{
		genre: 'local',
		text: "Storm damage. SPARTA — Straight-line winds of 80 mph swept across northern Kent County on Sunday afternoon. The worst damage was in Sparta Township, where a pole barn on 13 Mile Road collapsed, and in Alpine Township along the Fruit Ridge, where orchards lost hundreds of trees. Tree limbs blocked roads in Kent City, Casnovia and Cedar Springs, and a roof blew off a shop near Rockford. Consumers Energy said 22,000 customers lost power, most around Grand Rapids.",
		gold: { SPARTA: [43.16, -85.71], 'Kent County': [43.05, -85.6], 'Sparta Township': [43.16, -85.7], 'Alpine Township': [43.05, -85.73], 'Kent City': [43.22, -85.75], Casnovia: [43.24, -85.83], 'Cedar Springs': [43.22, -85.55], Rockford: [43.12, -85.56], 'Grand Rapids': [42.96, -85.67] }
	},
	{
		genre: 'local',
		text: "Travel. Minnesota Highway 61 follows Lake Superior for 150 miles from Duluth to the Canadian border. Stop in Two Harbors for the lighthouse and at Gooseberry Falls State Park; climb to Split Rock Lighthouse before Silver Bay and Beaver Bay. Tofte and Lutsen have lodges and the ski hill; Grand Marais, with its harbor and art colony, is the place to spend a night. The road ends at Grand Portage, and Thunder Bay, Ontario, is 40 miles beyond the border crossing.",
		gold: { Minnesota: [46.3, -94.3], 'Lake Superior': [47.7, -87.5], Duluth: [46.78, -92.11], 'Two Harbors': [47.02, -91.67], 'Gooseberry Falls State Park': [47.14, -91.47], 'Split Rock Lighthouse': [47.2, -91.37], 'Silver Bay': [47.29, -91.26], 'Beaver Bay': [47.26, -91.36], Tofte: [47.57, -90.84], Lutsen: [47.68, -90.64], 'Grand Marais': [47.75, -90.33], 'Grand Portage': [47.96, -89.7], 'Thunder Bay': [48.38, -89.25], Ontario: [50, -86] }
	},
	{
		genre: 'local',
		text: "Softball. VIDALIA — The Lady Indians' region schedule: Sept. 2 at Swainsboro; Sept. 4 Toombs County; Sept. 9 at Metter; Sept. 11 Jeff Davis (Hazlehurst); Sept. 16 at Dublin; Sept. 18 Appling County (Baxley); Sept. 23 at Lyons; Sept. 25 Jesup (Wayne County). The region tournament is Oct. 6-8 at Swainsboro, and the state tournament is in Columbus.",
		gold: { VIDALIA: [32.22, -82.41], Swainsboro: [32.6, -82.33], 'Toombs County': [32.14, -82.33], Metter: [32.4, -82.06], Hazlehurst: [31.87, -82.59], Dublin: [32.54, -82.9], 'Appling County': [31.76, -82.28], Baxley: [31.78, -82.35], Lyons: [32.2, -82.32], Jesup: [31.61, -81.89], 'Wayne County': [31.56, -81.88], Columbus: [32.46, -84.99] }
	},
	{
		genre: 'local',
		text: "All-conference. Hawkeye Ten football, first team offense: QB Carter Lund, sr., Harlan; RB Jace Moreno, jr., Denison; WR Ty Kuhl, sr., Atlantic; OL Ben Schmitz, Creston; OL Luke Weber, Red Oak; K Owen Hess, Shenandoah. Defense: DL Sam Ortiz, Clarinda; LB Eli Sorensen, Glenwood; DB Max Petersen, Lewis Central of Council Bluffs; DB Andrew Carroll, Kuemper Catholic of Carroll. Player of the year: Lund, who led Harlan to the state semifinals in Cedar Falls.",
		gold: { Harlan: [41.65, -95.33], Denison: [42.02, -95.36], Atlantic: [41.4, -95.01], Creston: [41.06, -94.36], 'Red Oak': [41.01, -95.23], Shenandoah: [40.77, -95.37], Clarinda: [40.74, -95.04], Glenwood: [41.05, -95.74], 'Council Bluffs': [41.26, -95.86], Carroll: [42.07, -94.87], 'Cedar Falls': [42.53, -92.45] },
		notPlaces: ['Carter Lund', 'Lund', 'Jace Moreno', 'Ty Kuhl', 'Ben Schmitz', 'Luke Weber', 'Owen Hess', 'Sam Ortiz', 'Eli Sorensen', 'Max Petersen', 'Lewis Central', 'Lewis', 'Kuemper']
	},
	{
		genre: 'local',
		text: "Letters. Don't four-lane 98. To the editor: I have fished out of Eastpoint for 50 years and watched the bay die as the states upriver took more water. Now the state wants to widen U.S. 98 from Port St. Joe through Apalachicola to Carrabelle and Panacea. Ask anyone in Mexico Beach what the road did for them after the hurricane: nothing. Spend the money on oysters, and let Tallahassee's planners drive the two-lane like the rest of us. — R.L. Tate, Eastpoint",
		gold: { Eastpoint: [29.74, -84.88], 'Port St. Joe': [29.81, -85.3], Apalachicola: [29.73, -84.99], Carrabelle: [29.85, -84.66], Panacea: [30.04, -84.39], 'Mexico Beach': [29.95, -85.42], Tallahassee: [30.44, -84.28] },
		notPlaces: ['R.L. Tate', 'Tate']
	},
	{
		genre: 'local',
		text: "Legal notice. SUCCESSION OF MARIE L. THIBODEAUX. Sixteenth Judicial District Court, Parish of St. Martin, State of Louisiana. Notice is given that Paul Thibodeaux of Breaux Bridge, executor, has petitioned to sell immovable property of the succession: a tract of 12 acres near Cecilia and a lot in the town of St. Martinville. An opposition must be filed within seven days at the clerk's office in St. Martinville. Heirs reside in Parks, Henderson and Lafayette, and one in Beaumont, Texas.",
		gold: { 'St. Martin': [30.13, -91.8], Louisiana: [31, -92], 'Breaux Bridge': [30.27, -91.9], Cecilia: [30.34, -91.85], 'St. Martinville': [30.13, -91.83], Parks: [30.21, -91.83], Henderson: [30.31, -91.79], Lafayette: [30.22, -92.02], Beaumont: [30.09, -94.1], Texas: [31.5, -99.3] },
		notPlaces: ['MARIE L. THIBODEAUX', 'THIBODEAUX', 'Paul Thibodeaux', 'Thibodeaux']
	},
	{
		genre: 'local',
		text: "Obituaries. SUN CITY — Everett Lee Denver, 93, who taught high-school chemistry in four states, died Monday. He was born on a farm near Beatrice, Neb., graduated from Doane College in Crete, and taught in Cheyenne, Wyo.; Provo, Utah; Boulder City, Nev.; and Mesa, Ariz., where he retired in 1994. He moved from Green Valley to Sun City in 2015. Survivors include a son, Mark Denver of Lincoln, Neb.; a daughter, Ruth Hastings of Kearney; and five grandchildren in Colorado.",
		gold: { 'SUN CITY': [33.6, -112.27], 'Sun City': [33.6, -112.27], Beatrice: [40.27, -96.75], Crete: [40.63, -96.96], Cheyenne: [41.14, -104.82], Provo: [40.23, -111.66], Utah: [39.3, -111.7], 'Boulder City': [35.98, -114.83], Mesa: [33.42, -111.82], 'Green Valley': [31.85, -110.99], Lincoln: [40.8, -96.67], Kearney: [40.7, -99.08], Colorado: [39, -105.5] },
		notPlaces: ['Everett Lee Denver', 'Denver', 'Mark Denver', 'Ruth Hastings', 'Hastings', 'Doane']
	},
	{
		genre: 'local',
		text: "Fair results. GREELEY — Weld County Fair 4-H champions: market steer, Kaylee Rhodes of Eaton; market hog, Carson Beck of Ault; breeding ewe, Josie Martinez of Kersey; rabbits, a Platteville club; dog show, Avery Lind of Johnstown. The Windsor and Berthoud clubs shared the herdsmanship trophy, and a Nunn teenager's cake drew the auction's top bid, $4,100, from a Fort Collins dealer.",
		gold: { GREELEY: [40.42, -104.71], 'Weld County': [40.37, -104.6], Eaton: [40.53, -104.71], Ault: [40.58, -104.73], Kersey: [40.39, -104.56], Platteville: [40.21, -104.82], Johnstown: [40.34, -104.91], Windsor: [40.48, -104.9], Berthoud: [40.31, -105.08], Nunn: [40.73, -104.78], 'Fort Collins': [40.59, -105.08] },
		notPlaces: ['Kaylee Rhodes', 'Rhodes', 'Carson Beck', 'Carson', 'Beck', 'Josie Martinez', 'Avery Lind', 'Lind']
	},
	{
		genre: 'local',
		text: "School buses. DOVER — Because the Route 10 bridge over the St. Jones River near Camden is closed until March, Caesar Rodney district buses will run revised routes. Students from Wyoming and Magnolia will be picked up 15 minutes earlier; Felton and Frederica routes are unchanged. Smyrna district buses from Cheswold will use Route 13. The bridge repairs were ordered after a state inspection in Kent County found corroded beams.",
		gold: { DOVER: [39.16, -75.52], 'St. Jones River': [39.1, -75.48], Camden: [39.11, -75.54], Wyoming: [39.12, -75.56], Magnolia: [39.07, -75.51], Felton: [39.01, -75.58], Frederica: [39.01, -75.47], Smyrna: [39.3, -75.6], Cheswold: [39.22, -75.59], 'Kent County': [39.11, -75.52] },
		notPlaces: ['Caesar Rodney', 'Rodney']
	},
	{
		genre: 'local',
		text: "Storm damage. KOSCIUSKO — A tornado crossed Attala County from southwest to northeast Monday night. It touched down near Sallis, destroyed two chicken houses on Highway 12, crossed the Natchez Trace Parkway north of town and lifted near McCool. Trees fell on homes in Ethel and along the road to Carthage. Emergency managers in Leake County reported wind damage near Thomastown; a shelter is open at the Kosciusko community center.",
		gold: { KOSCIUSKO: [33.06, -89.59], 'Attala County': [33.09, -89.68], Sallis: [33, -89.76], 'Natchez Trace Parkway': [33.07, -89.57], McCool: [33.2, -89.34], Ethel: [33.12, -89.47], Carthage: [32.73, -89.54], 'Leake County': [32.73, -89.55], Thomastown: [32.86, -89.67], Kosciusko: [33.06, -89.59] }
	},
	{
		genre: 'local',
		text: "Road trip. MOAB — U.S. 191 south of here is the way to the Four Corners. Monticello, an hour down the road, sits at 7,000 feet under the Abajo Mountains; Blanding has the Edge of the Cedars museum. At Bluff, the cottonwoods along the San Juan River shade the old Mormon fort, and Mexican Hat's sombrero-shaped rock marks the turn to Monument Valley on the Arizona line. Fill up at Blanding: stations are few.",
		gold: { MOAB: [38.57, -109.55], 'Four Corners': [37, -109.05], Monticello: [37.87, -109.34], 'Abajo Mountains': [37.84, -109.46], Blanding: [37.62, -109.48], Bluff: [37.28, -109.55], 'San Juan River': [37.2, -109.6], 'Mexican Hat': [37.12, -109.99], 'Monument Valley': [36.98, -110.1], Arizona: [34.2, -111.6] }
	},
	{
		genre: 'local',
		text: "Hockey schedule. ASHLAND — The Oredockers open Nov. 24 at Hayward. December: 1, home vs. Rhinelander; 5, at Medford; 8, home vs. Superior; 12, at Spooner; 15, home vs. Northland Pines of Eagle River; 19, at Rice Lake. January: 2, home vs. Washburn; 9, at Marshfield; 16, home vs. Hayward. Home games are at the Bay Area Civic Center.",
		gold: { ASHLAND: [46.59, -90.88], Hayward: [46.01, -91.48], Rhinelander: [45.64, -89.41], Medford: [45.14, -90.34], Superior: [46.72, -92.1], Spooner: [45.82, -91.89], 'Eagle River': [45.92, -89.24], 'Rice Lake': [45.51, -91.74], Washburn: [46.67, -90.89], Marshfield: [44.67, -90.17] }
	}
];

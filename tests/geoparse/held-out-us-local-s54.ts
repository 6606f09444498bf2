// US local news written for session 54 (none copied from anywhere) and scored BEFORE any change was tuned on them:
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s54` (issue #10: hidden US local news at Acc@161
// 0.73, F1 0.78 wanted). Twenty shapes the earlier batches lack, one text of each in both halves, each half from a
// different region, in regions s30-s53 barely touch (the Hudson Valley, the Mississippi Delta, the Upper Peninsula,
// Downeast Maine, the Flint Hills, the Alaska bush and Kodiak, Hawaii's islands, Appalachian Kentucky and West Virginia,
// the Central Valley, the Nebraska Sandhills): letters to the editor signed "Name, Town" with writers surnamed for
// nearby towns (Hurley, Athens, Germantown, Red Hook; Kings and Tulare counties: Stratford, Armona, Exeter, Lindsay),
// military service notes with bases and home towns (Itta Bena, Indianola, Moorhead, Okinawa; Broken Bow, Arnold,
// Sargent, Oconto, Ramstein), sheriff's logs (Marquette County: Republic, Palmer, Champion and Humboldt townships,
// "Ishpeming and Negaunee residents"; Washington County, ME: Harrington, Steuben, Addison, Columbia Falls), court
// dispositions "Name, age, Town, offence" (Morris and Chase counties, KS; Mingo County, WV: Kermit, Naugatuck, Red
// Jacket, Lenore), chancellor's and dean's lists under town headings in capitals (BETHEL, NOME, GALENA, TOK, NORTH POLE;
// HILO, PAHOA, CAPTAIN COOK, VOLCANO), fair premium lists (Ohio County, KY: Hartford, Beaver Dam, McHenry, Dundee;
// Clayton County, IA: National, Volga, Edgewood, Monona, St. Olaf), "years ago" columns (Merced County: Los Banos, Delhi,
// Winton, Le Grand; the Delta: Marks, Lambert, Lula, Friars Point), box scores with co-op schools (the Sandhills:
// Cody-Kilgore, Gordon-Rushville, Sandhills/Thedford; the Copper Country: L'Anse-Baraga, Ewen-Trout Creek,
// Wakefield-Marenisco), burn bans and boil-water notices (Letcher County: Isom, Mayking, Kona; Kings County: Kettleman
// City, Huron, Home Garden), property sales by town (Maui: Kula, Haiku, Hana; Hancock County, ME: SORRENTO, SURRY,
// DEDHAM, OTIS), weddings (Kauai: Waimea, Kilauea; Wabaunsee County: Alma, Maple Hill, Manhattan), extension notes
// (Lincoln County, WV: Harts, Sod, Yawkey; the Tanana valley: North Pole, Salcha, Two Rivers), town-meeting and
// town-board results naming no state (Washington County, ME: Perry, Pembroke, Whiting, Charlotte; Columbia County, NY:
// Ancram, Austerlitz, Ghent, Chatham, Gallatin), library branches (Bolivar County: Cleveland, Shelby, Rosedale,
// Gunnison; Harlan County: Cumberland, Lynch, Baxter), playoff schedules "X at Y", "X plays Y" (Fresno County: Fowler,
// Selma, Sanger, Mendota; Section 9: Marlboro, Highland, Dover, Goshen), births "to Name of Town" (the Y-K Delta:
// Kwethluk, Chevak, Russian Mission, Marshall; Logan County, WV: Man, Holden, Omar), holiday programs at venues named
// for towns ("Ainsworth United Methodist Church", "Stuart Legion Hall"; "Manistique Middle and High School", "Germfask
// Township Hall"), results lists "Team, Town" (a Delta cook-off: Leland, Arcola, Avon, Glen Allan; a Sandhills walleye
// tournament: Merriman, Crookston, Wood Lake), power-outage notices (Dutchess County: Milan, Stanford, Amenia;
// Stanislaus County: Ripon, Salida, Waterford, Empire) and island news (Molokai: Kaunakakai, Maunaloa, Kalaupapa;
// Kodiak: Old Harbor, Ouzinkie, Akhiok). Persons and firms carry names of nearby towns (Olive, Livingston, Leland,
// Sunflower, Dwight, Florence, Burdick, Chevak, Rosine, Merriman, Crookston, Tipton, Ivanhoe, Anselmo, Kalapana,
// Farmersburg, Nenzel, Cody); they are kept in notPlaces, and no person shares a name with a graded place of the same
// text. Gold points are the places' own coordinates: the state written from knowledge and the point picked from
// `gazette lookup` in that state (the entry matched by its own name); places the gazetteer lacks (Humboldt Township, MI;
// Dunlap, KS; McHenry and Kona, KY; Long Pine, NE; Milan, Stanford and Gallatin, NY; Lamoine, ME; Akhiok and Chiniak,
// AK; Edmunds and Charlotte, ME; Hamoa, Kilauea and Kamuela, HI; bases, lakes and rivers) carry points from knowledge.
// A school, church, library, hall, court, sheriff's office or team named for its town or county is that town or county;
// each town of a hyphenated co-op is graded at its own point. Half A is for tuning; half B stays held out. 20 texts a
// half; 206 gold names in A and 209 in B.
// Before any change (main 5db99ab): A 167/171 within 161 km (0.977), 53 named places not mapped, 2 names of no place
// mapped; B 174/179 (0.972), 44 not mapped, 0 false. (The one run of both halves also showed B's last two wrong lines:
// Gulliver, MI, as Australia's and the Snake River, NE, as the big Snake River.)
// Session 54's rules: the towns of a hyphened pair of US neighbours within 30 km are no first name and surname
// ("Gordon-Rushville 38", "Stephen-Argyle"; 8b2289b), the pair standing or falling together ("Allen-Plano scored
// twice": nothing; queued at the end); a name or list of names before residents, taxpayers, homeowners is the town
// ("Palmer and Wasilla residents"; queued at the end). With these in the tree: A 169/174 (0.971), 50 not mapped, 2
// false; B, scored once at the end, 174/179 (0.972), 44 not mapped, 0 false. A's wrong left: McHenry, KY, Edmunds and
// Charlotte, ME, Milan, NY (all missing from the gazetteer: read as Illinois's, Washington's, North Carolina's,
// Italy's), Cody of "Cody-Kilgore" (Wyoming's); false: "Team Metcalfe", "Central Hudson". B's wrong: Gallatin, NY
// (missing; Tennessee's), Dover of the Section 9 schedule (Delaware's; Dover Plains), Gulliver, MI (Australia's), the
// Snake River, NE (the big one). B's not mapped: Lindsay, CA ("Helen Corcoran Diaz, Lindsay"), Dunning and the bases,
// Mingo County's Lenore, Matewan; NATIONAL, Volga (fair premiums); Clarksdale, Tunica, Lula ("The Clarksdale Wildcats
// and the Tunica Rebels"); the co-ops Ewen-Trout Creek, Wakefield-Marenisco and Watersmeet; counties inside bodies'
// names (Kings, Hancock, Harlan, Washington, Mingo, Clayton County); LAMOINE (missing) and Downeast coves and ponds;
// Wallins Creek and Baxter (library branches); Rondout Valley; every venue of the UP's concert list (Munising,
// Manistique, Newberry, Engadine, Curtis, Germfask); Merritt Reservoir, Merriman, Wood Lake; Port Lions, Akhiok, Chiniak.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S54_A: GenreText[] = [
	{
		genre: 'local',
		text: "Letters to the editor. Keep the rail trail open: The county's plan to close the Kingston end of the Ashokan Rail Trail on weekdays makes no sense. I ride it from my home in Hurley most mornings and see more walkers every month. \u2014 Margaret Olive, Hurley. Tolls: Anyone who crosses the Rip Van Winkle Bridge between Catskill and Hudson twice a day knows the new toll plan punishes working people, not tourists. \u2014 Dan Livingston, Athens. Thank you: To the volunteers of the Germantown fire company who saved our barn on Route 9G in October, we owe you more than a letter. \u2014 Ruth and Carl Milan, Germantown. Schools: Red Hook voters deserve a second look at the budget before May. \u2014 Tom Clermont, Red Hook. A reply to last week's writer from Saugerties: the library tax has not risen in six years. \u2014 Joan Stuyvesant, Saugerties",
		gold: { Kingston: [41.93, -74], Hurley: [41.92, -74.06], Catskill: [42.22, -73.86], Hudson: [42.25, -73.79], Athens: [42.26, -73.81], Germantown: [42.13, -73.89], 'Red Hook': [42, -73.88], Saugerties: [42.08, -73.95] },
		notPlaces: ["Margaret Olive", "Olive", "Dan Livingston", "Livingston", "Ruth and Carl Milan", "Carl Milan", "Tom Clermont", "Clermont", "Joan Stuyvesant", "Stuyvesant", "Rip Van Winkle Bridge"]
	},
	{
		genre: 'local',
		text: "Military notes. Army Pvt. Jamarcus Lee, son of Gloria Lee of Itta Bena, has graduated from basic combat training at Fort Jackson, S.C. He is a 2025 graduate of Amanda Elzy High School in Greenwood. Airman 1st Class Devin Leland, a graduate of Gentry High School in Indianola, completed technical training at Sheppard Air Force Base near Wichita Falls, Texas, and is assigned to Okinawa, Japan. Marine Pfc. Tyler Webb of Rolling Fork finished recruit training at Parris Island. Navy Seaman Aaliyah Sunflower, daughter of Pastor and Mrs. Ray Sunflower of Belzoni, reported aboard the USS Gerald R. Ford in Norfolk, Va. Spc. Marcus Doddsville of Moorhead was promoted at Fort Hood.",
		gold: { 'Itta Bena': [33.5, -90.32], 'Fort Jackson': [34.02, -80.93], 'S.C.': [33.9, -80.9], Greenwood: [33.52, -90.18], Indianola: [33.45, -90.66], 'Wichita Falls': [33.91, -98.49], Texas: [31, -99], Okinawa: [26.5, 127.9], Japan: [36, 138], 'Rolling Fork': [32.91, -90.88], 'Parris Island': [32.33, -80.69], Belzoni: [33.18, -90.49], Norfolk: [36.85, -76.29], 'Va.': [37.5, -78.8], Moorhead: [33.45, -90.51], 'Fort Hood': [31.13, -97.78] },
		notPlaces: ["Devin Leland", "Leland", "Tyler Webb", "Aaliyah Sunflower", "Ray Sunflower", "Sunflower", "Marcus Doddsville", "Doddsville", "Amanda Elzy High School", "USS Gerald R. Ford", "Gerald R. Ford"]
	},
	{
		genre: 'local',
		text: "Sheriff's log. The Marquette County Sheriff's Office reported these calls last week. Monday: A deer-car crash on M-35 south of Gwinn; no injuries. A 42-year-old Negaunee man was arrested on a warrant at a gas station in Ishpeming. Tuesday: Deputies assisted Michigan State Police at a rollover on US-41 in Champion Township. A Republic woman reported a stolen trail camera. Wednesday: Ishpeming and Negaunee residents reported a scam caller claiming to be from the power company. A snowmobiler was hurt on the trail between Big Bay and Marquette and was taken to UP Health System. Thursday: Break-in at a hunting camp near Palmer; a chain saw and a generator were taken. Friday: Loose cattle on County Road 456 in Humboldt Township.",
		gold: { 'Marquette County': [46.56, -87.64], Gwinn: [46.28, -87.44], Negaunee: [46.5, -87.61], Ishpeming: [46.49, -87.67], 'Champion Township': [46.47, -87.83], Republic: [46.41, -87.98], 'Big Bay': [46.82, -87.73], Marquette: [46.54, -87.4], Palmer: [46.44, -87.58], 'Humboldt Township': [46.5, -87.88] },
		notPlaces: ["UP Health System"]
	},
	{
		genre: 'local',
		text: "District court. The following cases were closed in Morris County District Court: Cody Dwight, 29, Council Grove, driving while suspended, $250 fine and costs. Amber Florence, 34, White City, no proof of insurance, $300. Jason Burdick, 41, Herington, theft, 12 months' probation. Travis Alta, 22, Dunlap, minor in possession, diversion. In Chase County: Logan Hymer, 37, Cottonwood Falls, DUI, 48 hours in jail and a $750 fine; Raylee Saffordville, 19, Strong City, speeding 78 in a 65, $183; Kent Bazaar, 52, Matfield Green, failure to maintain a fence, dismissed. A case from Elmdale was moved to Lyon County District Court in Emporia.",
		gold: { 'Morris County': [38.72, -96.66], 'Council Grove': [38.66, -96.49], 'White City': [38.8, -96.74], Herington: [38.67, -96.94], Dunlap: [38.58, -96.37], 'Chase County': [38.27, -96.61], 'Cottonwood Falls': [38.37, -96.54], 'Strong City': [38.41, -96.52], 'Matfield Green': [38.14, -96.55], Elmdale: [38.38, -96.67], 'Lyon County': [38.47, -96.1], Emporia: [38.4, -96.18] },
		notPlaces: ["Cody Dwight", "Dwight", "Amber Florence", "Florence", "Jason Burdick", "Burdick", "Travis Alta", "Alta", "Logan Hymer", "Hymer", "Raylee Saffordville", "Saffordville", "Kent Bazaar", "Bazaar"]
	},
	{
		genre: 'local',
		text: "Chancellor's list. The University of Alaska Fairbanks named 1,120 students to its fall chancellor's list. Students from the region, by hometown: BETHEL \u2014 Anna Kasayulie, Jacob Andrew, Rose Chevak. KOTZEBUE \u2014 Tristan Kiana, Ella Sheldon. NOME \u2014 Marie Olanna, Peter Teller. UNALAKLEET \u2014 Grace Ivanoff. GALENA \u2014 Kyle Huntington. TOK \u2014 Sierra Northway. DELTA JUNCTION \u2014 Noah Gerstle, Lily Allen. DILLINGHAM \u2014 Samuel Aleknagik. NORTH POLE \u2014 Hannah Salcha. HOOPER BAY \u2014 Lorraine Tall.",
		gold: { BETHEL: [60.79, -161.76], KOTZEBUE: [66.9, -162.6], NOME: [64.5, -165.41], UNALAKLEET: [63.87, -160.79], GALENA: [64.73, -156.93], TOK: [63.34, -142.99], 'DELTA JUNCTION': [64.04, -145.73], DILLINGHAM: [59.04, -158.46], 'NORTH POLE': [64.75, -147.35], 'HOOPER BAY': [61.53, -166.1] },
		notPlaces: ["Rose Chevak", "Chevak", "Tristan Kiana", "Kiana", "Ella Sheldon", "Peter Teller", "Teller", "Kyle Huntington", "Huntington", "Sierra Northway", "Northway", "Noah Gerstle", "Samuel Aleknagik", "Aleknagik", "Hannah Salcha", "Salcha", "University of Alaska Fairbanks"]
	},
	{
		genre: 'local',
		text: "Fair results. HARTFORD \u2014 Results from the Ohio County Fair's open-class shows. Beef: grand champion, Luke Render, Centertown; reserve, Kayla Rosine, Beaver Dam. Swine: grand champion, Eli Cromwell, Fordsville; reserve, Mason Olaton, McHenry. Sheep and goats: Addie Dundee-Ford, Horse Branch. Canned goods: blue ribbons to Betty Simmons of Dundee, Carol Whitesville of Hartford and Nora Prentiss of Beaver Dam. Quilts: best of show, Martha Baizetown, Centertown. The fair board thanked Owensboro Health and the Beaver Dam Rotary Club.",
		gold: { HARTFORD: [37.45, -86.91], 'Ohio County': [37.45, -86.89], Centertown: [37.41, -87.01], 'Beaver Dam': [37.4, -86.88], Fordsville: [37.64, -86.72], McHenry: [37.38, -86.92], 'Horse Branch': [37.42, -86.7], Dundee: [37.55, -86.78], Hartford: [37.45, -86.91] },
		notPlaces: ["Luke Render", "Render", "Kayla Rosine", "Rosine", "Eli Cromwell", "Cromwell", "Mason Olaton", "Olaton", "Addie Dundee-Ford", "Carol Whitesville", "Whitesville", "Martha Baizetown", "Baizetown", "Owensboro Health", "Beaver Dam Rotary Club"]
	},
	{
		genre: 'local',
		text: "Looking back. 50 years ago, December 1976: The Los Banos Tigers beat Dos Palos 21-14 for the league title before 3,000 fans. A new Safeway store opened on Bellevue Road in Atwater. Livingston's sweet-potato growers reported their best crop since the war. 40 years ago: Gustine's Holy Ghost festa drew visitors from as far as the Azores. The Merced County supervisors agreed to pave the road between Le Grand and Planada. 25 years ago: Delhi residents voted to form their own water district, and Winton's post office moved into the old bank building. A Chowchilla man, 81, recalled riding the last passenger train through Merced.",
		gold: { 'Los Banos': [37.06, -120.85], 'Dos Palos': [36.99, -120.63], Atwater: [37.35, -120.61], Livingston: [37.39, -120.72], Gustine: [37.26, -121], Azores: [38.5, -28], 'Merced County': [37.1, -120.73], 'Le Grand': [37.23, -120.25], Planada: [37.29, -120.32], Delhi: [37.43, -120.78], Winton: [37.39, -120.61], Chowchilla: [37.12, -120.26], Merced: [37.3, -120.48] },
		notPlaces: ["Safeway", "Holy Ghost", "Bellevue Road"]
	},
	{
		genre: 'local',
		text: "Girls basketball. Mullen 48, Hyannis 39: Kenzie Arthur scored 14 and Jessa Merriman added 11 for the Broncos. Hyannis: Tayler Ashby 15, Reese Whitman 9. Sandhills/Thedford 52, Cody-Kilgore 30: Brynn Halsey had 18 for the Knights; Cody-Kilgore was led by Addy Crookston's 10. Hay Springs 41, Gordon-Rushville 38: Hay Springs hit four free throws in the last minute. Up next: Mullen hosts Arthur County on Friday; Hyannis plays at Hay Springs on Saturday.",
		gold: { Mullen: [42.04, -101.04], Hyannis: [42, -101.76], Thedford: [41.98, -100.58], Cody: [42.83, -101.29], Kilgore: [42.91, -100.99], 'Hay Springs': [42.68, -102.69], Gordon: [42.8, -102.2], Rushville: [42.72, -102.46], 'Arthur County': [41.6, -101.64] },
		notPlaces: ["Kenzie Arthur", "Jessa Merriman", "Merriman", "Tayler Ashby", "Ashby", "Reese Whitman", "Whitman", "Brynn Halsey", "Halsey", "Addy Crookston", "Crookston", "Broncos", "Knights"]
	},
	{
		genre: 'local',
		text: "Burn ban and boil-water advisory. Letcher County Judge-Executive Terry Adams signed a countywide burn ban Monday after two brush fires near Blackey and on Pine Mountain. The ban covers all outdoor burning until further notice. Separately, the Whitesburg water plant issued a boil-water advisory for customers along Highway 15 from Isom to Mayking and on Camp Branch, after a main break. Customers in Fleming-Neon, Jenkins, Cromona and Kona are not affected. Bottled water is available at the Letcher County Recreation Center in Whitesburg.",
		gold: { 'Letcher County': [37.11, -82.88], Blackey: [37.16, -83], 'Pine Mountain': [37.03, -82.85], Whitesburg: [37.12, -82.83], Isom: [37.19, -82.88], Mayking: [37.13, -82.74], 'Fleming-Neon': [37.19, -82.71], Jenkins: [37.17, -82.63], Cromona: [37.19, -82.7], Kona: [37.14, -82.76] },
		notPlaces: ["Terry Adams", "Letcher County Recreation Center"]
	},
	{
		genre: 'local',
		text: "Real estate. Recent Maui County property sales recorded with the Bureau of Conveyances: Kula \u2014 3-bedroom home on Lower Kula Road, $1.45 million. Makawao \u2014 2-acre lot off Olinda Road, $890,000. Haiku \u2014 farm dwelling on Kaupakalua Road, $1.2 million. Paia \u2014 condominium unit, $725,000. Lahaina \u2014 vacant lot on Front Street, $1.1 million, one of the first burned lots to sell. Kihei \u2014 2-bedroom condo, $615,000. Pukalani \u2014 4-bedroom home, $1.05 million. Hana \u2014 5 acres near Hamoa, $2.3 million.",
		gold: { 'Maui County': [20.88, -156.67], Kula: [20.79, -156.33], Makawao: [20.86, -156.31], Haiku: [20.91, -156.3], Paia: [20.9, -156.37], Lahaina: [20.87, -156.68], Kihei: [20.76, -156.45], Pukalani: [20.84, -156.34], Hana: [20.76, -155.99], Hamoa: [20.72, -155.99] },
		notPlaces: ["Bureau of Conveyances", "Front Street", "Lower Kula Road", "Olinda Road", "Kaupakalua Road"]
	},
	{
		genre: 'local',
		text: "Weddings. Kaleo Kanahele and Mele Akana were married Oct. 12 at Hanalei Bay in a ceremony led by Kahu Daniel Waioli. The bride, of Kapaa, is the daughter of Sam and Leilani Akana of Lihue. She is a nurse at Wilcox Medical Center. The groom, the son of Robert and Anela Kanahele of Waimea, is a teacher at Kauai High School. Guests came from Koloa, Kekaha and Oahu. A reception followed at the Kilauea Neighborhood Center. After a honeymoon in Las Vegas and Seattle, the couple will live in Kalaheo.",
		gold: { 'Hanalei Bay': [22.21, -159.5], Kapaa: [22.08, -159.32], Lihue: [21.98, -159.37], Waimea: [21.96, -159.67], Koloa: [21.91, -159.47], Kekaha: [21.97, -159.71], Oahu: [21.47, -157.98], Kilauea: [22.21, -159.41], 'Las Vegas': [36.17, -115.14], Seattle: [47.61, -122.33], Kalaheo: [21.92, -159.53] },
		notPlaces: ["Daniel Waioli", "Waioli", "Wilcox Medical Center", "Kauai High School"]
	},
	{
		genre: 'local',
		text: "Extension notes. WVU Extension in Lincoln County reminds families that 4-H camp registration opens Jan. 5. Clubs meeting this month: the Harts Happy Hustlers, Tuesday at Harts Community Center; Branchland Busy Bees, at the Branchland library; Griffithsville Go-Getters, at the old school; Alum Creek 4-H, at the fire hall. A canning class will be held at the Hamlin office, and a pesticide recertification session at West Hamlin Town Hall. The Sod and Yawkey clubs will hold a joint Christmas party. Agent Kim Duval can be reached in Hamlin.",
		gold: { 'Lincoln County': [38.19, -82.04], Harts: [38.03, -82.13], Branchland: [38.27, -82.27], Griffithsville: [38.22, -82], 'Alum Creek': [38.29, -81.81], Hamlin: [38.28, -82.1], 'West Hamlin': [38.29, -82.2], Sod: [38.26, -81.89], Yawkey: [38.22, -81.96] },
		notPlaces: ["WVU Extension", "Kim Duval", "Duval", "Happy Hustlers", "Busy Bees", "Go-Getters"]
	},
	{
		genre: 'local',
		text: "Town meeting results. PERRY \u2014 Voters approved a $1.2 million budget and a new plow truck at Saturday's annual meeting. Pembroke voters turned down a proposal to close the town office on Fridays, 61-44. In Dennysville, residents agreed to share a code officer with Whiting and Edmunds. Lubec's meeting ran past 4 p.m. over the school budget, which passed. Eastport's council voted to fix the breakwater. In Robbinston, the selectmen were re-elected without opposition, and Charlotte's voters raised the road budget by $40,000. Calais and Baileyville hold their votes in June.",
		gold: { PERRY: [44.98, -67.08], Pembroke: [44.95, -67.16], Dennysville: [44.9, -67.22], Whiting: [44.76, -67.25], Edmunds: [44.9, -67.23], Lubec: [44.9, -67.04], Eastport: [44.9, -66.98], Robbinston: [45.08, -67.11], Charlotte: [45, -67.3], Calais: [45.18, -67.28], Baileyville: [45.16, -67.4] },
		notPlaces: []
	},
	{
		genre: 'local',
		text: "Library news. The Bolivar County Library System has set its holiday hours. The main library in Cleveland closes at noon Dec. 24. The Rosedale, Shelby and Mound Bayou branches will be closed Dec. 24 to 26. Story time moves to the Boyle branch for January while the Merigold branch gets a new roof. Benoit's library will host a quilt show, and the Gunnison branch, the smallest in the system, will offer free tax help in February. Residents of Pace and Shaw may use any branch with one card.",
		gold: { 'Bolivar County': [33.83, -91.01], Cleveland: [33.74, -90.72], Rosedale: [33.85, -91.03], Shelby: [33.95, -90.77], 'Mound Bayou': [33.88, -90.73], Boyle: [33.7, -90.73], Merigold: [33.84, -90.73], Benoit: [33.64, -91.03], Gunnison: [33.94, -90.93], Pace: [33.79, -90.86], Shaw: [33.6, -90.77] },
		notPlaces: []
	},
	{
		genre: 'local',
		text: "Playoff schedule. Central Section football, Division V quarterfinals, Friday at 7 p.m.: Orange Cove at Parlier; Fowler hosts Kerman; Selma plays Sanger at Tom Flores Stadium; Dinuba at Reedley. Division VI: Mendota vs. Firebaugh at Mendota; Riverdale at Caruthers. Winners meet Nov. 21. Tickets are sold online only; gates open at 6. Parlier beat Orange Cove 28-27 in the regular season.",
		gold: { 'Orange Cove': [36.62, -119.31], Parlier: [36.61, -119.53], Fowler: [36.63, -119.68], Kerman: [36.72, -120.06], Selma: [36.57, -119.61], Sanger: [36.71, -119.56], Dinuba: [36.54, -119.39], Reedley: [36.6, -119.45], Mendota: [36.75, -120.38], Firebaugh: [36.86, -120.46], Riverdale: [36.43, -119.86], Caruthers: [36.54, -119.83] },
		notPlaces: ["Tom Flores Stadium", "Tom Flores"]
	},
	{
		genre: 'local',
		text: "Births. Yukon-Kuskokwim Delta Regional Hospital in Bethel reports these births: a son, Isaiah, to Martha and John Paul of Kwethluk, Nov. 2. A daughter, Evelyn, to Rachel Andrew and Peter Oscar of Napakiak, Nov. 4. A son, Wyatt, to Nicole and James Jimmie of Akiachak, Nov. 9. A daughter, Sophia, to Jennifer Chase of Toksook Bay, Nov. 11. Twins, Ruby and Ray, to Carol and Ben Kipnuk of Chevak, Nov. 15. A son, Aiden, to Laura Evan of Russian Mission, Nov. 18. A daughter, Alice, to Frances and Tim Alexie of Marshall, Nov. 20.",
		gold: { Bethel: [60.79, -161.76], Kwethluk: [60.81, -161.42], Napakiak: [60.7, -161.95], Akiachak: [60.91, -161.43], 'Toksook Bay': [60.53, -165.1], Chevak: [61.53, -165.59], 'Russian Mission': [61.77, -161.39], Marshall: [61.93, -162.27] },
		notPlaces: ["Yukon-Kuskokwim Delta Regional Hospital", "John Paul", "Peter Oscar", "James Jimmie", "Jennifer Chase", "Ben Kipnuk", "Kipnuk", "Laura Evan", "Tim Alexie"]
	},
	{
		genre: 'local',
		text: "Christmas programs. Churches and halls across the area have set their holiday programs: Ainsworth United Methodist Church, Dec. 14 at 6 p.m., with a cookie walk after. Bassett Lutheran Church, Dec. 15. The Long Pine Community Hall hosts a potluck and carols on Dec. 17. Johnstown Community Building, Dec. 18, with Santa arriving by fire truck. Springview Catholic Church, Dec. 21. The Atkinson Public Library holds a children's craft hour Dec. 20, and the Stuart Legion Hall serves its oyster stew supper Dec. 22.",
		gold: { Ainsworth: [42.55, -99.86], Bassett: [42.59, -99.54], 'Long Pine': [42.53, -99.7], Johnstown: [42.57, -100.06], Springview: [42.82, -99.75], Atkinson: [42.53, -98.98], Stuart: [42.6, -99.14] },
		notPlaces: []
	},
	{
		genre: 'local',
		text: "Cook-off results. GREENVILLE \u2014 The Delta Hot Tamale and Barbecue Cook-Off drew 34 teams to the riverfront Saturday. Tamales: 1. Smoke Stack Crew, Leland; 2. Big Jim's, Hollandale; 3. Miss Lula's Kitchen, Arcola. Ribs: 1. Pit Boss Brothers, Shaw; 2. Team Metcalfe, Greenville; 3. Delta Smoke, Avon. Judges' choice went to the Glen Allan Fire Department. People's choice: Rosedale Rollers, Benoit. Proceeds go to the Washington County food pantry.",
		gold: { GREENVILLE: [33.41, -91.06], Leland: [33.41, -90.9], Hollandale: [33.17, -90.85], Arcola: [33.27, -90.88], Shaw: [33.6, -90.77], Greenville: [33.41, -91.06], Avon: [33.23, -91.05], 'Glen Allan': [33.03, -91.01], Benoit: [33.64, -91.03], 'Washington County': [33.29, -91.05] },
		notPlaces: ["Smoke Stack Crew", "Big Jim's", "Miss Lula's Kitchen", "Pit Boss Brothers", "Team Metcalfe", "Metcalfe", "Delta Smoke", "Rosedale Rollers", "Rosedale"]
	},
	{
		genre: 'local',
		text: "Power outages. Central Hudson crews restored power Tuesday to most of the 9,400 customers who lost it in Monday night's wind storm. The worst damage was in the eastern towns: Milan, Pine Plains, Stanford and Amenia. Crews were still working Tuesday night on lines along Route 22 in Dover Plains and near Millbrook. Clinton Corners and Salt Point customers should have power back by Wednesday. A warming center is open at the Pine Plains firehouse. The utility's outage map covers Dutchess and Ulster counties.",
		gold: { Milan: [41.97, -73.78], 'Pine Plains': [41.98, -73.66], Stanford: [41.87, -73.71], Amenia: [41.85, -73.56], 'Dover Plains': [41.74, -73.58], Millbrook: [41.79, -73.69], 'Clinton Corners': [41.83, -73.76], 'Salt Point': [41.81, -73.8], Dutchess: [41.8, -73.8], Ulster: [41.86, -74.17] },
		notPlaces: ["Central Hudson"]
	},
	{
		genre: 'local',
		text: "Molokai news. KAUNAKAKAI \u2014 Maui County will hold a meeting on the Molokai ferry at the Mitchell Pauole Center on Thursday. Residents of Maunaloa and Kualapuu have asked for a second daily barge. The Kalaupapa settlement will get a new supply pier next year, and the Halawa Valley road reopens after slides. A Lanai City group will attend by video. Ho'olehua's farmers say the last missed barge cost them a week of sales in Honolulu.",
		gold: { KAUNAKAKAI: [21.09, -157.03], "Maui County": [20.88, -156.67], Molokai: [21.13, -157.02], Maunaloa: [21.14, -157.22], Kualapuu: [21.15, -157.04], Kalaupapa: [21.19, -156.98], "Halawa Valley": [21.16, -156.74], "Lanai City": [20.83, -156.92], "Ho'olehua": [21.17, -157.07], Honolulu: [21.31, -157.86] },
		notPlaces: ["Mitchell Pauole Center", "Mitchell Pauole"]
	}
];

export const HELD_OUT_US_LOCAL_S54_B: GenreText[] = [
	{
		genre: 'local',
		text: "Letters to the editor. Water first: The groundwater plan for Kings County asks small farmers in Stratford and Armona to give up the most while the big operations keep pumping. \u2014 Rosa Tipton, Hanford. Bypass: Lemoore needs the Highway 41 bypass before someone else dies at the Bush Street light. \u2014 Gary Ivanhoe, Lemoore. Thank you: To the strangers who pushed my car out of the canal ditch on Avenue 280 near Exeter, God bless you. \u2014 Helen Corcoran Diaz, Lindsay. Parks: Why does Visalia get a new splash pad every year while Woodlake and Farmersville wait a decade for one? \u2014 Lupe Traver, Woodlake",
		gold: { 'Kings County': [36.16, -119.84], Stratford: [36.19, -119.82], Armona: [36.32, -119.71], Hanford: [36.33, -119.65], Lemoore: [36.3, -119.78], Exeter: [36.3, -119.14], Lindsay: [36.2, -119.09], Visalia: [36.33, -119.29], Woodlake: [36.41, -119.1], Farmersville: [36.3, -119.21] },
		notPlaces: ["Rosa Tipton", "Tipton", "Gary Ivanhoe", "Ivanhoe", "Helen Corcoran Diaz", "Corcoran", "Lupe Traver", "Traver", "Bush Street"]
	},
	{
		genre: 'local',
		text: "Service notes. Army Pvt. Cole Anselmo, son of Rick and Jana Anselmo of Broken Bow, graduated from basic training at Fort Leonard Wood, Mo. Navy Seaman Kaylee Merna of Arnold completed boot camp at Great Lakes, Ill., and reports to Naval Station Mayport, Fla. Marine Lance Cpl. Trey Callaway, a 2023 graduate of Sandhills High School in Dunning, was promoted at Camp Pendleton, Calif. Air Force Senior Airman Jade Berwyn of Sargent is stationed at Ramstein Air Base, Germany. Spc. Evan Ansley, grandson of Wilma Ansley of Oconto, returned from Kuwait.",
		gold: { 'Broken Bow': [41.4, -99.64], 'Fort Leonard Wood': [37.74, -92.13], 'Mo.': [38.5, -92.5], Arnold: [41.42, -100.19], 'Great Lakes': [42.3, -87.85], 'Ill.': [40, -89.2], 'Naval Station Mayport': [30.39, -81.42], 'Fla.': [28.6, -82.4], Dunning: [41.81, -100.09], 'Camp Pendleton': [33.3, -117.35], 'Calif.': [37.2, -119.5], Sargent: [41.64, -99.37], 'Ramstein Air Base': [49.44, 7.6], Germany: [51, 10], Oconto: [41.14, -99.76], Kuwait: [29.3, 47.6] },
		notPlaces: ["Cole Anselmo", "Anselmo", "Kaylee Merna", "Merna", "Trey Callaway", "Callaway", "Jade Berwyn", "Berwyn", "Evan Ansley", "Wilma Ansley", "Ansley", "Sandhills High School"]
	},
	{
		genre: 'local',
		text: "Police log. Washington County Sheriff's Office calls for the week: Sunday, a car went off Route 1 into a blueberry field in Harrington; the driver, 19, of Milbridge, was not hurt. Monday, deputies checked on a man sleeping in a truck at the Cherryfield town landing. Tuesday, a Steuben woman reported someone stealing lobster traps from her shed. Gouldsboro and Steuben residents reported power lines down on Route 186. Wednesday, a dog bite in Addison. Thursday, a wood stove fire in Columbia Falls was put out by Jonesport and Addison firefighters. Friday, a Machias man was charged with operating after suspension in Jonesboro.",
		gold: { 'Washington County': [44.92, -67.55], Harrington: [44.62, -67.81], Milbridge: [44.54, -67.88], Cherryfield: [44.61, -67.93], Steuben: [44.51, -67.97], Gouldsboro: [44.48, -68.04], Addison: [44.62, -67.74], 'Columbia Falls': [44.65, -67.73], Jonesport: [44.53, -67.6], Machias: [44.72, -67.46], Jonesboro: [44.66, -67.57] },
		notPlaces: []
	},
	{
		genre: 'local',
		text: "Circuit court. Cases heard last week in Mingo County Circuit Court in Williamson: Dustin Kermit, 33, of Delbarton, pleaded guilty to burglary and was sentenced to one to 15 years. Ashley Matewan-Hatfield, 28, of Naugatuck, entered a drug-court program. Billy Lenore, 45, of Red Jacket, was found not guilty of battery. Christopher Varney, 51, of Kermit, had his probation revoked. A suit over a coal truck crash near Gilbert was moved to federal court in Charleston. Magistrate cases from Lenore and Matewan were continued to January.",
		gold: { 'Mingo County': [37.71, -82.1], Williamson: [37.67, -82.28], Delbarton: [37.71, -82.18], Naugatuck: [37.79, -82.35], 'Red Jacket': [37.65, -82.14], Kermit: [37.86, -82.37], Gilbert: [37.64, -81.95], Charleston: [38.35, -81.63], Lenore: [37.8, -82.29], Matewan: [37.59, -82.07] },
		notPlaces: ["Dustin Kermit", "Ashley Matewan-Hatfield", "Billy Lenore", "Christopher Varney", "Varney"]
	},
	{
		genre: 'local',
		text: "Dean's list. The University of Hawaii at Hilo announced its fall dean's list. Big Island students include: HILO \u2014 Kainoa Makua, Lisa Tanaka. PAHOA \u2014 Keoni Kalapana. HONOKAA \u2014 Malia Paauilo. KAMUELA \u2014 Daniel Waikoloa. CAPTAIN COOK \u2014 Pua Honaunau. KEALAKEKUA \u2014 Ryan Kainaliu. NAALEHU \u2014 Kiana Pahala. LAUPAHOEHOE \u2014 Noe Ookala. KEAAU \u2014 Brandon Kurtistown. VOLCANO \u2014 Sarah Glenwood.",
		gold: { HILO: [19.73, -155.09], PAHOA: [19.49, -154.94], HONOKAA: [20.08, -155.47], KAMUELA: [20.02, -155.67], 'CAPTAIN COOK': [19.5, -155.92], KEALAKEKUA: [19.52, -155.92], NAALEHU: [19.07, -155.58], LAUPAHOEHOE: [19.99, -155.24], KEAAU: [19.62, -155.04], VOLCANO: [19.44, -155.23] },
		notPlaces: ["Keoni Kalapana", "Kalapana", "Malia Paauilo", "Paauilo", "Daniel Waikoloa", "Waikoloa", "Pua Honaunau", "Honaunau", "Ryan Kainaliu", "Kainaliu", "Kiana Pahala", "Pahala", "Noe Ookala", "Ookala", "Brandon Kurtistown", "Kurtistown", "Sarah Glenwood", "Glenwood", "University of Hawaii at Hilo"]
	},
	{
		genre: 'local',
		text: "Fair premiums. NATIONAL \u2014 Premium winners at the Clayton County Fair: Beef breeding heifer: 1st, Grady Osterdock, Elkader; 2nd, Lane Farmersburg, Guttenberg. Market lambs: 1st, Josie McGregor-Hall, Strawberry Point. Dairy: champion, Henry Kuehl, Volga. Baked goods: pie, Lois Garber of Edgewood; bread, Ann Littleport of Monona; cookies, Kay Elkport of Garnavillo. Flowers: Mary Ann Froelich of St. Olaf. The fair board thanked Edgewood Locker and the Monona Fire Department.",
		gold: { NATIONAL: [42.93, -91.32], 'Clayton County': [42.82, -91.16], Elkader: [42.85, -91.41], Guttenberg: [42.79, -91.1], 'Strawberry Point': [42.68, -91.53], Volga: [42.79, -91.54], Edgewood: [42.64, -91.4], Monona: [43.05, -91.39], Garnavillo: [42.87, -91.24], 'St. Olaf': [42.92, -91.38] },
		notPlaces: ["Grady Osterdock", "Osterdock", "Lane Farmersburg", "Farmersburg", "Josie McGregor-Hall", "McGregor", "Henry Kuehl", "Lois Garber", "Garber", "Ann Littleport", "Littleport", "Kay Elkport", "Elkport", "Mary Ann Froelich", "Froelich", "Edgewood Locker", "Monona Fire Department"]
	},
	{
		genre: 'local',
		text: "Years ago. 50 years ago: The Clarksdale Wildcats and the Tunica Rebels played to a 7-7 tie. A new cotton gin opened between Marks and Lambert. Tutwiler's depot, where W.C. Handy first heard the blues, was put up for sale. 40 years ago: Lula residents asked the state for a bridge over the Mississippi to Helena, Ark. Friars Point celebrated its 150th year. 25 years ago: Jonestown got its first traffic light, and a casino opened near Robinsonville, bringing buses from Memphis.",
		gold: { Clarksdale: [34.2, -90.57], Tunica: [34.68, -90.38], Marks: [34.26, -90.27], Lambert: [34.2, -90.28], Tutwiler: [34.01, -90.43], Lula: [34.46, -90.5], Mississippi: [34.6, -90.6], Helena: [34.53, -90.59], 'Ark.': [34.9, -92.4], 'Friars Point': [34.37, -90.64], Jonestown: [34.32, -90.46], Robinsonville: [34.81, -90.31], Memphis: [35.15, -90.05] },
		notPlaces: ["W.C. Handy", "Handy"]
	},
	{
		genre: 'local',
		text: "Prep hockey and basketball. Calumet 4, Hancock 2: Calumet scored three times in the third period. Houghton 6, L'Anse-Baraga 1. Boys basketball: Ironwood 61, Bessemer 44: Cole Bruce had 22 points for the Red Devils. Ontonagon 55, Ewen-Trout Creek 41: Ontonagon's Mason Bergland scored 17. Lake Linden-Hubbell 49, Chassell 46. Saturday: Ironwood at Wakefield-Marenisco; Bessemer hosts Watersmeet.",
		gold: { Calumet: [47.25, -88.45], Hancock: [47.13, -88.58], Houghton: [47.12, -88.57], "L'Anse": [46.76, -88.45], Baraga: [46.78, -88.49], Ironwood: [46.45, -90.17], Bessemer: [46.48, -90.05], Ontonagon: [46.87, -89.31], Ewen: [46.54, -89.31], "Trout Creek": [46.49, -89.03], "Lake Linden": [47.19, -88.41], Hubbell: [47.17, -88.43], Chassell: [47, -88.55], Wakefield: [46.48, -89.94], Marenisco: [46.36, -89.68], Watersmeet: [46.25, -89.21] },
		notPlaces: ["Cole Bruce", "Mason Bergland", "Bergland", "Red Devils"]
	},
	{
		genre: 'local',
		text: "Boil-water notice. Kings County Environmental Health has lifted the boil-water notice for Kettleman City but kept one for Stratford after bacteria were found in a well on Saturday. The Avenal water plant is on a voluntary conservation order until the Aqueduct pumps are repaired. Huron residents across the county line in Fresno County received bottled water at the Huron community center. Coalinga is not affected. The county burn ban continues through the end of the month in all unincorporated areas, including Home Garden and Armona.",
		gold: { 'Kings County': [36.16, -119.84], 'Kettleman City': [36.01, -119.96], Stratford: [36.19, -119.82], Avenal: [36, -120.13], Huron: [36.2, -120.1], 'Fresno County': [36.83, -119.66], Coalinga: [36.14, -120.36], 'Home Garden': [36.3, -119.64], Armona: [36.32, -119.71] },
		notPlaces: ["Kings County Environmental Health", "Aqueduct"]
	},
	{
		genre: 'local',
		text: "Property transfers. Hancock County Registry of Deeds, November: LAMOINE \u2014 22 acres on Route 184, Brian Trenton to Shore Acres LLC, $310,000. HANCOCK \u2014 Camp on Kilkenny Cove, Estate of Ruth Ellsworth to Dan and Sue Eastbrook. SULLIVAN \u2014 House on Taunton Bay, $455,000. SORRENTO \u2014 Cottage on the point, $980,000. FRANKLIN \u2014 Land, Peter Waltham to Emma Sedgwick. SURRY \u2014 Farmhouse on Newbury Neck, $390,000. DEDHAM \u2014 Lot on Phillips Lake. OTIS \u2014 Camp on Beech Hill Pond, $215,000.",
		gold: { 'Hancock County': [44.45, -68.44], LAMOINE: [44.48, -68.3], HANCOCK: [44.53, -68.25], 'Kilkenny Cove': [44.5, -68.35], SULLIVAN: [44.52, -68.2], 'Taunton Bay': [44.51, -68.2], SORRENTO: [44.49, -68.18], FRANKLIN: [44.59, -68.23], SURRY: [44.5, -68.5], 'Newbury Neck': [44.42, -68.5], DEDHAM: [44.69, -68.66], 'Phillips Lake': [44.7, -68.58], OTIS: [44.71, -68.45], 'Beech Hill Pond': [44.73, -68.48] },
		notPlaces: ["Brian Trenton", "Trenton", "Shore Acres LLC", "Shore Acres", "Ruth Ellsworth", "Ellsworth", "Dan and Sue Eastbrook", "Eastbrook", "Peter Waltham", "Waltham", "Emma Sedgwick", "Sedgwick"]
	},
	{
		genre: 'local',
		text: "Weddings. Katelyn Paxico and Tanner Beck were married Sept. 20 at St. Joseph's Catholic Church in Wamego, with a reception at the Alma community building. The bride is the daughter of Greg and Sherry Paxico of Eskridge and a graduate of Mission Valley High School. The groom, son of Rod and Donna Beck of Alta Vista, farms with his father near Maple Hill. Guests traveled from Manhattan, Topeka and Denver. After a trip to the Black Hills, the couple live near Alma.",
		gold: { Wamego: [39.2, -96.3], Alma: [39.02, -96.29], Eskridge: [38.86, -96.11], 'Alta Vista': [38.86, -96.48], 'Maple Hill': [39.08, -96.03], Manhattan: [39.18, -96.57], Topeka: [39.05, -95.68], Denver: [39.74, -104.98], 'Black Hills': [44, -103.75] },
		notPlaces: ["Katelyn Paxico", "Greg and Sherry Paxico", "Sherry Paxico", "Paxico", "Tanner Beck", "Mission Valley High School", "Mission Valley"]
	},
	{
		genre: 'local',
		text: "Extension notes. The UAF Cooperative Extension Service office in Fairbanks will hold a cold-climate gardening class in North Pole on Jan. 10 and repeat it at the Delta Junction library Jan. 17. A food-preservation workshop is planned for Tok, and 4-H clubs in Nenana, Healy and Salcha are taking new members. Moose-meat canning demonstrations continue at the Two Rivers school. Extension agent Deb Circle can be reached at the Fairbanks office.",
		gold: { Fairbanks: [64.84, -147.72], 'North Pole': [64.75, -147.35], 'Delta Junction': [64.04, -145.73], Tok: [63.34, -142.99], Nenana: [64.56, -149.09], Healy: [63.86, -148.97], Salcha: [64.52, -146.9], 'Two Rivers': [64.87, -147.04] },
		notPlaces: ["UAF Cooperative Extension Service", "Deb Circle", "Circle"]
	},
	{
		genre: 'local',
		text: "Town board results. ANCRAM \u2014 Incumbent supervisor Art Bassin kept his seat by 41 votes. In Copake, the highway superintendent's race went to a recount. Hillsdale voters chose two new board members, and Austerlitz approved a new salt shed. Ghent's clerk ran unopposed. Chatham re-elected its supervisor, and in Stuyvesant the town justice race was decided by nine votes. Kinderhook and Gallatin both saw turnout over 40 percent. Results are unofficial until absentee ballots are counted by the county board of elections in Hudson.",
		gold: { ANCRAM: [42.09, -73.64], Copake: [42.11, -73.55], Hillsdale: [42.19, -73.55], Austerlitz: [42.32, -73.45], Ghent: [42.33, -73.62], Chatham: [42.36, -73.59], Stuyvesant: [42.36, -73.76], Kinderhook: [42.4, -73.7], Gallatin: [42.04, -73.72], Hudson: [42.25, -73.79] },
		notPlaces: ["Art Bassin", "Bassin"]
	},
	{
		genre: 'local',
		text: "Library branches. The Harlan County Public Library has new winter hours. The main library in Harlan is open Monday to Saturday. The Cumberland branch, which serves Benham and Lynch, is open Tuesday and Thursday. The Evarts branch has moved into the old bank on Main Street. The Wallins Creek branch offers a free coding club for teens. Loyall and Baxter patrons can request books by phone and pick them up at the main library. A bookmobile visits Cawood and Totz every other Wednesday.",
		gold: { 'Harlan County': [36.86, -83.23], Harlan: [36.84, -83.32], Cumberland: [36.98, -82.99], Benham: [36.96, -82.95], Lynch: [36.97, -82.92], Evarts: [36.87, -83.19], 'Wallins Creek': [36.82, -83.42], Loyall: [36.85, -83.35], Baxter: [36.87, -83.31], Cawood: [36.78, -83.23], Totz: [36.94, -83.12] },
		notPlaces: ["Main Street"]
	},
	{
		genre: 'local',
		text: "Football schedule. Section 9 Class B semifinals, Saturday: Rondout Valley at Ellenville, 1 p.m.; Marlboro plays Highland at Dietz Stadium in Kingston, 4 p.m. Class C: Spackenkill at Dover, noon; Wallkill vs. Goshen at Middletown, 7 p.m. Highland beat Marlboro 24-21 in their regular-season meeting. Dover has won six straight.",
		gold: { 'Rondout Valley': [41.85, -74.27], Ellenville: [41.72, -74.4], Marlboro: [41.61, -73.97], Highland: [41.72, -73.96], Kingston: [41.93, -74], Spackenkill: [41.66, -73.91], Dover: [41.74, -73.58], Wallkill: [41.61, -74.18], Goshen: [41.4, -74.32], Middletown: [41.45, -74.42] },
		notPlaces: ["Dietz Stadium"]
	},
	{
		genre: 'local',
		text: "Births. Logan Regional Medical Center reports: a son, Bentley, to Shawn and Amber Hager of Chapmanville, Nov. 3. A daughter, Paisley, to Jessica Ferrell of Man, Nov. 6. A son, Ryder, to Kyle and Brittany Stollings of Holden, Nov. 8. A daughter, Harper, to Desirae Mounts of Omar, Nov. 10. A son, Jaxon, to Cody and Tiffany Dingess of Verdunville, Nov. 14. A daughter, Emma, to Heather Browning of Peach Creek, Nov. 19. Twin sons to Chris and Kayla Lyburn of Logan, Nov. 21.",
		gold: { Chapmanville: [37.97, -82.02], Man: [37.74, -81.88], Holden: [37.82, -82.06], Omar: [37.76, -82], Verdunville: [37.84, -82.06], 'Peach Creek': [37.88, -81.98], Logan: [37.85, -81.99] },
		notPlaces: ["Logan Regional Medical Center", "Shawn and Amber Hager", "Hager", "Jessica Ferrell", "Kyle and Brittany Stollings", "Stollings", "Desirae Mounts", "Dingess", "Heather Browning", "Lyburn"]
	},
	{
		genre: 'local',
		text: "Christmas concerts. Schools and churches in the east end of the Upper Peninsula have set their concerts: Munising High School, Dec. 11. Manistique Middle and High School band, Dec. 12. Newberry Methodist Church choir, Dec. 14. Engadine Consolidated Schools, Dec. 15. The Curtis Community Church hosts a carol sing Dec. 18, and the Germfask Township Hall a potluck and concert Dec. 19. Gulliver's volunteer firefighters collect toys at every concert.",
		gold: { 'Upper Peninsula': [46.5, -87], Munising: [46.41, -86.65], Manistique: [45.96, -86.25], Newberry: [46.36, -85.51], Engadine: [46.2, -85.6], Curtis: [46.2, -85.79], Germfask: [46.24, -85.92], Gulliver: [46.01, -86.02] },
		notPlaces: []
	},
	{
		genre: 'local',
		text: "Fishing results. VALENTINE \u2014 The Merritt Reservoir walleye tournament drew 41 boats despite wind. Results: 1. Cole Snake and Jed Sparks, Merriman, 18.4 lbs.; 2. Tyler Brownlee, Crookston, 16.9; 3. Luke Eli and Sam Kilgore-Hay, Wood Lake, 15.2; 4. Dusty Nenzel, Valentine, 14.8. Big fish: Ashlyn Cody of Ainsworth, 8.1 lbs. The Cherry County tournament series ends at the Snake River in May.",
		gold: { VALENTINE: [42.87, -100.55], 'Merritt Reservoir': [42.62, -100.88], Merriman: [42.64, -101.76], Crookston: [42.93, -100.77], 'Wood Lake': [42.63, -100.29], Valentine: [42.87, -100.55], Ainsworth: [42.55, -99.86], 'Cherry County': [42.56, -101.1], 'Snake River': [42.7, -100.9] },
		notPlaces: ["Cole Snake", "Jed Sparks", "Sparks", "Tyler Brownlee", "Brownlee", "Luke Eli", "Eli", "Sam Kilgore-Hay", "Dusty Nenzel", "Nenzel", "Ashlyn Cody", "Cody"]
	},
	{
		genre: 'local',
		text: "Power outages. PG&E restored power Wednesday to 6,200 customers in Stanislaus County after high winds toppled poles. Oakdale, Riverbank and Escalon lost power for up to 14 hours. Ripon and Salida were out overnight. In Waterford and Hughson, crews replaced six poles along Santa Fe Avenue. Denair's schools opened two hours late. Modesto Irrigation District customers in Empire were not affected.",
		gold: { 'Stanislaus County': [37.48, -121.19], Oakdale: [37.77, -120.85], Riverbank: [37.74, -120.94], Escalon: [37.8, -121], Ripon: [37.74, -121.12], Salida: [37.71, -121.08], Waterford: [37.64, -120.76], Hughson: [37.6, -120.87], Denair: [37.53, -120.8], Empire: [37.64, -120.9] },
		notPlaces: ["PG&E", "Modesto Irrigation District", "Santa Fe Avenue"]
	},
	{
		genre: 'local',
		text: "Kodiak island news. The Kodiak Island Borough will fly its assessor to Old Harbor, Ouzinkie and Larsen Bay next month. Port Lions is asking for a new harbor float after storm damage, and Akhiok's school reopens after a year of repairs. The state ferry Tustumena resumes stops at Kodiak in March. Chiniak residents want the road paved past the tracking station. A tsunami drill will be held Jan. 28 in every village on the island.",
		gold: { 'Kodiak Island Borough': [57.36, -154.3], 'Old Harbor': [57.2, -153.3], Ouzinkie: [57.92, -152.5], 'Larsen Bay': [57.54, -153.98], 'Port Lions': [57.87, -152.88], Akhiok: [56.95, -154.17], Kodiak: [57.79, -152.41], Chiniak: [57.61, -152.22] },
		notPlaces: ["Tustumena"]
	}
];

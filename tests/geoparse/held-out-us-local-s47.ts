// US local news written for session 47 (none copied from anywhere) and scored BEFORE any change was tuned on them:
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s47` (issue #10: hidden US local news at Acc@161
// 0.73, F1 0.78 wanted). Shapes the earlier batches lack: village news from the Yukon-Kuskokwim delta and the Bering
// Strait (Alaska: Bethel, Nome, Wales, Point Hope), road and water notices on Hawaii's islands (Waimea on the Big Island
// and on Kauai), storm shelters in Puerto Rico's west (Mayagüez, Añasco, Vieques) and power news from Guam and the
// Northern Marianas (Dededo, Saipan, Tinian, Rota), snow-day closing lists with no state named (north-central
// Pennsylvania: Athens, Troy, Canton, Austin; the Upper Peninsula beside Florence and Niagara, Wisconsin), bookmobile
// stops (Ravenna and Heidelberg, KY; Berlin, Calais and Orange, VT), wildfire evacuation levels (Detroit and Gates, OR;
// Drake and Lyons, CO), flood and storm damage by parish and sound-side county (Terrebonne and Lafourche; Hyde and
// Dare), federal sentencing across state lines (Sioux City; Texarkana with Paris, Texas, Hope and Nashville,
// Arkansas), interstate work by exit (I-81 through Verona, VA; I-94 past Medina and Hebron, ND), score lines with
// no state (Iowa girls' basketball: Solon, Lisbon, Marion, Independence; West Virginia playoffs), church and club
// notes with missions and lodges abroad (Comayagua; Arusha; Bergen), farm reports (Delta cotton beside "the
// Mississippi"; Aroostook potatoes with Grand Falls, New Brunswick), county-fair champions (Wayne County, OH; Morris
// County, KS), sheriff's and police logs by township (Kent County, MI; Lorain County, OH), obituaries tying a
// namesake city to its original (Toledo, Ohio, and Toledo, Spain; Naples, Florida, and Naples, Italy), letters to the
// editor in Oxford County, Maine, and Coös County, NH (the Olympics in Italy beside Paris and Norway; the wall in
// Germany beside Berlin and Milan), students flying from a namesake (Atlanta to Athens; Lexington to London),
// zoning boards with no state named (Hanover, Lebanon, Etna, Norwich; Colchester, Hebron, Salem), ice fishing and
// sturgeon spearing (Isle and Garrison, MN; Stockbridge and Pipe, WI), tornado damage by county (Cullman; Pottawatomie
// with Prague, OK), spelling bees and honor rolls (northern New Mexico; Arizona's White Mountains), Honor Flights
// (Berlin and Portage, PA, beside Iwo Jima and Hue; Canton and Marshall, NC, beside Da Nang and Pearl Harbor),
// subsidized air service (Nebraska; Pennsylvania with Salamanca, NY), exchange students from Hamburg, Valencia,
// Bologna and Tromsø, boil-water notices (Pike County, KY; Big Bend, TX, with Marathon and Valentine), river notes
// ("the upper Mississippi" at Dubuque; "the Ohio" at Marietta) and Maine club notes beside a sentence about France
// or Germany (Belfast, Bath and Camden; Dresden, Hope and Union).
// Gold points are the places' own coordinates, the state written from knowledge and the point checked against
// `gazette lookup NAME`; places the gazetteer lacks carry points from knowledge (a river's point is the river beside
// the text's towns). State abbreviations ("Neb.", "Ark.") are not graded (as in the earlier batches). Half A is for
// tuning; half B stays held out (report it before and after).
// Denser than the earlier batches (27 texts a half, 311 gold names in A, 322 in B: lists of towns are what this genre
// is made of). Before any change (main 9c93df7): A 276/292 within 161 km (0.945), 27 named places not mapped, 1 name of
// no place mapped (the church "St. Mary's" read as a St. Marys town); B 284/302 (0.940), 29 not mapped, 1 (the student
// "Sofía" read as Sofia, Bulgaria). The wrong in A: Heidelberg, KY (not in the gazetteer) read as Germany's; Detroit,
// OR, read as Michigan's beside Idanha, Gates and Mill City; the Maine letter's Paris and Norway read abroad (no state
// named; Oxford, Rumford and Bethel beside them); the Athens, GA, study trip's Delphi and Olympia read as US towns and
// "Rome and ... Dublin, both in Georgia" as Italy's and Ireland's; Acropolis read as Little Rock (an alternate name);
// Etna, NH, read as the volcano; Malmo, MN (not in the gazetteer), as Malmö; Richland (a township near Johnstown, not
// in the gazetteer) as Richland, PA; "the upper Mississippi" at Dubuque read as the state; Belfast, ME, read as Northern
// Ireland's and Camden, ME, as New Jersey's beside a sentence about France.
// After session 47's rules (rivers-named-like-states.ts: "the upper Mississippi" is the river; cluster-namesakes.ts's
// one-state tier over the places at home): A 278/292 (0.952; Dubuque's Mississippi and Camden now right; the letter's
// Paris, sent to France by "the Winter Olympics in Italy", is fixed by h47-uslocal 4281a66, world-sentence-cities.ts's
// "a world word is the nearest place's event", queued at the session's end, not landed); B, scored once at the end, 284/302
// (0.940), 29 not mapped, 1 false — unchanged ("The Ohio crested" at Marietta was right as the state within a region's
// 800 km and is right as the river). B's wrong: Wales, AK, read as Wales (UK) and Elim, AK, as Elim, PA, beside Nome,
// Shishmaref and Golovin; Berlin and Orange, VT (not in the gazetteer) read as Berlin, NH, and Orange, MA, and Rutland
// as Massachusetts's beside Montpelier's towns; Medina, ND, read as Ohio's between Jamestown and Steele on I-94; the
// NAPLES (Florida) dateline read as Naples, Italy, which the obituary names later; the Lexington exchange trip's Oxford
// and Paris (flown to from Lexington to London) read as Kentucky's; Lake Winnebago read as the Missouri town; Heber, AZ,
// as Utah's; "Pearl Harbor" as Pearl, MS; Franklin, Lancaster and Warren, PA, read as other states' (Bradford air
// service, no state named); Valentine, TX, read as Nebraska's; Shafter, TX (not in the gazetteer), as California's.
// B's false place: the student "Sofía" read as Sofia, Bulgaria.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S47_A: GenreText[] = [
	{
		genre: 'local',
		text: "Village news. BETHEL — The regional health corporation will fly dental teams this month to Kwethluk, Akiachak and Napaskiak, and to Aniak and Kalskag farther up the river. The ice road to Tuluksak opened Thursday after a hard freeze; travelers are asked to stay on the staked trail past Akiak. Mushers from Kotzebue and Fairbanks have signed up for the sled-dog race that starts here Jan. 29. Patients who need surgery still fly to Anchorage.",
		gold: { BETHEL: [60.79, -161.76], Kwethluk: [60.81, -161.44], Akiachak: [60.91, -161.43], Napaskiak: [60.71, -161.76], Aniak: [61.58, -159.54], Kalskag: [61.54, -160.31], Tuluksak: [61.1, -160.96], Akiak: [60.91, -161.21], Kotzebue: [66.9, -162.6], Fairbanks: [64.84, -147.72], Anchorage: [61.22, -149.9] }
	},
	{
		genre: 'local',
		text: "Road report. HILO — Highway 130 reopened Friday between Pahoa and Kalapana after crews repaired a crack in the pavement. Saddle Road is down to one lane near the Mauna Kea access road through Tuesday. On the Hamakua coast, a slide closed the highway north of Honokaa; traffic to Waimea is detoured through Hilo. In Kona, the widening near Kailua-Kona resumes Monday, and the county bus from Volcano adds a midday run.",
		gold: { HILO: [19.72, -155.09], Pahoa: [19.5, -154.95], Kalapana: [19.35, -154.98], 'Mauna Kea': [19.82, -155.47], Honokaa: [20.08, -155.47], Waimea: [20.02, -155.67], Hilo: [19.72, -155.09], Kona: [19.64, -155.99], 'Kailua-Kona': [19.64, -155.99], Volcano: [19.43, -155.23] }
	},
	{
		genre: 'local',
		text: "Shelters. MAYAGÜEZ — With the storm expected to pass south of the island Tuesday night, the municipal emergency office opened shelters at schools in Mayagüez, Añasco and Hormigueros. Families in low areas of Cabo Rojo and Lajas should go to the coliseum in San Germán. Flights from Aguadilla to Newark and Orlando are canceled, and the ferries from Ceiba to Vieques and Culebra stopped at noon. Power crews from Ponce and Arecibo are waiting in Yauco.",
		gold: { 'MAYAGÜEZ': [18.2, -67.14], 'Mayagüez': [18.2, -67.14], 'Añasco': [18.28, -67.14], Hormigueros: [18.14, -67.13], 'Cabo Rojo': [18.09, -67.15], Lajas: [18.05, -67.06], 'San Germán': [18.08, -67.04], Aguadilla: [18.43, -67.15], Newark: [40.74, -74.17], Orlando: [28.54, -81.38], Ceiba: [18.26, -65.65], Vieques: [18.13, -65.44], Culebra: [18.3, -65.3], Ponce: [18.01, -66.61], Arecibo: [18.47, -66.72], Yauco: [18.03, -66.85] }
	},
	{
		genre: 'local',
		text: "Delays and closings, Wednesday. Closed: Wellsboro, Galeton, Coudersport, Austin and Port Allegany. Two hours late: Mansfield, Troy, Towanda, Canton, Athens and Sayre. Buses will not run on unplowed back roads around Westfield and Elkland. The college in Williamsport opens at 10 a.m.",
		gold: { Wellsboro: [41.75, -77.3], Galeton: [41.73, -77.64], Coudersport: [41.77, -78.02], Austin: [41.63, -78.09], 'Port Allegany': [41.81, -78.28], Mansfield: [41.81, -77.08], Troy: [41.79, -76.79], Towanda: [41.77, -76.44], Canton: [41.66, -76.85], Athens: [41.96, -76.52], Sayre: [41.98, -76.52], Westfield: [41.92, -77.54], Elkland: [41.99, -77.31], Williamsport: [41.24, -77] }
	},
	{
		genre: 'local',
		text: "Bookmobile stops, December. The Estill County bookmobile runs Mondays to the senior center in Irvine and the grade school in Ravenna; Tuesdays across the line to Beattyville and Heidelberg in Lee County; Thursdays to Stanton and Clay City in Powell County. Patrons may return books at the Richmond or Winchester libraries.",
		gold: { 'Estill County': [37.69, -83.96], Irvine: [37.7, -83.97], Ravenna: [37.69, -83.95], Beattyville: [37.57, -83.71], Heidelberg: [37.55, -83.77], 'Lee County': [37.6, -83.72], Stanton: [37.85, -83.86], 'Clay City': [37.86, -83.92], 'Powell County': [37.83, -83.82], Richmond: [37.75, -84.29], Winchester: [37.99, -84.18] }
	},
	{
		genre: 'local',
		text: "Fire update. MILL CITY — Level 3 \"go now\" orders remain for Detroit, Idanha and the Breitenbush area. Gates and Mill City are at Level 2; Lyons and Mehama at Level 1. An evacuation center is open at the fairgrounds in Salem, and the Red Cross has a shelter in Stayton. Smoke reached Albany and Corvallis on Tuesday; crews from Bend, Medford and Boise are on the line along Highway 22.",
		gold: { 'MILL CITY': [44.75, -122.48], Detroit: [44.73, -122.15], Idanha: [44.7, -122.08], Breitenbush: [44.78, -121.98], Gates: [44.76, -122.42], 'Mill City': [44.75, -122.48], Lyons: [44.78, -122.61], Mehama: [44.79, -122.62], Salem: [44.94, -123.04], Stayton: [44.8, -122.79], Albany: [44.64, -123.11], Corvallis: [44.56, -123.26], Bend: [44.06, -121.31], Medford: [42.33, -122.87], Boise: [43.62, -116.2] }
	},
	{
		genre: 'local',
		text: "Flood damage. HOUMA — Terrebonne Parish counted 340 flooded homes after Tuesday's storm, most of them in Chauvin, Montegut and Dulac. In Lafourche Parish, water topped the levee at Golden Meadow and Leeville; Cut Off and Galliano had street flooding. Thibodaux and Raceland stayed dry. Crews from Baton Rouge and Lafayette are helping, and a shelter opened in Morgan City.",
		gold: { HOUMA: [29.6, -90.72], 'Terrebonne Parish': [29.34, -90.84], Chauvin: [29.44, -90.6], Montegut: [29.47, -90.56], Dulac: [29.39, -90.71], 'Lafourche Parish': [29.49, -90.4], 'Golden Meadow': [29.38, -90.26], Leeville: [29.25, -90.21], 'Cut Off': [29.54, -90.34], Galliano: [29.44, -90.3], Thibodaux: [29.8, -90.82], Raceland: [29.73, -90.6], 'Baton Rouge': [30.45, -91.15], Lafayette: [30.22, -92.02], 'Morgan City': [29.7, -91.21] }
	},
	{
		genre: 'local',
		text: "Federal court. SIOUX CITY — Sentenced this week in U.S. District Court: a South Sioux City, Neb., man, 41, to 10 years for selling methamphetamine; a Le Mars woman, 29, to five years on a gun charge; a Vermillion, S.D., man, 36, to three years for wire fraud against a Sioux Falls bank; and a Dakota City man, 24, to time served after his arrest in Omaha on a warrant from Cherokee. A Storm Lake man's case was sent to Des Moines.",
		gold: { 'SIOUX CITY': [42.5, -96.4], 'South Sioux City': [42.47, -96.41], 'Le Mars': [42.79, -96.17], Vermillion: [42.78, -96.93], 'Sioux Falls': [43.55, -96.7], 'Dakota City': [42.42, -96.42], Omaha: [41.26, -95.94], Cherokee: [42.75, -95.55], 'Storm Lake': [42.64, -95.21], 'Des Moines': [41.59, -93.62] }
	},
	{
		genre: 'local',
		text: "Road work. STAUNTON — The right lane of Interstate 81 north will close nightly through Friday between Exit 195 at Lexington and Exit 205 at Raphine. At Exit 222, the ramp to U.S. 250 toward Waynesboro closes Tuesday. Farther north, the bridge near Mount Crawford gets a new deck, and drivers bound for Harrisonburg may use U.S. 11 through Verona and Weyers Cave. Southbound delays are expected at Buena Vista and Natural Bridge on Saturday.",
		gold: { STAUNTON: [38.15, -79.07], Lexington: [37.78, -79.44], Raphine: [37.94, -79.23], Waynesboro: [38.07, -78.89], 'Mount Crawford': [38.36, -78.94], Harrisonburg: [38.45, -78.87], Verona: [38.2, -79.01], 'Weyers Cave': [38.29, -78.91], 'Buena Vista': [37.73, -79.35], 'Natural Bridge': [37.63, -79.54] }
	},
	{
		genre: 'local',
		text: "Girls' basketball. Tuesday's scores: Solon 58, Mount Vernon 44; Marion 61, Independence 39; Anamosa 47, Monticello 45 (OT); Center Point 52, Vinton 40; West Branch 55, Tipton 31; Lisbon 49, Springville 38; Wapsie Valley 60, Dunkerton 22. Friday: Solon at Marion; Mount Vernon at Anamosa; Lisbon hosts Durant.",
		gold: { Solon: [41.81, -91.49], 'Mount Vernon': [41.92, -91.42], Marion: [42.03, -91.6], Independence: [42.47, -91.89], Anamosa: [42.11, -91.29], Monticello: [42.24, -91.19], 'Center Point': [42.19, -91.79], Vinton: [42.17, -92.02], 'West Branch': [41.67, -91.35], Tipton: [41.77, -91.13], Lisbon: [41.92, -91.39], Springville: [42.06, -91.44], Dunkerton: [42.57, -92.16], Durant: [41.6, -90.91] },
		notPlaces: ['Wapsie Valley']
	},
	{
		genre: 'local',
		text: "Church notes. FREDERICKSBURG — St. Mary's holds its Christmas bazaar Saturday; proceeds go to the parish's sister church in Comayagua, Honduras. Zion Lutheran's choir sings at Stonewall and at Comfort on Sunday. The Methodist youth leave for a mission week in Tegucigalpa on Jan. 3, flying from San Antonio. Bethany Lutheran in Harper hosts a supper for families from Kerrville, Doss and Cherry Spring.",
		gold: { FREDERICKSBURG: [30.27, -98.87], Comayagua: [14.45, -87.64], Honduras: [15, -86.5], Stonewall: [30.24, -98.66], Comfort: [29.97, -98.91], Tegucigalpa: [14.08, -87.21], 'San Antonio': [29.42, -98.49], Harper: [30.3, -99.24], Kerrville: [30.05, -99.14], Doss: [30.45, -99.13], 'Cherry Spring': [30.48, -99] },
		notPlaces: ["St. Mary's", 'Zion', 'Bethany']
	},
	{
		genre: 'local',
		text: "Farm report. GREENWOOD — The cotton harvest in the south Delta is 92 percent done, the extension office says; gins in Itta Bena, Indianola and Ruleville ran through the weekend. Soybean yields near Belzoni and Yazoo City averaged 55 bushels. Low water on the Mississippi has raised barge rates at Greenville and Rosedale, and some growers are trucking grain to Memphis instead.",
		gold: { GREENWOOD: [33.52, -90.18], 'Itta Bena': [33.49, -90.32], Indianola: [33.45, -90.66], Ruleville: [33.73, -90.55], Belzoni: [33.18, -90.49], 'Yazoo City': [32.86, -90.41], Mississippi: [33.5, -91.1], Greenville: [33.41, -91.06], Rosedale: [33.85, -91.03], Memphis: [35.15, -90.05] }
	},
	{
		genre: 'local',
		text: "Fair results. WOOSTER — Wayne County Fair champions: market steer, Grace Yoder of Orrville; market hog, Tanner Hostetler of Rittman; dairy showmanship, Ella Miller of Smithville; sheep, Owen Kline of Shreve; goats, Lily Zimmerman of Dalton; rabbits, a Kidron 4-H club. The sale grossed $1.1 million, with buyers from Apple Creek, Creston and Sterling, and a feed mill in Mount Eaton bought the champion lamb.",
		gold: { WOOSTER: [40.81, -81.94], 'Wayne County': [40.83, -81.89], Orrville: [40.84, -81.76], Rittman: [40.98, -81.78], Smithville: [40.86, -81.86], Shreve: [40.68, -81.99], Dalton: [40.8, -81.7], Kidron: [40.74, -81.75], 'Apple Creek': [40.75, -81.84], Creston: [40.99, -81.89], Sterling: [40.96, -81.85], 'Mount Eaton': [40.69, -81.7] },
		notPlaces: ['Grace Yoder', 'Tanner Hostetler', 'Ella Miller', 'Owen Kline', 'Lily Zimmerman']
	},
	{
		genre: 'local',
		text: "Sheriff's log. ROCKFORD — Tuesday: a car broken into at a boat launch in Plainfield Township; a hit-and-run on 10 Mile Road in Algoma Township; a trailer stolen from a farm outside Sparta and found later in Greenville. Wednesday: a Cedar Springs man arrested on a Newaygo County warrant; a Lowell woman reported a caller who claimed to be from a bank in Grand Rapids. Thursday: deputies helped Ionia County end a chase in Belding.",
		gold: { ROCKFORD: [43.12, -85.56], 'Plainfield Township': [43.05, -85.63], 'Algoma Township': [43.17, -85.6], Sparta: [43.16, -85.71], Greenville: [43.18, -85.25], 'Cedar Springs': [43.22, -85.55], 'Newaygo County': [43.55, -85.8], Lowell: [42.93, -85.34], 'Grand Rapids': [42.96, -85.67], 'Ionia County': [42.94, -85.07], Belding: [43.1, -85.23] }
	},
	{
		genre: 'local',
		text: "Obituaries. TOLEDO — Raymond J. Kowalski, 88, of Sylvania died Dec. 1. A Navy man, he served at the air station in Rota, Spain, where he met his wife, a teacher from Cádiz; they visited Toledo, Spain, and her family in Jerez every other summer. Back home he worked 30 years at the Jeep plant and coached baseball in Maumee and Perrysburg. He leaves a daughter in Ann Arbor, a son in Findlay and a sister-in-law in Seville.",
		gold: { TOLEDO: [41.66, -83.56], Sylvania: [41.72, -83.71], Rota: [36.62, -6.36], Spain: [40, -4], 'Cádiz': [36.53, -6.29], Toledo: [39.86, -4.03], Jerez: [36.69, -6.14], Maumee: [41.56, -83.65], Perrysburg: [41.56, -83.63], 'Ann Arbor': [42.28, -83.74], Findlay: [41.04, -83.65], Seville: [37.39, -5.98] },
		notPlaces: ['Raymond J. Kowalski', 'Jeep']
	},
	{
		genre: 'local',
		text: "Letter. To the editor: Those of us in Paris, Norway and Oxford watched the Winter Olympics in Italy last February and cheered the skiers from Rumford and Bethel. Now the county wants to cut the ski club's bus to Sunday River. When I was a girl we skated on the pond in Norway and took the train from South Paris to Portland. — Martha Eames, Norway",
		gold: { Paris: [44.26, -70.5], Norway: [44.21, -70.54], Oxford: [44.13, -70.49], Italy: [42.8, 12.8], Rumford: [44.55, -70.55], Bethel: [44.4, -70.79], 'Sunday River': [44.47, -70.86], 'South Paris': [44.22, -70.51], Portland: [43.66, -70.26] },
		notPlaces: ['Martha Eames']
	},
	{
		genre: 'local',
		text: "Study abroad. ATHENS — Twenty-four university students flew from Atlanta to Athens on Sunday for a month of classes beneath the Acropolis, with side trips to Delphi and Olympia. Two come from Rome and two from Dublin, both in Georgia. They return through Frankfurt on Jan. 30 and resume classes here the next week.",
		gold: { ATHENS: [33.96, -83.38], Atlanta: [33.75, -84.39], Athens: [37.98, 23.73], Acropolis: [37.97, 23.73], Delphi: [38.48, 22.5], Olympia: [37.64, 21.63], Rome: [34.26, -85.16], Dublin: [32.54, -82.9], Georgia: [32.7, -83.4], Frankfurt: [50.11, 8.68] }
	},
	{
		genre: 'local',
		text: "Zoning board. HANOVER — The board approved a variance for a garage on Lyme Road and continued a hearing on student housing near the Lebanon line. Residents of Etna asked for a traffic study, and a developer from Concord withdrew plans for a car wash on Route 120. Members will tour a similar project in Norwich, across the river, on Jan. 8, and the planner reported on Enfield's new rules.",
		gold: { HANOVER: [43.7, -72.29], Lebanon: [43.64, -72.25], Etna: [43.69, -72.22], Concord: [43.21, -71.54], Norwich: [43.72, -72.31], Enfield: [43.64, -72.14] },
		notPlaces: ['Lyme Road']
	},
	{
		genre: 'local',
		text: "Fishing report. ISLE — Ice on Mille Lacs is 10 inches thick off Isle and Wahkon but only six near Garrison, so resorts there are keeping trucks off. Walleyes bite at dusk on the mud flats; perch are slow. On Gull Lake near Brainerd, anglers report crappies. The Onamia bait shop says fish houses from Aitkin, McGregor and the Twin Cities filled the access at Malmo.",
		gold: { ISLE: [46.14, -93.47], 'Mille Lacs': [46.23, -93.65], Isle: [46.14, -93.47], Wahkon: [46.12, -93.52], Garrison: [46.3, -93.83], 'Gull Lake': [46.43, -94.35], Brainerd: [46.36, -94.2], Onamia: [46.07, -93.67], Aitkin: [46.53, -93.71], McGregor: [46.61, -93.31], 'Twin Cities': [44.96, -93.2], Malmo: [46.33, -93.52] }
	},
	{
		genre: 'local',
		text: "Storm damage. CULLMAN — The weather service confirmed an EF2 tornado from near Holly Pond to Joppa in eastern Cullman County on Monday night and an EF1 near Hanceville. In Marshall County, roofs came off in Guntersville and Grant, and a mobile home was destroyed near Albertville. Blount County reported trees down in Oneonta and Cleveland. Shelters in Decatur and Huntsville stayed open overnight.",
		gold: { CULLMAN: [34.17, -86.84], 'Holly Pond': [34.17, -86.62], Joppa: [34.29, -86.55], 'Cullman County': [34.13, -86.87], Hanceville: [34.06, -86.77], 'Marshall County': [34.37, -86.31], Guntersville: [34.36, -86.29], Grant: [34.51, -86.25], Albertville: [34.27, -86.21], 'Blount County': [33.98, -86.57], Oneonta: [33.95, -86.47], Cleveland: [33.99, -86.58], Decatur: [34.61, -86.98], Huntsville: [34.73, -86.59] }
	},
	{
		genre: 'local',
		text: "Spelling bee. ESPAÑOLA — Winners of the two-county bee: first, Isabella Martinez of Chimayo Elementary; second, Diego Trujillo of Peñasco; third, a fifth grader from Questa. Spellers also came from Dixon, Abiquiu, El Rito and Velarde. Martinez goes on to the state bee in Albuquerque in March and, if she wins there, to Washington.",
		gold: { 'ESPAÑOLA': [35.99, -106.08], Chimayo: [35.99, -105.93], 'Peñasco': [36.17, -105.68], Questa: [36.7, -105.6], Dixon: [36.19, -105.88], Abiquiu: [36.2, -106.32], 'El Rito': [36.34, -106.19], Velarde: [36.16, -106.02], Albuquerque: [35.08, -106.65], Washington: [38.9, -77.04] },
		notPlaces: ['Isabella Martinez', 'Diego Trujillo', 'Martinez']
	},
	{
		genre: 'local',
		text: "Honor Flight. JOHNSTOWN — Eighty-six veterans flew from Johnstown to Washington on Saturday to see the memorials. The oldest, a 101-year-old from Ebensburg, served at Iwo Jima; others came from Windber, Portage, Berlin and Everett. A Marine from Carrolltown who fought at Hue in 1968 laid the wreath, and families met the plane back home with a band from Richland.",
		gold: { JOHNSTOWN: [40.33, -78.92], Johnstown: [40.33, -78.92], Washington: [38.9, -77.04], Ebensburg: [40.49, -78.72], 'Iwo Jima': [24.78, 141.32], Windber: [40.24, -78.83], Portage: [40.39, -78.67], Berlin: [39.92, -78.96], Everett: [40.01, -78.37], Carrolltown: [40.6, -78.71], Hue: [16.46, 107.59], Richland: [40.28, -78.85] }
	},
	{
		genre: 'local',
		text: "Air service. NORTH PLATTE — The Transportation Department picked a new carrier for the subsidized flights from North Platte, Kearney and Scottsbluff to Denver, starting March 1. McCook and Chadron lose their service; travelers there may drive to Lincoln or to Rapid City. Alliance's airport keeps its charter flights. Chamber leaders in Ogallala asked for a stop, saying ranchers now drive to Cheyenne.",
		gold: { 'NORTH PLATTE': [41.12, -100.77], 'North Platte': [41.12, -100.77], Kearney: [40.7, -99.08], Scottsbluff: [41.87, -103.67], Denver: [39.74, -104.99], McCook: [40.2, -100.63], Chadron: [42.83, -103], Lincoln: [40.81, -96.7], 'Rapid City': [44.08, -103.23], Alliance: [42.1, -102.87], Ogallala: [41.13, -101.72], Cheyenne: [41.14, -104.82] }
	},
	{
		genre: 'local',
		text: "Exchange students. DECORAH — Five students are spending the year at the high school: Lucas from Curitiba, Brazil; Mia from Hamburg; Haruto from Sendai, Japan; Ploy from Chiang Mai, Thailand; and Marta from Valencia, Spain. They have toured Spillville's museum and a dairy near Cresco, and in spring they visit Minneapolis and Chicago with host families from Calmar and Ossian.",
		gold: { DECORAH: [43.3, -91.79], Curitiba: [-25.43, -49.27], Brazil: [-10, -55], Hamburg: [53.55, 9.99], Sendai: [38.27, 140.87], Japan: [36, 138], 'Chiang Mai': [18.79, 98.98], Thailand: [15, 101], Valencia: [39.47, -0.38], Spain: [40, -4], Spillville: [43.21, -91.95], Cresco: [43.38, -92.11], Minneapolis: [44.98, -93.27], Chicago: [41.88, -87.63], Calmar: [43.18, -91.87], Ossian: [43.15, -91.76] },
		notPlaces: ['Lucas', 'Mia', 'Haruto', 'Ploy', 'Marta']
	},
	{
		genre: 'local',
		text: "Boil-water advisory. PIKEVILLE — After a main broke under U.S. 23, the water district asks customers in Coal Run and Elkhorn City to boil water until Thursday. Lines to Belfry and Phelps are not affected. Bottled water is handed out at the fire stations in Virgie and Robinson Creek, and a tanker from Prestonsburg is parked at the Pikeville hospital.",
		gold: { PIKEVILLE: [37.48, -82.52], 'Coal Run': [37.51, -82.56], 'Elkhorn City': [37.3, -82.35], Belfry: [37.62, -82.27], Phelps: [37.52, -82.16], Virgie: [37.34, -82.58], 'Robinson Creek': [37.33, -82.59], Prestonsburg: [37.67, -82.77], Pikeville: [37.48, -82.52] }
	},
	{
		genre: 'local',
		text: "River notes. DUBUQUE — The Corps of Engineers will close Lock and Dam 11 for repairs from Dec. 15, ending the barge season on the upper Mississippi a week early. Tows bound for St. Paul already turned back at Guttenberg and McGregor. The Galena and Bellevue marinas have pulled their docks, the Cassville ferry across to Wisconsin quit for the winter, and eagle watchers are gathering below the lock in Clinton.",
		gold: { DUBUQUE: [42.5, -90.66], Mississippi: [42.5, -90.64], 'St. Paul': [44.95, -93.09], Guttenberg: [42.79, -91.1], McGregor: [43.02, -91.18], Galena: [42.42, -90.43], Bellevue: [42.26, -90.42], Cassville: [42.71, -90.99], Wisconsin: [44.5, -89.5], Clinton: [41.84, -90.19] }
	},
	{
		genre: 'local',
		text: "Rotary. AUGUSTA — Rotarians from Hallowell, Gardiner and Winthrop heard a talk Tuesday by a college student who spent the fall in Lyon during the strikes and street protests in France. Next week: the sheriff on the new jail in Belfast, and slides of a bicycle trip from Bath to Camden.",
		gold: { AUGUSTA: [44.31, -69.78], Hallowell: [44.29, -69.79], Gardiner: [44.23, -69.78], Winthrop: [44.31, -69.98], Lyon: [45.76, 4.84], France: [46.5, 2.5], Belfast: [44.43, -69.01], Bath: [43.91, -69.82], Camden: [44.21, -69.06] }
	}
];

export const HELD_OUT_US_LOCAL_S47_B: GenreText[] = [
	{
		genre: 'local',
		text: "Around the region. NOME — Flights resumed Monday to Shishmaref, Wales and Teller after fog kept planes on the ground for four days. On St. Lawrence Island, hunters from Gambell and Savoonga landed two bowhead whales. The district wrestling tournament moved from Unalakleet to Nome because of weather, with teams from Koyuk, Elim and Golovin. A fuel barge bound for Kotzebue turned back at Point Hope.",
		gold: { NOME: [64.5, -165.41], Shishmaref: [66.26, -166.07], Wales: [65.61, -168.09], Teller: [65.26, -166.36], 'St. Lawrence Island': [63.4, -170.3], Gambell: [63.78, -171.74], Savoonga: [63.69, -170.48], Unalakleet: [63.87, -160.79], Nome: [64.5, -165.41], Koyuk: [64.93, -161.16], Elim: [64.62, -162.26], Golovin: [64.54, -163.03], Kotzebue: [66.9, -162.6], 'Point Hope': [68.35, -166.76] }
	},
	{
		genre: 'local',
		text: "Water notice. WAILUKU — The county water department asks upcountry customers in Kula, Pukalani and Makawao to cut their use by a tenth while a treatment plant is repaired. Lahaina's temporary system again serves the Kaanapali hotels. On Kauai, the water board lifted the boil order for Hanalei and Princeville, but Waimea and Kekaha stay under it until tests from the Lihue lab come back. Crews from Kahului flew over to help.",
		gold: { WAILUKU: [20.89, -156.5], Kula: [20.79, -156.33], Pukalani: [20.84, -156.34], Makawao: [20.86, -156.31], Lahaina: [20.88, -156.68], Kaanapali: [20.93, -156.69], Kauai: [22.05, -159.5], Hanalei: [22.2, -159.5], Princeville: [22.22, -159.48], Waimea: [21.96, -159.67], Kekaha: [21.97, -159.72], Lihue: [21.98, -159.37], Kahului: [20.89, -156.47] }
	},
	{
		genre: 'local',
		text: "Island briefs. HAGÅTÑA — Guam's power authority restored service to Dededo and Yigo by Sunday evening; parts of Talofofo and Inarajan in the south stay dark. The airline added a flight to Saipan and resumed service to Manila and Tokyo. In the Commonwealth, the ferry between Saipan and Tinian runs again, and Rota's airport reopened. Relief supplies came from Honolulu and from the Navy base at Yokosuka.",
		gold: { 'HAGÅTÑA': [13.48, 144.75], Guam: [13.44, 144.79], Dededo: [13.52, 144.84], Yigo: [13.54, 144.89], Talofofo: [13.36, 144.76], Inarajan: [13.27, 144.75], Saipan: [15.19, 145.75], Manila: [14.6, 120.98], Tokyo: [35.69, 139.69], Tinian: [15, 145.63], Rota: [14.15, 145.2], Honolulu: [21.31, -157.86], Yokosuka: [35.28, 139.67] }
	},
	{
		genre: 'local',
		text: "Snow day list. MARQUETTE — Closed Tuesday: Negaunee, Ishpeming, Gwinn, Munising, Republic and Big Bay. Two hours late: Escanaba, Gladstone, Manistique and Rapid River. The university cancels morning classes. In Wisconsin, Florence and Niagara schools are closed; Iron Mountain and Norway hold classes.",
		gold: { MARQUETTE: [46.54, -87.4], Negaunee: [46.5, -87.61], Ishpeming: [46.49, -87.67], Gwinn: [46.28, -87.44], Munising: [46.41, -86.65], Republic: [46.37, -87.99], 'Big Bay': [46.82, -87.73], Escanaba: [45.75, -87.06], Gladstone: [45.85, -87.02], Manistique: [45.96, -86.25], 'Rapid River': [45.93, -86.96], Wisconsin: [44.5, -89.5], Florence: [45.92, -88.25], Niagara: [45.77, -88], 'Iron Mountain': [45.82, -88.07], Norway: [45.79, -87.9] }
	},
	{
		genre: 'local',
		text: "Bookmobile. MONTPELIER — The library's van adds stops this winter: Mondays in Berlin at the town office and in Northfield; Tuesdays in Calais, Worcester and Middlesex; Thursdays in Marshfield and Plainfield. Barre's library takes the Williamstown and Orange routes. Books on loan from Burlington and Rutland arrive on Fridays.",
		gold: { MONTPELIER: [44.26, -72.58], Berlin: [44.21, -72.58], Northfield: [44.15, -72.66], Calais: [44.37, -72.49], Worcester: [44.37, -72.55], Middlesex: [44.29, -72.68], Marshfield: [44.35, -72.35], Plainfield: [44.28, -72.43], Barre: [44.2, -72.5], Williamstown: [44.12, -72.54], Orange: [44.18, -72.41], Burlington: [44.48, -73.21], Rutland: [43.61, -72.97] }
	},
	{
		genre: 'local',
		text: "Evacuations. ESTES PARK — Mandatory evacuations were lifted Sunday for Drake and Glen Haven, and residents of Allenspark may return with identification. Pinewood Springs remains closed. Highway 34 through the canyon to Loveland reopened; Highway 36 to Lyons stays closed. The shelter moved from the Longmont fairgrounds to a church in Berthoud. Smoke drifted over Boulder, Greeley and as far as Cheyenne.",
		gold: { 'ESTES PARK': [40.38, -105.52], Drake: [40.43, -105.34], 'Glen Haven': [40.45, -105.45], Allenspark: [40.19, -105.53], 'Pinewood Springs': [40.28, -105.3], Loveland: [40.4, -105.07], Lyons: [40.22, -105.27], Longmont: [40.17, -105.1], Berthoud: [40.31, -105.08], Boulder: [40.01, -105.27], Greeley: [40.42, -104.71], Cheyenne: [41.14, -104.82] }
	},
	{
		genre: 'local',
		text: "Storm aftermath. MANTEO — Dare County reopened N.C. 12 to Hatteras village Friday; ocean overwash still covers the road at Rodanthe at high tide. In Hyde County, Swan Quarter and Engelhard took the worst of the sound-side flooding, and the Ocracoke ferry runs from Swan Quarter only. Belhaven and Washington, in Beaufort County, had water in downtown stores. Power crews came from Raleigh and from as far as Ohio.",
		gold: { MANTEO: [35.91, -75.68], 'Dare County': [35.79, -75.74], Hatteras: [35.22, -75.69], Rodanthe: [35.59, -75.47], 'Hyde County': [35.41, -76.15], 'Swan Quarter': [35.41, -76.33], Engelhard: [35.51, -76], Ocracoke: [35.11, -75.98], Belhaven: [35.54, -76.62], Washington: [35.55, -77.05], 'Beaufort County': [35.48, -76.84], Raleigh: [35.78, -78.64], Ohio: [40.3, -82.8] }
	},
	{
		genre: 'local',
		text: "Sentencing. TEXARKANA — In federal court here: a De Queen, Ark., man, 33, got eight years for smuggling methamphetamine through Ashdown; a Paris, Texas, woman, 45, two years for stealing mail at the Clarksville post office; a Hope man, 28, four years for a gun found during a stop on Interstate 30 near Prescott; and a Shreveport man, 52, six years for a scheme that cheated farmers around Nashville and Murfreesboro, Ark. Two Atlanta, Texas, brothers await sentencing.",
		gold: { TEXARKANA: [33.43, -94.05], 'De Queen': [34.04, -94.34], Ashdown: [33.67, -94.13], Paris: [33.66, -95.56], Texas: [31, -99], Clarksville: [33.61, -95.05], Hope: [33.67, -93.59], Prescott: [33.8, -93.38], Shreveport: [32.52, -93.75], Nashville: [33.95, -93.85], Murfreesboro: [34.06, -93.69], Atlanta: [33.11, -94.16] }
	},
	{
		genre: 'local',
		text: "Travel advisory. BISMARCK — Interstate 94 is closed from Jamestown to Fargo after a pileup near Valley City; westbound traffic must leave at Medina or Steele. West of here the interstate is open but icy from Mandan to Dickinson, with drifting near Glen Ullin and Hebron. U.S. 83 north to Minot is no-travel until noon. Truckers stranded in Moorhead and Fergus Falls should wait for the Minnesota side to reopen.",
		gold: { BISMARCK: [46.81, -100.78], Jamestown: [46.91, -98.71], Fargo: [46.88, -96.79], 'Valley City': [46.92, -98], Medina: [46.89, -99.3], Steele: [46.86, -99.92], Mandan: [46.83, -100.89], Dickinson: [46.88, -102.79], 'Glen Ullin': [46.81, -101.83], Hebron: [46.9, -102.05], Minot: [48.23, -101.3], Moorhead: [46.87, -96.77], 'Fergus Falls': [46.28, -96.08], Minnesota: [46.3, -94.3] }
	},
	{
		genre: 'local',
		text: "Playoff scores. Class AA: Bluefield 35, Oak Hill 14; Point Pleasant 28, Sissonville 21; Logan 21, Chapmanville 20; Keyser 42, Petersburg 7. Class A: Williamstown 27, St. Marys 10; Madonna 31, Cameron 0; Ritchie County 24, Tolsia 18. Semifinals are Friday at Bluefield, Point Pleasant and Williamstown; the finals are in Wheeling.",
		gold: { Bluefield: [37.27, -81.22], 'Oak Hill': [37.97, -81.15], 'Point Pleasant': [38.84, -82.14], Sissonville: [38.53, -81.63], Logan: [37.85, -81.99], Chapmanville: [37.97, -82.02], Keyser: [39.44, -78.98], Petersburg: [38.99, -79.12], Williamstown: [39.4, -81.45], 'St. Marys': [39.39, -81.2], Cameron: [39.83, -80.57], 'Ritchie County': [39.18, -81.06], Wheeling: [40.06, -80.72] },
		notPlaces: ['Madonna', 'Tolsia']
	},
	{
		genre: 'local',
		text: "Church and club notes. FERGUS FALLS — Bethlehem Lutheran's quilters shipped 212 quilts this fall to a hospital in Arusha, Tanzania, where the congregation's nurse, Ingrid Dahl, serves. The Sons of Norway lodge meets Tuesday; a speaker will show slides of Bergen and the fjords near Stavanger. Churches in Pelican Rapids and Battle Lake share a Christmas concert at Elizabeth on Dec. 14, and the Underwood Lions collect coats for families in Wadena and Perham.",
		gold: { 'FERGUS FALLS': [46.28, -96.08], Arusha: [-3.37, 36.68], Tanzania: [-6.4, 34.9], Bergen: [60.39, 5.32], Stavanger: [58.97, 5.73], 'Pelican Rapids': [46.57, -96.08], 'Battle Lake': [46.28, -95.71], Elizabeth: [46.38, -96.13], Underwood: [46.28, -95.87], Wadena: [46.44, -95.14], Perham: [46.59, -95.57] },
		notPlaces: ['Ingrid Dahl', 'Bethlehem', 'Sons of Norway']
	},
	{
		genre: 'local',
		text: "Harvest. PRESQUE ISLE — Aroostook County growers finished digging Oct. 9, two days before the school harvest break ended. Yields around Mars Hill and Fort Fairfield ran 320 hundredweight an acre; farms near Caribou and Washburn did worse after the dry July. Buyers from Houlton and from across the border in Grand Falls, New Brunswick, paid $11. The potato board meets in Bangor next month; a tour of farms at Madawaska and Fort Kent is set for spring.",
		gold: { 'PRESQUE ISLE': [46.68, -68.02], 'Aroostook County': [46.66, -68.6], 'Mars Hill': [46.51, -67.86], 'Fort Fairfield': [46.77, -67.83], Caribou: [46.86, -68.01], Washburn: [46.79, -68.16], Houlton: [46.13, -67.84], 'Grand Falls': [47.05, -67.74], 'New Brunswick': [46.5, -66.2], Bangor: [44.8, -68.77], Madawaska: [47.36, -68.33], 'Fort Kent': [47.26, -68.59] }
	},
	{
		genre: 'local',
		text: "County fair. COUNCIL GROVE — Morris County 4-H grand champions: beef, Jaxon Riggs of Dwight; swine, Addie Wells of White City; sheep, Brooke Parks of Alta Vista; poultry, a Wilsey club. Visitors came from Emporia, Herington and Junction City, and the fair board thanked a Cottonwood Falls bank and a Burlingame grain company for buying at the sale.",
		gold: { 'COUNCIL GROVE': [38.66, -96.49], 'Morris County': [38.69, -96.65], Dwight: [38.84, -96.59], 'White City': [38.79, -96.73], 'Alta Vista': [38.86, -96.49], Wilsey: [38.64, -96.68], Emporia: [38.4, -96.18], Herington: [38.67, -96.94], 'Junction City': [39.03, -96.83], 'Cottonwood Falls': [38.37, -96.54], Burlingame: [38.75, -95.83] },
		notPlaces: ['Jaxon Riggs', 'Addie Wells', 'Wells', 'Brooke Parks']
	},
	{
		genre: 'local',
		text: "Police log. OBERLIN — Amherst police took a report of a stolen catalytic converter on Milan Avenue; Wellington officers arrested a Grafton man on a Medina County warrant; a LaGrange woman said a caller claiming to be from the Elyria water department asked for her card number. In Columbia Township, deputies found a truck stolen in Vermilion. A Lorain man was charged with robbing a Sheffield Lake gas station.",
		gold: { OBERLIN: [41.29, -82.22], Amherst: [41.4, -82.22], Wellington: [41.17, -82.22], Grafton: [41.27, -82.05], 'Medina County': [41.12, -81.9], LaGrange: [41.24, -82.12], Elyria: [41.37, -82.11], 'Columbia Township': [41.31, -81.93], Vermilion: [41.42, -82.36], Lorain: [41.45, -82.18], 'Sheffield Lake': [41.49, -82.1] },
		notPlaces: ['Milan Avenue', 'Milan']
	},
	{
		genre: 'local',
		text: "Obituaries. NAPLES — Giuseppe Esposito, 93, died Nov. 30 at home. Born in Naples, Italy, he sailed to New York in 1951 and ran a bakery in Paterson, N.J., for 40 years before retiring here in 1992. He went back to Naples every spring to see his sisters in Pozzuoli and Sorrento. He leaves sons in Fort Myers and Bonita Springs and a granddaughter on Marco Island.",
		gold: { NAPLES: [26.14, -81.79], Naples: [40.85, 14.27], Italy: [42.8, 12.8], 'New York': [40.71, -74.01], Paterson: [40.92, -74.17], Pozzuoli: [40.82, 14.12], Sorrento: [40.63, 14.38], 'Fort Myers': [26.64, -81.87], 'Bonita Springs': [26.34, -81.78], 'Marco Island': [25.94, -81.72] },
		notPlaces: ['Giuseppe Esposito']
	},
	{
		genre: 'local',
		text: "Letter. To the editor: My father helped build the paper mill's new machine in Berlin the year the wall came down in Germany, and he said the town felt the change too. Now Gorham and Milan want the county to close the Berlin road garage. I drove from Errol to Lancaster last week and counted 40 potholes. — Rene Morin, Milan",
		gold: { Berlin: [44.47, -71.19], Germany: [51, 10], Gorham: [44.39, -71.17], Milan: [44.57, -71.19], Errol: [44.78, -71.14], Lancaster: [44.49, -71.57] },
		notPlaces: ['Rene Morin']
	},
	{
		genre: 'local',
		text: "Exchange trip. LEXINGTON — Thirty Lafayette High School students flew from Lexington to London on Friday for a week with their exchange partners in Oxford and Cambridge, then a day in Paris by train. The group returns through Chicago. Next fall, students from Oxford visit Frankfort, Louisville and the horse farms around Versailles.",
		gold: { LEXINGTON: [38.04, -84.5], Lexington: [38.04, -84.5], London: [51.51, -0.13], Oxford: [51.75, -1.26], Cambridge: [52.2, 0.12], Paris: [48.86, 2.35], Chicago: [41.88, -87.63], Frankfort: [38.2, -84.87], Louisville: [38.25, -85.76], Versailles: [38.05, -84.73] },
		notPlaces: ['Lafayette High School', 'Lafayette']
	},
	{
		genre: 'local',
		text: "Planning and zoning. COLCHESTER — The commission approved a solar farm off Route 16 near the Lebanon town line and denied a gravel pit on the Hebron side. A Marlborough builder won approval for 12 homes; neighbors from East Haddam and Salem asked for a buffer. The commission's lawyer, from Norwich, said an appeal would go to the court in Hartford, and a similar case from Windham is pending in New London.",
		gold: { COLCHESTER: [41.58, -72.33], Lebanon: [41.64, -72.22], Hebron: [41.66, -72.37], Marlborough: [41.63, -72.46], 'East Haddam': [41.45, -72.46], Salem: [41.49, -72.28], Norwich: [41.52, -72.08], Hartford: [41.76, -72.68], Windham: [41.71, -72.16], 'New London': [41.36, -72.1] }
	},
	{
		genre: 'local',
		text: "Sturgeon season. FOND DU LAC — Spearers registered 412 fish on opening weekend on Lake Winnebago, most at the stations in Stockbridge, Brothertown and Oshkosh. The biggest, 142 pounds, came from a shanty off Calumetville. On the upriver lakes, Poygan and Butte des Morts, the water was murky. Fans from Chilton, Appleton and as far as Green Bay and Milwaukee lined the shore at Pipe.",
		gold: { 'FOND DU LAC': [43.77, -88.45], 'Lake Winnebago': [44, -88.42], Stockbridge: [44.07, -88.31], Brothertown: [43.97, -88.31], Oshkosh: [44.02, -88.54], Calumetville: [43.9, -88.3], Poygan: [44.15, -88.83], 'Butte des Morts': [44.08, -88.65], Chilton: [44.03, -88.16], Appleton: [44.26, -88.42], 'Green Bay': [44.51, -88.01], Milwaukee: [43.04, -87.91], Pipe: [43.88, -88.33] }
	},
	{
		genre: 'local',
		text: "Tornado. SHAWNEE — Pottawatomie County emergency managers counted 60 damaged homes from Sunday's tornado, which touched down west of Tecumseh and lifted near McLoud. Wanette and Asher had hail. In Seminole County, Wewoka's hospital lost power and the school gym in Konawa was damaged. Crews from Ada and Prague helped clear roads, and a shelter opened at a church in Harrah.",
		gold: { SHAWNEE: [35.33, -96.93], 'Pottawatomie County': [35.21, -96.95], Tecumseh: [35.26, -96.94], McLoud: [35.44, -97.09], Wanette: [34.96, -97.03], Asher: [34.99, -96.93], 'Seminole County': [35.17, -96.62], Wewoka: [35.16, -96.49], Konawa: [34.96, -96.75], Ada: [34.77, -96.68], Prague: [35.49, -96.68], Harrah: [35.49, -97.16] }
	},
	{
		genre: 'local',
		text: "Honor roll. SHOW LOW — Students named to the honor society this fall come from Show Low, Pinetop-Lakeside, Snowflake, Taylor and Heber, with two from Holbrook and one from Concho. The group visits the Petrified Forest in January and the Navajo capital at Window Rock in April. Scholarships from a Winslow bank and from the electric cooperative in St. Johns were also awarded.",
		gold: { 'SHOW LOW': [34.25, -110.03], 'Show Low': [34.25, -110.03], 'Pinetop-Lakeside': [34.14, -109.96], Snowflake: [34.51, -110.08], Taylor: [34.47, -110.09], Heber: [34.43, -110.59], Holbrook: [34.9, -110.16], Concho: [34.48, -109.6], 'Petrified Forest': [34.91, -109.81], 'Window Rock': [35.68, -109.05], Winslow: [35.02, -110.7], 'St. Johns': [34.51, -109.36] }
	},
	{
		genre: 'local',
		text: "Honor Flight. ASHEVILLE — Veterans from Marshall, Weaverville, Canton and Waynesville flew to Washington on Tuesday. Among them were a Navy corpsman from Burnsville who served at Da Nang, an Army veteran from Hendersonville who fought in Korea, and a sailor from Brevard who was at Pearl Harbor. Bands from Black Mountain and Old Fort met them at the airport.",
		gold: { ASHEVILLE: [35.6, -82.55], Marshall: [35.8, -82.68], Weaverville: [35.7, -82.56], Canton: [35.53, -82.84], Waynesville: [35.49, -82.99], Washington: [38.9, -77.04], Burnsville: [35.92, -82.3], 'Da Nang': [16.05, 108.2], Hendersonville: [35.32, -82.46], Korea: [37.5, 127.5], Brevard: [35.23, -82.73], 'Pearl Harbor': [21.35, -157.97], 'Black Mountain': [35.62, -82.32], 'Old Fort': [35.63, -82.18] }
	},
	{
		genre: 'local',
		text: "Air service. BRADFORD — The regional airport's flights to Pittsburgh resume Monday after the carrier hired pilots. DuBois and Franklin keep their flights to Dulles; Lancaster and Altoona lost theirs in the fall. Travelers from Olean, Salamanca and Warren are expected to fly from here again instead of driving to Buffalo or Erie.",
		gold: { BRADFORD: [41.96, -78.64], Pittsburgh: [40.44, -80], DuBois: [41.12, -78.76], Franklin: [41.4, -79.83], Dulles: [38.95, -77.45], Lancaster: [40.04, -76.31], Altoona: [40.52, -78.4], Olean: [42.08, -78.43], Salamanca: [42.16, -78.71], Warren: [41.84, -79.15], Buffalo: [42.89, -78.88], Erie: [42.13, -80.09] }
	},
	{
		genre: 'local',
		text: "Exchange students. HUTCHINSON — Rotary's exchange students this year: Giulia from Bologna, Italy; Frederik from Aarhus, Denmark; Sofía from Monterrey, Mexico; Min-jun from Daegu, South Korea; and Ingrid from Tromsø, Norway. Host families live in Hutchinson, Nickerson, Buhler and Haven. In January the group visits Wichita's air museum, and in spring Dodge City and Lindsborg.",
		gold: { HUTCHINSON: [38.06, -97.93], Bologna: [44.49, 11.34], Italy: [42.8, 12.8], Aarhus: [56.16, 10.2], Denmark: [56, 10], Monterrey: [25.69, -100.32], Mexico: [23.6, -102.5], Daegu: [35.87, 128.6], 'South Korea': [36.5, 127.9], 'Tromsø': [69.65, 18.96], Norway: [62, 10], Hutchinson: [38.06, -97.93], Nickerson: [38.15, -98.09], Buhler: [38.13, -97.77], Haven: [37.9, -97.78], Wichita: [37.69, -97.34], 'Dodge City': [37.75, -100.02], Lindsborg: [38.57, -97.67] },
		notPlaces: ['Giulia', 'Frederik', 'Sofía', 'Min-jun', 'Ingrid']
	},
	{
		genre: 'local',
		text: "Water notice. ALPINE — The city lifted its boil order Tuesday; Marathon's remains in place after a pump failed. Customers in Fort Davis and Valentine are not affected. The county utility warns of low pressure in Presidio and Shafter, and Terlingua residents who haul water from Study Butte should expect lines. State crews came from Midland and El Paso.",
		gold: { ALPINE: [30.36, -103.66], Marathon: [30.21, -103.24], 'Fort Davis': [30.59, -103.89], Valentine: [30.59, -104.5], Presidio: [29.56, -104.37], Shafter: [29.82, -104.3], Terlingua: [29.32, -103.62], 'Study Butte': [29.33, -103.53], Midland: [32, -102.08], 'El Paso': [31.76, -106.49] }
	},
	{
		genre: 'local',
		text: "River notes. MARIETTA — The Ohio crested at 38 feet Tuesday, three feet over flood stage, and covered the riverfront park. Downstream, Parkersburg closed its floodwall gates and Belpre's marina is under water. Upriver at New Martinsville and Sistersville the ferry stopped, and the Muskingum backed up into Lowell and Beverly.",
		gold: { MARIETTA: [39.42, -81.45], Ohio: [39.4, -81.47], Parkersburg: [39.27, -81.56], Belpre: [39.27, -81.57], 'New Martinsville': [39.64, -80.86], Sistersville: [39.56, -81], Muskingum: [39.5, -81.6], Lowell: [39.53, -81.51], Beverly: [39.55, -81.64] }
	},
	{
		genre: 'local',
		text: "Garden club. ROCKPORT — Members heard Ellen Pratt describe last summer's floods in Germany, which ruined the gardens she toured near Dresden. The December greens sale is at the Hope grange; wreaths go to shut-ins in Lincolnville, Union and Warren. Next month: orchids, with a grower from Belfast.",
		gold: { ROCKPORT: [44.19, -69.08], Germany: [51, 10], Dresden: [51.05, 13.74], Hope: [44.27, -69.16], Lincolnville: [44.28, -69.01], Union: [44.21, -69.27], Warren: [44.12, -69.24], Belfast: [44.43, -69.01] },
		notPlaces: ['Ellen Pratt']
	}
];

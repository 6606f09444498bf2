// US local news written for session 52 (none copied from anywhere) and scored BEFORE any change was tuned on them:
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s52` (issue #10: hidden US local news at Acc@161
// 0.73, F1 0.78 wanted). Twenty shapes the earlier batches lack, one text of each in both halves, each half from a
// different region: hospital notes with patients' towns (Smith County, KS: Kensington, Lebanon, Athol, Gaylord, Agra;
// Nuckolls County, NE: Hardy, Nelson, Superior, Ruskin, Hebron), rural correspondents' columns (Searcy County, AR:
// Snowball, Witts Springs, Leslie, St. Joe, Marshall; Clay County, KY: Burning Springs, Big Creek, Hima, Oneida,
// Manchester, London), polling places (Caledonia County, VT: Danville, Groton, Walden, Waterford, Burke, Sheffield,
// Sutton; Mercer County, ND: Beulah, Stanton, Zap, Center, Hebron), fire and EMS runs (Clearfield County, PA:
// Grampian, Mahaffey, Lumber City, DuBois; Athens County, OH: Albany, Chauncey, The Plains, Jacksonville, Athens),
// trapshoot and golf results by town (Douglas County, MN: Alexandria, Brandon, Garfield, Evansville; northwest
// Oklahoma: Buffalo, Laverne, Fairview, Cherokee), winter road reports (I-80 in Wyoming: Arlington, Sinclair,
// Saratoga, Medicine Bow; the Idaho panhandle: Wallace, Kellogg, Naples, Athol), court filings (Avoyelles Parish:
// Bunkie, Evergreen, Alexandria, Lafayette; Deaf Smith County, TX: Hereford, Vega, Adrian, Canyon), graduates by home
// town (the Black Hills: Lead, Custer, Piedmont, Hot Springs, Sundance; Aroostook County: Caribou, Van Buren, Mars
// Hill, Limestone, Woodstock and Grand Falls, N.B.), spelling bees and band contests by school (south Georgia: Omega,
// Enigma, Sylvester, Ashburn; Dubois County, IN: Jasper, Holland, Ferdinand, Dale, Santa Claus, schools named Southridge and
// Forest Park), mosquito-spraying schedules (Ocean County, NJ: Tuckerton, Barnegat, Chatsworth; the Florida Panhandle:
// Freeport, Paxton, Vernon, Ponce de Leon), elk-license draws (the San Luis Valley: Center, Del Norte, Manassa; Elk
// County, PA: Kersey, Ridgway, Driftwood, Emporium, "Elk and Cameron counties"), card showers (southwest Iowa: Gravity,
// Prescott, Lenox, Bedford; Pike County, IL: Nebo, Barry, Perry, Hull), wildfire evacuation levels (Klamath County, OR:
// Bly, Beatty, Crescent, Gilchrist; Siskiyou County, CA: Weed, Etna, Happy Camp), senior-center bus trips (the
// Potomac Highlands: Petersburg, Franklin, Romney; the Upper Cumberland to the Smokies: Sparta, Townsend), new business
// licenses (Shenandoah County, VA: Woodstock, Edinburg, Strasburg, New Market; Door County, WI: Ephraim, Brussels, Egg
// Harbor, "southern Door"), track qualifiers by school (the North Carolina coast: Jacksonville, Newport, Beaufort,
// Plymouth, Columbia; southern Utah: Beaver, Delta, Fillmore, Monroe, Enterprise), ferry notices (Puget Sound:
// Fauntleroy, Southworth, Tahlequah; the Outer Banks and sounds: Aurora, Bayview, Swan Quarter, Fort Fisher), county
// commission minutes (Republic County, KS: Cuba, Agenda, Republic, Scandia; Alcona County, MI: Lincoln, Spruce,
// Mikado, Black River), Little League tournaments with co-op teams ("Clifton-Morenci", "Willcox-Bowie", Pima, Solomon;
// "Allegany-Limestone", "Bolivar-Richburg", "Cuba-Rushford", Friendship, Belfast) and foreign exchange students by
// host school ("Osseo-Fairchild", "Blair-Taylor", "Eleva-Strum", Independence, Arcadia with students from Valencia,
// Bergen, Sendai; "Potter and Tioga counties", Mansfield, Westfield, Genesee, Ulysses with students from Córdoba,
// Argentina, and Hamilton, New Zealand). People carry surnames and given names that are nearby places (Mankato, Faith,
// Murdo, Philip, Crestone, Jewell, Hennessey, Tipton, Watonga, Ashland, Easton, Monticello, Renovo, Austin, Milton,
// Kinderhook, Ossineke, Nephi, Lyman) and given names the name lexicons may lack (Amari, Tyree, Jaylen, Kaden, Jace,
// Marlys, Ione, Walter); they are kept in notPlaces, and no person shares a name with a graded place of the same text.
// Gold points are the places' own coordinates: the state written from knowledge and the point picked from `gazette
// lookup NAME --country US` in that state (the entry matched by its own name); places the gazetteer lacks (Snowball,
// AR; Walden, Ryegate, Waterford, Burke and Wheelock, VT; Lumber City, PA; Arlington, WY; Pick City, ND; Burning
// Springs and Hima, KY; Fauntleroy, Point Defiance and Tahlequah, WA; Benezette and Sinnemahoning, PA; Mossy Head,
// FL; Swan Quarter, Bayview and Fort Fisher, NC; Woodstock and Grand Falls, N.B.; the named ranges, bays, valleys and
// forests) carry points from knowledge. A school, hospital or building named for its town is the town; each town of a
// hyphenated co-op team is graded at its own point; a bare county name before "counties" is the county. Half A is for
// tuning; half B stays held out. 20 texts a half; 254 gold names in A and 255 in B.
// Before any change (main 72d7ba5): A 199/207 within 161 km (0.961), 53 named places not mapped, 1 name of no place
// mapped; B 208/211 (0.986), 48 not mapped, 2. About a fifth of the gold is unmapped in both halves.
// After session 52's landed rule (second-given-names.ts: a second given-name list, @faker-js/faker's English names that
// are no place's own name, 719 of them: "Swansboro's Jaylen Ward", "Ocilla's Jaylen Brooks"; name-cues.ts: no couple
// reading after "of", "Kaden Lund of Brandon and Jace Olson"; main 110cf07): A 203/211 (0.962), 49 not mapped, 1 false
// (Swansboro, Havelock, Ocilla, Alapaha newly mapped); B, scored once at the end, 210/213 (0.986), 46 not mapped, 2
// false. A's wrong left: Leslie, AR (a ZIP town) as Michigan's, Ryegate, Waterford and Burke, VT, Lumber City, PA, and
// Arlington, WY (all missing) as far namesakes, Columbia, NC, among coastal NC towns as South Carolina's capital, Mill
// Creek as a town in another state; false: "the Valdez brothers". B's wrong: Woodstock, N.B. (missing) as Maine's,
// Scott Valley as Scotts Valley, CA, Enterprise, UT, as the other Utah Enterprise; false: "Northeast Dubois" and
// "South Sevier" (school names) as Dubois and Sevier. B's not mapped include Lawrence, Superior (hospital notes),
// Oneida, Manchester, Big Creek (KY column), Beulah, Stanton, Zap, Center (ND polling places in building names),
// Laverne, Cherokee (OK golf), Adrian, TX, Vernon and Mossy Head, FL, Driftwood, PA, Etna, CA, Beaver and Monroe, UT,
// Aurora, Cedar Island, Southport (NC ferry routes "Aurora-Bayview", "Southport-Fort Fisher"), Spruce, Glennie, Curran,
// Greenbush, Mikado, MI (commission minutes), Friendship, NY, "Potter and Tioga counties" (Potter) and "White County
// Senior Center"; A's: the Little League schedule ("Thatcher plays Pima", "Duncan meets", "Willcox-Bowie faces
// Solomon"), the ferry routes ("Fauntleroy-Vashon-Southworth", "Point Defiance-Tahlequah"), "Blair-Taylor",
// "Gale-Ettrick-Trempealeau", the Wyoming road report's Elk Mountain, Medicine Bow, Sinclair, Wamsutter, "of Lead",
// "of Center", "near Gravity", "from Enigma", "Jean Mount of Clarinda", possessives before ordinary nouns ("Narka's
// request"), and county names inside institutions' names ("the Hardy County Senior Center").
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S52_A: GenreText[] = [
	{
		genre: 'local',
		text: "Hospital notes. SMITH CENTER — Admitted this week: Loretta Mankato of Kensington; Dale Bohnert of Lebanon; Vernon Bellaire of Athol. Dismissed: Harold Bell of Gaylord; Nora Kirwin of Agra; Mildred Portis of Smith Center. Born Jan. 9 to Kayla and Reed Hansen of Downs, a son, Colt, 7 lb. 4 oz.; grandparents are Dean and Ardis Hansen of Esbon. Transferred to Hays Medical Center: Leon Miller of Phillipsburg. Discharged to a nursing home in Red Cloud, Neb.: Opal Fuller.",
		gold: { 'SMITH CENTER': [39.78, -98.79], Kensington: [39.77, -99.03], Lebanon: [39.81, -98.56], Athol: [39.77, -98.91], Gaylord: [39.64, -98.85], Agra: [39.8, -99.13], 'Smith Center': [39.78, -98.79], Downs: [39.5, -98.54], Esbon: [39.76, -98.45], Hays: [38.88, -99.33], Phillipsburg: [39.76, -99.32], 'Red Cloud': [40.09, -98.52] },
		notPlaces: ['Loretta Mankato', 'Mankato', 'Dale Bohnert', 'Vernon Bellaire', 'Vernon', 'Bellaire', 'Harold Bell', 'Nora Kirwin', 'Mildred Portis', 'Portis', 'Kayla', 'Reed Hansen', 'Colt', 'Dean', 'Ardis Hansen', 'Leon Miller', 'Opal Fuller']
	},
	{
		genre: 'local',
		text: "Snowball news. By Wanda Ramsey. We had a nice rain Tuesday and the creek is up. Visitors at the home of Ed and Opal Treat this week were their son Travis and his wife Shelby from Conway, and a granddaughter from Harrison. The Snowball Church of Christ will have its homecoming the first Sunday in June, with dinner on the grounds. Arlie Searcy is home from the hospital in Little Rock and thanks everyone for the cards. The Witts Springs school reunion is set for July 4. Several from here went to the gospel sing at Leslie, and the St. Joe ball team beat Marshall 7-5. Our sympathy to the family of Inez Hollis, who passed away in Branson, Mo.",
		gold: { Snowball: [35.9, -92.8], Conway: [35.09, -92.44], Harrison: [36.23, -93.11], 'Little Rock': [34.75, -92.29], 'Witts Springs': [35.77, -92.87], Leslie: [35.83, -92.57], 'St. Joe': [35.99, -92.79], Marshall: [35.91, -92.63], Branson: [36.64, -93.22] },
		notPlaces: ['Wanda Ramsey', 'Ed and Opal Treat', 'Treat', 'Opal', 'Travis', 'Shelby', 'Arlie Searcy', 'Searcy', 'Inez Hollis']
	},
	{
		genre: 'local',
		text: "Where to vote. Polls are open Tuesday from 7 a.m. to 7 p.m. in most Caledonia County towns. Barnet votes at the town hall on Monument Circle; Danville at the municipal building on the green; Groton at the community building; Peacham at the Peacham Congregational Church; Walden at the town office on Route 15. Ryegate votes at the South Ryegate town hall and Waterford at the Waterford School. St. Johnsbury voters go to the Welcome Center on Railroad Street, Lyndon voters to Lyndon Town School. In Burke, Sheffield and Sutton, polls close at 7 p.m.; Wheelock opens at 10 a.m.",
		gold: { 'Caledonia County': [44.44, -72.1], Barnet: [44.32, -72.08], Danville: [44.43, -72.11], Groton: [44.22, -72.22], Peacham: [44.33, -72.17], Walden: [44.46, -72.23], Ryegate: [44.2, -72.1], 'South Ryegate': [44.2, -72.13], Waterford: [44.38, -71.98], 'St. Johnsbury': [44.43, -72.02], Lyndon: [44.51, -72.01], Burke: [44.6, -71.95], Sheffield: [44.62, -72.12], Sutton: [44.65, -72.02], Wheelock: [44.57, -72.11] },
		notPlaces: ['Monument Circle', 'Railroad Street', 'Welcome Center']
	},
	{
		genre: 'local',
		text: "Fire and EMS calls. Curwensville firefighters were called Saturday to a chimney fire on State Street; the Grampian company assisted. Mahaffey and Glen Hope crews spent two hours Sunday on a brush fire along Route 729 near New Millport. An ambulance from Coalport took a woman hurt in a fall at her Irvona home to Penn Highlands DuBois. A tractor-trailer overturned Monday on Interstate 80 near the Clearfield exit; Lumber City and Clearfield companies handled traffic. Chief Dale Kittanning asked residents to keep hydrants clear of snow.",
		gold: { Curwensville: [40.98, -78.53], Grampian: [40.98, -78.59], Mahaffey: [40.89, -78.74], 'Glen Hope': [40.8, -78.5], 'New Millport': [40.87, -78.52], Coalport: [40.75, -78.53], Irvona: [40.77, -78.55], DuBois: [41.12, -78.76], Clearfield: [41.03, -78.44], 'Lumber City': [40.93, -78.58] },
		notPlaces: ['State Street', 'Penn Highlands', 'Dale Kittanning', 'Kittanning', 'Dale']
	},
	{
		genre: 'local',
		text: "Trapshooting. ALEXANDRIA — Results from Sunday's Lakes Area Trapshoot League round at the Alexandria Gun Club: Osakis 484, Sauk Centre 479, Brandon 472, Long Prairie 468, Parkers Prairie 461. High gun was Gary Evans of Garfield with 100 straight; Tom Nygaard of Evansville broke 98. In the junior division, Kaden Lund of Brandon and Jace Olson of Osakis each broke 49 of 50. Next week's shoot is at the Miltona range.",
		gold: { ALEXANDRIA: [45.89, -95.38], Alexandria: [45.89, -95.38], Osakis: [45.87, -95.15], 'Sauk Centre': [45.74, -94.95], Brandon: [45.97, -95.6], 'Long Prairie': [45.97, -94.87], 'Parkers Prairie': [46.15, -95.33], Garfield: [45.98, -95.51], Evansville: [46, -95.68], Miltona: [46.05, -95.33] },
		notPlaces: ['Gary Evans', 'Tom Nygaard', 'Kaden Lund', 'Jace Olson', 'Lakes Area Trapshoot League']
	},
	{
		genre: 'local',
		text: "Road report. CHEYENNE — Interstate 80 reopened Wednesday morning between Laramie and Rawlins after a 20-hour closure for blowing snow, but the road stays closed to light, high-profile vehicles. Drifts closed the Arlington exit, and truckers waited out the storm at Elk Mountain and Walcott Junction. Wyoming 130 over the Snowy Range to Saratoga is closed for the season, and Wyoming 70 west of Encampment is closed. Medicine Bow reported 60 mph gusts; Sinclair and Wamsutter had slick spots. West of Rock Springs, roads were dry.",
		gold: { CHEYENNE: [41.14, -104.82], Laramie: [41.31, -105.59], Rawlins: [41.79, -107.24], Arlington: [41.59, -106.21], 'Elk Mountain': [41.69, -106.41], 'Walcott Junction': [41.76, -106.84], 'Snowy Range': [41.35, -106.3], Saratoga: [41.45, -106.81], Encampment: [41.21, -106.78], 'Medicine Bow': [41.9, -106.2], Sinclair: [41.78, -107.12], Wamsutter: [41.66, -108.15], 'Rock Springs': [41.59, -109.2] }
	},
	{
		genre: 'local',
		text: "Court records. MARKSVILLE — Filed in the 12th Judicial District Court: Petitions for divorce: Brandy Dauzat of Bunkie v. Cody Dauzat of Mansura; Lacey Ducote of Cottonport v. Travis Ducote of Simmesport. Judgments: Avoyelles Parish School Board v. Dean Lemoine of Moreauville; Hessmer Savings v. Ray Gremillion of Plaucheville. Successions opened: Alcide Rabalais, late of Evergreen; Eunice Normand, late of Marksville. A suit by a Hessmer couple against an Alexandria contractor was moved to federal court in Lafayette.",
		gold: { MARKSVILLE: [31.13, -92.07], Bunkie: [30.95, -92.18], Mansura: [31.06, -92.05], Cottonport: [30.98, -92.05], Simmesport: [30.98, -91.8], 'Avoyelles Parish': [31.13, -92], Moreauville: [31.03, -91.98], Hessmer: [31.06, -92.12], Plaucheville: [30.94, -91.98], Evergreen: [30.92, -92.07], Marksville: [31.13, -92.07], Alexandria: [31.31, -92.45], Lafayette: [30.22, -92.02] },
		notPlaces: ['Brandy Dauzat', 'Cody Dauzat', 'Lacey Ducote', 'Travis Ducote', 'Dean Lemoine', 'Ray Gremillion', 'Alcide Rabalais', 'Eunice Normand', 'Eunice']
	},
	{
		genre: 'local',
		text: "Graduates. SPEARFISH — Black Hills State University awarded 412 degrees Saturday. Area graduates include Madison Faith of Belle Fourche, nursing; Tyler Murdo of Lead, business; Kaylee Brandt of Sturgis, elementary education; Wyatt Philip of Deadwood, outdoor education; Ione Jacobs of Hot Springs, psychology; Marcus Wall of Custer, mass communication; Abby Tran of Whitewood and Cole Hardin of Newell, accounting; and Jenna Moss of Piedmont, biology. Graduates from Gillette and Sundance, Wyo., numbered 31.",
		gold: { SPEARFISH: [44.49, -103.86], 'Belle Fourche': [44.67, -103.85], Lead: [44.35, -103.77], Sturgis: [44.41, -103.51], Deadwood: [44.38, -103.73], 'Hot Springs': [43.43, -103.47], Custer: [43.77, -103.6], Whitewood: [44.46, -103.64], Newell: [44.71, -103.42], Piedmont: [44.23, -103.39], Gillette: [44.29, -105.5], Sundance: [44.41, -104.38] },
		notPlaces: ['Madison Faith', 'Faith', 'Tyler Murdo', 'Murdo', 'Kaylee Brandt', 'Wyatt Philip', 'Philip', 'Ione Jacobs', 'Marcus Wall', 'Wall', 'Abby Tran', 'Cole Hardin', 'Jenna Moss', 'Black Hills State University']
	},
	{
		genre: 'local',
		text: "Spelling bee. TIFTON — Amari Walker, a seventh-grader from Omega, won the Tift County spelling bee Thursday on the word \"bougainvillea\" and goes to the regional bee in Valdosta on Feb. 21. Runner-up was Tyree Coleman of Chula. In Irwin County, Ocilla's Jaylen Brooks won; in Turner County, Marlys Dean of Ashburn; in Worth County, Sylvester's Ella Pruitt. In Berrien County, two sisters from Enigma finished first and second, and Alapaha's Walter Kemp was third. Ben Hill County's bee in Fitzgerald was put off a week by the flu.",
		gold: { TIFTON: [31.45, -83.51], Omega: [31.34, -83.59], 'Tift County': [31.47, -83.47], Valdosta: [30.83, -83.28], Chula: [31.54, -83.55], 'Irwin County': [31.61, -83.28], Ocilla: [31.59, -83.25], 'Turner County': [31.71, -83.6], Ashburn: [31.71, -83.65], 'Worth County': [31.65, -83.89], Sylvester: [31.53, -83.84], 'Berrien County': [31.24, -83.23], Enigma: [31.41, -83.33], Alapaha: [31.39, -83.22], 'Ben Hill County': [31.75, -83.21], Fitzgerald: [31.71, -83.25] },
		notPlaces: ['Amari Walker', 'Tyree Coleman', 'Coleman', 'Jaylen Brooks', 'Brooks', 'Marlys Dean', 'Ella Pruitt', 'Walter Kemp', 'Kemp']
	},
	{
		genre: 'local',
		text: "Mosquito control. Ocean County trucks will spray for mosquitoes after dark this week, weather permitting: Monday in Tuckerton and the Mystic Island section of Little Egg Harbor; Tuesday in Manahawkin and Beach Haven West; Wednesday in Barnegat and Waretown; Thursday in Forked River. Crews will treat the marshes near New Gretna by helicopter Friday. Residents of Chatsworth and the Wharton State Forest area may call to be skipped. Beekeepers in Stafford Township should cover hives.",
		gold: { 'Ocean County': [39.88, -74.26], Tuckerton: [39.6, -74.34], 'Mystic Island': [39.54, -74.38], 'Little Egg Harbor': [39.6, -74.35], Manahawkin: [39.7, -74.26], 'Beach Haven West': [39.67, -74.23], Barnegat: [39.75, -74.22], Waretown: [39.79, -74.2], 'Forked River': [39.84, -74.19], 'New Gretna': [39.59, -74.45], Chatsworth: [39.8, -74.53], 'Wharton State Forest': [39.68, -74.63], 'Stafford Township': [39.7, -74.26] }
	},
	{
		genre: 'local',
		text: "Elk draw. ALAMOSA — Hunters from the San Luis Valley drew 46 of the state's bull elk licenses for the Rio Grande units this fall, Colorado Parks and Wildlife said. Winners include Travis Gallegos of Monte Vista, Ramon Archuleta of Del Norte, Kasey Manzanares of Center and the Valdez brothers of Antonito. Three licenses went to hunters from La Jara and Manassa, and a cow tag for the Creede unit went to Lupe Crestone of Saguache. South Fork outfitters said demand was the highest in a decade. Unclaimed licenses go back to the draw in Denver on June 20.",
		gold: { ALAMOSA: [37.47, -105.87], 'San Luis Valley': [37.6, -105.9], 'Rio Grande': [37.7, -106.4], 'Monte Vista': [37.58, -106.15], 'Del Norte': [37.68, -106.35], Center: [37.75, -106.11], Antonito: [37.08, -106.01], 'La Jara': [37.28, -105.96], Manassa: [37.17, -105.94], Creede: [37.85, -106.93], Saguache: [38.09, -106.14], 'South Fork': [37.67, -106.61], Denver: [39.74, -104.98] },
		notPlaces: ['Travis Gallegos', 'Ramon Archuleta', 'Kasey Manzanares', 'Valdez', 'Lupe Crestone', 'Crestone', 'Colorado Parks and Wildlife']
	},
	{
		genre: 'local',
		text: "Card shower. The family of Thelma Beggs asks friends to mark her 100th birthday on Feb. 12 with a card shower. Thelma was born on a farm near Gravity and taught at country schools near Nodaway and Prescott before she married Floyd Beggs of Lenox in 1946. They farmed south of Corning until 1988, then moved to Bedford. Her children are Jean Mount of Clarinda, Ron Beggs of Creston and Linda Sharpe of Villisca. Cards reach her at the Taylor County Care Center, 1205 Madison St., Bedford, IA 50833.",
		gold: { Gravity: [40.79, -94.75], Nodaway: [40.95, -94.87], Prescott: [41.06, -94.59], Lenox: [40.88, -94.56], Corning: [40.99, -94.74], Bedford: [40.67, -94.72], Clarinda: [40.74, -95.04], Creston: [41.06, -94.36], Villisca: [40.93, -94.98], 'Taylor County': [40.71, -94.75] },
		notPlaces: ['Thelma Beggs', 'Floyd Beggs', 'Jean Mount', 'Ron Beggs', 'Linda Sharpe', 'Madison St.', 'Madison']
	},
	{
		genre: 'local',
		text: "Fire update. CHILOQUIN — The Sprague Ridge fire grew to 14,000 acres overnight, and the Klamath County sheriff raised homes along the Sprague River Highway between Sprague River and Beatty to Level 3, go now. Bly is at Level 2, be set; Chiloquin and Fort Klamath are at Level 1. An evacuation center is open at the fairgrounds in Klamath Falls. U.S. 97 stays open between Chemult and Klamath Falls, and crews from Crescent and Gilchrist are on the fire line. Smoke reached Bend and Lakeview on Tuesday.",
		gold: { CHILOQUIN: [42.58, -121.87], 'Klamath County': [42.95, -121.76], 'Sprague River': [42.45, -121.44], Beatty: [42.44, -121.22], Bly: [42.4, -121.08], Chiloquin: [42.58, -121.87], 'Fort Klamath': [42.64, -122.04], 'Klamath Falls': [42.22, -121.78], Chemult: [43.15, -121.8], Crescent: [43.44, -121.71], Gilchrist: [43.48, -121.69], Bend: [44.06, -121.32], Lakeview: [42.19, -120.35] },
		notPlaces: ['Sprague Ridge', 'Sprague River Highway']
	},
	{
		genre: 'local',
		text: "Senior trips. The Hardy County Senior Center's bus leaves Moorefield at 7 a.m. Tuesday for a fall foliage tour, picking up riders in Wardensville and Petersburg. Lunch is at Seneca Rocks, then the bus runs through Franklin and over Shenandoah Mountain to Harrisonburg, Va., for supper. The October trip goes to Romney for the Hampshire County Heritage Weekend, with a stop in Keyser on the way home. The fare is $25; call Betty Ruddle to reserve a seat.",
		gold: { 'Hardy County': [39.01, -78.79], Moorefield: [39.06, -78.97], Wardensville: [39.06, -78.62], Petersburg: [38.99, -79.12], 'Seneca Rocks': [38.83, -79.39], Franklin: [38.64, -79.33], 'Shenandoah Mountain': [38.6, -79.2], Harrisonburg: [38.45, -78.87], Romney: [39.34, -78.76], 'Hampshire County': [39.3, -78.59], Keyser: [39.44, -78.97] },
		notPlaces: ['Betty Ruddle', 'Ruddle', 'Hampshire County Heritage Weekend']
	},
	{
		genre: 'local',
		text: "New businesses. Business licenses issued in Shenandoah County in March: In Strasburg, Old Mill Coffee Co. on East King Street and Valley Roofing LLC. In Woodstock, a pet groomer on Main Street and Massanutten Tax Service. In Edinburg, a bakery in the old feed store. In Mount Jackson, an auto glass shop; in New Market, a bed-and-breakfast on Congress Street; in Toms Brook, a farm stand. A ski rental shop opened in Basye near Bryce Resort. Licenses also went to a Front Royal plumber and a Luray caterer who work in the county.",
		gold: { 'Shenandoah County': [38.92, -78.53], Strasburg: [38.99, -78.36], Woodstock: [38.88, -78.51], Edinburg: [38.82, -78.57], 'Mount Jackson': [38.75, -78.64], 'New Market': [38.65, -78.67], 'Toms Brook': [38.95, -78.43], Basye: [38.81, -78.79], 'Front Royal': [38.92, -78.19], Luray: [38.67, -78.46] },
		notPlaces: ['Old Mill Coffee Co.', 'East King Street', 'Valley Roofing LLC', 'Main Street', 'Massanutten Tax Service', 'Congress Street', 'Bryce Resort', 'Bryce']
	},
	{
		genre: 'local',
		text: "Track. GREENVILLE — Coastal schools sent 22 athletes to the 2A state meet from Saturday's regional. Swansboro's Jaylen Ward won the 100 meters in 10.81, and Jacksonville's 4x400 relay set a meet record. Havelock's Amari Jones took the long jump. Croatan of Newport and West Carteret of Morehead City each qualified three, and East Carteret of Beaufort qualified its shot-putter. Manteo's Kaden Basnight won the 1,600, Plymouth's Tyree Spruill the 300 hurdles, and Columbia's girls' relay placed second. The state meet is May 17 in Greensboro.",
		gold: { GREENVILLE: [35.61, -77.37], Swansboro: [34.69, -77.12], Jacksonville: [34.75, -77.43], Havelock: [34.88, -76.9], Newport: [34.79, -76.86], 'Morehead City': [34.72, -76.73], Beaufort: [34.72, -76.66], Manteo: [35.91, -75.68], Plymouth: [35.87, -76.75], Columbia: [35.92, -76.25], Greensboro: [36.07, -79.79] },
		notPlaces: ['Jaylen Ward', 'Ward', 'Amari Jones', 'Croatan', 'West Carteret', 'East Carteret', 'Kaden Basnight', 'Tyree Spruill']
	},
	{
		genre: 'local',
		text: "Ferry notes. Washington State Ferries will run two boats instead of three on the Fauntleroy-Vashon-Southworth route on weekends through April, and riders should expect waits of an hour at Fauntleroy. The Point Defiance-Tahlequah boat returns to service Monday after repairs. Pierce County's Anderson Island ferry from Steilacoom adds a 10:40 p.m. sailing on Fridays. On the Seattle-Bainbridge Island run, the Wenatchee is back; the Bremerton route stays on its winter schedule.",
		gold: { Fauntleroy: [47.52, -122.39], Vashon: [47.45, -122.46], Southworth: [47.51, -122.5], 'Point Defiance': [47.31, -122.52], Tahlequah: [47.33, -122.51], 'Pierce County': [47.1, -122.25], 'Anderson Island': [47.16, -122.71], Steilacoom: [47.17, -122.6], Seattle: [47.61, -122.33], 'Bainbridge Island': [47.63, -122.52], Bremerton: [47.57, -122.63] },
		notPlaces: ['Washington State Ferries', 'Wenatchee']
	},
	{
		genre: 'local',
		text: "County commission. BELLEVILLE — Republic County commissioners on Monday agreed to replace the bridge over Mill Creek north of Cuba and to regravel the road between Agenda and Munden. They approved a $40,000 grant toward a new ambulance for Scandia, and set a hearing on the sale of the old school building in Courtland. Narka's request for a culvert was tabled. Commissioner Frank Jewell said the township road west of Republic will close in June. An engineering firm from Concordia will inspect the county's bridges; its Clyde office will do the work.",
		gold: { BELLEVILLE: [39.82, -97.63], 'Republic County': [39.86, -97.68], 'Mill Creek': [39.85, -97.45], Cuba: [39.8, -97.45], Agenda: [39.7, -97.45], Munden: [39.93, -97.54], Scandia: [39.79, -97.78], Courtland: [39.79, -97.89], Narka: [39.96, -97.42], Republic: [39.94, -97.84], Concordia: [39.57, -97.66], Clyde: [39.59, -97.4] },
		notPlaces: ['Frank Jewell', 'Jewell']
	},
	{
		genre: 'local',
		text: "Little League. SAFFORD — The District 6 all-star tournament opens Saturday at Daley Field. Thatcher plays Pima at 9 a.m., Duncan meets Clifton-Morenci at noon, and Willcox-Bowie faces Solomon at 3 p.m. Safford, the defending champion, has a first-round bye. Games run nightly through Thursday, and the winner goes to the state tournament in Tucson on July 8.",
		gold: { SAFFORD: [32.83, -109.71], Thatcher: [32.85, -109.76], Pima: [32.9, -109.83], Duncan: [32.72, -109.11], Clifton: [33.05, -109.3], Morenci: [33.08, -109.37], Willcox: [32.25, -109.83], Bowie: [32.33, -109.49], Solomon: [32.81, -109.63], Safford: [32.83, -109.71], Tucson: [32.22, -110.93] },
		notPlaces: ['Daley Field']
	},
	{
		genre: 'local',
		text: "Exchange students. Nine foreign exchange students are spending the school year in Trempealeau County. Lukas Becker of Hamburg, Germany, lives with a family in Osseo and plays soccer for Osseo-Fairchild. Mariana Costa of Curitiba, Brazil, attends Whitehall, and Independence hosts Sofia Moreno of Valencia, Spain. Arcadia has two: Emil Holm of Aarhus, Denmark, and Kenji Sato of Sendai, Japan. Blair-Taylor hosts a student from Bergen, Norway, and Eleva-Strum one from Chiang Mai, Thailand. At Galesville, Gale-Ettrick-Trempealeau welcomed Ana Ruiz of Puebla, Mexico.",
		gold: { 'Trempealeau County': [44.15, -91.39], Hamburg: [53.55, 10], Germany: [51, 10], Osseo: [44.57, -91.23], Fairchild: [44.6, -90.96], Curitiba: [-25.43, -49.27], Brazil: [-10, -55], Whitehall: [44.37, -91.32], Independence: [44.36, -91.42], Valencia: [39.47, -0.38], Spain: [40, -4], Arcadia: [44.25, -91.5], Aarhus: [56.16, 10.2], Denmark: [56, 10], Sendai: [38.27, 140.87], Japan: [36, 138], Blair: [44.29, -91.24], Taylor: [44.29, -91.11], Bergen: [60.39, 5.32], Norway: [62, 10], Eleva: [44.58, -91.47], Strum: [44.55, -91.39], 'Chiang Mai': [18.79, 98.98], Thailand: [15, 101], Galesville: [44.08, -91.35], Ettrick: [44.17, -91.27], Trempealeau: [44.01, -91.44], Puebla: [19.04, -98.2], Mexico: [23, -102] },
		notPlaces: ['Lukas Becker', 'Mariana Costa', 'Sofia Moreno', 'Emil Holm', 'Kenji Sato', 'Ana Ruiz']
	}
];

export const HELD_OUT_US_LOCAL_S52_B: GenreText[] = [
	{
		genre: 'local',
		text: "Hospital notes. SUPERIOR — Admitted this week: Irene Cowles of Hardy; Walter Bostwick of Nelson; Marlys Edgar of Guide Rock. Dismissed: Lyle Angus of Ruskin; Doris Webber of Red Cloud; Ione Petersen of Lawrence. Born Feb. 2 to Amber and Kyle Schmidt of Superior, a daughter, Harper, 6 lb. 11 oz.; grandparents are Gene and Carol Schmidt of Mankato, Kan. Transferred to Mary Lanning in Hastings: Dean Oakley of Hebron.",
		gold: { SUPERIOR: [40.02, -98.07], Hardy: [40.03, -97.93], Nelson: [40.2, -98.07], 'Guide Rock': [40.08, -98.34], Ruskin: [40.14, -97.87], 'Red Cloud': [40.09, -98.52], Lawrence: [40.28, -98.24], Superior: [40.02, -98.07], Mankato: [39.79, -98.21], Hastings: [40.59, -98.39], Hebron: [40.17, -97.59] },
		notPlaces: ['Irene Cowles', 'Cowles', 'Walter Bostwick', 'Bostwick', 'Marlys Edgar', 'Edgar', 'Lyle Angus', 'Angus', 'Doris Webber', 'Ione Petersen', 'Amber', 'Kyle Schmidt', 'Harper', 'Gene', 'Carol Schmidt', 'Mary Lanning', 'Dean Oakley']
	},
	{
		genre: 'local',
		text: "Burning Springs news. By Hazel Sizemore. The groundhog saw his shadow, so we are in for more winter. Sunday dinner guests of Delbert and Ruby Hacker were their daughter Tammy from Hamilton, Ohio, and grandchildren from London. Big Creek Missionary Baptist will hold a singing Saturday night. Lonnie Bowling is back home from the hospital in Corbin. Several from here went to the ball game at Oneida Baptist Institute, and the Manchester Walmart had a good crowd for the blood drive. Brother Earl Couch of Hima preached Sunday. Our sympathy to the family of Dewey Baker, who was laid to rest at Hyden, and to his brother in Dayton.",
		gold: { 'Burning Springs': [37.25, -83.82], Hamilton: [39.4, -84.56], Ohio: [40.3, -82.8], London: [37.13, -84.08], 'Big Creek': [37.16, -83.57], Corbin: [36.95, -84.1], Oneida: [37.27, -83.65], Manchester: [37.15, -83.76], Hima: [37.12, -83.78], Hyden: [37.16, -83.37], Dayton: [39.76, -84.19] },
		notPlaces: ['Hazel Sizemore', 'Delbert', 'Ruby Hacker', 'Tammy', 'Lonnie Bowling', 'Walmart', 'Earl Couch', 'Dewey Baker']
	},
	{
		genre: 'local',
		text: "Where to vote. BEULAH — Mercer County voters may cast ballots Tuesday at any of five vote centers: the Beulah Civic Center, Hazen City Hall, the Stanton community hall, the Golden Valley fire hall and the Zap city office. Pick City residents vote at the Hazen center this year. In neighboring Oliver County, voters go to the courthouse in Center, and Hebron voters in Morton County use the Hebron Public School gym. Polls open at 7 a.m. and close at 7 p.m. Central time.",
		gold: { BEULAH: [47.26, -101.78], 'Mercer County': [47.38, -101.75], Beulah: [47.26, -101.78], Hazen: [47.29, -101.62], Stanton: [47.32, -101.38], 'Golden Valley': [47.29, -102.06], Zap: [47.29, -101.93], 'Pick City': [47.51, -101.45], 'Oliver County': [47.16, -101.13], Center: [47.12, -101.3], Hebron: [46.9, -102.05], 'Morton County': [46.6, -100.97] }
	},
	{
		genre: 'local',
		text: "Fire runs. Nelsonville firefighters put out a kitchen fire Tuesday on Jackson Street; Buchtel and Glouster units stood by. Trimble Township's department answered a car fire on State Route 13 near Jacksonville. An ambulance from The Plains took a Chauncey man to OhioHealth O'Bleness Hospital in Athens after a fall. Albany and Coolville crews spent Saturday afternoon on a barn fire off U.S. 50, and Amesville volunteers were called to a downed line. Athens County's fire chiefs meet Thursday in Albany.",
		gold: { Nelsonville: [39.46, -82.23], Buchtel: [39.46, -82.18], Glouster: [39.5, -82.08], Jacksonville: [39.48, -82.08], 'The Plains': [39.37, -82.13], Chauncey: [39.4, -82.13], Athens: [39.33, -82.1], Albany: [39.23, -82.2], Coolville: [39.21, -81.83], Amesville: [39.41, -81.96], 'Athens County': [39.35, -82.02] },
		notPlaces: ['Jackson Street', 'Trimble Township', 'OhioHealth', "O'Bleness Hospital"]
	},
	{
		genre: 'local',
		text: "Golf. WOODWARD — Results from the Northwest Oklahoma Senior Golf Association's stop at Boiling Springs: Low gross, Darrell Hennessey of Mooreland, 71. Low net, Ron Tipton of Alva, 66. First flight: Gary Stroud of Fairview; second flight: Lyle Watonga of Seiling. Buffalo's team of four won the scramble by two strokes over Laverne, with Shattuck and Vici tied for third. Cherokee's Jim Hollis had a hole-in-one on No. 7. The next stop is May 12 at Alva.",
		gold: { WOODWARD: [36.43, -99.39], Mooreland: [36.44, -99.2], Alva: [36.8, -98.67], Fairview: [36.27, -98.48], Seiling: [36.15, -98.92], Buffalo: [36.84, -99.63], Laverne: [36.71, -99.89], Shattuck: [36.28, -99.88], Vici: [36.15, -99.3], Cherokee: [36.75, -98.36] },
		notPlaces: ['Darrell Hennessey', 'Hennessey', 'Ron Tipton', 'Tipton', 'Gary Stroud', 'Stroud', 'Lyle Watonga', 'Watonga', 'Jim Hollis', 'Boiling Springs', 'Northwest Oklahoma Senior Golf Association']
	},
	{
		genre: 'local',
		text: "Road report. COEUR D'ALENE — Chains are required for trucks on Interstate 90 over Lookout Pass, where 8 inches of snow fell overnight. The interstate is snow-packed from Wallace to Mullan, with compact snow and ice through Kellogg, Pinehurst and Smelterville. U.S. 95 is slushy from Sandpoint north to Bonners Ferry, and a slide closed U.S. 2 near Moyie Springs for two hours. Idaho 57 north of Priest River is icy. A jackknifed truck blocked the southbound lanes of U.S. 95 near Naples for an hour; traffic was detoured through Athol earlier in the day after a crash.",
		gold: { "COEUR D'ALENE": [47.68, -116.78], 'Lookout Pass': [47.46, -115.7], Wallace: [47.47, -115.93], Mullan: [47.47, -115.8], Kellogg: [47.54, -116.12], Pinehurst: [47.54, -116.24], Smelterville: [47.54, -116.18], Sandpoint: [48.28, -116.55], 'Bonners Ferry': [48.69, -116.32], 'Moyie Springs': [48.73, -116.19], 'Priest River': [48.18, -116.91], Naples: [48.6, -116.32], Athol: [47.95, -116.71] }
	},
	{
		genre: 'local',
		text: "Court records. HEREFORD — Filed in 222nd District Court: Divorces: Crystal Ochoa of Vega v. Jesse Ochoa of Friona; Tanya Baca of Dimmitt v. Rudy Baca of Hereford. Judgments: Deaf Smith County Appraisal District v. Ray Hale of Bovina. Probate: estate of Wanda Kress, late of Adrian; estate of Lupe Garza, late of Summerfield. A Canyon man pleaded guilty to stealing cattle from a feedyard in Parmer County and was handed over to Clovis, N.M., police on a warrant there.",
		gold: { HEREFORD: [34.82, -102.4], Vega: [35.24, -102.43], Friona: [34.64, -102.72], Dimmitt: [34.55, -102.31], Hereford: [34.82, -102.4], 'Deaf Smith County': [34.93, -102.67], Bovina: [34.51, -102.88], Adrian: [35.27, -102.67], Summerfield: [34.74, -102.51], Canyon: [34.98, -101.92], 'Parmer County': [34.49, -102.75], Clovis: [34.4, -103.21] },
		notPlaces: ['Crystal Ochoa', 'Jesse Ochoa', 'Tanya Baca', 'Rudy Baca', 'Ray Hale', 'Hale', 'Wanda Kress', 'Kress', 'Lupe Garza', 'Garza']
	},
	{
		genre: 'local',
		text: "Graduates. PRESQUE ISLE — The University of Maine at Presque Isle awarded 238 degrees Saturday. Area graduates include Emma Ashland of Caribou, nursing; Hunter Easton of Fort Kent, criminal justice; Chloe Madore of Madawaska, education; Brady Cyr of Van Buren, business; Owen Bridgewater of Houlton, social work; Lily Monticello of Mars Hill, biology; and Jack Pelletier of Limestone and Ava Thibodeau of Washburn, English. Noah Michaud of Eagle Lake finished with highest honors. Two graduates came from Woodstock and Grand Falls, N.B.",
		gold: { 'PRESQUE ISLE': [46.68, -68.02], 'Presque Isle': [46.68, -68.02], Caribou: [46.86, -68.01], 'Fort Kent': [47.26, -68.59], Madawaska: [47.36, -68.32], 'Van Buren': [47.16, -67.94], Houlton: [46.13, -67.84], 'Mars Hill': [46.52, -67.87], Limestone: [46.91, -67.83], Washburn: [46.79, -68.16], 'Eagle Lake': [47.04, -68.59], Woodstock: [46.15, -67.6], 'Grand Falls': [47.05, -67.74] },
		notPlaces: ['Emma Ashland', 'Ashland', 'Hunter Easton', 'Easton', 'Chloe Madore', 'Brady Cyr', 'Owen Bridgewater', 'Bridgewater', 'Lily Monticello', 'Monticello', 'Jack Pelletier', 'Ava Thibodeau', 'Noah Michaud']
	},
	{
		genre: 'local',
		text: "Band contest. JASPER — Results from Saturday's district marching band contest at Jasper: Jasper, gold with distinction; Southridge, whose band draws from Huntingburg and Holland, gold; Forest Park of Ferdinand, gold; South Spencer of Rockport, gold; Heritage Hills, from Dale, Santa Claus and Gentryville, silver; Tell City, silver; Perry Central of Leopold, silver; Cannelton, bronze. Northeast Dubois, whose drum line comes from Dubois and Birdseye, did not compete. Gold bands go to semi-state in Evansville.",
		gold: { JASPER: [38.39, -86.93], Jasper: [38.39, -86.93], Huntingburg: [38.3, -86.95], Holland: [38.25, -87.04], Ferdinand: [38.22, -86.86], Rockport: [37.88, -87.05], Dale: [38.17, -86.99], 'Santa Claus': [38.12, -86.91], Gentryville: [38.09, -87.04], 'Tell City': [37.95, -86.77], Leopold: [38.1, -86.6], Cannelton: [37.91, -86.74], Dubois: [38.45, -86.8], Birdseye: [38.3, -86.71], Evansville: [37.97, -87.56] },
		notPlaces: ['Southridge', 'Forest Park', 'South Spencer', 'Heritage Hills', 'Perry Central', 'Northeast Dubois']
	},
	{
		genre: 'local',
		text: "Mosquito control. Walton County Mosquito Control will fog after sunset this week: Monday in DeFuniak Springs north of U.S. 90; Tuesday in Freeport and along Choctawhatchee Bay; Wednesday in Paxton and Mossy Head. Holmes County trucks spray Ponce de Leon and Westville on Thursday. In Washington County, crews treat Caryville and Vernon on Friday, and Jackson County sprays Graceville on Saturday. Beekeepers may ask to be skipped.",
		gold: { 'Walton County': [30.58, -86.03], 'DeFuniak Springs': [30.72, -86.12], Freeport: [30.5, -86.14], 'Choctawhatchee Bay': [30.43, -86.25], Paxton: [30.98, -86.31], 'Mossy Head': [30.74, -86.32], 'Holmes County': [30.82, -85.73], 'Ponce de Leon': [30.72, -85.94], Westville: [30.87, -85.91], 'Washington County': [30.62, -85.75], Caryville: [30.71, -85.8], Vernon: [30.62, -85.71], 'Jackson County': [30.78, -85.22], Graceville: [30.96, -85.52] },
		notPlaces: ['Walton County Mosquito Control']
	},
	{
		genre: 'local',
		text: "Elk draw. BENEZETTE — The Game Commission drew 178 elk licenses Saturday at the Elk Country Visitor Center here, and hunters from Elk and Cameron counties did well. Bull licenses went to Brent Renovo of St. Marys, Dana Keating of Emporium and Leah Austin of Ridgway; cow licenses to the Shaffer brothers of Driftwood and hunters from Weedville, Kersey and Johnsonburg. A Sinnemahoning grandmother, 81, drew a bull tag on her 30th try. The season opens Nov. 3.",
		gold: { BENEZETTE: [41.32, -78.38], Elk: [41.41, -78.71], Cameron: [41.42, -78.21], 'St. Marys': [41.43, -78.56], Emporium: [41.51, -78.24], Ridgway: [41.42, -78.73], Driftwood: [41.38, -78.16], Weedville: [41.28, -78.49], Kersey: [41.36, -78.6], Johnsonburg: [41.49, -78.68], Sinnemahoning: [41.32, -78.09] },
		notPlaces: ['Game Commission', 'Elk Country Visitor Center', 'Brent Renovo', 'Renovo', 'Dana Keating', 'Keating', 'Leah Austin', 'Austin', 'Shaffer']
	},
	{
		genre: 'local',
		text: "Card shower. Friends and family of Lorene Hoskins will mark her 95th birthday March 3 with a card shower. Born near Nebo, she graduated from Pittsfield High School in 1948 and taught at Griggsville and Barry before she married Orville Hoskins of Perry. They farmed near Pleasant Hill for 50 years. Her children are Gary Hoskins of Hull, Ann Milton of Baylis and Sue Kinderhook of Quincy. Cards reach her at 402 Clark St., Pittsfield, IL 62363.",
		gold: { Nebo: [39.42, -90.77], Pittsfield: [39.61, -90.81], Griggsville: [39.71, -90.72], Barry: [39.69, -91.04], Perry: [39.78, -90.75], 'Pleasant Hill': [39.44, -90.87], Hull: [39.72, -91.23], Baylis: [39.76, -90.88], Quincy: [39.94, -91.41] },
		notPlaces: ['Lorene Hoskins', 'Orville Hoskins', 'Gary Hoskins', 'Ann Milton', 'Milton', 'Sue Kinderhook', 'Kinderhook', 'Clark St.']
	},
	{
		genre: 'local',
		text: "Fire update. HAPPY CAMP — The Elk Creek fire crossed Highway 96 on Sunday, and the Siskiyou County sheriff ordered everyone out of Seiad Valley and the river homes between Happy Camp and Klamath River. Residents of Fort Jones and Etna in Scott Valley are under a warning. A shelter is open at the fairgrounds in Yreka. Interstate 5 stays open, but smoke closed schools in Weed, Mount Shasta, Dunsmuir and McCloud on Monday.",
		gold: { 'HAPPY CAMP': [41.79, -123.38], 'Siskiyou County': [41.51, -122.95], 'Seiad Valley': [41.89, -123.24], 'Happy Camp': [41.79, -123.38], 'Klamath River': [41.86, -122.82], 'Fort Jones': [41.61, -122.84], Etna: [41.46, -122.89], 'Scott Valley': [41.55, -122.85], Yreka: [41.74, -122.63], Weed: [41.42, -122.39], 'Mount Shasta': [41.31, -122.31], Dunsmuir: [41.21, -122.27], McCloud: [41.26, -122.14] },
		notPlaces: ['Elk Creek']
	},
	{
		genre: 'local',
		text: "Senior trips. The White County Senior Center's bus leaves Sparta at 6:30 a.m. Oct. 14 for two days in the Smokies; riders from Smithville meet the bus in Cookeville. The route runs through Crossville and Rockwood to Sevierville, with lunch in Pigeon Forge and an evening in Gatlinburg. On the second day the group drives the Cades Cove loop and stops in Townsend for a late lunch. The cost, with a night at the lodge, is $140; call Wilma Crossno.",
		gold: { 'White County': [35.89, -85.45], Sparta: [35.93, -85.46], Smokies: [35.6, -83.5], Smithville: [35.96, -85.81], Cookeville: [36.16, -85.5], Crossville: [35.95, -85.03], Rockwood: [35.87, -84.68], Sevierville: [35.87, -83.56], 'Pigeon Forge': [35.79, -83.55], Gatlinburg: [35.71, -83.51], 'Cades Cove': [35.6, -83.81], Townsend: [35.68, -83.76] },
		notPlaces: ['Wilma Crossno']
	},
	{
		genre: 'local',
		text: "New businesses. Door County issued 31 new business licenses this spring. In Sturgeon Bay, a kayak outfitter opened on Third Avenue. In Egg Harbor, a wine bar; in Fish Creek, a fudge shop beside the Peninsula State Park entrance; in Ephraim, a gallery in the old general store. Sister Bay gets a taco stand and Baileys Harbor a yoga studio. On Washington Island, a couple from Green Bay opened a bike rental. In southern Door, a feed store opened in Forestville and a Belgian bakery in Brussels.",
		gold: { 'Door County': [45.05, -87.24], 'Sturgeon Bay': [44.83, -87.38], 'Egg Harbor': [45.01, -87.28], 'Fish Creek': [45.12, -87.21], 'Peninsula State Park': [45.15, -87.22], Ephraim: [45.16, -87.17], 'Sister Bay': [45.19, -87.12], 'Baileys Harbor': [45.06, -87.17], 'Washington Island': [45.37, -86.9], 'Green Bay': [44.52, -88.02], Door: [45.05, -87.24], Forestville: [44.7, -87.52], Brussels: [44.74, -87.62] },
		notPlaces: ['Third Avenue']
	},
	{
		genre: 'local',
		text: "Track. RICHFIELD — Region 20 sent 19 athletes to the 2A state meet. Beaver's Kaden Yardley won the 800 meters, and Milford's girls took the 4x400. Delta's Jace Lyman won the shot put; Millard of Fillmore qualified its sprint medley. Parowan's Amari Nephi took the 100, and Panguitch and Kanab each qualified two hurdlers. South Sevier of Monroe won the team title, with Enterprise second. The state meet is May 16 and 17 in Provo.",
		gold: { RICHFIELD: [38.77, -112.08], Beaver: [38.28, -112.64], Milford: [38.4, -113.01], Delta: [39.35, -112.58], Fillmore: [38.97, -112.32], Parowan: [37.84, -112.83], Panguitch: [37.82, -112.44], Kanab: [37.05, -112.53], Monroe: [38.63, -112.12], Enterprise: [37.57, -113.72], Provo: [40.23, -111.66] },
		notPlaces: ['Kaden Yardley', 'Yardley', 'Jace Lyman', 'Lyman', 'Millard', 'Amari Nephi', 'Nephi', 'South Sevier']
	},
	{
		genre: 'local',
		text: "Ferry notes. The N.C. Ferry Division will run the Hatteras-Ocracoke route every hour from 5 a.m. to midnight starting Memorial Day weekend. Reservations are required on the Swan Quarter and Cedar Island routes to Ocracoke. The Aurora-Bayview ferry across the Pamlico River is down to one boat while the other is in dry dock, and the Currituck-Knotts Island run skips its 6 a.m. trip this week. The Southport-Fort Fisher ferry keeps its spring schedule.",
		gold: { Hatteras: [35.22, -75.69], Ocracoke: [35.11, -75.98], 'Swan Quarter': [35.41, -76.33], 'Cedar Island': [35.01, -76.32], Aurora: [35.31, -76.79], Bayview: [35.43, -76.78], 'Pamlico River': [35.4, -76.8], Currituck: [36.45, -76.02], 'Knotts Island': [36.52, -75.97], Southport: [33.92, -78.02], 'Fort Fisher': [33.97, -77.92] },
		notPlaces: ['N.C. Ferry Division', 'Memorial Day']
	},
	{
		genre: 'local',
		text: "County commission. HARRISVILLE — Alcona County commissioners on Wednesday asked the road commission to repave Hubbard Lake Road between Spruce and the village of Lincoln, and approved $25,000 toward a new roof for the Glennie fire hall. Curran's request for a snowplow was tabled. The board will hold a hearing on the Greenbush Township beach and a second on dredging the harbor at Black River. Commissioner Gary Ossineke said a consultant from Alpena will study the Mikado dump site; Oscoda's fire chief will help.",
		gold: { HARRISVILLE: [44.66, -83.29], 'Alcona County': [44.69, -83.43], 'Hubbard Lake': [44.76, -83.54], Spruce: [44.82, -83.5], Lincoln: [44.71, -83.39], Glennie: [44.56, -83.69], Curran: [44.73, -83.83], Greenbush: [44.55, -83.33], 'Black River': [44.81, -83.34], Alpena: [45.06, -83.43], Mikado: [44.58, -83.44], Oscoda: [44.42, -83.33] },
		notPlaces: ['Hubbard Lake Road', 'Gary Ossineke', 'Ossineke']
	},
	{
		genre: 'local',
		text: "Little League. OLEAN — The District 7 all-star tournament opens Monday at Bradner Stadium. Salamanca plays Allegany-Limestone at 6 p.m., Portville meets Bolivar-Richburg at 8, and Cuba-Rushford faces Wellsville on Tuesday. Friendship and Belfast, playing as one team this year, open against the winner. Olean, the defending champion, has a bye. The winner goes to the state tournament in Rochester.",
		gold: { OLEAN: [42.08, -78.43], Salamanca: [42.16, -78.72], Allegany: [42.09, -78.49], Limestone: [42.06, -78.63], Portville: [42.04, -78.34], Bolivar: [42.07, -78.17], Richburg: [42.09, -78.15], Cuba: [42.22, -78.28], Rushford: [42.39, -78.25], Wellsville: [42.12, -77.95], Friendship: [42.21, -78.14], Belfast: [42.34, -78.11], Olean: [42.08, -78.43], Rochester: [43.15, -77.62] },
		notPlaces: ['Bradner Stadium']
	},
	{
		genre: 'local',
		text: "Exchange students. Eight foreign exchange students are spending the year in Potter and Tioga counties. Ingrid Dahl of Bergen, Norway, lives with a family in Coudersport, and Yuki Tanaka of Osaka, Japan, attends Galeton. Wellsboro hosts Camille Roux of Lyon, France, and Mansfield hosts Mateo Diaz of Córdoba, Argentina. Elkland and Westfield each have one: Lena Vogel of Graz, Austria, and Tomás Silva of Porto, Portugal. Oswayo Valley in Shinglehouse hosts a student from Hamilton, New Zealand, and Northern Potter in Ulysses has Noah Kim of Busan, South Korea, who lives in Genesee.",
		gold: { Potter: [41.7, -77.88], Tioga: [41.81, -77.12], Bergen: [60.39, 5.32], Norway: [62, 10], Coudersport: [41.77, -78.02], Osaka: [34.69, 135.5], Japan: [36, 138], Galeton: [41.73, -77.64], Wellsboro: [41.75, -77.3], Lyon: [45.76, 4.84], France: [46, 2], Mansfield: [41.81, -77.08], 'Córdoba': [-31.42, -64.18], Argentina: [-34, -64], Elkland: [41.99, -77.31], Westfield: [41.92, -77.54], Graz: [47.07, 15.44], Austria: [47.5, 14.5], Porto: [41.15, -8.61], Portugal: [39.5, -8], Shinglehouse: [41.96, -78.19], Hamilton: [-37.79, 175.28], 'New Zealand': [-41, 174], Ulysses: [41.9, -77.76], Busan: [35.18, 129.08], 'South Korea': [36, 128], Genesee: [41.96, -77.82] },
		notPlaces: ['Ingrid Dahl', 'Yuki Tanaka', 'Camille Roux', 'Mateo Diaz', 'Lena Vogel', 'Tomás Silva', 'Oswayo Valley', 'Northern Potter', 'Noah Kim']
	}
];


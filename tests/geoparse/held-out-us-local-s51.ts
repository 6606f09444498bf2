// US local news written for session 51 (none copied from anywhere) and scored BEFORE any change was tuned on them:
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s51` (issue #10: hidden US local news at Acc@161
// 0.73, F1 0.78 wanted). Shapes the earlier batches lack, one text of each in both halves, each half from a different
// region, aimed at what is hard (everyday-word and given-name towns, persons and firms named like the story's towns,
// bare county names before "counties", places the gazetteer lacks beside namesakes it has): ice-out contests (the
// Northeast Kingdom: Newport, Troy, Brighton, Morgan, Charleston; the Arrowhead: Ely, Tower, Cook, Orr, Embarrass, a
// raffle winner named Virginia), tax-delinquent land sales (Baxter County, AR: Mountain Home, Cotter, Norfork, owners
// Lakeview Holdings and Gary Flippin; Douglas County, MO: Ava, Vanzant, Squires, Dora, owners Drury and Thornfield),
// powwows and tribal fairs (the Four Corners: Shiprock, Aztec, Bloomfield, Farmington, Cortez, Towaoc; western
// Oklahoma: Anadarko, Carnegie, Apache, Hobart), lottery winners by store town (West Virginia's coalfields: Man,
// Gilbert, Logan, Welch, a Marathon station; New Hampshire's North Country: Pittsburg, Errol, Milan, Madison, Conway),
// sheriff's logs and blotters (Whidbey and the San Juans: Freeland, Clinton, Langley, Bayview, a man named Everett;
// the Outer Banks: Duck, Avon, Buxton, Frisco, Hatteras), church notes with congregations named for Bible places
// (Bethel, Mount Zion, New Jerusalem, Antioch, Shiloh, Canaan, Bethlehem) beside the Lowcountry's and the Black Belt's
// towns (Beaufort, Ridgeland, Levy; Selma, Marion, Uniontown, Greensboro, Linden) and a pastor named Hampton or
// Clayton Hale, statehouse notebooks with members named like towns (Acadiana: Lafayette Broussard, D-Opelousas; Eunice
// Fontenot; Scott Hebert, R-Carencro; Iota, Sunset, Church Point; the Flint Hills: Marion Hughes, Florence Baird,
// Dwight Peabody, R-Alma), borough briefs (Huntingdon County, PA: Alexandria, Petersburg, Saltillo, Mapleton, a
// secretary named Hesston; Schuylkill County: Shenandoah, Ashland, Minersville, Sunbury Street), deer check stations
// (the Upper Peninsula: Escanaba, Gladstone, Newberry, McMillan; Pocahontas County, WV: Hillsboro, Durbin, Cass, Frank,
// Bartow, Williamsburg), fishing reports (Lake Cumberland and Dale Hollow: Jamestown, Albany, Nancy; Lake of the
// Ozarks: Warsaw, Versailles, an angler named Laurie), obituaries with survivors' towns (Otter Tail County, MN: Dent,
// Vergas, Henning, a maiden name Underwood, a married name Dalton, a sister Ione; the Oregon coast: Coquille, Bandon,
// Gold Beach, a sister Florence of Reedsport, a daughter Sharon Gold), wrestling results by school (west-central
// Minnesota: Dawson-Boyd, Chokio-Alberta, Benson, Morris, a wrestler named Madison; northeast Iowa: Denver,
// Independence, Waverly-Shell Rock, Osage), burn bans naming bare counties (the Texas Panhandle: "Carson, Gray,
// Hutchinson and Moore counties", Panhandle the town; the Cape Fear coast: "Brunswick, Pender, New Hanover, Onslow and
// Columbus counties"), six- and eight-man football schedules (the Nebraska Sandhills: Arthur, Hyannis, Stapleton,
// Wallace, Maxwell, Cody-Kilgore; central Montana: Roy-Winifred, Denton-Geyser-Stanford, Power-Dutton-Brady, Belt,
// Lima, Sheridan), power outages by utility (Middle Tennessee: Manchester, Winchester, Fayetteville, Columbia, Duck
// River Electric; southern Arkansas: Hope, Nashville, Camden, Magnolia, Junction City, El Dorado), passenger-rail
// schedules (the Southwest Chief: Trinidad, Las Vegas, Lamy, Winslow, Needles; the Cardinal: Prince, Thurmond,
// Montgomery, Charleston, Huntington), letters to the editor signed by town (Waldo County, ME: Liberty, Freedom, Unity,
// Troy, Jackson, Monroe, writers named Knox and Morrill; Orange County, VT: Tunbridge, Randolph, Braintree, Corinth,
// writers named Warren, Chelsea and Berlin), signing days (the Mississippi Delta: Cleveland, Shaw, Leland, a player
// named Drew, colleges named Jackson State and Delta State; southwest Kansas: Holcomb, Ulysses, Liberal, Syracuse,
// players named Meade, Lakin and Medina), boil-water notices (the lower Eastern Shore: Princess Anne, Westover,
// Salisbury, Berlin, Marion Station; the Hill Country: Hunt, Comfort, Center Point, Mountain Home, Harper) and festival
// calendars (Iowa: Pella, Orange City, Elk Horn, the Tivoli Fest; the Skagit: Mount Vernon, Burlington, Concrete).
// Gold points are the places' own coordinates, the state written from knowledge and the point picked from `gazette
// lookup NAME --country US` in that state (the entry matched by its own name where several share a state); places
// the gazetteer lacks (Brighton, Westmore and Charleston, VT; Rockhill and Mapleton, PA; McMillan, MI; Montville, ME;
// Duck, NC; Frank, WV; Lima, MT; Braintree and Thetford, VT; Rockport, WA; Cedar Hall, MD; Levy, SC; Rocky Boy, MT;
// the named lakes, rivers, dams and regions) carry points from knowledge. State abbreviations ("Ariz.", "N.D.") are
// not graded; a team, school or college named for its town is the town; each town of a hyphenated district or co-op
// team is graded at its own point; a bare county name before "counties" is the county. Half A is for tuning; half B
// stays held out. 20 texts a half; 231 gold names in A and 232 in B.
// Before any change (main 3640787): A 183/190 within 161 km (0.963), 51 named places not mapped, 4 names of no place
// mapped; B 178/188 (0.947), 54 not mapped, 0. Harder than s50's (0.985/0.986): about a fifth of the gold is unmapped.
// After session 51's landed rules (town-possessions.ts: a local town's possessive before its festival or, a US town's,
// a person named in full; judge.ts: a name-like word where a person lives, "Ruth Derby of Troy"; bracketed-names.ts: a
// maiden name after a middle initial; main 30ce098): A 187/194 (0.964), 47 not mapped, 3 false (Underwood gone;
// Ruleville, Kalona, Decorah, Troy newly mapped); B, scored once at the end, 179/189 (0.947), 53 not mapped, 0 false,
// with a deed test for the possessive's person that did not land (it left "Holcomb's Isaac Medina will play football"
// unmapped); on main 527f137 B reads 180/190, 52 not mapped, 0 false. A's wrong left: Brighton and Charleston, VT
// (missing) as far namesakes, Levy, SC (missing) as Pecos by an alternate name, Lake Cumberland as Cumberland, England,
// Benson (MN) as Arizona's, Alberta of Chokio-Alberta as the province, Las Vegas (NM, beside Raton and Lamy) as
// Nevada's. B's wrong: Orr (MN) as Kersey, CO by an alternate name, Greensboro and Thomasville (AL, beside Selma) as
// NC's and another state's, Highland County (VA, beside Pocahontas County, WV) as Ohio's, Warsaw (MO, beside Truman
// Dam) as Poland's capital, Lima (MT, missing) as Peru's, Braintree and Thetford (VT, missing) as England's, Syracuse
// (KS) as New York's, Rockport (WA, missing) as another state's. B's not mapped include most towns of Montana's
// eight-man co-op teams (Roy-Winifred, Denton-Geyser-Stanford, Power-Dutton-Brady, Harlowton-Ryegate, Winnett-Grass
// Range, Geraldine-Highwood, "Twin Bridges at Ennis; Sheridan at Lima"), possessives before given names the lexicon
// lacks ("Ulysses' Kaden Meade", "Cimarron's Jace Cooper"), "Dodge City Community College", Hunt, Comfort and Harper
// (TX), Sedro-Woolley, Concrete, Waverly-Shell Rock, Cook and Embarrass (MN), El Dorado (of "El Dorado Water
// Utilities"), Bandon (of "Bandon High School") and Duplin (of "Bladen and Duplin counties").
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S51_A: GenreText[] = [
	{
		genre: 'local',
		text: "Ice-out watch. NEWPORT — The ice went out of Lake Memphremagog on Monday, two days earlier than last year, the judges of the Newport Daily Express contest said. The winning guesses came from Ruth Derby of Troy and Earl Spaulding of Coventry. Island Pond in Brighton cleared Sunday; Crystal Lake in Barton and Lake Willoughby in Westmore still held ice Tuesday. Seymour Lake in Morgan should open by the weekend, and the state boat launch in Charleston reopens May 1.",
		gold: { NEWPORT: [44.94, -72.21], "Lake Memphremagog": [45.05, -72.25], Troy: [44.9, -72.4], Coventry: [44.87, -72.26], "Island Pond": [44.81, -71.88], Brighton: [44.81, -71.88], "Crystal Lake": [44.74, -72.17], Barton: [44.75, -72.18], "Lake Willoughby": [44.75, -72.06], Westmore: [44.77, -72.05], "Seymour Lake": [44.89, -71.99], Morgan: [44.88, -71.97], Charleston: [44.85, -72] },
		notPlaces: ['Ruth Derby', 'Derby', 'Earl Spaulding', 'Spaulding', 'Newport Daily Express']
	},
	{
		genre: 'local',
		text: "NOTICE OF TAX-DELINQUENT LAND SALE. The Commissioner of State Lands will offer these Baxter County parcels at public auction on Aug. 12 at the courthouse in Mountain Home: Parcel 001-04512, a lot in the Town of Gassville, owner of record Lakeview Holdings LLC; Parcel 010-02231, 2.1 acres near Norfork, owner Gary Flippin; Parcel 015-00917, a cabin lot in the City of Bull Shoals; Parcel 022-01140, a lot in Cotter on the White River; Parcel 030-00355, 40 acres in Big Flat. Redemption may be made at the county collector's office until the day of sale.",
		gold: { "Baxter County": [36.23, -92.4], "Mountain Home": [36.34, -92.39], Gassville: [36.28, -92.49], Norfork: [36.21, -92.27], "Bull Shoals": [36.38, -92.58], Cotter: [36.27, -92.54], "White River": [36.25, -92.3], "Big Flat": [36.01, -92.39] },
		notPlaces: ['Lakeview Holdings LLC', 'Lakeview', 'Gary Flippin', 'Flippin', 'Commissioner of State Lands']
	},
	{
		genre: 'local',
		text: "Northern Navajo Fair. SHIPROCK — The 112th Northern Navajo Nation Fair opens Thursday with a parade along U.S. 491, and the powwow grand entry is Saturday night. Organizers expect dancers from Window Rock, Chinle, Kayenta and Tuba City, and drum groups from as far as Rocky Boy in Montana. The rodeo draws cowboys from Kirtland, Aztec and Bloomfield, and shuttle buses run from Farmington and Cortez. The Ute Mountain Ute Tribe in Towaoc holds its own Bear Dance in June.",
		gold: { SHIPROCK: [36.79, -108.69], "Window Rock": [35.68, -109.05], Chinle: [36.15, -109.55], Kayenta: [36.73, -110.25], "Tuba City": [36.13, -111.24], "Rocky Boy": [48.25, -109.78], Montana: [47, -109.5], Kirtland: [36.73, -108.36], Aztec: [36.82, -107.99], Bloomfield: [36.71, -107.98], Farmington: [36.73, -108.22], Cortez: [37.35, -108.59], Towaoc: [37.2, -108.73] },
		notPlaces: ['Bear Dance']
	},
	{
		genre: 'local',
		text: "Lottery winners. CHARLESTON — A Powerball ticket worth $150,000 was sold at the Go-Mart in Man, lottery officials said Monday. Other winning tickets last week: $10,000 at a Marathon station in Gilbert; $5,000 at Tudor's Biscuit World in Logan; $2,000 at a store on Route 52 in Welch; and a $50,000 scratch-off bought in Pineville by a Mullens man who asked not to be named. Tickets sold in Williamson and Matewan also matched four numbers.",
		gold: { CHARLESTON: [38.35, -81.63], Man: [37.74, -81.88], Gilbert: [37.64, -81.95], Logan: [37.85, -81.99], Welch: [37.43, -81.58], Pineville: [37.58, -81.54], Mullens: [37.58, -81.38], Williamson: [37.67, -82.28], Matewan: [37.59, -82.07] },
		notPlaces: ['Powerball', 'Go-Mart', 'Marathon', 'Tudor', 'Tudor\'s Biscuit World']
	},
	{
		genre: 'local',
		text: "Sheriff's log. Island County deputies took these reports last week. Monday: a Freeland woman reported a kayak stolen from the beach near Clinton. Tuesday: a 34-year-old Oak Harbor man was arrested at the Coupeville ferry terminal on a warrant from Skagit County. Wednesday: a deer was hit on Highway 525 south of Greenbank. Thursday: a caller in Langley reported a man named Everett sleeping in a pickup; deputies gave him a ride to Bayview. Friday: the ferry from Port Townsend was held 20 minutes for a medical call. In San Juan County, a Friday Harbor man was cited for crabbing off Lopez Island without a license, and Eastsound volunteers helped a hiker down from Mount Constitution.",
		gold: { "Island County": [48.18, -122.54], Freeland: [48.01, -122.53], Clinton: [47.98, -122.36], "Oak Harbor": [48.29, -122.64], Coupeville: [48.22, -122.69], "Skagit County": [48.5, -121.83], Greenbank: [48.1, -122.58], Langley: [48.04, -122.41], Bayview: [48.48, -122.48], "Port Townsend": [48.12, -122.76], "San Juan County": [48.62, -122.99], "Friday Harbor": [48.53, -123.02], "Lopez Island": [48.5, -122.87], Eastsound: [48.7, -122.91], "Mount Constitution": [48.68, -122.83] },
		notPlaces: ['Everett', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
	},
	{
		genre: 'local',
		text: "Church notes. The men's choir of Bethel AME Church in Beaufort sings Sunday at Mount Zion Baptist in Ridgeland. Brick Baptist Church on St. Helena Island holds its homecoming Oct. 5, with dinner on the grounds. The youth of New Jerusalem Missionary Baptist in Yemassee leave Friday on a mission trip to Jamaica. Antioch Church of Bluffton will hear the Rev. Samuel Hampton of Port Royal. A revival at Shiloh United Methodist, between Hardeeville and Levy, runs Monday through Wednesday at 7 p.m.",
		gold: { Beaufort: [32.43, -80.67], Ridgeland: [32.48, -80.98], "St. Helena Island": [32.37, -80.54], Yemassee: [32.69, -80.85], Jamaica: [18.11, -77.3], Bluffton: [32.24, -80.86], "Port Royal": [32.38, -80.69], Hardeeville: [32.29, -81.08], Levy: [32.2, -81] },
		notPlaces: ['Bethel', 'Bethel AME Church', 'Mount Zion', 'Mount Zion Baptist', 'New Jerusalem', 'Jerusalem', 'Antioch', 'Shiloh', 'Samuel Hampton', 'Hampton', 'Brick Baptist Church']
	},
	{
		genre: 'local',
		text: "Statehouse notebook. BATON ROUGE — Rep. Troy Guidry, R-Crowley, whose district takes in Crowley, Rayne and Iota, filed a bill Tuesday to pay for drainage work in Acadia Parish. Rep. Lafayette Broussard, D-Opelousas, wants a rural clinic in Church Point; his district runs from Sunset to Grand Coteau in St. Landry Parish. Sen. Eunice Fontenot, R-Ville Platte, will carry a bill for the Mamou Cajun Music Festival. Rep. Scott Hebert, R-Carencro, is still weighing a run for the Lafayette Parish council.",
		gold: { "BATON ROUGE": [30.44, -91.19], Crowley: [30.21, -92.37], Rayne: [30.23, -92.27], Iota: [30.33, -92.5], "Acadia Parish": [30.27, -92.41], Opelousas: [30.53, -92.08], "Church Point": [30.4, -92.22], Sunset: [30.41, -92.07], "Grand Coteau": [30.42, -92.05], "St. Landry Parish": [30.53, -92.06], "Ville Platte": [30.69, -92.27], Mamou: [30.63, -92.42], Carencro: [30.32, -92.05], "Lafayette Parish": [30.23, -92.06] },
		notPlaces: ['Troy Guidry', 'Troy', 'Guidry', 'Lafayette Broussard', 'Lafayette', 'Broussard', 'Eunice Fontenot', 'Eunice', 'Fontenot', 'Scott Hebert', 'Scott', 'Hebert']
	},
	{
		genre: 'local',
		text: "Borough briefs. Alexandria council agreed Monday to share a police officer with Petersburg, four miles up the Juniata. In Mount Union, council hired a code officer and set a hearing on the Shirleysburg water line. Orbisonia and Rockhill will hold a joint trick-or-treat night on Oct. 30, and Three Springs moved its meeting to Nov. 4. Saltillo council named Paul Hesston its secretary. Mapleton will pave Main Street this month, with detours through Huntingdon.",
		gold: { Alexandria: [40.55, -78.1], Petersburg: [40.6, -78], Juniata: [40.5, -77.95], "Mount Union": [40.38, -77.88], Shirleysburg: [40.3, -77.87], Orbisonia: [40.24, -77.91], Rockhill: [40.24, -77.9], "Three Springs": [40.18, -77.99], Saltillo: [40.21, -78.01], Mapleton: [40.39, -77.94], Huntingdon: [40.48, -78.01] },
		notPlaces: ['Paul Hesston', 'Hesston', 'Main Street']
	},
	{
		genre: 'local',
		text: "Deer check. ESCANABA — The state check station in Escanaba counted 412 bucks over opening weekend, up from 380 a year ago. Gladstone's station saw 160, and hunters near Rapid River said deer were moving well in the cedar swamps. In Schoolcraft County, Manistique checked 203 deer and Germfask 41. Newberry's station, which serves Luce County, logged a 10-pointer shot near McMillan by a hunter from Engadine. Munising saw fewer deer than last year. Biologists in Marquette said the mild winter helped fawns survive.",
		gold: { ESCANABA: [45.75, -87.06], Gladstone: [45.85, -87.02], "Rapid River": [45.91, -86.88], "Schoolcraft County": [46.03, -86.25], Manistique: [45.96, -86.25], Germfask: [46.24, -85.92], Newberry: [46.35, -85.51], "Luce County": [46.56, -85.61], McMillan: [46.35, -85.72], Engadine: [46.2, -85.6], Munising: [46.41, -86.65], Marquette: [46.54, -87.4] }
	},
	{
		genre: 'local',
		text: "Fishing report. Lake Cumberland is at 714 feet and clear. Striped bass are chasing shad below Wolf Creek Dam and around Burnside. Walleye are suspended in 20 feet of water near Jamestown; try the points off Russell Springs at dawn. Crappie are on brush piles in the Fishing Creek arm near Somerset. On Dale Hollow, smallmouth are biting along the bluffs near Byrdstown and Albany. On the Cumberland River below the dam, trout are taking corn and worms. Report from Jesse Russell of Nancy.",
		gold: { "Lake Cumberland": [36.9, -84.9], "Wolf Creek Dam": [36.87, -85.15], Burnside: [36.99, -84.6], Jamestown: [36.98, -85.06], "Russell Springs": [37.06, -85.09], "Fishing Creek": [37.05, -84.62], Somerset: [37.09, -84.6], "Dale Hollow": [36.58, -85.25], Byrdstown: [36.57, -85.13], Albany: [36.69, -85.13], "Cumberland River": [36.85, -85.2], Nancy: [37.06, -84.72] },
		notPlaces: ['Jesse Russell', 'Russell']
	},
	{
		genre: 'local',
		text: "Obituary. Marlys J. (Underwood) Dalton, 86, of Battle Lake, died Feb. 2 at Lake Region Hospital in Fergus Falls. She was born on a farm near Henning and taught country school at Vergas and Dent before marrying Arnold Dalton in 1958. Survivors include daughters Carol (Dean) Nelson of Perham and Jan (Craig) Ashby of Mesa, Ariz.; a son, Dale, of Fargo, N.D.; a sister, Ione, of Pelican Rapids; and 11 grandchildren. Services are Saturday at Trinity Lutheran in Clitherall, with burial in Ottertail.",
		gold: { "Battle Lake": [46.28, -95.71], "Fergus Falls": [46.28, -96.08], Henning: [46.32, -95.45], Vergas: [46.67, -95.79], Dent: [46.56, -95.76], Perham: [46.59, -95.57], Mesa: [33.42, -111.82], Fargo: [46.88, -96.79], "Pelican Rapids": [46.57, -96.08], Clitherall: [46.28, -95.63], Ottertail: [46.43, -95.56] },
		notPlaces: ['Marlys', 'Underwood', 'Dalton', 'Arnold Dalton', 'Ashby', 'Craig', 'Ione', 'Dale', 'Dean', 'Nelson', 'Carol', 'Trinity', 'Lake Region Hospital']
	},
	{
		genre: 'local',
		text: "Wrestling. MONTEVIDEO — Results from Saturday's West Central Conference meet: 106: Eli Wagner (Ortonville) pinned Tom Brekke (Dawson-Boyd), 1:52. 120: Cole Fischer (Montevideo) dec. Ben Hanson (Lac qui Parle Valley), 6-3. 138: Jake Madison (Benson) major dec. Sam Thorson (Minnewaska), 12-2. 160: Luke Anderson (Morris Area/Chokio-Alberta) pinned Nate Olson (BOLD), 3:10. Team scores: Montevideo 186, Ortonville 150, Dawson-Boyd 142, Benson 121. The section meet is Feb. 15 in Marshall.",
		gold: { MONTEVIDEO: [44.95, -95.72], Montevideo: [44.95, -95.72], Ortonville: [45.3, -96.44], Dawson: [44.93, -96.05], Boyd: [44.85, -95.94], Benson: [45.31, -95.6], Morris: [45.59, -95.91], Chokio: [45.55, -96.17], Alberta: [45.56, -96.05], Marshall: [44.45, -95.79] },
		notPlaces: ['Jake Madison', 'Madison', 'Eli Wagner', 'Tom Brekke', 'Cole Fischer', 'Ben Hanson', 'Sam Thorson', 'Luke Anderson', 'Nate Olson', 'BOLD']
	},
	{
		genre: 'local',
		text: "Burn bans. AMARILLO — Commissioners in Carson, Gray, Hutchinson and Moore counties renewed their outdoor burn bans Tuesday as fire danger stayed high across the Panhandle. Potter and Randall counties let theirs lapse after last week's rain, which left 1.4 inches in Canyon and half an inch in Dumas. Crews from Borger, Pampa and Panhandle spent Sunday on a 900-acre grass fire near Skellytown. Wheeler County bans fireworks through July 5.",
		gold: { AMARILLO: [35.22, -101.83], Carson: [35.48, -101.35], Gray: [35.4, -100.81], Hutchinson: [35.84, -101.35], Moore: [35.77, -101.89], Panhandle: [35.35, -101.38], Potter: [35.4, -101.89], Randall: [34.92, -101.92], Canyon: [34.98, -101.92], Dumas: [35.87, -101.97], Borger: [35.67, -101.4], Pampa: [35.54, -100.96], Skellytown: [35.57, -101.17], "Wheeler County": [35.41, -100.22] }
	},
	{
		genre: 'local',
		text: "Six-man football. Friday's games, 7 p.m. Mountain time: Arthur County at Hyannis; Mullen at Sandhills/Thedford; Stapleton at Paxton; Wallace at Maxwell; Cody-Kilgore at Crawford. Last week: Mullen 52, Hyannis 6; Paxton 44, Wallace 38 in overtime; Arthur County 60, Stapleton 14. The six-man final is Nov. 20 in Kearney.",
		gold: { "Arthur County": [41.6, -101.64], Hyannis: [42, -101.76], Mullen: [42.04, -101.04], Thedford: [41.98, -100.58], Stapleton: [41.48, -100.51], Paxton: [41.13, -101.36], Wallace: [40.83, -101.17], Maxwell: [41.06, -100.53], Cody: [42.83, -101.29], Kilgore: [42.91, -100.99], Crawford: [42.68, -103.41], Kearney: [40.7, -99.08] }
	},
	{
		genre: 'local',
		text: "Outages. About 9,000 customers lost power overnight as storms crossed Middle Tennessee. Duck River Electric Membership Corp. reported 4,100 out in Shelbyville, Lewisburg and Tullahoma, most restored by noon. Middle Tennessee Electric had 2,300 out around Manchester and Winchester. In Lincoln County, Fayetteville Public Utilities said a tree on a line left 800 without power along Highway 64 toward Pulaski. Crews from Columbia Power and Water came to help in Lynchburg.",
		gold: { "Middle Tennessee": [35.8, -86.6], Shelbyville: [35.48, -86.46], Lewisburg: [35.45, -86.79], Tullahoma: [35.36, -86.21], Manchester: [35.48, -86.09], Winchester: [35.19, -86.11], "Lincoln County": [35.21, -86.56], Fayetteville: [35.15, -86.57], Pulaski: [35.2, -87.03], Columbia: [35.62, -87.04], Lynchburg: [35.28, -86.37] },
		notPlaces: ['Duck River Electric Membership Corp.', 'Middle Tennessee Electric']
	},
	{
		genre: 'local',
		text: "Rail service. The Southwest Chief will run on a detour schedule through March while track work closes the line between Trinidad and Raton. Westbound trains will skip Raton, Las Vegas and Lamy, with buses connecting to Albuquerque. Stops at Gallup, Winslow and Flagstaff keep their times; Kingman and Needles passengers should expect delays of up to an hour. The eastbound train reaches the Colorado town of La Junta at 9:15 a.m.",
		gold: { Trinidad: [37.17, -104.5], Raton: [36.9, -104.44], "Las Vegas": [35.59, -105.22], Lamy: [35.43, -105.94], Albuquerque: [35.08, -106.65], Gallup: [35.53, -108.74], Winslow: [35.02, -110.7], Flagstaff: [35.2, -111.65], Kingman: [35.19, -114.05], Needles: [34.85, -114.61], Colorado: [39, -105.5], "La Junta": [37.99, -103.54] },
		notPlaces: ['Southwest Chief']
	},
	{
		genre: 'local',
		text: "Letters to the editor. Keep the clinic open: closing the walk-in clinic in Belfast would leave those of us in Liberty, Montville and Freedom an hour's drive from Augusta. — Ruth Coombs, Liberty. Thank the road crew: the Unity highway crew had our road open by 6 a.m. after the storm. — Harold Knox, Troy. School budget: the district's budget asks Brooks, Jackson, Monroe and Thorndike to pay more again. — Edna Ames, Monroe. Library hours: the Searsport library should open on Saturdays. — Paul Morrill, Stockton Springs",
		gold: { Belfast: [44.43, -69.01], Liberty: [44.39, -69.3], Montville: [44.46, -69.29], Freedom: [44.53, -69.3], Augusta: [44.31, -69.78], Unity: [44.6, -69.33], Troy: [44.66, -69.24], Brooks: [44.55, -69.12], Jackson: [44.61, -69.12], Monroe: [44.62, -69.02], Thorndike: [44.58, -69.28], Searsport: [44.46, -68.92], "Stockton Springs": [44.49, -68.86] },
		notPlaces: ['Ruth Coombs', 'Coombs', 'Harold Knox', 'Knox', 'Edna Ames', 'Edna', 'Ames', 'Paul Morrill', 'Morrill']
	},
	{
		genre: 'local',
		text: "Signing day. CLEVELAND — Six Delta athletes signed college letters Wednesday. Cleveland Central linebacker Jaylen Drew stays home at Delta State. Gentry's Marcus Hill of Indianola signed with Mississippi Valley State in Itta Bena. Greenwood's Tyree Jones is headed to Jackson State, and Ruleville's Kendra Lee will run track at Coahoma Community College near Clarksdale. Shaw's Devin Price signed with Alcorn State, and Leland's Amari Cole chose Louisiana Tech in Ruston.",
		gold: { CLEVELAND: [33.74, -90.72], Indianola: [33.45, -90.66], "Itta Bena": [33.5, -90.32], Greenwood: [33.52, -90.18], Ruleville: [33.73, -90.55], Clarksdale: [34.2, -90.57], Shaw: [33.6, -90.77], Leland: [33.41, -90.9], Ruston: [32.52, -92.64] },
		notPlaces: ['Jaylen Drew', 'Drew', 'Marcus Hill', 'Tyree Jones', 'Kendra Lee', 'Lee', 'Devin Price', 'Price', 'Amari Cole', 'Gentry', 'Delta State', 'Mississippi Valley State', 'Jackson State', 'Alcorn State', 'Louisiana Tech', 'Coahoma Community College']
	},
	{
		genre: 'local',
		text: "Boil-water notice. PRINCESS ANNE — Customers on the Somerset County water system between Princess Anne and Westover must boil tap water until further notice after a main broke Monday, the county said. Crisfield's system is not affected. In Worcester County, Snow Hill lifted its notice Tuesday, but Pocomoke City asked residents on Market Street and in Cedar Hall to keep boiling. Bottled water is available at the fire hall in Marion Station and at the Salisbury Walmart. Berlin and Ocean City use separate systems.",
		gold: { "PRINCESS ANNE": [38.2, -75.69], "Somerset County": [38.1, -75.81], "Princess Anne": [38.2, -75.69], Westover: [38.1, -75.81], Crisfield: [37.98, -75.85], "Worcester County": [38.23, -75.39], "Snow Hill": [38.18, -75.39], "Pocomoke City": [38.08, -75.57], "Cedar Hall": [37.97, -75.58], "Marion Station": [38.03, -75.76], Salisbury: [38.36, -75.6], Berlin: [38.32, -75.22], "Ocean City": [38.34, -75.08] },
		notPlaces: ['Market Street', 'Walmart']
	},
	{
		genre: 'local',
		text: "Festivals. PELLA — Tulip Time opens Thursday with the street scrubbing and the Volks Parade, and Pella expects 150,000 visitors over three days. Orange City holds its Tulip Festival the following weekend. Kalona's Fall Festival and the Oktoberfest in the Amana Colonies come in September, while Decorah's Nordic Fest fills Water Street in late July. Elk Horn and Kimballton share the Tivoli Fest on Memorial Day weekend, with Danish dancers from Minneapolis and Omaha.",
		gold: { PELLA: [41.41, -92.92], Pella: [41.41, -92.92], "Orange City": [43.01, -96.06], Kalona: [41.48, -91.71], "Amana Colonies": [41.83, -91.89], Decorah: [43.3, -91.79], "Elk Horn": [41.59, -95.06], Kimballton: [41.64, -95.06], Minneapolis: [44.98, -93.26], Omaha: [41.26, -95.94] },
		notPlaces: ['Tulip Time', 'Volks Parade', 'Tulip Festival', 'Oktoberfest', 'Nordic Fest', 'Water Street', 'Tivoli Fest', 'Tivoli', 'Memorial Day']
	}
];

export const HELD_OUT_US_LOCAL_S51_B: GenreText[] = [
	{
		genre: 'local',
		text: "Ice-out. ELY — Shagawa Lake went out Sunday, the latest since 2014, and the chamber's ice-out raffle went to Virginia Hoel of Babbitt. Burntside Lake still held 14 inches of ice Monday. On Lake Vermilion the ice left the bays near Tower on Tuesday, while the open water toward Cook stayed locked up. Pelican Lake near Orr opened Wednesday, and resorts at Crane Lake hope to open by the fishing opener. An Embarrass man who has kept the dates since 1961 said only three springs were later.",
		gold: { ELY: [47.9, -91.87], "Shagawa Lake": [47.91, -91.87], Babbitt: [47.71, -91.94], "Burntside Lake": [47.93, -92], "Lake Vermilion": [47.85, -92.35], Tower: [47.81, -92.29], Cook: [47.85, -92.69], "Pelican Lake": [48.07, -92.92], Orr: [48.14, -92.86], "Crane Lake": [48.26, -92.49], Embarrass: [47.67, -92.21] },
		notPlaces: ['Virginia Hoel', 'Virginia', 'Hoel']
	},
	{
		genre: 'local',
		text: "NOTICE OF SALE FOR DELINQUENT TAXES. The collector of Douglas County, Missouri, will sell the following lands at the east door of the courthouse in Ava on Aug. 25 at 10 a.m.: 1. A tract of 20 acres near Vanzant, owner Norman Drury. 2. Lot 7 within the Ava city limits, owner Goodhope Properties LLC. 3. Eighty acres on Bryant Creek near Squires. 4. A tract near Dora in neighboring Ozark County, owner Thornfield Farms. 5. A lot in Gainesville near the square. 6. Twelve acres off Highway 5 toward Mansfield.",
		gold: { "Douglas County": [36.93, -92.48], Missouri: [38.4, -92.5], Ava: [36.95, -92.66], Vanzant: [36.97, -92.3], "Bryant Creek": [36.75, -92.4], Squires: [36.85, -92.58], Dora: [36.76, -92.24], "Ozark County": [36.6, -92.41], Gainesville: [36.6, -92.43], Mansfield: [37.11, -92.58] },
		notPlaces: ['Norman Drury', 'Drury', 'Goodhope Properties LLC', 'Goodhope', 'Thornfield Farms', 'Thornfield']
	},
	{
		genre: 'local',
		text: "American Indian Exposition. ANADARKO — The 90th American Indian Exposition opens Monday at the Caddo County fairgrounds, with a parade downtown and war dance contests each night. Host drums come from Carnegie and Mountain View, and families have already set up camp from Fort Cobb, Apache and Hobart. Tribal offices in Lawton will close Friday so staff can attend. A shuttle runs from Chickasha.",
		gold: { ANADARKO: [35.07, -98.24], "Caddo County": [35.26, -98.37], Carnegie: [35.1, -98.6], "Mountain View": [35.1, -98.75], "Fort Cobb": [35.1, -98.44], Apache: [34.89, -98.37], Hobart: [35.03, -99.09], Lawton: [34.61, -98.39], Chickasha: [35.05, -97.94] },
		notPlaces: ['American Indian Exposition']
	},
	{
		genre: 'local',
		text: "Lottery. CONCORD — A Mega Millions ticket worth $1 million was sold at the general store in Pittsburg, lottery officials said Thursday. Other winners: $50,000 on a scratch ticket bought at a gas station in Colebrook; $10,000 Powerball tickets sold in Errol and Milan; and $2,500 at a market in Tamworth. A Conway woman claimed $100,000 from a ticket bought in Madison last month. The Pittsburg winner has a year to claim the prize at the lottery office in Concord.",
		gold: { CONCORD: [43.21, -71.54], Pittsburg: [45.05, -71.39], Colebrook: [44.89, -71.5], Errol: [44.8, -71.14], Milan: [44.57, -71.19], Tamworth: [43.86, -71.26], Conway: [43.98, -71.12], Madison: [43.9, -71.15], Concord: [43.21, -71.54] },
		notPlaces: ['Mega Millions', 'Powerball']
	},
	{
		genre: 'local',
		text: "Police blotter. Dare County deputies and town police made these arrests last week: a Kill Devil Hills man, 27, charged with driving while impaired on the bypass in Nags Head; a Manteo woman, 41, on a larceny warrant from Currituck County; a Wanchese man, 52, charged with assault at a bar in Kitty Hawk. On Hatteras Island, deputies answered a break-in at a rental house in Avon and a stolen golf cart in Buxton. A Frisco man was cited for driving on the beach at Hatteras without a permit. Duck police reported a quiet week.",
		gold: { "Dare County": [35.71, -75.74], "Kill Devil Hills": [36.03, -75.68], "Nags Head": [35.96, -75.62], Manteo: [35.91, -75.68], "Currituck County": [36.34, -75.94], Wanchese: [35.84, -75.64], "Kitty Hawk": [36.06, -75.71], "Hatteras Island": [35.4, -75.5], Avon: [35.35, -75.51], Buxton: [35.27, -75.54], Frisco: [35.23, -75.61], Hatteras: [35.22, -75.69], Duck: [36.17, -75.75] }
	},
	{
		genre: 'local',
		text: "Church news. SELMA — Brown Chapel AME Church will host the county's Thanksgiving service Nov. 23. The choir of Mount Olive Baptist in Uniontown sings at the anniversary of Bethlehem Missionary Baptist in Marion on Sunday. Greensboro's First Presbyterian welcomes the Rev. Clayton Hale as its pastor. A gospel sing at Canaan Baptist near Linden will raise money for a family in Thomasville who lost their home to fire. The youth of Shiloh Missionary Baptist in Demopolis return Saturday from a mission week in Honduras.",
		gold: { SELMA: [32.41, -87.02], Uniontown: [32.45, -87.51], Marion: [32.63, -87.32], Greensboro: [32.7, -87.6], Linden: [32.31, -87.8], Thomasville: [31.91, -87.74], Demopolis: [32.52, -87.84], Honduras: [15, -86.5] },
		notPlaces: ['Brown Chapel', 'Brown Chapel AME Church', 'Mount Olive', 'Mount Olive Baptist', 'Bethlehem', 'Clayton Hale', 'Clayton', 'Hale', 'Canaan', 'Shiloh', 'Thanksgiving']
	},
	{
		genre: 'local',
		text: "Capitol notes. TOPEKA — Rep. Marion Hughes, R-Council Grove, filed a bill Tuesday to repair the Neosho River bridge at Americus. Sen. Florence Baird, R-Cottonwood Falls, wants a passing lane on U.S. 50 between Strong City and Emporia. Rep. Dwight Peabody, R-Alma, whose district takes in Eskridge, Alta Vista and Herington, will hold a town hall in Wamego on Saturday.",
		gold: { TOPEKA: [39.05, -95.68], "Council Grove": [38.66, -96.49], "Neosho River": [38.4, -96.2], Americus: [38.51, -96.26], "Cottonwood Falls": [38.37, -96.54], "Strong City": [38.41, -96.52], Emporia: [38.4, -96.18], Alma: [39.02, -96.29], Eskridge: [38.86, -96.11], "Alta Vista": [38.86, -96.48], Herington: [38.67, -96.94], Wamego: [39.2, -96.31] },
		notPlaces: ['Marion Hughes', 'Marion', 'Hughes', 'Florence Baird', 'Florence', 'Baird', 'Dwight Peabody', 'Dwight', 'Peabody']
	},
	{
		genre: 'local',
		text: "Borough briefs. Shenandoah council agreed Tuesday to sell its old fire house to a church from Frackville. Mahanoy City will share a street sweeper with Girardville, and Ashland raised its trash fee by $4 a quarter. Minersville approved a Memorial Day parade route along Sunbury Street. Tamaqua council hired a Pottsville man as borough manager. Orwigsburg and Schuylkill Haven will seek a joint grant for the Schuylkill River trail. Port Carbon moved its meeting to Oct. 14.",
		gold: { Shenandoah: [40.82, -76.2], Frackville: [40.78, -76.23], "Mahanoy City": [40.81, -76.14], Girardville: [40.79, -76.28], Ashland: [40.78, -76.35], Minersville: [40.69, -76.26], Tamaqua: [40.8, -75.97], Pottsville: [40.69, -76.2], Orwigsburg: [40.65, -76.1], "Schuylkill Haven": [40.63, -76.17], "Schuylkill River": [40.6, -76.1], "Port Carbon": [40.7, -76.17] },
		notPlaces: ['Sunbury Street', 'Memorial Day']
	},
	{
		genre: 'local',
		text: "Deer season. MARLINTON — Check stations in Pocahontas County logged 1,120 bucks in the first week of rifle season, about even with last year. Hunters brought deer to stores in Hillsboro, Durbin and Green Bank, and the station at Cass had its best opening day in a decade. A 12-point buck taken near Frank by a hunter from Elkins led the county. Snow along the Highland County line kept hunters out of the high country near Bartow. In Greenbrier County, stations at Renick and Williamsburg were busy.",
		gold: { MARLINTON: [38.22, -80.09], "Pocahontas County": [38.39, -79.93], Hillsboro: [38.11, -80.26], Durbin: [38.55, -79.83], "Green Bank": [38.41, -79.8], Cass: [38.39, -79.99], Frank: [38.54, -79.83], Elkins: [38.93, -79.85], "Highland County": [38.34, -79.56], Bartow: [38.55, -79.8], "Greenbrier County": [37.94, -80.5], Renick: [37.99, -80.37], Williamsburg: [37.97, -80.49] }
	},
	{
		genre: 'local',
		text: "Fishing report. Lake of the Ozarks: water 68 degrees and stained in the upper end. Crappie are on docks in 12 feet of water near Osage Beach and in the coves off Sunrise Beach. Bass are hitting crankbaits on the points near Camdenton; try the Niangua arm at first light. Catfish are biting cut shad at Warsaw below Truman Dam, and paddlefish snaggers did well above Climax Springs. Walleye below Bagnell Dam are slow. Report from Wade Laurie of Versailles.",
		gold: { "Lake of the Ozarks": [38.12, -92.68], "Osage Beach": [38.13, -92.65], "Sunrise Beach": [38.16, -92.79], Camdenton: [38.01, -92.74], Niangua: [37.95, -92.83], Warsaw: [38.24, -93.38], "Truman Dam": [38.26, -93.4], "Climax Springs": [38.14, -92.95], "Bagnell Dam": [38.23, -92.6], Versailles: [38.43, -92.84] },
		notPlaces: ['Wade Laurie', 'Laurie']
	},
	{
		genre: 'local',
		text: "Obituary. Doris Elaine Myrtle, 89, of Coquille, died March 9 at Bay Area Hospital in Coos Bay. Born in Myrtle Point, she graduated from Bandon High School and worked 30 years at the cheese factory there. Survivors include her son, Gary, of North Bend; daughters Linda (Mike) Reed of Boise, Idaho, and Sharon Gold of Sparks, Nev.; a brother, Elmer, of Gold Beach; and a sister, Florence, of Reedsport. A service is April 2 at the Coquille Grange.",
		gold: { Coquille: [43.18, -124.19], "Coos Bay": [43.37, -124.22], "Myrtle Point": [43.06, -124.14], Bandon: [43.12, -124.41], "North Bend": [43.41, -124.22], Boise: [43.61, -116.2], Idaho: [44.4, -114.6], Sparks: [39.53, -119.75], "Gold Beach": [42.41, -124.42], Reedsport: [43.7, -124.1] },
		notPlaces: ['Doris Elaine Myrtle', 'Myrtle', 'Gary', 'Linda', 'Mike', 'Reed', 'Sharon Gold', 'Sharon', 'Gold', 'Elmer', 'Florence', 'Bay Area Hospital']
	},
	{
		genre: 'local',
		text: "Wrestling. DECORAH — Results from Saturday's Northeast Iowa Conference tournament: 113: Cade Miller (Decorah) pinned Owen Hall (New Hampton), 2:41. 126: Luke Shaw (Waverly-Shell Rock) dec. Jack Ryan (Crestwood), 7-4. 145: Mason Clark (Charles City) major dec. Eli Ward (Oelwein), 13-4. 170: Tate Lind (Denver) pinned Ben Cole (Independence), 1:15. Team scores: Waverly-Shell Rock 201, Decorah 177, Denver 150, New Hampton 122. Sectionals are Feb. 7 at Osage and Cresco.",
		gold: { DECORAH: [43.3, -91.79], Decorah: [43.3, -91.79], "New Hampton": [43.06, -92.32], Waverly: [42.73, -92.48], "Shell Rock": [42.71, -92.58], "Charles City": [43.07, -92.67], Oelwein: [42.67, -91.91], Denver: [42.67, -92.34], Independence: [42.47, -91.89], Osage: [43.28, -92.81], Cresco: [43.38, -92.11] },
		notPlaces: ['Cade Miller', 'Owen Hall', 'Luke Shaw', 'Shaw', 'Jack Ryan', 'Mason Clark', 'Clark', 'Eli Ward', 'Tate Lind', 'Ben Cole']
	},
	{
		genre: 'local',
		text: "Burn ban. WILMINGTON — The state forest service banned open burning Tuesday in Brunswick, Pender, New Hanover, Onslow and Columbus counties, where drought has dried out the pocosins. Bladen and Duplin counties are under a burn advisory. A 300-acre woods fire near Holly Ridge was 80 percent contained Wednesday, with help from crews in Hampstead, Burgaw and Jacksonville. Rain is not expected until Sunday, when the coast from Southport to Sneads Ferry could see an inch.",
		gold: { WILMINGTON: [34.23, -77.94], Brunswick: [34.07, -78.25], Pender: [34.46, -77.96], "New Hanover": [34.23, -77.9], Onslow: [34.75, -77.4], Columbus: [34.25, -78.61], Bladen: [34.61, -78.54], Duplin: [34.99, -77.94], "Holly Ridge": [34.5, -77.55], Hampstead: [34.37, -77.71], Burgaw: [34.55, -77.93], Jacksonville: [34.75, -77.43], Southport: [33.92, -78.02], "Sneads Ferry": [34.55, -77.4] }
	},
	{
		genre: 'local',
		text: "Eight-man football. Friday's games: Roy-Winifred at Denton-Geyser-Stanford; Big Sandy at Box Elder; Power-Dutton-Brady at Belt; Harlowton-Ryegate at Winnett-Grass Range. Saturday: Twin Bridges at Ennis; Sheridan at Lima, 1 p.m. Last week: Belt 46, Geraldine-Highwood 20; Denton-Geyser-Stanford 38, Big Sandy 36. The state semifinals are Nov. 8 in Lewistown.",
		gold: { Roy: [47.37, -108.86], Winifred: [47.64, -109.24], Denton: [47.32, -109.88], Geyser: [47.26, -110.48], Stanford: [47.15, -110.22], "Big Sandy": [48.18, -110.11], "Box Elder": [48.28, -109.82], Power: [47.68, -111.72], Dutton: [47.86, -111.69], Brady: [48.03, -111.75], Belt: [47.39, -110.93], Harlowton: [46.44, -109.83], Ryegate: [46.3, -109.26], Winnett: [47, -108.35], "Grass Range": [47.03, -108.83], "Twin Bridges": [45.53, -112.35], Ennis: [45.35, -111.73], Sheridan: [45.46, -112.2], Lima: [44.64, -112.59], Geraldine: [47.6, -110.28], Highwood: [47.58, -110.79], Lewistown: [47.06, -109.43] }
	},
	{
		genre: 'local',
		text: "Outages. TEXARKANA — Storms Sunday night left about 11,000 customers in southwest Arkansas without power. Southwestern Electric Power Co. reported 5,200 out in Hope, Prescott and Nashville. Entergy had 3,100 out around Camden and Magnolia, and the Ouachita Electric Cooperative reported lines down near Smackover and Junction City. El Dorado Water Utilities asked customers to conserve while its pumps ran on generators. Crews from Arkadelphia and Malvern were sent south Monday.",
		gold: { TEXARKANA: [33.44, -94.04], Arkansas: [34.8, -92.2], Hope: [33.67, -93.59], Prescott: [33.8, -93.38], Nashville: [33.95, -93.85], Camden: [33.58, -92.83], Magnolia: [33.27, -93.24], Smackover: [33.36, -92.72], "Junction City": [33.02, -92.72], "El Dorado": [33.21, -92.67], Arkadelphia: [34.12, -93.05], Malvern: [34.36, -92.81] },
		notPlaces: ['Southwestern Electric Power Co.', 'Entergy', 'Ouachita Electric Cooperative']
	},
	{
		genre: 'local',
		text: "Rail service. The Cardinal, Amtrak's train between New York and Chicago, will stop at Prince and Thurmond again starting Monday after a year of bridge work in the New River Gorge. The westbound train reaches White Sulphur Springs at 2:30 p.m., Alderson at 3:05 and Hinton at 3:40, then runs on to Montgomery, Charleston and Huntington. Eastbound riders from Ashland, Kentucky, should expect delays near Clifton Forge through March.",
		gold: { "New York": [40.71, -74.01], Chicago: [41.85, -87.65], Prince: [37.85, -81.08], Thurmond: [37.96, -81.07], "New River Gorge": [37.95, -81.07], "White Sulphur Springs": [37.8, -80.3], Alderson: [37.73, -80.64], Hinton: [37.67, -80.89], Montgomery: [38.18, -81.33], Charleston: [38.35, -81.63], Huntington: [38.42, -82.45], Ashland: [38.48, -82.64], Kentucky: [37.5, -85.3], "Clifton Forge": [37.82, -79.82] },
		notPlaces: ['Cardinal', 'Amtrak']
	},
	{
		genre: 'local',
		text: "Letters to the editor. Fix the bridge: Tunbridge should repair its covered bridge, not replace it with concrete. — Warren Bliss, Vershire. Thanks to the firefighters: when our barn caught fire in January, crews from Randolph, Brookfield and Williamstown were there in minutes. — Chelsea Howe, Braintree. The school vote: merging the Strafford and Thetford schools will not save money. — Stanley Corliss, Strafford. Town meeting: Corinth should move town meeting back to Tuesday. — Jean Berlin, Corinth",
		gold: { Tunbridge: [43.92, -72.48], Vershire: [43.96, -72.32], Randolph: [43.93, -72.67], Brookfield: [44.03, -72.6], Williamstown: [44.12, -72.54], Braintree: [43.95, -72.7], Strafford: [43.87, -72.36], Thetford: [43.82, -72.25], Corinth: [44.03, -72.28] },
		notPlaces: ['Warren Bliss', 'Warren', 'Bliss', 'Chelsea Howe', 'Chelsea', 'Howe', 'Stanley Corliss', 'Stanley', 'Corliss', 'Jean Berlin', 'Berlin']
	},
	{
		genre: 'local',
		text: "Signing day. GARDEN CITY — Eight area seniors signed letters of intent Wednesday. Holcomb's Isaac Medina will play football at Fort Hays State in Hays. Ulysses' Kaden Meade signed with Seward County in Liberal, and Hugoton's Brianna Santana will run at Dodge City Community College. Scott City's Kylie Lakin is headed to Emporia State, Cimarron's Jace Cooper to Wichita State, and Syracuse's Cole Ness to Oklahoma Panhandle State in Goodwell.",
		gold: { "GARDEN CITY": [37.97, -100.87], Holcomb: [37.99, -100.99], Hays: [38.88, -99.33], Ulysses: [37.58, -101.36], Liberal: [37.04, -100.92], Hugoton: [37.18, -101.35], "Dodge City": [37.75, -100.02], "Scott City": [38.48, -100.91], Cimarron: [37.81, -100.35], Syracuse: [37.98, -101.75], Goodwell: [36.6, -101.64] },
		notPlaces: ['Isaac Medina', 'Medina', 'Kaden Meade', 'Meade', 'Brianna Santana', 'Santana', 'Kylie Lakin', 'Lakin', 'Jace Cooper', 'Cole Ness', 'Fort Hays State', 'Emporia State', 'Wichita State', 'Oklahoma Panhandle State']
	},
	{
		genre: 'local',
		text: "Boil-water notice. KERRVILLE — Customers of a private water system in Ingram and Hunt must boil water after a power failure dropped pressure Sunday. Kerrville's city water is safe. In Kendall County, the Comfort water district lifted its notice Tuesday, while Boerne asked residents west of Main Street to keep boiling. Bandera's notice runs through Thursday. Bottled water is at the fire stations in Center Point and Mountain Home, and Fredericksburg sent a tanker truck to Harper.",
		gold: { KERRVILLE: [30.05, -99.14], Ingram: [30.08, -99.24], Hunt: [30, -99.48], Kerrville: [30.05, -99.14], "Kendall County": [29.86, -98.71], Comfort: [29.97, -98.91], Boerne: [29.79, -98.73], Bandera: [29.73, -99.07], "Center Point": [29.94, -99.04], "Mountain Home": [30.17, -99.48], Fredericksburg: [30.28, -98.87], Harper: [30.3, -99.24] },
		notPlaces: ['Main Street']
	},
	{
		genre: 'local',
		text: "Festivals. MOUNT VERNON — The Skagit Valley Tulip Festival runs all of April, and traffic on the flats between Mount Vernon and La Conner backs up every sunny weekend. Burlington's Berry Dairy Days come in June, and Sedro-Woolley's Loggerodeo runs over the Fourth of July. Anacortes holds its Shipwreck Day flea market in July, and Concrete's Cascade Days fill the little town in August with a parade and a logging show. Eagle watchers gather along the Skagit River at Rockport in January.",
		gold: { "MOUNT VERNON": [48.42, -122.33], "Skagit Valley": [48.42, -122.33], "Mount Vernon": [48.42, -122.33], "La Conner": [48.39, -122.5], Burlington: [48.48, -122.33], "Sedro-Woolley": [48.5, -122.24], Anacortes: [48.51, -122.61], Concrete: [48.54, -121.75], "Skagit River": [48.5, -121.6], Rockport: [48.48, -121.6] },
		notPlaces: ['Skagit Valley Tulip Festival', 'Berry Dairy Days', 'Loggerodeo', 'Fourth of July', 'Shipwreck Day', 'Cascade Days']
	}
];

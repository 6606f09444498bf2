// US local news written for session 53 (none copied from anywhere) and scored BEFORE any change was tuned on them:
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s53` (issue #10: hidden US local news at Acc@161
// 0.73, F1 0.78 wanted). Twenty shapes the earlier batches lack, one text of each in both halves, each half from a
// different region, aimed at what is hard: sale-barn market reports with consignors as "Name, Town" (Philip, SD: Wall,
// Interior, Midland, Quinn; Buffalo, MO: Urbana, Conway, Long Lane), rodeo results as "Name, Town, score" with
// contestants surnamed for nearby towns (the Texas Panhandle: Canadian, Miami, Memphis, Happy, Panhandle; the Big Horn
// Basin and Montana: Powell, Columbus, Belgrade, Dillon), storm-closing lists (Oxford County, ME: Mexico, Peru, Norway,
// Paris, Jay; Chautauqua County, NY: Panama, Ripley, Sherman), NWS tornado surveys (west Alabama: Sulligent, Guin,
// Kennedy, "Fayette and Marion counties"; west-central Iowa: Adair, Casey, Stuart, Menlo), marriage licenses with given
// and middle names that are towns (eastern Kentucky: Viper, Vicco, Bulan; the Wiregrass: Enterprise, Elba, Headland),
// property transfers with sellers, buyers and firms named like towns (Indiana County, PA: Indiana, Homer City, Marion
// Center; Addison County, VT: Cornwall, Salisbury, Orwell, Bristol, Shoreham), grain bids by elevator town (Devils Lake,
// ND: Michigan, Petersburg, Leeds; the Oklahoma Panhandle: Hooker, Tyrone, Goodwell), bookmobile stops (the Mat-Su:
// Houston, Willow, Sutton, Big Lake; Roseau County, MN: Badger, Williams, Salol), restaurant inspections with eateries
// named for far cities (Georgetown County, SC: Athens Grill, Little Paris Bakery; Lafourche Parish: Hong Kong Buffet,
// Vera Cruz Grill), blood drives at venues named for towns (the Magic Valley: Kimberly, Hansen, Eden; Elko County:
// Carlin, Wells, Jackpot), snowmobile trail reports (the Wisconsin Northwoods: Mercer, Phelps, Conover; the Maine
// woods: Eustis, Stratton, Phillips, Kokadjo), cross-country meets with hyphenated co-op schools (northeast Michigan:
// Mio-AuSable, Johannesburg-Lewiston, Atlanta, Hale; the Red River valley: Warren-Alvarado-Oslo, Stephen-Argyle,
// Climax-Fisher), community calendars (the Big Island: Volcano, Waimea, Kona; northern New Mexico: Dixon, Truchas,
// Abiquiú), road-work notices (the Northern Neck: Warsaw, Lively, Callao; the Piney Woods: Crockett, Trinity, Alto),
// town-meeting results (New Hampshire's Ammonoosuc valley: Lisbon, Bath, Easton; the Berkshires: Monterey, Otis,
// Becket), farmers markets (the Georgia coast: Darien, Brunswick, Townsend, Meridian; the mid-Willamette: Aurora,
// Hubbard, Scio), deer harvests naming bare counties (Missouri: "Texas County", "Howell, Shannon and Oregon counties";
// Kentucky: "Crittenden, Pendleton and Hart counties"), anniversaries (northwest Iowa: Le Mars, Marcus, Alton; Perry
// County, IN: Troy, Rome, Derby), mission trips abroad from small towns (Hope, AR, to San Marcos de Colón and Choluteca;
// Decorah, IA, to Ilula and Iringa) and town-team and summer-collegiate baseball with teams named for towns (Jordan,
// Hamburg, Milroy, Cold Spring; the Jayhawk League: Hays, Liberal, El Dorado, Derby, Haysville). People and firms
// carry names of nearby towns (Owanka, Shamrock, Lefors, Dumas, Childress, Greybull, Worland, Thermopolis, Clymer,
// Dixonville, Ferrisburgh, Monkton, Bridport, Baudette, Hagerman, Winnemucca, Remsen, Calumet, Lamar, Calmar, Waukon);
// they are kept in notPlaces, and no person shares a name with a graded place of the same text.
// Gold points are the places' own coordinates: the state written from knowledge and the point picked from `gazette
// lookup` in that state (the entry matched by its own name); places the gazetteer lacks (Otisfield, ME; Cherryhill and
// Armstrong townships, PA; the Mat-Su Borough, Sutton, Chickaloon and Skwentna, AK; Cottonwood, SD; Litchfield, SC;
// Grey's Point and Lively, VA; Landaff and Easton, NH; Meridian, GA; Jack's Fork; Middlebury and Cornwall, VT; Parlin
// Pond, Moosehead and Rangeley lakes and Kokadjo, ME; Abiquiú, NM; the Neches River; Land Between the Lakes) carry
// points from knowledge. A school, church, library, market or team named for its town is the town; each town of a
// hyphenated co-op is graded at its own point; a bare county name before "counties" is the county. Half A is for
// tuning; half B stays held out. 20 texts a half; 202 gold names in A and 189 in B.
// Before any change (main 2f04186): A 153/168 within 161 km (0.911), 44 named places not mapped, 4 names of no place
// mapped; B 147/150 (0.980), 49 not mapped, 3.
// Session 53's rules: countries outnumbered by their list's towns are no list of countries ("RSU 10 (Buckfield,
// Dixfield, Hartford, Mexico, Peru, Rumford)": Maine's Mexico and Peru; 973b96a); a town before its state cut short
// with no comma ("in Salem Ore. The mayor"; 879aef7); queued at the end: "of" after a singular noun opens a couple ("in
// memory of Warren and Joyce Smith"), a count of things after a town between commas is a result ("Dennis Heeb, Wall,
// 94 blk strs"). With all four in the tree: A 158/169 (0.935), 43 not mapped, 4 false; B, scored once at the end,
// 148/151 (0.980), 48 not mapped, 3 false. A's wrong left: Cottonwood, SD (missing) as Arizona's, Memphis, TX, as
// Tennessee's, Michigan and Petersburg, ND (grain bids: the state, Petersburg AK), Sutton, AK (missing) as England's,
// Litchfield, SC (missing), Lisbon, Sugar Hill and Franconia, NH (town-meeting results: Portugal, Georgia, Germany),
// Washington and Fulton, AR ("a second team from Washington and Fulton"); false: "Colt Briscoe" twice, "Athens Grill",
// "Acapulco Mexican Restaurant". A's not mapped include "Voters in Lisbon"'s Bath, Landaff, Easton, Littleton; the
// Mat-Su's Willow, Houston ("Houston City Hall"), Palmer ("Palmer and Wasilla residents"); institutions named for
// towns ("the Filer Christian Church", "Kimberly Nazarene Church", "Hansen Elementary"); teams ("the Jordan Brewers",
// "Milroy's Yankees", "the New Ulm Kaiserhoff"); "First Baptist Church of Hope", Emmet; Honokaa, Volcano, Kona;
// Quinn, Interior, Union Center (sale barn). B's wrong: Columbus, MT (rodeo) as Ohio's, Belgrade, MT, as Serbia's,
// Cornwall, VT (missing) as Connecticut's; false: "Tate Greybull, Powell" gives Worland ("Rowdy Worland"), "Napoli's
// Pizza", "the Housatonic water plant" (a village of Great Barrington: arguably a place). B's not mapped include the
// rodeo's Powell, Meeteetse, Ten Sleep, Lovell; the Jayhawk League's Hays, Liberal, El Dorado, Derby, Haysville (teams
// "the Hays Larks"); the Red River co-ops' Fertile, Beltrami, Argyle, Climax, Fisher, Ada, Borup and Crookston; the
// bookmobile's Warroad, Roseau, Badger, Wannaska, Salol; Elko County's Spring Creek, Carlin, Wells, Lamoille (venues
// named for towns); grain bids' Hooker, Tyrone, Liberal; Ripley, NY ("Ripley students at Westfield"); Middlebury, VT
// (missing); Larose, Lockport (inspections); Española, Molalla, Cannelton, Ossian, Marion, KY, Apple Springs, and the
// missing lakes and Land Between the Lakes.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S53_A: GenreText[] = [
	{
		genre: 'local',
		text: "Market report. PHILIP — Philip Livestock Auction sold 4,850 head Tuesday on a steady to $5 higher market. Representative sales: Rick Owanka, Midland, 112 blk strs 585# $3.42; Dennis Heeb, Wall, 94 blk strs 640# $3.21; Bauman Ranch, Quinn, 80 bwf hfrs 560# $3.18; Tim Milesville, Interior, 61 blk hfrs 610# $3.05; Ed Jensen, Cottonwood, 45 blk strs 700# $2.88; Hunt Bros., Union Center, 38 red strs 725# $2.79. Cows were $1.35 to $1.52. Next sale is Tuesday with a special calf sale for the Kadoka and Belvidere areas.",
		gold: { PHILIP: [44.04, -101.67], Philip: [44.04, -101.67], Midland: [44.07, -101.16], Wall: [43.99, -102.24], Quinn: [44.1, -102.02], Interior: [43.73, -101.96], Cottonwood: [43.97, -101.9], 'Union Center': [44.65, -102.73], Kadoka: [43.83, -101.51], Belvidere: [43.89, -101.24] },
		notPlaces: ['Rick Owanka', 'Owanka', 'Dennis Heeb', 'Bauman Ranch', 'Tim Milesville', 'Milesville', 'Ed Jensen', 'Hunt Bros.', 'Philip Livestock Auction']
	},
	{
		genre: 'local',
		text: "Rodeo results. PAMPA — Top Of Texas Rodeo, final go-round. Bareback: 1. Colt Briscoe, Canadian, 84; 2. Ty Shamrock, Memphis, 81. Saddle bronc: 1. Brody Lefors, Miami, 86; 2. Cash Tate, Clarendon, 80. Tie-down roping: 1. Jace Dumas, Happy, 8.4 sec.; 2. Cody Groom, Wheeler, 9.1. Breakaway: 1. Kinsey Hale, Panhandle, 2.6; 2. Reagan Childress, Wellington, 2.9. Bull riding: 1. Tuff Perryton, Spearman, 87. All-around: Colt Briscoe. The Canadian cowboy splits $4,200 in prize money.",
		gold: { PAMPA: [35.54, -100.96], Canadian: [35.91, -100.38], Memphis: [34.72, -100.53], Miami: [35.69, -100.64], Clarendon: [34.94, -100.89], Happy: [34.74, -101.85], Wheeler: [35.45, -100.27], Panhandle: [35.35, -101.38], Wellington: [34.86, -100.21], Spearman: [36.2, -101.19] },
		notPlaces: ['Top Of Texas Rodeo', 'Texas', 'Colt Briscoe', 'Briscoe', 'Ty Shamrock', 'Shamrock', 'Brody Lefors', 'Lefors', 'Cash Tate', 'Jace Dumas', 'Dumas', 'Cody Groom', 'Groom', 'Kinsey Hale', 'Reagan Childress', 'Childress', 'Tuff Perryton', 'Perryton']
	},
	{
		genre: 'local',
		text: "Storm closings. Schools closed Thursday: RSU 10 (Buckfield, Dixfield, Hartford, Mexico, Peru, Rumford, Sumner); Oxford Hills, including Norway, Paris and Otisfield; SAD 44 in Bethel, Andover, Newry and Woodstock; and Telstar. Two-hour delay: Jay, Livermore Falls and Wilton. The Mexico and Rumford town offices open at noon, and the Norway Memorial Library is closed. Rumford Hospital asks visitors to stay home. No trash pickup in Peru until Saturday.",
		gold: { Buckfield: [44.29, -70.37], Dixfield: [44.53, -70.46], Hartford: [44.37, -70.35], Mexico: [44.56, -70.55], Peru: [44.51, -70.41], Rumford: [44.55, -70.55], Sumner: [44.39, -70.44], Norway: [44.21, -70.54], Paris: [44.26, -70.5], Otisfield: [44.09, -70.52], Bethel: [44.4, -70.79], Andover: [44.64, -70.75], Newry: [44.69, -71.01], Woodstock: [44.37, -70.61], Jay: [44.5, -70.22], 'Livermore Falls': [44.48, -70.19], Wilton: [44.59, -70.23] },
		notPlaces: ['RSU 10', 'SAD 44', 'Telstar']
	},
	{
		genre: 'local',
		text: "Storm survey. The National Weather Service in Birmingham confirmed an EF-2 tornado with winds near 125 mph that touched down 2 miles southwest of Sulligent about 4:10 p.m. Monday and tracked 23 miles northeast, lifting near Winfield. Homes were damaged along County Road 49 near Beaverton and a poultry house was destroyed east of Guin. A second, weaker tornado crossed U.S. 43 between Millport and Kennedy. Lamar County EMA director Gene Vernon said no one was hurt. Fayette and Marion counties opened shelters.",
		gold: { Birmingham: [33.52, -86.8], Sulligent: [33.9, -88.13], Winfield: [33.93, -87.82], Beaverton: [33.94, -88.02], Guin: [33.97, -87.91], Millport: [33.56, -88.08], Kennedy: [33.62, -87.99], 'Lamar County': [33.86, -88.07], Fayette: [33.68, -87.65], Marion: [34.09, -87.93] },
		notPlaces: ['National Weather Service', 'Gene Vernon', 'Vernon']
	},
	{
		genre: 'local',
		text: "Marriage licenses issued in Perry County: Dakota Combs, 24, and Kelsey Noble, 22, both of Hazard; Ricky Fugate, 31, of Viper and Amanda Ritchie, 29, of Vicco; Bradley Neon Sloan, 26, of Hindman and Whitney Hays, 25, of Bulan; Tyler Campbell, 40, of Jenkins and Loretta Napier, 38, of Whitesburg; Austin Caudill, 23, and Madison Holbrook, 21, both of Buckhorn.",
		gold: { 'Perry County': [37.24, -83.25], Hazard: [37.25, -83.19], Viper: [37.16, -83.14], Vicco: [37.2, -83.07], Hindman: [37.34, -82.98], Bulan: [37.31, -83.16], Jenkins: [37.17, -82.63], Whitesburg: [37.12, -82.83], Buckhorn: [37.3, -83.49] },
		notPlaces: ['Dakota Combs', 'Dakota', 'Kelsey Noble', 'Ricky Fugate', 'Amanda Ritchie', 'Bradley Neon Sloan', 'Neon', 'Whitney Hays', 'Tyler Campbell', 'Tyler', 'Loretta Napier', 'Austin Caudill', 'Austin', 'Madison Holbrook', 'Madison']
	},
	{
		genre: 'local',
		text: "Property transfers recorded in Indiana County: Kenneth Clymer to Penn View Holdings LLC, 40 acres, Cherryhill Township, $210,000; Ernest Stiles estate to Rachel Dixonville, a house on Church Street, Homer City, $96,500; Shelocta Farms to Dale Troxell, 112 acres, Armstrong Township, $480,000; Mary Marion to Joseph Home, a lot in Marion Center, $22,000; Creekside Partners to Beth Ernest, a house on Philadelphia Street, Indiana, $189,900; Darlene Lucerne to Cherry Tree Hunting Club, 60 acres near Commodore, $150,000.",
		gold: { 'Indiana County': [40.54, -79.15], 'Cherryhill Township': [40.6, -79.0], 'Homer City': [40.54, -79.16], 'Armstrong Township': [40.6, -79.3], 'Marion Center': [40.78, -79.03], Indiana: [40.62, -79.15], Commodore: [40.7, -78.91] },
		notPlaces: ['Kenneth Clymer', 'Clymer', 'Penn View Holdings', 'Ernest Stiles', 'Ernest', 'Rachel Dixonville', 'Dixonville', 'Church Street', 'Shelocta Farms', 'Shelocta', 'Dale Troxell', 'Mary Marion', 'Joseph Home', 'Home', 'Creekside Partners', 'Beth Ernest', 'Philadelphia Street', 'Philadelphia', 'Darlene Lucerne', 'Lucerne', 'Cherry Tree Hunting Club', 'Cherry Tree']
	},
	{
		genre: 'local',
		text: "Grain bids. Thursday's cash prices at area elevators: Devils Lake — spring wheat $6.02, durum $6.40, canola $19.10. Lakota — wheat $5.98, soybeans $9.41. Michigan — wheat $5.95, corn $3.62. Petersburg — wheat $5.96, barley $4.10. Cando — wheat $5.90, sunflowers $21.05. Leeds — wheat $5.88. Starkweather — durum $6.31. Minneapolis wheat futures closed up 4 cents; the Duluth soybean basis held.",
		gold: { 'Devils Lake': [48.11, -98.87], Lakota: [48.04, -98.34], Michigan: [48.02, -98.12], Petersburg: [48, -97.98], Cando: [48.49, -99.21], Leeds: [48.29, -99.44], Starkweather: [48.45, -98.85], Minneapolis: [44.98, -93.26], Duluth: [46.78, -92.11] }
	},
	{
		genre: 'local',
		text: "Bookmobile. The Mat-Su Borough bookmobile runs its summer route starting June 3: Mondays at the Talkeetna library lot 10 a.m. to 1 p.m. and Willow Community Center 3 to 5 p.m.; Tuesdays at Houston City Hall and the Big Lake fire station; Wednesdays at Sutton's post office and the Chickaloon store; Thursdays at Trapper Creek and Skwentna by floatplane once a month. Palmer and Wasilla residents can use the main libraries. Librarian Kenai Moore says the van holds 3,000 books.",
		gold: { 'Mat-Su Borough': [62.0, -149.9], Talkeetna: [62.32, -150.11], Willow: [61.75, -150.04], Houston: [61.63, -149.82], 'Big Lake': [61.52, -149.95], Sutton: [61.71, -148.89], Chickaloon: [61.8, -148.46], 'Trapper Creek': [62.32, -150.23], Skwentna: [61.96, -151.17], Palmer: [61.6, -149.11], Wasilla: [61.58, -149.44] },
		notPlaces: ['Kenai Moore', 'Kenai', 'Willow Community Center', 'Houston City Hall']
	},
	{
		genre: 'local',
		text: "Restaurant inspections. Georgetown County health inspections for April: Athens Grill, 1020 Front St., Georgetown, 94; China Garden, Highway 17 Bypass, Murrells Inlet, 88; Little Paris Bakery, Pawleys Island, 97; Acapulco Mexican Restaurant, Andrews, 82, follow-up set; Dublin Pub, Litchfield, 91; Havana Nights food truck, Garden City, 90. A Georgetown steakhouse was closed two days for a broken cooler.",
		gold: { 'Georgetown County': [33.44, -79.32], Georgetown: [33.38, -79.29], 'Murrells Inlet': [33.55, -79.04], 'Pawleys Island': [33.45, -79.13], Andrews: [33.45, -79.56], Litchfield: [33.47, -79.1], 'Garden City': [33.59, -79.01] },
		notPlaces: ['Athens Grill', 'Athens', 'China Garden', 'China', 'Little Paris Bakery', 'Paris', 'Acapulco Mexican Restaurant', 'Acapulco', 'Dublin Pub', 'Dublin', 'Havana Nights', 'Havana', 'Front St.']
	},
	{
		genre: 'local',
		text: "Blood drives. The American Red Cross will hold drives this month at the Filer Christian Church on the 5th, Buhl High School gym on the 8th, Kimberly Nazarene Church on the 12th, the Jerome County fairgrounds on the 15th, Hansen Elementary on the 19th and the Gooding senior center on the 22nd. Donors in Murtaugh and Wendell can give at the Twin Falls center on Blue Lakes Boulevard. Coordinator Carey Hagerman thanked Tracy Shoshone of Eden, who has given 15 gallons.",
		gold: { Filer: [42.57, -114.61], Buhl: [42.6, -114.76], Kimberly: [42.53, -114.36], 'Jerome County': [42.66, -114.27], Hansen: [42.53, -114.3], Gooding: [42.94, -114.71], Murtaugh: [42.48, -114.16], Wendell: [42.78, -114.7], 'Twin Falls': [42.56, -114.46], Eden: [42.59, -114.25] },
		notPlaces: ['American Red Cross', 'Blue Lakes Boulevard', 'Carey Hagerman', 'Carey', 'Hagerman', 'Tracy Shoshone', 'Shoshone']
	},
	{
		genre: 'local',
		text: "Trail report. EAGLE RIVER — Snowmobile trails in Vilas and Oneida counties are open and in good condition after 8 inches of new snow. Trail 10 from Eagle River to Three Lakes was groomed Tuesday; the Conover and Phelps clubs groomed to Land O' Lakes. Around Minocqua and Woodruff the base is 10 inches. Mercer and Hurley trails in Iron County are fair, with rough spots near Manitowish Waters. The ice on the Boulder Junction chain is not safe near inlets.",
		gold: { 'EAGLE RIVER': [45.92, -89.24], Vilas: [45.98, -89.36], Oneida: [45.73, -89.4], 'Eagle River': [45.92, -89.24], 'Three Lakes': [45.8, -89.16], Conover: [46.04, -89.24], Phelps: [46.06, -89.08], "Land O' Lakes": [46.16, -89.32], Minocqua: [45.87, -89.76], Woodruff: [45.9, -89.7], Mercer: [46.17, -90.06], Hurley: [46.45, -90.19], 'Iron County': [46.34, -90.29], 'Manitowish Waters': [46.16, -89.85], 'Boulder Junction': [46.11, -89.63] }
	},
	{
		genre: 'local',
		text: "Cross-country. HILLMAN — Results from the Northeast Meet of Champions on the Thunder Bay course: Boys — Onaway 41, Mio-AuSable 58, Johannesburg-Lewiston 72, Hillman 90, Posen 121, Atlanta 133. Medalist was Wyatt Alpena of Rogers City in 16:42. Girls — Rogers City 36, Oscoda 50, Hale 77, Atlanta 98. Kenzie Harrisville of Onaway won in 19:55. The regional is Oct. 31 at Gaylord, hosted by Gaylord St. Mary.",
		gold: { HILLMAN: [45.06, -83.9], Onaway: [45.36, -84.22], Mio: [44.65, -84.13], Johannesburg: [45.02, -84.39], Lewiston: [44.88, -84.31], Hillman: [45.06, -83.9], Posen: [45.22, -83.64], Atlanta: [45, -84.14], 'Rogers City': [45.42, -83.82], Oscoda: [44.42, -83.33], Hale: [44.38, -83.84], Gaylord: [45.03, -84.67] },
		notPlaces: ['Thunder Bay', 'Wyatt Alpena', 'Alpena', 'Kenzie Harrisville', 'Harrisville', 'Gaylord St. Mary']
	},
	{
		genre: 'local',
		text: "Community calendar. HILO — Saturday: Makuu farmers market in Pahoa, 8 a.m. Sunday: Honokaa Western Week parade down Mamane Street at 11 a.m. Hula at the Volcano Art Center at 10:30 a.m., free. Monday: the Waimea Community Association meets at the Waimea school cafeteria. Tuesday: Naalehu hongwanji rummage sale; Kona coffee cupping at a Holualoa farm. Keiki swim lessons begin at the Laupahoehoe pool. Call Leilani Kona to list an event.",
		gold: { HILO: [19.73, -155.09], Pahoa: [19.49, -154.94], Honokaa: [20.08, -155.47], Volcano: [19.44, -155.23], Waimea: [20.02, -155.67], Naalehu: [19.07, -155.58], Kona: [19.64, -155.99], Holualoa: [19.62, -155.95], Laupahoehoe: [19.99, -155.24] },
		notPlaces: ['Makuu', 'Mamane Street', 'Volcano Art Center', 'Waimea Community Association', 'Leilani Kona']
	},
	{
		genre: 'local',
		text: "Road work. Crews from VDOT will patch Route 3 between Warsaw and Montross weeknights from 7 p.m. to 6 a.m. Route 360 in Callao will narrow to one lane for a drainage pipe near the Heathsville turnoff. The Norris Bridge between White Stone and Grey's Point stays open, with flaggers. Route 201 near Lively closes Thursday for a culvert, with a detour through Kilmarnock and Irvington. The Downing Bridge at Tappahannock is restricted to one lane.",
		gold: { Warsaw: [37.96, -76.76], Montross: [38.1, -76.83], Callao: [37.98, -76.57], Heathsville: [37.92, -76.47], 'White Stone': [37.69, -76.36], "Grey's Point": [37.62, -76.42], Lively: [37.77, -76.51], Kilmarnock: [37.71, -76.38], Irvington: [37.66, -76.42], Tappahannock: [37.93, -76.86] },
		notPlaces: ['VDOT', 'Norris Bridge', 'Downing Bridge']
	},
	{
		genre: 'local',
		text: "Town meeting results. Voters in Lisbon approved a $1.4 million budget 71-22 and rejected a new police cruiser. Bath voters agreed to repair the covered bridge. In Sugar Hill the school article passed by voice vote, and Franconia elected Chester Lyman and Patty Bethlehem selectmen. Landaff and Easton each chose a new road agent. Littleton's vote on the Riverfront Commons bonds passed with 68 percent.",
		gold: { Lisbon: [44.21, -71.91], Bath: [44.17, -71.97], 'Sugar Hill': [44.22, -71.8], Franconia: [44.23, -71.75], Landaff: [44.15, -71.89], Easton: [44.15, -71.79], Littleton: [44.31, -71.77] },
		notPlaces: ['Chester Lyman', 'Chester', 'Lyman', 'Patty Bethlehem', 'Bethlehem', 'Riverfront Commons']
	},
	{
		genre: 'local',
		text: "Farmers markets. Markets open this week on the coast: Darien's waterfront market Thursday 3 to 6 p.m.; the Brunswick market on Mansfield Street and the St. Simons Island market at Neptune Park Saturday morning; Jesup at the depot Friday; Hinesville's Bryant Commons Saturday; and Ludowici's Tuesday market beside the courthouse. Vendors sell Vidalia onions, Sapelo Island red peas and shrimp from Townsend and Meridian docks.",
		gold: { Darien: [31.37, -81.43], Brunswick: [31.15, -81.49], 'St. Simons Island': [31.15, -81.37], Jesup: [31.61, -81.89], Hinesville: [31.85, -81.6], Ludowici: [31.71, -81.74], 'Sapelo Island': [31.4, -81.28], Townsend: [31.57, -81.42], Meridian: [31.44, -81.38] },
		notPlaces: ['Mansfield Street', 'Neptune Park', 'Bryant Commons', 'Vidalia']
	},
	{
		genre: 'local',
		text: "Deer harvest. Missouri hunters checked 97,300 deer during the November portion of firearms season. Texas County led the Ozarks with 3,410, followed by Howell, Shannon and Oregon counties. Hunters in Wright and Douglas counties checked more than last year. The biggest buck reported at the Houston check station came from near Licking; a Mountain View hunter took a 12-pointer on Jack's Fork. Winona and Eminence outfitters reported good numbers.",
		gold: { Missouri: [38.4, -92.5], 'Texas County': [37.37, -91.95], Ozarks: [37.0, -92.5], Howell: [36.78, -91.84], Shannon: [37.19, -91.24], Oregon: [36.69, -91.44], Wright: [37.27, -92.5], Douglas: [36.93, -92.48], Houston: [37.33, -91.96], Licking: [37.5, -91.86], 'Mountain View': [37, -91.7], "Jack's Fork": [37.1, -91.6], Winona: [37.01, -91.32], Eminence: [37.15, -91.36] }
	},
	{
		genre: 'local',
		text: "Anniversary. Dale and Marcia Remsen of Le Mars will mark their 50th anniversary with an open house Sunday, June 14, at St. Joseph's parish hall in Marcus. Dale Remsen and the former Marcia Sheldon were married June 12, 1976, at Immanuel Lutheran Church in Paullina. They farmed near Orange City and Alton before retiring to Le Mars. Their children are Jeff Remsen of Sioux Center, Kari Calumet of Cherokee and Todd Remsen of Omaha.",
		gold: { 'Le Mars': [42.79, -96.17], Marcus: [42.83, -95.81], Paullina: [42.98, -95.69], 'Orange City': [43.01, -96.06], Alton: [42.99, -96.01], 'Sioux Center': [43.08, -96.18], Cherokee: [42.75, -95.55], Omaha: [41.26, -95.94] },
		notPlaces: ['Dale and Marcia Remsen', 'Remsen', 'Marcia Sheldon', 'Sheldon', 'Jeff Remsen', 'Kari Calumet', 'Calumet', 'Todd Remsen', "St. Joseph's", 'Immanuel Lutheran Church']
	},
	{
		genre: 'local',
		text: "Mission trip. Eleven members of First Baptist Church of Hope returned Sunday from a week in Honduras, where they helped build a clinic in San Marcos de Colón near the Nicaraguan border and led a Bible school in Choluteca. Pastor Wes Nashville said the group flew from Little Rock to Tegucigalpa. Team member Paula Prescott of Emmet said the clinic will serve six villages. A second team from Washington and Fulton leaves in March.",
		gold: { Hope: [33.67, -93.59], Honduras: [15, -86.5], 'San Marcos de Colón': [13.43, -86.8], Choluteca: [13.25, -87.14], 'Little Rock': [34.75, -92.29], Tegucigalpa: [14.08, -87.21], Emmet: [33.69, -93.42], Washington: [33.75, -93.67], Fulton: [33.63, -93.81] },
		notPlaces: ['Wes Nashville', 'Nashville', 'Paula Prescott', 'Prescott']
	},
	{
		genre: 'local',
		text: "Town team baseball. Sunday's Minnesota River League games: the Jordan Brewers beat the Hamburg Hawks 7-3 at Mini Met; Milroy's Yankees swept a doubleheader at Sleepy Eye; the New Ulm Kaiserhoff beat the Cold Spring Springers 5-4 in 11 innings at Cold Spring. Belle Plaine hosts Hamburg on Wednesday. Brewers pitcher Sam Arlington struck out 12. The state tournament is in Delano and Watertown this year.",
		gold: { Jordan: [44.67, -93.63], Hamburg: [44.73, -93.97], Milroy: [44.44, -95.55], 'Sleepy Eye': [44.3, -94.72], 'New Ulm': [44.31, -94.46], 'Cold Spring': [45.46, -94.43], 'Belle Plaine': [44.62, -93.77], Delano: [45.04, -93.79], Watertown: [44.96, -93.85] },
		notPlaces: ['Minnesota River League', 'Mini Met', 'Kaiserhoff', 'Sam Arlington', 'Arlington']
	}
];

export const HELD_OUT_US_LOCAL_S53_B: GenreText[] = [
	{
		genre: 'local',
		text: "Market report. BUFFALO — Buffalo Livestock Market sold 3,920 head Saturday, steady to $4 higher on calves. Representative sales: Gary Bolivar, Urbana, 74 blk strs 520# $3.55; Lee Humansville, Louisburg, 62 blk hfrs 495# $3.38; Tracy Ranch, Fair Grove, 58 char strs 610# $3.12; Jim Halfway, Conway, 40 bwf hfrs 575# $3.04; Carl Brighton, Long Lane, 33 blk strs 690# $2.91; Dunnegan Farms, Marshfield, 20 red hfrs 640# $2.86. Slaughter cows $1.28 to $1.49. The feeder sale at Lebanon is Monday.",
		gold: { BUFFALO: [37.64, -93.09], Buffalo: [37.64, -93.09], Urbana: [37.85, -93.15], Louisburg: [37.75, -93.16], 'Fair Grove': [37.38, -93.15], Conway: [37.5, -92.82], 'Long Lane': [37.58, -92.93], Marshfield: [37.34, -92.91], Lebanon: [37.68, -92.66] },
		notPlaces: ['Gary Bolivar', 'Bolivar', 'Lee Humansville', 'Humansville', 'Tracy Ranch', 'Jim Halfway', 'Halfway', 'Carl Brighton', 'Brighton', 'Dunnegan Farms', 'Dunnegan']
	},
	{
		genre: 'local',
		text: "Rodeo results. CODY — Cody Stampede, Fourth of July performance. Bareback: 1. Tate Greybull, Powell, 85; 2. Rowdy Worland, Big Timber, 82. Saddle bronc: 1. Clint Basin, Meeteetse, 87; 2. Zane Lander, Ten Sleep, 83. Team roping: 1. Wade Byron and Trey Sheridan, Lovell and Columbus, 5.1 sec. Barrel racing: 1. Jessa Kaycee, Belgrade, 17.22; 2. Harley Thermopolis, Dillon, 17.40. Bull riding: 1. Ty Shoshoni, Cowley, 88. The Powell cowboy takes home $5,100.",
		gold: { CODY: [44.53, -109.06], Powell: [44.75, -108.76], 'Big Timber': [45.83, -109.96], Meeteetse: [44.2, -108.95], 'Ten Sleep': [44, -107.42], Lovell: [44.84, -108.39], Columbus: [45.64, -109.25], Belgrade: [45.78, -111.18], Dillon: [45.22, -112.64], Cowley: [44.88, -108.47] },
		notPlaces: ['Tate Greybull', 'Greybull', 'Rowdy Worland', 'Worland', 'Clint Basin', 'Basin', 'Zane Lander', 'Lander', 'Wade Byron', 'Byron', 'Trey Sheridan', 'Sheridan', 'Jessa Kaycee', 'Kaycee', 'Harley Thermopolis', 'Thermopolis', 'Ty Shoshoni', 'Shoshoni']
	},
	{
		genre: 'local',
		text: "Storm closings. Closed Tuesday: Panama, Clymer and Sherman central schools; Chautauqua Lake (Mayville); Ripley students at Westfield; Cassadaga Valley, including Sinclairville; Frewsburg; and Falconer. Jamestown public schools open two hours late. The Mayville and Westfield village offices are closed, and the Panama Rocks festival is postponed. Chautauqua County declared a travel advisory for the ridge roads above Brocton.",
		gold: { Panama: [42.06, -79.48], Clymer: [42.02, -79.63], Sherman: [42.16, -79.6], Mayville: [42.25, -79.5], Ripley: [42.27, -79.71], Westfield: [42.32, -79.58], Sinclairville: [42.26, -79.26], Frewsburg: [42.05, -79.16], Falconer: [42.12, -79.2], Jamestown: [42.1, -79.24], 'Chautauqua County': [42.35, -79.36], Brocton: [42.39, -79.44] },
		notPlaces: []
	},
	{
		genre: 'local',
		text: "Storm survey. The National Weather Service in Des Moines said an EF-2 tornado touched down a mile west of Adair at 5:42 p.m. Sunday, crossed Interstate 80 near Casey and lifted 3 miles north of Stuart after 17 miles. A machine shed was destroyed near Menlo and trees fell across Highway 25 south of Guthrie Center. A brief EF-0 touched down near Panora. Adair County emergency manager Linda Exira said two people had minor injuries. Greenfield's hospital treated both.",
		gold: { 'Des Moines': [41.6, -93.61], Adair: [41.5, -94.64], Casey: [41.51, -94.52], Stuart: [41.5, -94.32], Menlo: [41.53, -94.41], 'Guthrie Center': [41.68, -94.5], Panora: [41.69, -94.36], 'Adair County': [41.3, -94.51], Greenfield: [41.31, -94.46] },
		notPlaces: ['National Weather Service', 'Linda Exira', 'Exira']
	},
	{
		genre: 'local',
		text: "Marriage licenses issued in Coffee County: Dylan Kinston, 27, of Enterprise and Brittany Sims, 25, of Elba; Marcus Geneva, 33, and Tiffany Ariton, 30, both of New Brockton; Cody Ozark Lee, 22, of Daleville and Hannah Dothan Reed, 21, of Headland; Javier Ruiz, 29, of Fort Novosel and Ashley Abbeville Jones, 28, of Enterprise.",
		gold: { 'Coffee County': [31.45, -86.06], Enterprise: [31.32, -85.86], Elba: [31.41, -86.07], 'New Brockton': [31.39, -85.93], Daleville: [31.31, -85.71], Headland: [31.35, -85.34], 'Fort Novosel': [31.34, -85.72] },
		notPlaces: ['Dylan Kinston', 'Kinston', 'Brittany Sims', 'Marcus Geneva', 'Geneva', 'Tiffany Ariton', 'Ariton', 'Cody Ozark Lee', 'Ozark', 'Hannah Dothan Reed', 'Dothan', 'Javier Ruiz', 'Ashley Abbeville Jones', 'Abbeville']
	},
	{
		genre: 'local',
		text: "Property transfers recorded in Addison County: Susan Ferrisburgh to Panton Road LLC, 22 acres, Vergennes, $240,000; Otter Creek Partners to Daniel Monkton, a house on Court Street, Middlebury, $412,000; Eleanor Weybridge estate to Lake Dunmore Camps Inc., 9 acres, Salisbury, $330,000; Richard and Ann Leicester to Tom Bridport, 104 acres, Shoreham, $615,000; Green Mountain Orchards to Kate Hancock, a farm in Cornwall, $780,000; Starksboro Road Trust to Jane Ripton, a lot in Orwell, $48,000; a camp in Bristol sold for $175,000.",
		gold: { 'Addison County': [43.97, -73.13], Vergennes: [44.17, -73.25], Middlebury: [44.02, -73.17], Salisbury: [43.9, -73.1], Shoreham: [43.89, -73.31], Cornwall: [43.96, -73.21], Orwell: [43.78, -73.29], Bristol: [44.13, -73.08] },
		notPlaces: ['Susan Ferrisburgh', 'Ferrisburgh', 'Panton Road LLC', 'Panton', 'Otter Creek Partners', 'Daniel Monkton', 'Monkton', 'Court Street', 'Eleanor Weybridge', 'Weybridge', 'Lake Dunmore Camps Inc.', 'Richard and Ann Leicester', 'Leicester', 'Tom Bridport', 'Bridport', 'Green Mountain Orchards', 'Kate Hancock', 'Hancock', 'Starksboro Road Trust', 'Starksboro', 'Jane Ripton', 'Ripton']
	},
	{
		genre: 'local',
		text: "Grain bids. Wednesday's cash prices at Panhandle elevators: Guymon — hard red winter wheat $5.12, milo $3.70, corn $4.02. Hooker — wheat $5.10, milo $3.68. Goodwell — wheat $5.08. Texhoma — corn $4.05. Hardesty — wheat $5.02. Tyrone — wheat $5.11, milo $3.71. Boise City — wheat $4.98. Kansas City wheat futures closed down 6 cents, and the Liberal feedlot basis firmed.",
		gold: { Guymon: [36.68, -101.48], Hooker: [36.86, -101.21], Goodwell: [36.6, -101.64], Texhoma: [36.51, -101.78], Hardesty: [36.6, -101.15], Tyrone: [36.95, -101.07], 'Boise City': [36.73, -102.51], 'Kansas City': [39.1, -94.58], Liberal: [37.04, -100.92] }
	},
	{
		genre: 'local',
		text: "Bookmobile. The Northwest Regional Library bookmobile stops this month: Mondays at the Warroad Liquor Store lot 10 a.m. and Roseau's Centennial Park 2 p.m.; Tuesdays at Badger's school and the Greenbush community center; Wednesdays at Wannaska and Salol; Thursdays at Strathcona and Williams. Patrons in Lake of the Woods County can call driver Fergus Baudette to ask for a stop.",
		gold: { Warroad: [48.91, -95.31], Roseau: [48.85, -95.76], Badger: [48.79, -96.1], Greenbush: [48.7, -96.18], Wannaska: [48.65, -95.71], Salol: [48.85, -95.54], Strathcona: [48.55, -96.09], Williams: [48.8, -94.96], 'Lake of the Woods County': [48.9, -94.97] },
		notPlaces: ['Northwest Regional Library', 'Centennial Park', 'Fergus Baudette', 'Fergus', 'Baudette']
	},
	{
		genre: 'local',
		text: "Restaurant inspections. Lafourche Parish food-service scores for May: Hong Kong Buffet, 602 Canal Blvd., Thibodaux, 88; Napoli's Pizza, Raceland, 95; Little Saigon Noodle House, Larose, 79, re-inspection set; Vera Cruz Grill, Golden Meadow, 92; Bayou Delight, Cut Off, 97; Acadia Seafood, Galliano, 90; Lockport's Dixie Diner, 94. A Thibodaux food truck lost its permit for a week.",
		gold: { 'Lafourche Parish': [29.5, -90.43], Thibodaux: [29.8, -90.82], Raceland: [29.73, -90.6], Larose: [29.57, -90.38], 'Golden Meadow': [29.38, -90.26], 'Cut Off': [29.54, -90.34], Galliano: [29.44, -90.3], Lockport: [29.65, -90.54] },
		notPlaces: ['Hong Kong Buffet', 'Hong Kong', 'Canal Blvd.', "Napoli's Pizza", 'Napoli', 'Little Saigon Noodle House', 'Saigon', 'Vera Cruz Grill', 'Vera Cruz', 'Bayou Delight', 'Acadia Seafood', 'Acadia', 'Dixie Diner', 'Dixie']
	},
	{
		genre: 'local',
		text: "Blood drives. Vitalant will hold drives this month at the Spring Creek Marina clubhouse on the 3rd, Carlin's community center on the 7th, Wells High School on the 10th, the Cactus Pete's ballroom in Jackpot on the 14th, Owyhee's tribal health center on the 18th and the Lamoille Presbyterian Church on the 21st. Elko donors can give at the Idaho Street center any weekday. Volunteer Austin Winnemucca of Elko has given 20 gallons.",
		gold: { 'Spring Creek': [40.73, -115.59], Carlin: [40.71, -116.1], Wells: [41.11, -114.96], Jackpot: [41.98, -114.67], Owyhee: [41.95, -116.1], Lamoille: [40.75, -115.36], Elko: [40.83, -115.76] },
		notPlaces: ['Vitalant', "Cactus Pete's", 'Idaho Street', 'Idaho', 'Austin Winnemucca', 'Austin', 'Winnemucca']
	},
	{
		genre: 'local',
		text: "Trail report. RANGELEY — ITS 84 from Rangeley to Oquossoc is groomed and in excellent shape, and the Eustis and Stratton clubs have groomed to the Canadian border. ITS 86 toward Jackman is rough past Parlin Pond. Around Moosehead Lake, Greenville and Kokadjo report a 14-inch base; the Millinocket trails open Saturday. Rangeley Lake ice is unsafe near the Haley Pond outlet. Sled riders from Phillips and Kingfield should carry a map.",
		gold: { RANGELEY: [44.96, -70.67], Rangeley: [44.96, -70.67], Oquossoc: [44.97, -70.77], Eustis: [45.22, -70.48], Stratton: [45.11, -70.42], Jackman: [45.62, -70.25], 'Parlin Pond': [45.5, -70.17], 'Moosehead Lake': [45.7, -69.67], Greenville: [45.46, -69.59], Kokadjo: [45.64, -69.45], Millinocket: [45.66, -68.71], 'Rangeley Lake': [44.94, -70.71], Phillips: [44.82, -70.34], Kingfield: [44.96, -70.15] },
		notPlaces: ['ITS 84', 'ITS 86', 'Haley Pond']
	},
	{
		genre: 'local',
		text: "Cross-country. CROOKSTON — Results from the Pine to Prairie subsection meet at Crookston's Valley Golf Course: Boys — Fertile-Beltrami 38, Stephen-Argyle 52, Warren-Alvarado-Oslo 70, Climax-Fisher 95, Red Lake Falls 118, Ada-Borup 131. Medalist was Logan Hallock of Warren in 16:18. Girls — Ada-Borup 44, Fertile-Beltrami 49, Crookston 76. Brynn Mentor of Stephen won in 19:31. The section meet is Oct. 29 at Thief River Falls.",
		gold: { CROOKSTON: [47.77, -96.61], Crookston: [47.77, -96.61], Fertile: [47.54, -96.28], Beltrami: [47.57, -96.45], Stephen: [48.45, -96.87], Argyle: [48.33, -96.82], Warren: [48.2, -96.77], Alvarado: [48.2, -96.99], Oslo: [48.21, -97.12], Climax: [47.68, -96.87], Fisher: [47.8, -96.8], 'Red Lake Falls': [47.88, -96.27], Ada: [47.3, -96.52], Borup: [47.19, -96.55], 'Thief River Falls': [48.12, -96.18] },
		notPlaces: ['Pine to Prairie', 'Valley Golf Course', 'Logan Hallock', 'Logan', 'Hallock', 'Brynn Mentor', 'Mentor']
	},
	{
		genre: 'local',
		text: "Community calendar. ESPAÑOLA — Saturday: the Chimayó chile fiesta at the Santuario, 10 a.m.; Dixon studio tour, 9 a.m. to 5 p.m. Sunday: mass and procession in Truchas; the Peñasco theater shows a film at 7 p.m. Monday: the El Rito library reads to children at 4 p.m. Wednesday: the Abiquiú acequia association meets. Ojo Caliente pool is closed for repairs. Taos buses run to the Española Walmart on Fridays. Call Rosa Velarde to list an event.",
		gold: { 'ESPAÑOLA': [35.99, -106.08], 'Chimayó': [35.99, -105.93], Dixon: [36.2, -105.89], Truchas: [36.04, -105.81], 'Peñasco': [36.17, -105.68], 'El Rito': [36.34, -106.19], 'Abiquiú': [36.21, -106.32], 'Ojo Caliente': [36.33, -106], Taos: [36.41, -105.57], 'Española': [35.99, -106.08] },
		notPlaces: ['Santuario', 'Walmart', 'Rosa Velarde', 'Velarde']
	},
	{
		genre: 'local',
		text: "Road work. TxDOT crews will overlay State Highway 21 between Crockett and Alto weekdays through March, with flaggers. FM 2110 near Lovelady closes Tuesday for a culvert; use FM 230 through Kennard. U.S. 287 between Groveton and Trinity narrows to one lane at the Neches River bridge. Loop 304 in Crockett gets new signals at the Grapeland highway. Apple Springs drivers should expect log trucks.",
		gold: { Crockett: [31.32, -95.46], Alto: [31.65, -95.07], Lovelady: [31.13, -95.45], Kennard: [31.34, -95.15], Groveton: [31.05, -95.13], Trinity: [30.95, -95.38], 'Neches River': [31.2, -95.0], Grapeland: [31.49, -95.48], 'Apple Springs': [31.23, -94.98] },
		notPlaces: ['TxDOT', 'State Highway 21', 'FM 2110', 'FM 230', 'Loop 304']
	},
	{
		genre: 'local',
		text: "Town meeting results. Monterey voters approved a $3.2 million budget and a new fire truck. In Otis, the school assessment passed 88-61; Becket rejected a ban on short-term rentals. Sandisfield and New Marlborough each elected a new select board member, Warren Tyringham and Lee Egremont. Great Barrington's vote on the Housatonic water plant was put off. Stockbridge approved a sidewalk.",
		gold: { Monterey: [42.18, -73.21], Otis: [42.19, -73.09], Becket: [42.33, -73.08], Sandisfield: [42.11, -73.14], 'New Marlborough': [42.12, -73.23], 'Great Barrington': [42.2, -73.36], Stockbridge: [42.29, -73.32] },
		notPlaces: ['Warren Tyringham', 'Warren', 'Tyringham', 'Lee Egremont', 'Lee', 'Egremont', 'Housatonic']
	},
	{
		genre: 'local',
		text: "Farmers markets. Mid-valley markets open Saturday: Silverton on Town Square Park 9 a.m. to 1 p.m.; Mount Angel's at the Glockenspiel; Woodburn's on Front Street; Canby at Wait Park Thursday evenings; Molalla's Wednesday market; Stayton's on Third Avenue; and a new Scio market at the covered bridge. Aurora's antique dealers sell berries from Hubbard and Gervais farms.",
		gold: { Silverton: [45.01, -122.78], 'Mount Angel': [45.07, -122.8], Woodburn: [45.14, -122.86], Canby: [45.26, -122.69], Molalla: [45.15, -122.58], Stayton: [44.8, -122.79], Scio: [44.7, -122.85], Aurora: [45.23, -122.76], Hubbard: [45.18, -122.81], Gervais: [45.11, -122.9] },
		notPlaces: ['Town Square Park', 'Glockenspiel', 'Front Street', 'Wait Park', 'Third Avenue']
	},
	{
		genre: 'local',
		text: "Deer harvest. Kentucky hunters checked 41,800 deer in the modern-gun season's first weekend. Owen County led with 1,120, followed by Crittenden, Pendleton and Hart counties. Check stations in Owenton and Falmouth were busy, and a 14-point buck from near Munfordville set a county record. Marion hunters took 640 deer in Crittenden. Lyon and Trigg counties, near Land Between the Lakes, were down.",
		gold: { Kentucky: [37.5, -85.3], 'Owen County': [38.51, -84.86], Crittenden: [37.35, -88.1], Pendleton: [38.71, -84.36], Hart: [37.31, -85.88], Owenton: [38.54, -84.84], Falmouth: [38.68, -84.33], Munfordville: [37.27, -85.89], Marion: [37.33, -88.08], Lyon: [37.04, -88.13], Trigg: [36.83, -87.86], 'Land Between the Lakes': [36.85, -88.07] }
	},
	{
		genre: 'local',
		text: "Anniversary. Bob and Carol Lamar of Tell City celebrate their 60th anniversary with a dinner Saturday at the Cannelton Knights of Columbus hall. Bob Lamar and the former Carol Dale were married Oct. 8, 1966, at St. Augustine Church in Leopold. They lived in Troy and Rome before moving to Tell City, where Bob worked at the chair factory. Their children are Mike Lamar of Derby, Sue Fulda of Jasper and Pat Lamar of Louisville, Ky.",
		gold: { 'Tell City': [37.95, -86.77], Cannelton: [37.91, -86.74], Leopold: [38.1, -86.6], Troy: [38.03, -86.8], Rome: [37.94, -86.53], Derby: [38.02, -86.58], Jasper: [38.39, -86.93], Louisville: [38.25, -85.76] },
		notPlaces: ['Bob and Carol Lamar', 'Lamar', 'Carol Dale', 'Dale', 'Mike Lamar', 'Sue Fulda', 'Fulda', 'Pat Lamar', 'St. Augustine Church', 'Knights of Columbus']
	},
	{
		genre: 'local',
		text: "Mission trip. Nine members of First Lutheran Church in Decorah came home Friday from three weeks in Tanzania, where they worked with the partner parish at Ilula and taught at a girls' school near Iringa. Pastor Ann Calmar said the group flew from Minneapolis to Dar es Salaam. Ossian's Ben Waukon, a retired plumber, fixed the school's water tank. A group from Spillville and Fort Atkinson goes in June.",
		gold: { Decorah: [43.3, -91.79], Tanzania: [-6, 35], Ilula: [-7.68, 36.04], Iringa: [-7.77, 35.7], Minneapolis: [44.98, -93.26], 'Dar es Salaam': [-6.82, 39.27], Ossian: [43.15, -91.76], Spillville: [43.2, -91.94], 'Fort Atkinson': [43.13, -91.91] },
		notPlaces: ['First Lutheran Church', 'Ann Calmar', 'Calmar', 'Ben Waukon', 'Waukon']
	},
	{
		genre: 'local',
		text: "Summer baseball. Jayhawk League scores Tuesday: the Hays Larks beat the Liberal Bee Jays 6-2 at Larks Park; the El Dorado Broncos swept the Dodge City A's; the Derby Twins lost to the Haysville Aviators 4-3. Larks catcher Ty Garden went 3 for 4. Liberal hosts El Dorado on Thursday. The top two teams go to the NBC World Series in Wichita.",
		gold: { Hays: [38.88, -99.33], Liberal: [37.04, -100.92], 'El Dorado': [37.82, -96.86], 'Dodge City': [37.75, -100.02], Derby: [37.55, -97.27], Haysville: [37.56, -97.35], Wichita: [37.69, -97.34] },
		notPlaces: ['Jayhawk League', 'Larks Park', 'Ty Garden', 'Garden', 'NBC World Series']
	}
];

// US local news written for session 56 (none copied from anywhere) and scored BEFORE any change was tuned on them:
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s56` (issue #10: hidden US local news at Acc@161
// 0.73, F1 0.78 wanted). Built around the failure classes sessions 54-55 left open, each half from other regions:
// hyphened co-ops and league tables whose towns lie 50-150 km apart (Montana's 4C: Fort Benton, Chinook, Big Sandy,
// Harlem, Box Elder, Geraldine-Highwood, Dutton-Brady, Power; the Nebraska Panhandle: Gordon-Rushville, Cody-Kilgore,
// Hay Springs, Crawford; Minnesota's Fertile-Beltrami, Climax-Fisher, Ada-Borup, Mahnomen/Waubun; Iowa's
// Clarion-Goldfield-Dows and Belmond-Klemme; B: Idaho's Whitepine League, North Dakota's Mott-Regent and seeded
// tables "1. Mott-Regent 18-2", Stephen-Argyle, Greenbush-Middle River, "BGM — the Brooklyn-Guernsey-Malcom Bears",
// Lynnville-Sully, Garfield-Palouse, St. John-Endicott); grain bids and snowfall tables "Town $5.12" / "Town 9"
// (Colby, Hoxie, Gem, Brewster, Menlo; B: Boise City, Keyes, Felt, Hooker, Beaver); counties and towns inside
// names of bodies (the Ottawa County Fairgrounds, the Zeeland Historical Society, the Iron County Forest, the Hurley
// snowmobile trails, the Decatur County Memorial Hospital, the Grant County Dairy Promotion board, the Cushing Baptist
// church); towns named like words, persons or bigger places elsewhere, often with no state named (Power, Belt, Gem,
// Spray, Fossil, Monument, Todd, Era, Henry, Grant, Arab, Andes, Delhi, Paris, Lima, Cairo, Granite, Marne, Holland;
// B: Troy, Beach, New England, Felt, Hooker, Liberty, Knoxville, Broadway, Columbia, Columbus, Republic, Champion,
// Boulder, Antimony, Shaw, Drew, Cleveland, Garfield); obituaries, sheriff's logs and blotters, school and planning
// boards, church notes, livestock shows, storm damage, fire calls, sheriff's sales, sale bills and road reports.
// Persons carry names of nearby towns that the text does not grade (Ricky Basile, Amanda Ellijay, Owen Juliaetta,
// Kevin Nauvoo) and are kept in notPlaces; no person shares a name with a graded place of the same text.
// Gold points are the places' own: the state written from knowledge and the point picked from `gazette lookup` in that
// state (the entry matched by its own name). 35 gold names the gazetteer lacks carry points from knowledge (23 in A,
// 12 in B): Centerville, MT; Montreal River, WI; Ivylog and Choestoe, GA; Menlo, KS; Georgetown Township, MI; Dixie
// Pass, Austin Junction, Service Creek and Hilgard, OR; Valle Crucis and the New River, NC; Callisburg and Sivells
// Bend, TX; Bovina, NY; Asbury, Warrenton, Swearengin and Lake Guntersville, AL; Amanda Township, OH; Trout Creek Pass,
// the Arkansas River and Johnson Village, CO; B: Tunk Lake and Whitneyville, ME; Canaan Valley and North Fork
// Mountain, WV; Kingston, NM; Lake of the Woods, MN; Covington Township, PA; Eulonia and Shellman Bluff, GA; Appleby,
// TX; the Yellow Dog River, MI; Panguitch Lake, UT. A school, church, fair, board or team named for its town or county
// is that town or county; each town of a hyphened co-op is graded at its own point. Half A is for tuning; half B stays
// held out. 20 texts a half; 240 gold names in A and 244 in B.
// Before any change (main a0b6eef): A 175/183 within 161 km (0.956), 66 named places not mapped, 0 names of no place
// mapped; B 209/210 (0.995), 47 not mapped, 3 false.
// Session 56's rules (tuned on A): a co-op's hyphened towns are kept though an everyday word and read as the namesakes
// beside each other (hyphened-partners.ts; a comma ends the words before a pair; a ZIP-only town hyphened onto its
// neighbour is placed; a first name opening a clause kept as a tally's item; "(OT);" no box-score heading; no subtitle
// after a colon); a region or range abroad read by size alone moves to the town the text lies around
// (cluster-namesakes.ts); more county bodies and a town's historical society or chamber (county-bodies.ts,
// town-bodies.ts); an everyday word a US town bears, set down by a preposition or its people among two names within
// 50 km, is the town (word-towns.ts). With these and the rest of main ecf9618 (scored once at 03:36, main's gazetteer of
// a0b6eef): A 186/193 (0.964), 58 not mapped, 0 false; B 211/212 (0.995), 45 not mapped, 3 false. A's wrong left:
// Marne (x2, France) and Holland (the Netherlands) beside "a Dutch cookie swap", Andes (the range: Delhi read as India
// when the namesakes are weighed), Arab (a people), Centerville and Bovina (lacking); A's 58 not mapped: 19 names the
// gazetteer lacks, Geraldine-Highwood (39 km apart), Gordon-Rushville after "Scores from the Panhandle:", word towns
// (Power, Belt, Gem, Spray, Fossil, Monument, Kinder), schools and bodies named for towns (Henry Elementary, Mamou
// High's, Mifflinburg Buggy Museum, the Zeeland Historical Society), and others. B's wrong: Liberty, PA (268 km); false:
// Highland (a school), Panhandle, Iowa Valley (schools); B's 45 not mapped: 12 names the gazetteer lacks (Tunk Lake,
// Whitneyville, Canaan Valley, North Fork Mountain, Kingston, Lake of the Woods, Covington Township, Eulonia, Shellman
// Bluff, Appleby, Yellow Dog River, Panguitch Lake), KENDRICK/Kendrick, Beach, Flasher, Leslie, Grant County (Dairy
// Promotion), Cuba City, Benton, Addison, Felt, Hooker, Milford, Osgood, St. Paul, New Point, Hatch, Arrey, Badger,
// Baudette, Townsend, Sapelo Island, Malcom (BGM's co-op in a dash aside), Grinnell, Victor, Cushing, Chireno, Center,
// Michigamme, Ishpeming, Antimony, Shelby, Drew, Garfield.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S56_A: GenreText[] = [
	{
		genre: 'local',
		text: "Eight-man football. FORT BENTON — The Longhorns clinched the District 4C title Friday with a 48-20 win over Chinook, finishing league play unbeaten. Final district standings: Fort Benton 4-0; Chinook 3-1; Big Sandy 2-2; Harlem 1-3; Box Elder 0-4. Elsewhere, Geraldine-Highwood shut out Simms 36-0, Dutton-Brady edged Power 28-22 on a late fumble return, and Centerville fell at Belt 30-14. Quarterback Tyler Sunburst threw for three scores for the Longhorns. Next week's playoff opener sends Fort Benton to Valier, which won the 3C title behind running back Cole Augusta.",
		gold: { "FORT BENTON": [47.82, -110.67], "Chinook": [48.59, -109.23], "Fort Benton": [47.82, -110.67], "Big Sandy": [48.18, -110.11], "Harlem": [48.53, -108.78], "Box Elder": [48.28, -109.82], "Geraldine": [47.6, -110.27], "Highwood": [47.58, -110.79], "Simms": [47.5, -111.89], "Dutton": [47.86, -111.69], "Brady": [48.03, -111.75], "Power": [47.68, -111.72], "Centerville": [47.06, -111.08], "Belt": [47.39, -110.93], "Valier": [48.31, -112.25] },
		notPlaces: ["Longhorns","Tyler Sunburst","Sunburst","Cole Augusta","Augusta","District 4C"]
	},
	{
		genre: 'local',
		text: "Trail report. HURLEY — Groomers were out Tuesday night and the Hurley snowmobile trails are in good shape from town to the Montreal River bridge, the Iron County Forest reports. Trail 8 to Mercer has a solid base, but the stretch past Manitowish Waters is rough where logging trucks crossed. In Vilas County, the Boulder Junction club says its loops opened Saturday, and riders from Minocqua can reach Presque Isle on Trail 13. Land O' Lakes got six inches of new snow. The Gile flowage is not safe for sleds, wardens warn. The Iron County Fairgrounds will host the vintage sled show Feb. 7.",
		gold: { "HURLEY": [46.45, -90.19], "Hurley": [46.45, -90.19], "Montreal River": [46.56, -90.42], "Iron County": [46.34, -90.29], "Mercer": [46.17, -90.06], "Manitowish Waters": [46.16, -89.85], "Vilas County": [45.98, -89.36], "Boulder Junction": [46.11, -89.63], "Minocqua": [45.87, -89.76], "Presque Isle": [46.23, -89.74], "Land O' Lakes": [46.16, -89.22], "Gile": [46.43, -90.22] },
		notPlaces: ["Trail 8","Trail 13"]
	},
	{
		genre: 'local',
		text: "Obituaries. WHITESBURG — Delmer Ray Jenkins, 79, of Isom, died Sunday at the Whitesburg ARH Hospital. He was born at Blackey, a son of the late Arlie and Mae Jenkins, and worked 31 years underground for the Beth-Elkhorn mines before retiring to raise beagles. He was a deacon at the Viper Old Regular Baptist Church. Survivors include his wife, Loretta Hindman Jenkins; a son, Dwayne Jenkins of Fleming-Neon; daughters Teresa Blackburn of Hindman and Sherry Combs of Hazard; and a brother, Arnold Jenkins of Mayking. Services will be held Wednesday at the Letcher Funeral Home, with burial in the family cemetery at Ulysses Branch near Cromona.",
		gold: { "WHITESBURG": [37.12, -82.83], "Isom": [37.19, -82.91], "Blackey": [37.14, -82.98], "Viper": [37.17, -83.13], "Fleming-Neon": [37.19, -82.71], "Hindman": [37.34, -82.98], "Hazard": [37.25, -83.19], "Mayking": [37.13, -82.77], "Cromona": [37.17, -82.7] },
		notPlaces: ["Delmer Ray Jenkins","Arlie and Mae Jenkins","Loretta Hindman Jenkins","Dwayne Jenkins","Teresa Blackburn","Beth-Elkhorn","Sherry Combs","Arnold Jenkins","Jenkins","Whitesburg ARH Hospital","Letcher Funeral Home","Viper Old Regular Baptist Church","Ulysses Branch"]
	},
	{
		genre: 'local',
		text: "School board. CLARION — The Clarion-Goldfield-Dows board voted 4-1 Monday to continue whole-grade sharing with Belmond-Klemme for another three years, keeping the junior high in Goldfield and the high school in Clarion. Superintendent Ryan Eagle said buses from Dows and Rowan add 40 minutes a day. Board member Carla Webster, who lives near Galt, voted no, asking that the Eagle Grove district be approached first. The board also accepted a bid from Humboldt Electric for lighting at the Wright County fairgrounds gym, and thanked the Belmond Lions for new bleachers.",
		gold: { "CLARION": [42.73, -93.73], "Clarion": [42.73, -93.73], "Goldfield": [42.74, -93.92], "Dows": [42.66, -93.5], "Belmond": [42.85, -93.61], "Klemme": [43.01, -93.59], "Rowan": [42.76, -93.56], "Galt": [42.69, -93.6], "Eagle Grove": [42.66, -93.9], "Wright County": [42.72, -93.78] },
		notPlaces: ["Ryan Eagle","Carla Webster","Humboldt Electric","Humboldt","Belmond Lions"]
	},
	{
		genre: 'local',
		text: "Sheriff's log. BLAIRSVILLE — Union County deputies answered these calls last week. Monday: a stolen trailer on Pat Colwell Road near Suches; a domestic call in Young Harris. Tuesday: deputies assisted Towns County with a wreck on U.S. 76 east of Hiawassee. Wednesday: Curtis Epworth, 44, of Blue Ridge was charged with driving on a suspended license at the Ivylog bridge. Thursday: a bear in a carport at Choestoe; a report of shots fired near Mineral Bluff, which proved to be a hunter. Friday: a shoplifting at the Walmart in Blairsville; Amanda Ellijay, 28, of Morganton was cited.",
		gold: { "BLAIRSVILLE": [34.88, -83.96], "Union County": [34.82, -83.98], "Suches": [34.69, -84.02], "Young Harris": [34.93, -83.85], "Towns County": [34.9, -83.73], "Hiawassee": [34.95, -83.76], "Blue Ridge": [34.86, -84.32], "Ivylog": [34.84, -84.02], "Choestoe": [34.77, -83.91], "Mineral Bluff": [34.91, -84.28], "Blairsville": [34.88, -83.96], "Morganton": [34.87, -84.21] },
		notPlaces: ["Pat Colwell Road","Curtis Epworth","Amanda Ellijay","Ellijay","Walmart","U.S. 76"]
	},
	{
		genre: 'local',
		text: "Grain bids. COLBY — Wheat and milo bids Tuesday, per bushel, as posted by area elevators: Colby $5.12 wheat, $4.01 milo; Oakley $5.10, $3.98; Hoxie $5.08, $3.96; Grinnell $5.06; Quinter $5.04, $3.95; WaKeeney $5.05; Selden $5.01; Rexford $5.02, $3.93; Gem $5.09; Brewster $5.11, $4.00; Menlo $5.03. Dryland wheat in Thomas County looks short after the dry October, the extension office says, and growers near Levant report mites. The Sherman County elevator at Goodland closes early Friday.",
		gold: { "COLBY": [39.4, -101.05], "Colby": [39.4, -101.05], "Oakley": [39.13, -100.86], "Hoxie": [39.36, -100.44], "Grinnell": [39.09, -100.66], "Quinter": [39.07, -100.23], "WaKeeney": [39.03, -99.88], "Selden": [39.52, -100.53], "Rexford": [39.43, -100.75], "Gem": [39.43, -100.89], "Brewster": [39.37, -101.37], "Menlo": [39.36, -100.72], "Thomas County": [39.35, -100.96], "Levant": [39.39, -101.19], "Sherman County": [39.34, -101.69], "Goodland": [39.35, -101.71] },
		notPlaces: []
	},
	{
		genre: 'local',
		text: "Community calendar. HUDSONVILLE — The Ottawa County Fairgrounds hosts the winter swap meet Saturday. The Zeeland Historical Society meets Tuesday at the old Dekker Huis. The Jenison Christmas walk lines Baldwin Street Friday evening. Allendale Township's planning board takes up the Marne gravel pit again on Monday; residents of Conklin and Coopersville have asked for a truck route. The Berlin Fair board elects officers Jan. 12 at the Marne fairgrounds office. Holland's tulip committee seeks volunteers, and the Georgetown Township library in Jenison hosts a Dutch cookie swap.",
		gold: { "HUDSONVILLE": [42.87, -85.87], "Ottawa County": [43, -85.99], "Zeeland": [42.81, -86.02], "Jenison": [42.91, -85.79], "Allendale": [42.97, -85.95], "Marne": [43.05, -85.84], "Conklin": [43.15, -85.85], "Coopersville": [43.06, -85.93], "Holland": [42.79, -86.11], "Georgetown Township": [42.87, -85.83] },
		notPlaces: ["Dekker Huis","Baldwin Street","Berlin Fair","Berlin"]
	},
	{
		genre: 'local',
		text: "Girls basketball. CHADRON — Scores from the Panhandle: Crawford 51, Hay Springs 44; Gordon-Rushville 60, Hemingford 38; Chadron 47, Alliance 45 (OT); Hyannis 39, Mullen 33; Cody-Kilgore 55, Valentine JV 30; Sioux County 41, Harrison 29. Crawford's Kaylee Whitney scored 22. Gordon-Rushville travels to Bridgeport on Thursday, and Hay Springs hosts Morrill. The Chadron Cardinals are 6-1.",
		gold: { "CHADRON": [42.83, -103], "Crawford": [42.68, -103.41], "Hay Springs": [42.68, -102.69], "Gordon": [42.8, -102.2], "Rushville": [42.72, -102.46], "Hemingford": [42.32, -103.07], "Chadron": [42.83, -103], "Alliance": [42.1, -102.87], "Hyannis": [42, -101.76], "Mullen": [42.04, -101.04], "Cody": [42.83, -101.29], "Kilgore": [42.91, -100.99], "Valentine": [42.87, -100.55], "Sioux County": [42.48, -103.62], "Harrison": [42.69, -103.88], "Bridgeport": [41.67, -103.1], "Morrill": [41.96, -103.93] },
		notPlaces: ["Kaylee Whitney","Chadron Cardinals","Panhandle"]
	},
	{
		genre: 'local',
		text: "Road report. JOHN DAY — ODOT crews are plowing Highway 395 between Mount Vernon and Long Creek after a foot of snow Sunday; chains are required over Dixie Pass toward Austin Junction. Highway 19 from Dayville to Kimberly is open, but the Spray road is closed by a slide near Service Creek. Farther north, Highway 74 between Heppner and Ione is icy, and the Ukiah-Hilgard road is closed for the season. Condon and Fossil report black ice on Highway 19. Monument's school opens two hours late.",
		gold: { "JOHN DAY": [44.42, -118.95], "Mount Vernon": [44.42, -119.11], "Long Creek": [44.76, -119.1], "Dixie Pass": [44.53, -118.59], "Austin Junction": [44.58, -118.5], "Dayville": [44.47, -119.53], "Kimberly": [44.76, -119.64], "Spray": [44.82, -119.83], "Service Creek": [44.79, -120], "Heppner": [45.35, -119.56], "Ione": [45.54, -119.77], "Ukiah": [45.08, -118.89], "Hilgard": [45.35, -118.24], "Condon": [45.23, -120.19], "Fossil": [45, -120.22], "Monument": [44.82, -119.42] },
		notPlaces: ["ODOT","Highway 395","Highway 19","Highway 74"]
	},
	{
		genre: 'local',
		text: "Planning board. BOONE — The Watauga County planning board on Thursday approved a 24-lot subdivision off Deep Gap Road and tabled a cabin resort near Valle Crucis after neighbors packed the room. Dean Sugar, who farms near Sugar Grove, spoke against the resort, as did the Banner Elk Heritage Foundation. The board recommended a storage-unit permit in Vilas and a campground expansion at Todd on the New River. Blowing Rock's town council, meeting the same night, adopted its steep-slope ordinance; Zionville residents asked for a speed study on U.S. 421.",
		gold: { "BOONE": [36.22, -81.67], "Watauga County": [36.25, -81.72], "Valle Crucis": [36.21, -81.78], "Sugar Grove": [36.26, -81.84], "Vilas": [36.26, -81.77], "Todd": [36.32, -81.59], "New River": [36.3, -81.6], "Blowing Rock": [36.14, -81.68], "Zionville": [36.32, -81.75] },
		notPlaces: ["Deep Gap Road","Dean Sugar","Banner Elk Heritage Foundation","U.S. 421"]
	},
	{
		genre: 'local',
		text: "Church notes. MIFFLINBURG — St. John's Lutheran in New Berlin holds its cantata Sunday at 3 p.m. The Millmont Mennonite sisters host a quilt auction at the Laurelton fire hall Saturday. Hartleton's Union Church marks its 175th year with a carry-in dinner. The Mifflinburg Buggy Museum's Christmas in the Village runs Friday and Saturday. In Snyder County, the Middleburg ministerium collects coats through Dec. 20, and the Selinsgrove food pantry needs canned fruit. Winfield United Methodist has moved its service to 9 a.m. while the Lewisburg contractors fix its roof.",
		gold: { "MIFFLINBURG": [40.92, -77.05], "New Berlin": [40.88, -76.99], "Millmont": [40.88, -77.19], "Laurelton": [40.88, -77.2], "Hartleton": [40.9, -77.16], "Mifflinburg": [40.92, -77.05], "Snyder County": [40.77, -77.03], "Middleburg": [40.79, -77.05], "Selinsgrove": [40.8, -76.86], "Winfield": [40.91, -76.86], "Lewisburg": [40.96, -76.88] },
		notPlaces: ["St. John's Lutheran","Union Church","Mifflinburg Buggy Museum","Winfield United Methodist"]
	},
	{
		genre: 'local',
		text: "Livestock show. GAINESVILLE — Results of the Cooke County junior livestock show: grand champion steer, Brayden Myra of Muenster; reserve, Kyla Rosston of Valley View. Grand champion lamb, Hunter Dye of Era; reserve, Maci Walters of Lindsay. Breeding heifer: Cody Woodbine of Callisburg. The Muenster FFA took the herdsman award, and the Sivells Bend 4-H club won the county showmanship title. The premium sale is Saturday at the Cooke County Fairgrounds; buyers from Saint Jo, Whitesboro and Denton are expected.",
		gold: { "GAINESVILLE": [33.63, -97.13], "Cooke County": [33.8, -97.21], "Muenster": [33.65, -97.38], "Valley View": [33.49, -97.17], "Era": [33.5, -97.39], "Lindsay": [33.64, -97.22], "Callisburg": [33.7, -97.02], "Sivells Bend": [33.83, -97.23], "Saint Jo": [33.69, -97.52], "Whitesboro": [33.66, -96.91], "Denton": [33.21, -97.13] },
		notPlaces: ["Brayden Myra","Kyla Rosston","Hunter Dye","Maci Walters","Cody Woodbine","Myra","Rosston","Woodbine"]
	},
	{
		genre: 'local',
		text: "Wrestling. FOSSTON — Team scores at the Fosston Invitational: Fertile-Beltrami 212, Climax-Fisher 188.5, Ada-Borup 171, Win-E-Mac 150, Mahnomen/Waubun 131, Bagley 127, Red Lake Falls 98, Fosston 85. Champions included Jace Gully of Fertile-Beltrami at 132 and Carter Erskine of Win-E-Mac at 152. The Norman County East girls finished second in their bracket. Ada-Borup's coach, Tom Hendrum, said the Cougars head to Crookston next week.",
		gold: { "FOSSTON": [47.58, -95.75], "Fertile": [47.54, -96.28], "Beltrami": [47.57, -96.45], "Climax": [47.68, -96.87], "Fisher": [47.8, -96.8], "Ada": [47.3, -96.52], "Borup": [47.19, -96.55], "Mahnomen": [47.32, -95.97], "Waubun": [47.19, -95.89], "Bagley": [47.52, -95.4], "Red Lake Falls": [47.88, -96.27], "Fosston": [47.58, -95.75], "Norman County": [47.3, -96.6], "Crookston": [47.77, -96.61] },
		notPlaces: ["Jace Gully","Carter Erskine","Tom Hendrum","Cougars","Win-E-Mac"]
	},
	{
		genre: 'local',
		text: "Storm damage. PARIS — Straight-line winds tore through Henry County overnight, taking roofs off two barns near Puryear and toppling trees across the Buchanan highway. Henry County EMA director Jeff Springville said Paris Utilities had 3,100 customers dark at 5 a.m. In Benton County, Camden and Big Sandy lost power for four hours. Carroll County reported a mobile home destroyed near McKenzie and a church steeple down in Huntingdon. Henry Elementary and Lakewood School are closed Thursday. Cottage Grove's volunteer firemen cleared Highway 69.",
		gold: { "PARIS": [36.3, -88.33], "Henry County": [36.31, -88.2], "Puryear": [36.44, -88.33], "Buchanan": [36.41, -88.15], "Paris": [36.3, -88.33], "Benton County": [36.07, -88.03], "Camden": [36.06, -88.1], "Big Sandy": [36.23, -88.09], "Carroll County": [35.96, -88.48], "McKenzie": [36.13, -88.52], "Huntingdon": [36, -88.43], "Henry": [36.2, -88.42], "Cottage Grove": [36.35, -88.46] },
		notPlaces: ["Jeff Springville","Paris Utilities","Lakewood School","Highway 69"]
	},
	{
		genre: 'local',
		text: "Obituaries. DELHI — Marjorie A. Stamford, 88, of Andes, passed away Dec. 4 at the Delaware County nursing home in Delhi. Born in Margaretville, she taught fourth grade at the Andes Central School for 34 years. Survivors: a son, Paul Roxbury of Bovina; a daughter, Ellen Sidney of Walton; and her sister, Grace Hobart of Hancock. She was predeceased by her husband, Lester Stamford, a dairyman on the Tremperskill Road. Services Saturday at the Andes Methodist church; interment in the Delaware County veterans' plot at Walton.",
		gold: { "DELHI": [42.28, -74.92], "Andes": [42.16, -74.79], "Delaware County": [42.22, -75.03], "Delhi": [42.28, -74.92], "Margaretville": [42.15, -74.65], "Bovina": [42.26, -74.78], "Walton": [42.17, -75.13], "Hancock": [41.95, -75.28] },
		notPlaces: ["Marjorie A. Stamford","Paul Roxbury","Ellen Sidney","Grace Hobart","Lester Stamford","Stamford","Roxbury","Sidney","Hobart","Tremperskill Road"]
	},
	{
		genre: 'local',
		text: "Fire calls. GUNTERSVILLE — Marshall County volunteer departments answered 31 calls last week. Arab Fire put out a kitchen fire on Guntersville Road; Boaz and Albertville crews fought a chicken-house blaze near Horton for three hours; Union Grove responded to a brush fire at Grant; Douglas firefighters freed a driver on Highway 75. Chief Ronnie Joppa of Asbury said the county's burn ban stays in effect. Warrenton and Swearengin departments held a joint drill at the Lake Guntersville state park lodge.",
		gold: { "GUNTERSVILLE": [34.36, -86.29], "Marshall County": [34.41, -86.31], "Arab": [34.32, -86.5], "Guntersville": [34.36, -86.29], "Boaz": [34.2, -86.17], "Albertville": [34.27, -86.21], "Horton": [34.2, -86.3], "Union Grove": [34.41, -86.46], "Grant": [34.53, -86.25], "Douglas": [34.17, -86.32], "Asbury": [34.3, -86], "Warrenton": [34.43, -86.28], "Swearengin": [34.54, -86.17], "Lake Guntersville": [34.42, -86.23] },
		notPlaces: ["Arab Fire","Guntersville Road","Highway 75","Ronnie Joppa","Joppa"]
	},
	{
		genre: 'local',
		text: "Sheriff's sale. LIMA — The Allen County sheriff will sell these properties at auction Jan. 9: a two-story house at 415 W. Market St., Lima; a ranch home on Defiance Trail near Spencerville; 12 acres in Amanda Township; a lot on Main Street, Cairo; a storefront on Second Street, Delphos; and a farmhouse near Elida. The Bluffton property listed last month was withdrawn. Buyers must deposit 10 percent by cashier's check. Properties in Auglaize County near Cridersville and Wapakoneta are handled by that county's office.",
		gold: { "LIMA": [40.74, -84.11], "Allen County": [40.79, -84.13], "Lima": [40.74, -84.11], "Spencerville": [40.71, -84.35], "Amanda Township": [40.67, -84.32], "Cairo": [40.83, -84.09], "Delphos": [40.84, -84.34], "Elida": [40.79, -84.2], "Bluffton": [40.9, -83.89], "Auglaize County": [40.54, -84.22], "Cridersville": [40.65, -84.15], "Wapakoneta": [40.57, -84.19] },
		notPlaces: ["W. Market St.","Defiance Trail","Main Street","Second Street"]
	},
	{
		genre: 'local',
		text: "Town council. BUENA VISTA — Trustees on Tuesday approved a lodging tax ballot question and heard from Chaffee County commissioners on the Nathrop river access. Salida's council, meeting next door, agreed to share the cost of a bus to Poncha Springs. Lake County's commissioners in Leadville asked both towns to back a winter bus over Trout Creek Pass and to Twin Lakes. Granite residents want the Arkansas River put-in fixed before spring. The Johnson Village gas station will close in January.",
		gold: { "BUENA VISTA": [38.84, -106.13], "Chaffee County": [38.75, -106.17], "Nathrop": [38.71, -106.12], "Salida": [38.53, -106], "Poncha Springs": [38.51, -106.08], "Lake County": [39.23, -106.35], "Leadville": [39.25, -106.29], "Trout Creek Pass": [38.91, -105.97], "Twin Lakes": [39.08, -106.38], "Granite": [39.03, -106.26], "Arkansas River": [38.8, -106.1], "Johnson Village": [38.81, -106.11] },
		notPlaces: []
	},
	{
		genre: 'local',
		text: "School board. VILLE PLATTE — The Evangeline Parish School Board approved bus routes for the new Pine Prairie gym and heard a request from Chataignier parents to reopen their elementary. Board member Ricky Basile asked for a cost study. Turkey Creek's principal, Denise Soileau, reported enrollment up by 22. Mamou High's band will march in the Eunice parade. In Allen Parish, the Oberlin board approved a four-day week starting in August; Kinder and Elton parents have until Jan. 15 to comment.",
		gold: { "VILLE PLATTE": [30.69, -92.27], "Evangeline Parish": [30.72, -92.38], "Pine Prairie": [30.78, -92.43], "Chataignier": [30.57, -92.32], "Turkey Creek": [30.87, -92.4], "Mamou": [30.63, -92.42], "Eunice": [30.49, -92.42], "Allen Parish": [30.61, -92.85], "Oberlin": [30.62, -92.76], "Kinder": [30.49, -92.85], "Elton": [30.48, -92.7] },
		notPlaces: ["Ricky Basile","Denise Soileau"]
	},
	{
		genre: 'local',
		text: "Public auction. JAMESPORT — Having sold the farm, the undersigned will sell at public auction at the farm 3 miles north of Jamesport on Route 190, then 1 mile east: 1998 John Deere 4020 tractor; Gallatin-made hay wagon; horse-drawn implements; Amish buggy. Lunch by the Pattonsburg Christian Church ladies. Auctioneers: Dale Coffey, Chillicothe, and Mark Altamont, Gallatin. Terms cash or good check. Sellers: Eli and Sarah Yoder, Jamesport. Not responsible for accidents. Daviess County sale barn at Gallatin takes consignments through Friday; Grundy County buyers call Trenton.",
		gold: { "JAMESPORT": [39.97, -93.8], "Jamesport": [39.97, -93.8], "Gallatin": [39.91, -93.96], "Pattonsburg": [40.04, -94.13], "Chillicothe": [39.8, -93.55], "Daviess County": [39.98, -94.02], "Grundy County": [40.1, -93.56], "Trenton": [40.08, -93.62] },
		notPlaces: ["John Deere","Dale Coffey","Coffey","Mark Altamont","Altamont","Eli and Sarah Yoder","Route 190","Pattonsburg Christian Church"]
	},
];

export const HELD_OUT_US_LOCAL_S56_B: GenreText[] = [
	{
		genre: 'local',
		text: "Boys basketball. KENDRICK — Whitepine League Division II scores: Kendrick 58, Genesee 41; Troy 49, Potlatch 47; Deary 62, Timberline 30; Prairie 55, Nezperce 28; Highland 44, Kamiah 40; Lapwai 71, Culdesac 39. Kendrick's Owen Juliaetta had 19 points. Standings: Kendrick 5-0, Prairie 4-1, Troy 3-2, Genesee 2-3, Potlatch 1-4. Troy plays at Cottonwood on Tuesday; Genesee hosts Clearwater Valley in Kooskia on Friday.",
		gold: { "KENDRICK": [46.63, -116.6], "Kendrick": [46.63, -116.6], "Genesee": [46.55, -116.93], "Troy": [46.74, -116.77], "Potlatch": [46.92, -116.9], "Deary": [46.8, -116.56], "Nezperce": [46.23, -116.24], "Kamiah": [46.23, -116.03], "Lapwai": [46.4, -116.8], "Culdesac": [46.38, -116.65], "Cottonwood": [46.05, -116.35], "Kooskia": [46.14, -115.98] },
		notPlaces: ["Whitepine League","Owen Juliaetta","Timberline","Prairie","Highland","Clearwater Valley"]
	},
	{
		genre: 'local',
		text: "Volleyball. HETTINGER — Region 7 tournament seeds: 1. Mott-Regent 18-2; 2. Hettinger/Scranton 16-4; 3. New England 14-6; 4. Beach 12-8; 5. Bowman County 10-10; 6. Killdeer 9-11; 7. Grant County/Flasher 5-15; 8. Richardton-Taylor 3-17. The tournament opens Monday in Dickinson. New England's setter, Brynn Hebron, was named the region's player of the year, and Mott-Regent coach Dana Elgin the coach of the year.",
		gold: { "HETTINGER": [46, -102.64], "Mott": [46.37, -102.33], "Regent": [46.42, -102.57], "Hettinger": [46, -102.64], "Scranton": [46.09, -103.14], "New England": [46.54, -102.87], "Beach": [46.92, -104], "Bowman County": [46.1, -103.56], "Killdeer": [47.37, -102.75], "Grant County": [46.23, -101.58], "Flasher": [46.6, -101.32], "Richardton": [46.88, -102.32], "Taylor": [46.93, -102.38], "Dickinson": [46.88, -102.79] },
		notPlaces: ["Brynn Hebron","Hebron","Dana Elgin","Elgin","Region 7"]
	},
	{
		genre: 'local',
		text: "Obituaries. MOUNTAIN VIEW — Ruby Lee Melbourne, 84, of Calico Rock, died Saturday at Stone County Medical Center. Born at Fifty-Six, she clerked at the Mountain View bank for forty years and sang at the Ozark Folk Center. She leaves a son, Wendell Flippin of Norfork; a daughter, Kay Yellville of Mountain Home; and a sister, Iva Marshall of Leslie. Her husband, Clyde Melbourne, died in 2011. Graveside services Tuesday at the Timbo cemetery, with Kirby-Fox Funeral Home in charge.",
		gold: { "MOUNTAIN VIEW": [35.87, -92.12], "Calico Rock": [36.12, -92.14], "Fifty-Six": [35.99, -92.22], "Mountain View": [35.87, -92.12], "Norfork": [36.21, -92.28], "Mountain Home": [36.34, -92.39], "Leslie": [35.83, -92.57], "Timbo": [35.87, -92.31] },
		notPlaces: ["Ruby Lee Melbourne","Clyde Melbourne","Wendell Flippin","Flippin","Kay Yellville","Yellville","Iva Marshall","Marshall","Stone County Medical Center","Ozark Folk Center","Kirby-Fox Funeral Home"]
	},
	{
		genre: 'local',
		text: "Dairy notes. LANCASTER — The Grant County Dairy Promotion board crowned its new ambassador Saturday at the Cuba City Legion hall: Hailey Potosi of Dickeyville. Runners-up were from Cassville and Platteville. In Lafayette County, the Darlington fair board set its dates, and the Shullsburg cheese plant added a second shift. Benton's FFA chapter will sell cheese boxes through Dec. 18. Farmers near Bloomington and Patch Grove reported corn yields near 200 bushels.",
		gold: { "LANCASTER": [42.85, -90.71], "Grant County": [42.91, -90.82], "Cuba City": [42.61, -90.43], "Dickeyville": [42.63, -90.59], "Cassville": [42.71, -90.99], "Platteville": [42.73, -90.48], "Lafayette County": [42.63, -90.09], "Darlington": [42.68, -90.12], "Shullsburg": [42.57, -90.23], "Benton": [42.57, -90.38], "Bloomington": [42.89, -90.92], "Patch Grove": [42.94, -90.96] },
		notPlaces: ["Hailey Potosi","Potosi","Grant County Dairy Promotion"]
	},
	{
		genre: 'local',
		text: "Fire calls. MACHIAS — Washington County departments: Jonesport and Beals crews put out a chimney fire on Mason Bay Road; Addison's engine stood by. Cherryfield answered a car fire on Route 1 near Milbridge. Steuben firefighters rescued a dog from the ice of Tunk Lake. Harrington's chief, Dale Columbia, said the department needs two drivers. A blueberry barn burned at Whitneyville; Machias and East Machias sent tankers. The Jonesport-Beals High School gym will host the county firefighters' dinner.",
		gold: { "MACHIAS": [44.72, -67.46], "Washington County": [44.92, -67.55], "Jonesport": [44.53, -67.6], "Beals": [44.52, -67.61], "Addison": [44.62, -67.74], "Cherryfield": [44.61, -67.93], "Milbridge": [44.54, -67.88], "Steuben": [44.51, -67.97], "Tunk Lake": [44.6, -68.05], "Harrington": [44.62, -67.81], "Whitneyville": [44.72, -67.52], "Machias": [44.72, -67.46], "East Machias": [44.74, -67.39] },
		notPlaces: ["Mason Bay Road","Route 1","Dale Columbia"]
	},
	{
		genre: 'local',
		text: "Road work. ELKINS — The Division of Highways will close Route 32 between Harman and Davis on weekdays through Dec. 19 for slide repair. Traffic to Thomas and Canaan Valley detours by Parsons and Route 219. In Pendleton County, Route 33 over North Fork Mountain is open, and crews are patching between Franklin and Circleville. Grant County's Route 28 near Petersburg is down to one lane, and the Moorefield bypass reopens Monday. Tucker County schools start two hours late Friday.",
		gold: { "ELKINS": [38.93, -79.85], "Harman": [38.92, -79.52], "Davis": [39.13, -79.46], "Thomas": [39.15, -79.5], "Canaan Valley": [39.05, -79.45], "Parsons": [39.1, -79.68], "Pendleton County": [38.72, -79.37], "North Fork Mountain": [38.8, -79.3], "Franklin": [38.64, -79.33], "Circleville": [38.62, -79.54], "Grant County": [39.13, -79.27], "Petersburg": [38.99, -79.12], "Moorefield": [39.06, -78.97], "Tucker County": [39.11, -79.52] },
		notPlaces: ["Division of Highways","Route 32","Route 219","Route 33","Route 28"]
	},
	{
		genre: 'local',
		text: "Weather. GUYMON — Snowfall totals from the Panhandle storm, in inches: Boise City 9; Keyes 8.5; Felt 7; Texhoma 6; Goodwell 6; Guymon 5.5; Hooker 4; Tyrone 3.5; Beaver 2; Forgan 2; Turpin 1.5. Cimarron County roads remain snow-packed. Texas County schools are closed Monday; Hooker's opens at 10. Drivers headed to Liberal, Kan., should expect drifting on U.S. 54.",
		gold: { "GUYMON": [36.68, -101.48], "Boise City": [36.73, -102.51], "Keyes": [36.8, -102.24], "Felt": [36.57, -102.8], "Texhoma": [36.51, -101.78], "Goodwell": [36.6, -101.64], "Guymon": [36.68, -101.48], "Hooker": [36.86, -101.21], "Tyrone": [36.95, -101.07], "Beaver": [36.82, -100.52], "Forgan": [36.91, -100.54], "Turpin": [36.87, -100.88], "Cimarron County": [36.79, -102.48], "Texas County": [36.78, -101.38], "Liberal": [37.04, -100.92] },
		notPlaces: ["U.S. 54","Panhandle"]
	},
	{
		genre: 'local',
		text: "Hospital board. GREENSBURG — The Decatur County Memorial Hospital board approved a clinic in Westport and a walk-in room at the Milford fire station. Trustee Rita Napoleon said Ripley County patients now drive past Osgood and Versailles to reach Greensburg. The board will meet with St. Paul's town council about a lab draw site. Margaret Mary Health in Batesville has opened a clinic in Milan. Board chair Glen Sardinia thanked the New Point Lions.",
		gold: { "GREENSBURG": [39.34, -85.48], "Decatur County": [39.29, -85.53], "Westport": [39.18, -85.57], "Milford": [41.41, -85.85], "Ripley County": [39.09, -85.22], "Osgood": [39.13, -85.29], "Versailles": [39.07, -85.25], "Greensburg": [39.34, -85.48], "St. Paul": [39.43, -85.63], "Batesville": [39.3, -85.22], "Milan": [39.12, -85.13], "New Point": [39.31, -85.33] },
		notPlaces: ["Rita Napoleon","Napoleon","Margaret Mary Health","Glen Sardinia","Sardinia","New Point Lions"]
	},
	{
		genre: 'local',
		text: "Zoning. LURAY — The Page County board of zoning appeals granted a variance for a porch in Stanley and denied a short-term rental near Shenandoah. In Rockingham County, supervisors approved a poultry house near Broadway, heard from Timberville residents about truck traffic, and scheduled a hearing on a quarry near Grottoes. Elkton's council voted to annex the school land. Shenandoah County's board, meeting in Woodstock, tabled a solar farm between New Market and Mount Jackson; Edinburg residents asked for a buffer.",
		gold: { "LURAY": [38.67, -78.46], "Page County": [38.61, -78.46], "Stanley": [38.58, -78.5], "Shenandoah": [38.49, -78.63], "Rockingham County": [38.47, -78.81], "Broadway": [38.61, -78.8], "Timberville": [38.64, -78.77], "Grottoes": [38.27, -78.83], "Elkton": [38.41, -78.62], "Shenandoah County": [38.92, -78.53], "Woodstock": [38.88, -78.51], "New Market": [38.65, -78.67], "Mount Jackson": [38.75, -78.64], "Edinburg": [38.82, -78.57] },
		notPlaces: []
	},
	{
		genre: 'local',
		text: "Tuolumne County. SONORA — Supervisors on Tuesday approved a fire station in Twain Harte and a water line to Jamestown. Columbia College's trustees asked for a bus stop at the state park in Columbia. Groveland's chamber reported a slow fall after Highway 120 closed. Across the river in Calaveras County, Murphys and Angels Camp merchants plan a joint holiday walk, and Copperopolis residents asked for a sheriff's substation. Sonora's mayor, Jim Tuolumne, said the Mother Lode Fairgrounds will host the winter market.",
		gold: { "Tuolumne County": [37.98, -119.87], "SONORA": [37.98, -120.38], "Twain Harte": [38.04, -120.23], "Jamestown": [37.95, -120.42], "Columbia": [38.04, -120.4], "Groveland": [37.84, -120.23], "Calaveras County": [38.24, -120.49], "Murphys": [38.14, -120.46], "Angels Camp": [38.07, -120.54], "Copperopolis": [37.98, -120.64], "Sonora": [37.98, -120.38] },
		notPlaces: ["Columbia College","Highway 120","Jim Tuolumne","Mother Lode Fairgrounds"]
	},
	{
		genre: 'local',
		text: "Sierra County. TRUTH OR CONSEQUENCES — Commissioners agreed to share a deputy with Hatch and to pave the road from Hillsboro to Kingston. Elephant Butte's council asked the county for lake patrols. In Luna County, Deming schools will run a bus to Columbus, where the port of entry is busy. Williamsburg residents want the clinic kept open. Commissioner Travis Caballo recused himself from the Arrey water vote.",
		gold: { "Sierra County": [33.04, -107.41], "TRUTH OR CONSEQUENCES": [33.13, -107.25], "Hatch": [32.67, -107.15], "Hillsboro": [32.92, -107.63], "Kingston": [32.92, -107.7], "Elephant Butte": [33.15, -107.18], "Luna County": [32.24, -107.86], "Deming": [32.27, -107.76], "Columbus": [31.83, -107.64], "Williamsburg": [33.12, -107.29], "Arrey": [32.85, -107.32] },
		notPlaces: ["Travis Caballo"]
	},
	{
		genre: 'local',
		text: "Hockey. ROSEAU — Section 8A results: Warroad 6, Lake of the Woods 1; Roseau 4, Thief River Falls 2; Kittson County Central 3, Stephen-Argyle 2 (OT); Greenbush-Middle River 5, Red Lake Falls 0. Warroad's Brody Hallock scored twice. Greenbush-Middle River plays at Badger on Saturday, and Karlstad's rink hosts the girls' jamboree. Roseau travels to Baudette Tuesday.",
		gold: { "ROSEAU": [48.85, -95.76], "Warroad": [48.91, -95.31], "Lake of the Woods": [49, -94.9], "Roseau": [48.85, -95.76], "Thief River Falls": [48.12, -96.18], "Kittson County": [48.78, -96.93], "Stephen": [48.45, -96.87], "Argyle": [48.33, -96.82], "Greenbush": [48.7, -96.18], "Middle River": [48.44, -96.12], "Red Lake Falls": [47.88, -96.27], "Badger": [48.79, -96.1], "Karlstad": [48.58, -96.52], "Baudette": [48.71, -94.6] },
		notPlaces: ["Brody Hallock","Hallock","Section 8A"]
	},
	{
		genre: 'local',
		text: "Police blotter. WELLSBORO — State police at Mansfield report: a deer-jacking arrest on Route 287 near Liberty; a theft of copper from a barn in Westfield; a crash at Knoxville's Main and Water streets. Wellsboro borough police cited Kevin Nauvoo, 31, of Blossburg for disorderly conduct at the Deane Center. Elkland police investigated a burglary at a camp near Tioga. Nelson Lawrence, 45, of Covington Township, was charged with DUI. Tioga County's Drug Task Force served a warrant in Morris.",
		gold: { "WELLSBORO": [41.75, -77.3], "Mansfield": [41.81, -77.08], "Liberty": [40.33, -79.86], "Westfield": [41.92, -77.54], "Knoxville": [41.96, -77.44], "Wellsboro": [41.75, -77.3], "Blossburg": [41.68, -77.06], "Elkland": [41.99, -77.31], "Tioga": [41.91, -77.13], "Covington Township": [41.75, -77.08], "Tioga County": [41.81, -77.12], "Morris": [41.55, -77.29] },
		notPlaces: ["Route 287","Kevin Nauvoo","Deane Center","Nelson Lawrence","Lawrence","Drug Task Force"]
	},
	{
		genre: 'local',
		text: "Coastal news. DARIEN — McIntosh County commissioners approved a boat ramp at Eulonia and a sewer study for Townsend. Long County's board in Ludowici will share a transfer station. Wayne County's Jesup plant added 40 jobs. In Liberty County, Hinesville and Midway will split the cost of a library branch. The Sapelo Island ferry runs on the holiday schedule. Shrimper Ben Crescent said the season at Shellman Bluff was the best in ten years.",
		gold: { "DARIEN": [31.37, -81.43], "McIntosh County": [31.5, -81.39], "Eulonia": [31.53, -81.43], "Townsend": [31.57, -81.42], "Long County": [31.78, -81.76], "Ludowici": [31.71, -81.74], "Wayne County": [31.56, -81.88], "Jesup": [31.61, -81.89], "Liberty County": [31.83, -81.47], "Hinesville": [31.85, -81.6], "Midway": [31.81, -81.43], "Sapelo Island": [31.45, -81.25], "Shellman Bluff": [31.58, -81.33] },
		notPlaces: ["Ben Crescent"]
	},
	{
		genre: 'local',
		text: "Football. MONTEZUMA — Class A playoff scores: BGM 28, Lynnville-Sully 21; Montezuma 35, North Mahaska 14; Iowa Valley 20, English Valleys 17. BGM — the Brooklyn-Guernsey-Malcom Bears — travels to Grinnell's Ahrens Park for the quarterfinal. Lynnville-Sully's Tanner Searsboro ran for 140 yards. Poweshiek County's sheriff asked fans to park in Brooklyn's downtown lot. Deep River and Victor fans will ride a bus from Marengo.",
		gold: { "MONTEZUMA": [41.59, -92.53], "Lynnville": [41.57, -92.79], "Sully": [41.58, -92.84], "Montezuma": [41.59, -92.53], "Brooklyn": [41.73, -92.45], "Guernsey": [41.64, -92.35], "Malcom": [41.77, -92.54], "Grinnell": [41.74, -92.72], "Poweshiek County": [41.65, -92.54], "Deep River": [41.57, -92.36], "Victor": [41.73, -92.3], "Marengo": [41.8, -92.07] },
		notPlaces: ["BGM","North Mahaska","Iowa Valley","English Valleys","Bears","Ahrens Park","Tanner Searsboro","Searsboro"]
	},
	{
		genre: 'local',
		text: "Church news. NACOGDOCHES — The Cushing Baptist church hosts its living nativity Friday and Saturday. Garrison's First Methodist has a new pastor, Rev. Paul Douglass. The Chireno Historical Society opens the old hotel for tours Sunday. Martinsville and Appleby churches plan a joint Christmas Eve service at Woden. The Etoile community center hosts a gospel singing. In Shelby County, Center's Tenaha Street church collects toys.",
		gold: { "NACOGDOCHES": [31.6, -94.66], "Cushing": [31.81, -94.84], "Garrison": [31.82, -94.49], "Chireno": [31.51, -94.43], "Martinsville": [31.64, -94.41], "Appleby": [31.72, -94.6], "Woden": [31.5, -94.52], "Etoile": [31.36, -94.41], "Shelby County": [31.78, -94.08], "Center": [31.51, -96.42] },
		notPlaces: ["Paul Douglass","Douglass","Tenaha Street"]
	},
	{
		genre: 'local',
		text: "Marquette County. ISHPEMING — Republic's township board voted to keep its ambulance, and Champion residents asked the county for plowing on the old mine road. Negaunee's council approved a skate park. Gwinn's school board will seek a sinking fund. Michigamme's township hall is closed for repairs. The Big Bay road is icy past the Yellow Dog River. Ishpeming's Suicide Bowl ski jump hosts its meet Jan. 24; the Marquette mayor will attend.",
		gold: { "Marquette County": [46.56, -87.64], "ISHPEMING": [46.49, -87.67], "Republic": [46.41, -87.98], "Champion": [46.47, -87.83], "Negaunee": [46.5, -87.61], "Gwinn": [46.28, -87.44], "Michigamme": [46.53, -88.09], "Big Bay": [46.82, -87.73], "Yellow Dog River": [46.73, -87.66], "Ishpeming": [46.49, -87.67], "Marquette": [46.54, -87.4] },
		notPlaces: ["Suicide Bowl"]
	},
	{
		genre: 'local',
		text: "Garfield County. PANGUITCH — Commissioners approved a fire station for Tropic and a clinic day in Escalante. Boulder residents want Highway 12 plowed earlier. Henrieville and Cannonville will share a water operator. In Piute County, Circleville's council asked for a deputy, and Antimony's town hall gets a new roof. Panguitch Lake cabins lost power Tuesday.",
		gold: { "Garfield County": [37.86, -111.18], "PANGUITCH": [37.82, -112.44], "Tropic": [37.63, -112.08], "Escalante": [37.77, -111.6], "Boulder": [37.92, -111.43], "Henrieville": [37.55, -112], "Cannonville": [37.54, -112.05], "Piute County": [38.35, -112.26], "Circleville": [38.17, -112.27], "Antimony": [38.1, -111.99], "Panguitch Lake": [37.71, -112.64] },
		notPlaces: ["Highway 12"]
	},
	{
		genre: 'local',
		text: "Delta news. CLEVELAND — The Bolivar County board of supervisors approved paving in Shaw and Merigold. Mound Bayou's mayor asked for help with the water plant. Rosedale's port commission reported record barge traffic. Shelby and Boyle will share a police chief, Eddie Benoit said. In Sunflower County, Ruleville and Drew merchants plan a joint market. Delta State University in Cleveland hosts the Christmas concert.",
		gold: { "CLEVELAND": [33.74, -90.72], "Bolivar County": [33.83, -91.01], "Shaw": [33.6, -90.77], "Merigold": [33.84, -90.73], "Mound Bayou": [33.88, -90.73], "Rosedale": [33.85, -91.03], "Shelby": [33.95, -90.77], "Boyle": [33.7, -90.73], "Sunflower County": [33.55, -90.62], "Ruleville": [33.73, -90.55], "Drew": [33.81, -90.53], "Cleveland": [33.74, -90.72] },
		notPlaces: ["Eddie Benoit","Delta State University"]
	},
	{
		genre: 'local',
		text: "Whitman County. COLFAX — Commissioners approved a grant for the Palouse-Rosalia trail. Garfield-Palouse's school board voted to share a superintendent with Oakesdale. Tekoa's council bought a new plow. St. John-Endicott's football team lost in the state semifinal. Pullman's police will help Colfax cover nights. Uniontown's church raised $4,000 for the food bank. Grower Curt Steptoe said wheat near Lacrosse yielded well.",
		gold: { "Whitman County": [46.7, -117.7], "COLFAX": [46.88, -117.36], "Palouse": [46.91, -117.08], "Rosalia": [47.24, -117.37], "Garfield": [47.01, -117.14], "Oakesdale": [47.13, -117.24], "Tekoa": [47.22, -117.07], "St. John": [47.09, -117.58], "Endicott": [46.94, -117.72], "Pullman": [46.73, -117.18], "Colfax": [46.88, -117.36], "Uniontown": [46.53, -117.09], "Lacrosse": [46.77, -117.77] },
		notPlaces: ["Curt Steptoe"]
	},
];

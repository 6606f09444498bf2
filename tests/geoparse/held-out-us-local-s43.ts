// US local news written for session 43 (none copied from anywhere) and scored BEFORE any change was tuned on them:
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-us-local-s43` (issue #10: hidden US local news at Acc@161
// 0.73, F1 0.78 wanted). Short items in shapes the earlier batches lack or have little of: school-board and zoning
// minutes, high-school and Legion box lines ("Jasper 54, Huntingburg 41"), road-work and detour notices by route,
// utility-outage lists by town and by bare county name, church and community calendars, police blotters by township
// (New Jersey, Pennsylvania), state-fair ribbons by hometown, court dockets, open houses and listings, "where are they
// now" class notes naming far cities, travel columns (Ireland from Dublin GA, Peru and Bolivia from Peru IN), grain
// bids by elevator town, weather almanac records, a painted-churches day trip, gospel singings, senior-meal sites, flu
// clinics by parish, a Belgian kermiss in Wisconsin, an Amish-country festival, a deer tally whose counties follow the
// first one bare ("Marathon County led ..., followed by Shawano ..., Clark ..."), river stages and fireworks. Towns are
// named like foreign places and famous cities (Lisbon and Salem OH, Moscow ID, Berlin NH, MD, OH and VT, Milan NH,
// Versailles KY, Cairo and Thebes IL, Lima OH, Sparta and Bangor WI, Dublin GA, Kremlin OK, Rome GA and NY, Paris TN
// and ME, Denmark, Bamberg and Norway SC, Andalusia and Troy AL, Warsaw IN and VA, Syracuse IN, Praha TX, Montgomery
// LA and MN, Verona NY, Glasgow KY, Mexico MO and ME, Callao VA, Cleveland MN, Vienna GA, Athens and Malakoff TX,
// Canton SD, Peru IN and ME, York and Waco NE, Calais VT, Brussels, Namur and Luxemburg WI, Carthage TX, Marathon
// County WI, Norway, Poland and Oxford ME, Marengo IA, Norwich, Oxford, Smyrna and Guilford NY) or like words and
// people (Many, Carrier, Henry, Charm, Wood, Clark, Stark, Nash, Gary, Perry, Lilly, Thompson, Greene, Griffin); people
// carry names of places (Lorraine, Erin, Lund, Dale) kept in notPlaces. Places abroad appear in the travel and class
// notes (Shannon, Galway, Kilkenny, Cork; Lima, Cusco, Puno, La Paz; Seoul, Oslo). Gold points are the places' own
// coordinates, the state written from knowledge and the point taken from `gazette lookup NAME --country US` in that
// state (the namesake of the story's county); a few the gazetteer lacks (Stewartsville IN, Shelburne and Dummer NH,
// Millville and Nonesuch KY, McClure IL, Govan SC, Chapman AL, High Hill and Dubina TX, McCool Junction and Thayer NE,
// Calais, Moretown, Middlesex and Marshfield VT, Namur and Rosiere WI, townships of New Jersey and Pennsylvania) and
// counties named bare, lakes, rivers and parks carry points from knowledge. No story repeats an earlier story's
// cluster. Half A is for tuning; half B stays held out (report it before and after each change).
// Before any change (main b15b062): A 180/190 within 161 km (0.947), 31 named places not mapped; B 163/189 (0.862), 25
// not mapped. The wrong in A: Denmark and Norway (South Carolina) read as the countries, Kremlin (Oklahoma) as Moscow's,
// Praha (Texas) as Prague, a dateline DUBLIN (Georgia) as Ireland's in a story about a trip to Ireland (and Laurens
// County as South Carolina's), Shelburne (New Hampshire; the gazetteer lacks it) as Vermont's, and a pilot "based in
// Houston" among far cities read as Houston, Minnesota.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_US_LOCAL_S43_A: GenreText[] = [
	{
		genre: 'local',
		text: "School board minutes. POSEYVILLE — The North Posey board met Monday at the junior-senior high school. Members approved bus routes that add a stop in Wadesville and end the loop through Cynthiana at 7:40 a.m. A parent from Stewartsville asked about sharing a band director with New Harmony; the superintendent said talks with Mount Vernon were further along. The board hired a math teacher who commutes from Evansville and accepted a $2,000 gift from a Griffin grain company for the FFA chapter.",
		gold: { POSEYVILLE: [38.17, -87.78], Wadesville: [38.08, -87.75], Cynthiana: [38.19, -87.71], Stewartsville: [38.19, -87.83], 'New Harmony': [38.13, -87.94], 'Mount Vernon': [37.93, -87.9], Evansville: [37.97, -87.56], Griffin: [38.21, -87.92] }
	},
	{
		genre: 'local',
		text: "Zoning board. LISBON — The Center Township zoning appeals board granted a variance Thursday for a pole barn on state Route 45 north of Lisbon, over the objection of a neighbor who commutes to Salem. A request to put a used-car lot near the Guilford Lake turnoff was tabled. Board members noted that Hanoverton and Summitville have similar setbacks; the board's attorney, who also advises Wellsville and East Liverpool, will draft new language before the October meeting in the courthouse annex.",
		gold: { LISBON: [40.77, -80.77], 'Center Township': [40.78, -80.76], Lisbon: [40.77, -80.77], Salem: [40.9, -80.86], 'Guilford Lake': [40.8, -80.87], Hanoverton: [40.77, -80.91], Summitville: [40.68, -80.89], Wellsville: [40.6, -80.65], 'East Liverpool': [40.62, -80.58] }
	},
	{
		genre: 'local',
		text: "Girls basketball. Jasper 54, Huntingburg 41: Kate Hopf scored 17 for the Wildcats. Ferdinand 47, Tell City 39. Loogootee 62, Shoals 30. Washington 50, Vincennes 44. Princeton 58, Boonville 55 (OT). Saturday: Huntingburg at Loogootee, Jasper hosts Washington, and Ferdinand travels to Vincennes. The sectional draw is Sunday at Jasper.",
		gold: { Jasper: [38.39, -86.93], Huntingburg: [38.3, -86.95], Ferdinand: [38.22, -86.86], 'Tell City': [37.95, -86.77], Loogootee: [38.68, -86.91], Shoals: [38.67, -86.79], Washington: [38.66, -87.17], Vincennes: [38.68, -87.53], Princeton: [38.36, -87.57], Boonville: [38.05, -87.27] },
		notPlaces: ['Kate Hopf', 'Hopf']
	},
	{
		genre: 'local',
		text: "Road work. MOSCOW — Paving will narrow U.S. 95 to one lane between Moscow and Genesee from Monday; expect 20-minute waits. Idaho 8 between Troy and Deary closes nightly for culvert work through Sept. 30, and the detour follows Idaho 99 to Kendrick, then Idaho 3 to Deary; the Juliaetta turnoff stays open. Drivers headed to Lewiston should allow extra time, and trucks bound for Pullman are asked to avoid downtown Potlatch.",
		gold: { MOSCOW: [46.73, -117], Moscow: [46.73, -117], Genesee: [46.55, -116.93], Troy: [46.74, -116.77], Deary: [46.8, -116.56], Kendrick: [46.63, -116.6], Juliaetta: [46.58, -116.71], Lewiston: [46.42, -117.02], Pullman: [46.73, -117.18], Potlatch: [46.92, -116.9] }
	},
	{
		genre: 'local',
		text: "Outages. BERLIN — As of 6 a.m., the utility listed 2,140 customers without power after Saturday's ice storm: Berlin 860, Gorham 410, Milan 355, Randolph 120, Shelburne 95, Dummer 80, Errol 60, Stark 45 and the rest scattered through Jefferson and Lancaster. Crews from Maine and Vermont arrived overnight. A warming center is open at the Gorham town hall, and the Milan fire station has water.",
		gold: { BERLIN: [44.47, -71.19], Berlin: [44.47, -71.19], Gorham: [44.39, -71.17], Milan: [44.57, -71.19], Randolph: [44.38, -71.28], Shelburne: [44.4, -71.08], Dummer: [44.63, -71.21], Errol: [44.8, -71.14], Stark: [44.6, -71.42], Jefferson: [44.42, -71.47], Lancaster: [44.49, -71.57], Maine: [45.3, -69.2], Vermont: [44, -72.7] }
	},
	{
		genre: 'local',
		text: "Community calendar. VERSAILLES — Sunday: homecoming and dinner on the grounds at the Presbyterian church; the choir from Midway sings at 11. Tuesday: a Frankfort quilter teaches a beginners' class at the library. Wednesday: the Lawrenceburg and Versailles Rotary clubs meet together. Thursday: a bus leaves the courthouse at 8 for the Keeneland sales in Lexington. Saturday: a fish fry at the Nonesuch community center benefits a Millville family who lost their home.",
		gold: { VERSAILLES: [38.05, -84.73], Midway: [38.15, -84.68], Frankfort: [38.2, -84.87], Lawrenceburg: [38.04, -84.9], Versailles: [38.05, -84.73], Lexington: [38.05, -84.46], Nonesuch: [37.98, -84.8], Millville: [38.13, -84.8] }
	},
	{
		genre: 'local',
		text: "Police blotter. Hamilton Township: a catalytic converter was cut from a van parked off Route 33 in the Mercerville section on Tuesday. Lawrence Township: two bicycles were taken from a garage near the Princeton Pike; a Trenton man, 22, was charged. Ewing: a Pennington woman reported her purse stolen at a supermarket. Hopewell Township: a deer struck a car near Titusville. Robbinsville: a Yardley, Pa., man was charged with drunken driving on Route 130.",
		gold: { 'Hamilton Township': [40.21, -74.67], Mercerville: [40.24, -74.69], 'Lawrence Township': [40.3, -74.72], Trenton: [40.22, -74.74], Ewing: [40.27, -74.8], Pennington: [40.33, -74.79], 'Hopewell Township': [40.37, -74.8], Titusville: [40.31, -74.87], Robbinsville: [40.21, -74.62], Yardley: [40.25, -74.85] }
	},
	{
		genre: 'local',
		text: "Iowa State Fair results, area exhibitors. Beef: grand champion market steer, Kylie Nolte, Manchester; reserve, Brody Kerns, Independence. Sheep: champion ewe, Hannah Welter of Dyersville. Swine: champion barrow shown by a Jesup 4-H member. Open class: best pie, Lorraine Bries of Earlville; sweet corn, first, a Strawberry Point gardener; largest pumpkin, Oelwein. The fair runs through Sunday in Des Moines.",
		gold: { Iowa: [42, -93.5], Manchester: [42.48, -91.46], Independence: [42.47, -91.89], Dyersville: [42.48, -91.12], Jesup: [42.48, -92.06], Earlville: [42.48, -91.27], 'Strawberry Point': [42.68, -91.53], Oelwein: [42.67, -91.91], 'Des Moines': [41.6, -93.61] },
		notPlaces: ['Kylie Nolte', 'Nolte', 'Brody Kerns', 'Kerns', 'Hannah Welter', 'Welter', 'Lorraine Bries', 'Lorraine', 'Bries']
	},
	{
		genre: 'local',
		text: "Court docket. CAIRO — Alexander County circuit court, Tuesday. 9 a.m.: a Tamms man, 45, charged with stealing copper wire from a farm near Olive Branch; arraignment. 10 a.m.: a Thebes woman, 30, traffic; continued. 1:30 p.m.: a Mounds man, 19, burglary of a Mound City garage; plea hearing. 3 p.m.: a civil suit by a Cape Girardeau, Mo., lender against a McClure farmer. Judge Zimmerman presiding; the Pulaski County docket is heard Thursday in Mound City.",
		gold: { CAIRO: [37.01, -89.18], 'Alexander County': [37.14, -89.3], Tamms: [37.23, -89.28], 'Olive Branch': [37.17, -89.35], Thebes: [37.22, -89.46], Mounds: [37.11, -89.2], 'Mound City': [37.09, -89.16], 'Cape Girardeau': [37.31, -89.52], McClure: [37.32, -89.43], 'Pulaski County': [37.24, -89.1] },
		notPlaces: ['Zimmerman']
	},
	{
		genre: 'local',
		text: "Open houses Sunday. LIMA — 1-3 p.m.: three-bedroom ranch on Shawnee Road, Shawnee Township, $189,900. 2-4 p.m.: a brick two-story near the square in Delphos, $154,000. Noon-2: a farmhouse on 5 acres between Elida and Spencerville, $239,000. 3-5 p.m.: a Cridersville split-level with a new roof, $172,500. Also listed: a cottage on Grand Lake St. Marys, an apartment building in Wapakoneta and a retired couple's condo in Bluffton.",
		gold: { LIMA: [40.74, -84.11], 'Shawnee Township': [40.69, -84.15], Delphos: [40.84, -84.34], Elida: [40.79, -84.2], Spencerville: [40.71, -84.35], Cridersville: [40.65, -84.15], 'Grand Lake St. Marys': [40.53, -84.5], Wapakoneta: [40.57, -84.19], Bluffton: [40.9, -83.89] }
	},
	{
		genre: 'local',
		text: "Where are they now. SPARTA — News from the Sparta High class of 1996 before its reunion: Jenna Hoff Lee is a nurse in Anchorage; Tom Brandau runs a machine shop in Tomah; twins Eric and Erin Vold teach in Phoenix and Seoul; Carlos Mendez is a pilot based in Houston. Melissa Roth farms with her husband near Bangor, and Paul Kast coaches wrestling in La Crosse. The reunion is Aug. 9 at the American Legion hall, with a tour of Fort McCoy the next morning.",
		gold: { SPARTA: [43.94, -90.81], Sparta: [43.94, -90.81], Anchorage: [61.22, -149.9], Tomah: [43.98, -90.5], Phoenix: [33.45, -112.07], Seoul: [37.57, 126.98], Houston: [29.76, -95.36], Bangor: [43.89, -90.99], 'La Crosse': [43.8, -91.24], 'Fort McCoy': [44.01, -90.68] },
		notPlaces: ['Jenna Hoff Lee', 'Hoff', 'Lee', 'Tom Brandau', 'Brandau', 'Erin', 'Erin Vold', 'Vold', 'Carlos Mendez', 'Mendez', 'Melissa Roth', 'Roth', 'Paul Kast', 'Kast']
	},
	{
		genre: 'local',
		text: "Travel. DUBLIN — Our Laurens County tour group is back from nine days in Ireland. We flew from Atlanta to Shannon, drove the coast road to Galway and spent two nights in Kilkenny before the last stop in Cork, where a cousin of one member still runs the family pub. Several of us asked why our town carries the Irish capital's name; the guide credited a settler's wife who came from there. Next spring the group goes to Nova Scotia, flying out of Savannah.",
		gold: { DUBLIN: [32.54, -82.9], 'Laurens County': [32.47, -82.82], Ireland: [53.3, -8], Atlanta: [33.75, -84.39], Shannon: [52.7, -8.86], Galway: [53.27, -9.05], Kilkenny: [52.65, -7.25], Cork: [51.9, -8.47], 'Nova Scotia': [45, -63], Savannah: [32.08, -81.1] }
	},
	{
		genre: 'local',
		text: "Farm report. ENID — Hard red winter wheat closed Friday at $5.42 a bushel in Enid, $5.38 at Lahoma and Drummond, $5.35 at Kremlin and Hillsdale, and $5.30 at Pond Creek and Nash. Canola was $9.80 at Carrier. Elevator managers in Kingfisher and Hennessey reported light deliveries as farmers waited on rain; Medford's co-op said its bins are two-thirds full.",
		gold: { ENID: [36.4, -97.88], Enid: [36.4, -97.88], Lahoma: [36.39, -98.09], Drummond: [36.28, -98.04], Kremlin: [36.52, -97.85], Hillsdale: [36.56, -97.99], 'Pond Creek': [36.67, -97.8], Nash: [36.7, -98.03], Carrier: [36.49, -98.04], Kingfisher: [35.86, -97.93], Hennessey: [36.11, -97.9], Medford: [36.81, -97.73] }
	},
	{
		genre: 'local',
		text: "Almanac. ROME — On this date in 1936, Rome hit 108 degrees, still the county record; Cedartown reached 107 and Cartersville 106. The coldest Jan. 21 came in 1985, when it was 4 below at Calhoun and 2 below in Summerville. Wettest day on record: 7.9 inches at Cave Spring during the 1990 flood, when the Etowah and Oostanaula rivers met at flood stage downtown. Normal high today: 91; sunrise at Lindale 6:52 a.m.",
		gold: { ROME: [34.26, -85.16], Rome: [34.26, -85.16], Cedartown: [34.01, -85.26], Cartersville: [34.17, -84.8], Calhoun: [34.5, -84.95], Summerville: [34.48, -85.35], 'Cave Spring': [34.11, -85.34], Etowah: [34.22, -85.05], Oostanaula: [34.35, -85.08], Lindale: [34.19, -85.17] }
	},
	{
		genre: 'local',
		text: "County commission. PARIS — Henry County commissioners on Monday approved $1.2 million to resurface roads near Puryear and Cottage Grove, and agreed to share a recycling truck with Buchanan and Springville. A Henry man asked the board to fix a washed-out culvert on a road to Big Sandy; the road superintendent said Benton County owns half of it. The commission also heard from a Murray, Ky., developer planning cabins on Kentucky Lake near the Paris Landing bridge.",
		gold: { PARIS: [36.3, -88.33], 'Henry County': [36.31, -88.2], Puryear: [36.44, -88.33], 'Cottage Grove': [36.35, -88.46], Buchanan: [36.41, -88.15], Springville: [36.27, -88.15], Henry: [36.2, -88.42], 'Big Sandy': [36.23, -88.09], 'Benton County': [36.07, -88.03], Murray: [36.61, -88.31], 'Kentucky Lake': [36.6, -88.1], 'Paris Landing': [36.44, -88.08] }
	},
	{
		genre: 'local',
		text: "Fire calls. DENMARK — Bamberg County firefighters answered 14 calls last week. Monday: a woods fire off U.S. 78 between Denmark and Bamberg burned 12 acres. Tuesday: a kitchen fire in Olar; no one was hurt. Thursday: a tractor burned near Ehrhardt, and the Govan crew helped Barnwell County with a barn fire outside Blackville. Sunday: a car fire on U.S. 321 near Norway drew the Denmark tanker.",
		gold: { DENMARK: [33.32, -81.14], 'Bamberg County': [33.21, -81.03], Denmark: [33.32, -81.14], Bamberg: [33.3, -81.03], Olar: [33.18, -81.16], Ehrhardt: [33.1, -81.01], Govan: [33.22, -81.18], 'Barnwell County': [33.23, -81.44], Blackville: [33.36, -81.27], Norway: [33.45, -81.11] }
	},
	{
		genre: 'local',
		text: "Singings. GREENVILLE — Sunday: the Butler County gospel singing at the Georgiana city hall, 2 p.m. Second Sunday: a homecoming singing in Fort Deposit. Third Saturday: the Luverne quartet hosts groups from Brantley and Troy at the Crenshaw County fairground. Fourth Sunday: Andalusia's all-day singing and dinner on the grounds, with a choir from Opp. Anyone wanting a ride from McKenzie or Chapman should call the church office.",
		gold: { GREENVILLE: [31.83, -86.62], 'Butler County': [31.71, -86.71], Georgiana: [31.64, -86.74], 'Fort Deposit': [31.98, -86.58], Luverne: [31.72, -86.26], Brantley: [31.58, -86.26], Troy: [31.81, -85.97], 'Crenshaw County': [31.69, -86.3], Andalusia: [31.31, -86.48], Opp: [31.28, -86.26], McKenzie: [31.54, -86.71], Chapman: [31.66, -86.72] }
	},
	{
		genre: 'local',
		text: "Senior meals. WARSAW — Hot lunches are served weekdays at 11:30 at the Warsaw senior center and Monday, Wednesday and Friday at sites in Winona Lake, Pierceton, Syracuse, Milford and Etna Green. The Leesburg site moves to the town hall this month. Home-delivered meals reach riders in Claypool, Mentone and Silver Lake; drivers are needed for the North Webster route. Menus are posted at the Mentone and Syracuse libraries.",
		gold: { WARSAW: [41.24, -85.85], Warsaw: [41.24, -85.85], 'Winona Lake': [41.23, -85.82], Pierceton: [41.2, -85.71], Syracuse: [41.43, -85.75], Milford: [41.41, -85.85], 'Etna Green': [41.28, -86.05], Leesburg: [41.33, -85.85], Claypool: [41.12, -85.87], Mentone: [41.17, -86.03], 'Silver Lake': [41.07, -85.89], 'North Webster': [41.33, -85.7] }
	},
	{
		genre: 'local',
		text: "Day trips. SCHULENBURG — The painted churches tour starts at the chamber office here and takes most of a day. The first stop is St. Mary's in High Hill, then the Nativity church at Dubina and Sts. Cyril and Methodius at Praha, where the August feast still draws thousands. Visitors with time can go on to Moulton and Hallettsville or north to Flatonia and Weimar; a kolache bakery in Fayetteville makes a good lunch stop on the way back to La Grange.",
		gold: { SCHULENBURG: [29.68, -96.9], 'High Hill': [29.71, -96.93], Dubina: [29.77, -96.86], Praha: [29.7, -97.06], Moulton: [29.57, -97.14], Hallettsville: [29.44, -96.94], Flatonia: [29.69, -97.11], Weimar: [29.7, -96.78], Fayetteville: [29.89, -96.65], 'La Grange': [29.91, -96.88] }
	},
	{
		genre: 'local',
		text: "Flu shots. NATCHITOCHES — The regional health office will give free shots at parish units next week: Tuesday in Natchitoches and Campti, Wednesday in Winnfield and Dodson for Winn Parish, Thursday in Colfax and Montgomery for Grant Parish, and Friday in Robeline and Many. A mobile unit visits Provencal and Goldonna on Saturday. Shreveport's clinic is taking overflow by appointment.",
		gold: { NATCHITOCHES: [31.76, -93.09], Natchitoches: [31.76, -93.09], Campti: [31.89, -93.12], Winnfield: [31.93, -92.64], Dodson: [32.07, -92.68], 'Winn Parish': [31.91, -92.72], Colfax: [31.52, -92.71], Montgomery: [31.67, -92.89], 'Grant Parish': [31.6, -92.52], Robeline: [31.77, -93.32], Many: [31.57, -93.48], Provencal: [31.65, -93.2], Goldonna: [32, -92.96], Shreveport: [32.53, -93.75] }
	}
];

export const HELD_OUT_US_LOCAL_S43_B: GenreText[] = [
	{
		genre: 'local',
		text: "School board. ROME — The Rome City School District board on Thursday approved a contract for buses serving Lee Center and Westernville, and agreed to send 11th-graders to a welding program in Verona. A parent from Oriskany asked why varsity games are no longer streamed; the athletic director said the camera was lent to the Clinton district. The board meets next on Sept. 12 and will hear a report from the BOCES office in Utica.",
		gold: { ROME: [43.21, -75.46], Rome: [43.21, -75.46], 'Lee Center': [43.31, -75.51], Westernville: [43.33, -75.32], Verona: [43.14, -75.57], Oriskany: [43.16, -75.33], Clinton: [43.05, -75.38], Utica: [43.1, -75.23] }
	},
	{
		genre: 'local',
		text: "Boys basketball. Russellville 61, Auburn 44: Jalen Gill scored 22 for the Panthers. Franklin 55, Adairville 40. Lewisburg 48, Greenville 46. Bowling Green 70, Glasgow 58. Hopkinsville 52, Elkton 37. Friday: Auburn at Lewisburg, Russellville hosts Franklin, and Elkton travels to Adairville.",
		gold: { Russellville: [36.85, -86.89], Auburn: [36.86, -86.71], Franklin: [36.72, -86.58], Adairville: [36.67, -86.85], Lewisburg: [36.99, -86.95], Greenville: [37.2, -87.18], 'Bowling Green': [36.99, -86.44], Glasgow: [37, -85.91], Hopkinsville: [36.87, -87.49], Elkton: [36.81, -87.15] },
		notPlaces: ['Jalen Gill', 'Gill']
	},
	{
		genre: 'local',
		text: "Road closures. MEXICO — Route 22 between Mexico and Centralia will close at the creek bridge from Monday through Nov. 15; the posted detour uses U.S. 54 and Route 15. Route J west of Laddonia closes Wednesday for a culvert. Drivers from Martinsburg and Farber should use Route 19 to reach Fulton. A crew will also patch Route BB between Thompson and Auxvasse. Questions go to the district office in Hannibal.",
		gold: { MEXICO: [39.17, -91.88], Mexico: [39.17, -91.88], Centralia: [39.21, -92.14], Laddonia: [39.24, -91.65], Martinsburg: [39.1, -91.66], Farber: [39.27, -91.58], Fulton: [38.85, -91.95], Thompson: [39.25, -92.01], Auxvasse: [39.02, -91.9], Hannibal: [39.71, -91.36] }
	},
	{
		genre: 'local',
		text: "Power outages. WARSAW — The electric cooperative reported 3,900 members out Tuesday night after storms crossed the Northern Neck: Richmond County 1,200, Westmoreland 1,050, Northumberland 900, Lancaster 750. The worst pockets were around Callao, Farnham and Heathsville; Montross and Kilmarnock had power back by midnight. Crews came from Tappahannock and from a co-op in Maryland.",
		gold: { WARSAW: [37.96, -76.76], 'Northern Neck': [37.9, -76.6], 'Richmond County': [37.94, -76.72], Westmoreland: [38.11, -76.8], Northumberland: [37.86, -76.38], Lancaster: [37.7, -76.42], Callao: [37.98, -76.57], Farnham: [37.87, -76.6], Heathsville: [37.92, -76.47], Montross: [38.1, -76.83], Kilmarnock: [37.71, -76.38], Tappahannock: [37.93, -76.86], Maryland: [39, -76.8] }
	},
	{
		genre: 'local',
		text: "Church notes. BERLIN — Stevenson United Methodist hosts a blessing of the animals Saturday at 10. The Showell and Bishopville churches hold a joint vacation Bible school next week at the Showell fire hall. A men's breakfast at Whaleyville's Methodist church benefits the food pantry in Snow Hill. The youth group from Ocean City leaves for a mission week in Salisbury, and a gospel concert Sunday features a quartet from Chincoteague.",
		gold: { BERLIN: [38.32, -75.22], Showell: [38.4, -75.22], Bishopville: [38.44, -75.19], Whaleyville: [38.41, -75.28], 'Snow Hill': [38.18, -75.39], 'Ocean City': [38.34, -75.08], Salisbury: [38.36, -75.6], Chincoteague: [37.93, -75.38] },
		notPlaces: ['Stevenson']
	},
	{
		genre: 'local',
		text: "Police log. Exeter Township: a Reading man, 28, was charged after a fight at a bar on Perkiomen Avenue. Amity Township: two cars were broken into at the Douglassville shopping center. Oley Township: a loose cow on Route 73 was returned to a farm near Pleasantville. Boyertown: a Gilbertsville woman reported a phone scam. Birdsboro: vandals spray-painted the Union Township building.",
		gold: { 'Exeter Township': [40.31, -75.83], Reading: [40.34, -75.93], 'Amity Township': [40.29, -75.74], Douglassville: [40.27, -75.74], 'Oley Township': [40.39, -75.79], Pleasantville: [40.4, -75.74], Boyertown: [40.33, -75.64], Gilbertsville: [40.32, -75.61], Birdsboro: [40.26, -75.8], 'Union Township': [40.22, -75.8] }
	},
	{
		genre: 'local',
		text: "State fair ribbons. LE CENTER — Le Sueur County 4-H members brought home purple ribbons from St. Paul: Ava Sticha of Montgomery for a market lamb; Owen Pexa of New Prague for photography; Grace Holicky of Cleveland for a quilt; and the Kasota club's dairy goat team. A Waterville girl, Lily Sirek, placed second in the horse show, and a Le Sueur boy won a trip to the national 4-H congress in Atlanta.",
		gold: { 'LE CENTER': [44.39, -93.73], 'Le Sueur County': [44.35, -93.85], 'St. Paul': [44.94, -93.09], Montgomery: [44.44, -93.58], 'New Prague': [44.54, -93.58], Cleveland: [44.33, -93.84], Kasota: [44.29, -93.96], Waterville: [44.22, -93.57], 'Le Sueur': [44.46, -93.92], Atlanta: [33.75, -84.39] },
		notPlaces: ['Ava Sticha', 'Sticha', 'Owen Pexa', 'Pexa', 'Grace Holicky', 'Holicky', 'Lily Sirek', 'Sirek']
	},
	{
		genre: 'local',
		text: "Court docket. VIENNA — Dooly County state court, Wednesday: a Unadilla man, 33, speeding on Interstate 75, $215; a Pinehurst woman, 41, driving without insurance, continued; a Byromville man, 27, possession of marijuana, pretrial diversion. Superior court arraignments: a Cordele man charged with a Lilly burglary; a Perry woman charged with forging checks drawn on a Vienna bank.",
		gold: { VIENNA: [32.09, -83.8], 'Dooly County': [32.18, -83.83], Unadilla: [32.26, -83.74], Pinehurst: [32.2, -83.72], Byromville: [32.2, -83.91], Cordele: [31.96, -83.78], Lilly: [32.15, -83.88], Perry: [32.46, -83.73], Vienna: [32.09, -83.8] }
	},
	{
		genre: 'local',
		text: "Listings. ATHENS — New this week: a lake house on Cedar Creek Reservoir near Eustace, $449,000; a three-bedroom brick home in Malakoff, $198,500; 40 acres with a pond between Brownsboro and Chandler, $380,000; a starter home in Murchison, $129,900. A commercial lot on the Athens square sold for $310,000 to a Tyler restaurant group.",
		gold: { ATHENS: [32.2, -95.86], 'Cedar Creek Reservoir': [32.25, -96.1], Eustace: [32.31, -96.01], Malakoff: [32.17, -96.01], Brownsboro: [32.3, -95.61], Chandler: [32.31, -95.48], Murchison: [32.28, -95.75], Athens: [32.2, -95.86], Tyler: [32.35, -95.3] }
	},
	{
		genre: 'local',
		text: "Where are they now. CANTON — Notes from the Canton High class of 1986 ahead of its 40th reunion: Lisa Nygaard teaches second grade in Lennox; Mark Hegg is a surgeon in Denver; Kari Boe runs a bakery in Beresford; Dan Aasen flies for an airline out of Minneapolis; and Ingrid Lund, an exchange student that year, wrote from Oslo. The reunion is July 18 at a Sioux Falls country club, with a picnic the next day at Newton Hills State Park.",
		gold: { CANTON: [43.3, -96.59], Canton: [43.3, -96.59], Lennox: [43.35, -96.89], Denver: [39.74, -104.98], Beresford: [43.08, -96.77], Minneapolis: [44.98, -93.26], Oslo: [59.91, 10.75], 'Sioux Falls': [43.55, -96.7], 'Newton Hills State Park': [43.22, -96.57] },
		notPlaces: ['Lisa Nygaard', 'Nygaard', 'Mark Hegg', 'Hegg', 'Kari Boe', 'Boe', 'Dan Aasen', 'Aasen', 'Ingrid Lund', 'Lund']
	},
	{
		genre: 'local',
		text: "Travel. PERU — Miami County readers Dale and Rita Fenn sent this report from South America: 'We landed in Lima after a night flight from Miami, took the train from Cusco to Machu Picchu and spent two days at Lake Titicaca near Puno. The altitude in La Paz was hard on us. We came home through Houston, and the first thing we did back in Indiana was drive to Bunker Hill for a real tenderloin.'",
		gold: { PERU: [40.75, -86.07], 'Miami County': [40.76, -86.02], 'South America': [-15, -60], Lima: [-12.05, -77.04], Miami: [25.77, -80.19], Cusco: [-13.53, -71.97], 'Machu Picchu': [-13.16, -72.55], 'Lake Titicaca': [-15.8, -69.4], Puno: [-15.84, -70.02], 'La Paz': [-16.5, -68.15], Houston: [29.76, -95.36], Indiana: [40, -86.1], 'Bunker Hill': [40.66, -86.1] },
		notPlaces: ['Dale', 'Rita Fenn', 'Fenn']
	},
	{
		genre: 'local',
		text: "Grain bids. YORK — Corn closed Thursday at $4.02 in York, $4.00 at Benedict and Bradshaw, $3.98 at Waco and McCool Junction, and $3.95 at Gresham. Soybeans were $10.15 at Henderson and Thayer. The ethanol plant near Aurora posted $4.10 for delivery next week; cattle at the Columbus sale barn brought $2.31 for 600-pound steers.",
		gold: { YORK: [40.87, -97.59], York: [40.87, -97.59], Benedict: [41, -97.6], Bradshaw: [40.92, -97.76], Waco: [40.92, -97.45], 'McCool Junction': [40.74, -97.59], Gresham: [41.02, -97.41], Henderson: [40.78, -97.81], Thayer: [40.97, -97.49], Aurora: [40.87, -98], Columbus: [41.43, -97.37] }
	},
	{
		genre: 'local',
		text: "Weather almanac. MONTPELIER — Record low for the date: 31 below at Northfield in 1943; record high, 96 at Barre in 1975. The deepest snow on the ground in February came in 1969, when Calais measured 52 inches and the Worcester range had drifts over the fence posts. The 1927 flood crested on this date at Waterbury, and Moretown and Middlesex lost every bridge. Tonight's low: 12 in Berlin, 9 in Marshfield.",
		gold: { MONTPELIER: [44.26, -72.58], Northfield: [44.15, -72.66], Barre: [44.2, -72.5], Calais: [44.37, -72.49], Worcester: [44.37, -72.55], Waterbury: [44.34, -72.76], Moretown: [44.25, -72.76], Middlesex: [44.29, -72.68], Berlin: [44.21, -72.58], Marshfield: [44.35, -72.35] }
	},
	{
		genre: 'local',
		text: "Kermiss. BRUSSELS — The Belgian harvest festival returns to the Brussels town hall Saturday, with booyah cooked by the Namur fire department and a polka band from Luxemburg. Rosiere's church hosts a pie auction, and a bus leaves Sturgeon Bay at 10 with stops in Forestville and Dyckesville. Descendants of settlers from Wallonia say the recipes came from Belgium with the first families in the 1850s.",
		gold: { BRUSSELS: [44.74, -87.62], Brussels: [44.74, -87.62], Namur: [44.74, -87.63], Luxemburg: [44.54, -87.7], Rosiere: [44.69, -87.66], 'Sturgeon Bay': [44.83, -87.38], Forestville: [44.7, -87.52], Dyckesville: [44.65, -87.75], Wallonia: [50.4, 4.7], Belgium: [50.6, 4.6] }
	},
	{
		genre: 'local',
		text: "Festival schedule. MILLERSBURG — The Holmes County antique festival opens Friday with a parade at 6. Saturday: a pancake breakfast at the Berlin fire station, a quilt walk through Walnut Creek, and buggy rides between Charm and Winesburg. Sunday: the Mount Hope auction barn hosts a draft horse show; shuttles run from Sugarcreek and Loudonville. The Killbuck museum stays open late all weekend.",
		gold: { MILLERSBURG: [40.55, -81.92], 'Holmes County': [40.58, -81.93], Berlin: [40.56, -81.79], 'Walnut Creek': [40.54, -81.72], Charm: [40.51, -81.79], Winesburg: [40.62, -81.7], 'Mount Hope': [40.62, -81.78], Sugarcreek: [40.5, -81.64], Loudonville: [40.64, -82.23], Killbuck: [40.5, -81.98] }
	},
	{
		genre: 'local',
		text: "Road closures. CARTHAGE — FM 10 will close between Carthage and Gary for bridge replacement starting Monday; use U.S. 59 and FM 699. Traffic on U.S. 79 near Beckville will be cut to one lane for widening, and State Highway 149 between Tatum and Longview will have flaggers through December. Drivers from DeBerry should reach Marshall by FM 31 instead.",
		gold: { CARTHAGE: [32.16, -94.34], Carthage: [32.16, -94.34], Gary: [32.03, -94.38], Beckville: [32.24, -94.46], Tatum: [32.32, -94.52], Longview: [32.5, -94.74], DeBerry: [32.3, -94.15], Marshall: [32.54, -94.37] }
	},
	{
		genre: 'local',
		text: "Deer season. WAUSAU — Hunters registered 41,200 deer in the nine-day gun season, state figures show. Marathon County led the region with 6,840, followed by Shawano with 5,210, Clark with 4,930 and Waupaca with 4,480; Portage and Wood trailed at about 3,000 each. Wardens said the Rib Mountain and Mosinee areas saw the heaviest pressure on public land.",
		gold: { WAUSAU: [44.96, -89.63], 'Marathon County': [44.94, -89.77], Shawano: [44.79, -88.76], Clark: [44.73, -90.61], Waupaca: [44.47, -88.96], Portage: [44.48, -89.5], Wood: [44.46, -90.04], 'Rib Mountain': [44.92, -89.68], Mosinee: [44.79, -89.7] }
	},
	{
		genre: 'local',
		text: "Legion baseball. Norway 6, Paris 3: Cole Dunham's two-run double in the fifth broke a 3-3 tie. Poland 8, Mexico 2. Oxford 5, Rumford 4 (8 inn.). Peru at Dixfield was postponed by rain. Standings: Norway 7-1, Poland 6-2, Oxford 5-3, Paris 3-5, Mexico 2-6. Tuesday: Paris hosts Poland, and Norway travels to Rumford. The state tournament opens July 28 in Bangor.",
		gold: { Norway: [44.21, -70.54], Paris: [44.26, -70.5], Poland: [44.06, -70.39], Mexico: [44.56, -70.55], Oxford: [44.13, -70.49], Rumford: [44.55, -70.55], Peru: [44.51, -70.41], Dixfield: [44.53, -70.46], Bangor: [44.8, -68.77] },
		notPlaces: ['Cole Dunham', 'Dunham']
	},
	{
		genre: 'local',
		text: "River stages, 7 a.m. Cedar River at Cedar Falls 14.2 feet, falling; at Vinton 17.8, steady; at Cedar Rapids 15.1, rising; at Conesville 13.4. Iowa River at Marshalltown 16.0, falling; at Tama 14.8; at Marengo 18.3, above flood stage; at Columbus Junction 21.9. The English River near Kalona is cresting at 12.5 feet.",
		gold: { 'Cedar River': [42.1, -91.8], 'Cedar Falls': [42.53, -92.45], Vinton: [42.17, -92.02], 'Cedar Rapids': [42.01, -91.64], Conesville: [41.38, -91.35], 'Iowa River': [41.9, -92.3], Marshalltown: [42.05, -92.91], Tama: [41.97, -92.58], Marengo: [41.8, -92.07], 'Columbus Junction': [41.28, -91.36], 'English River': [41.47, -91.73], Kalona: [41.48, -91.71] }
	},
	{
		genre: 'local',
		text: "Fireworks. NORWICH — Fourth of July displays in Chenango County: Norwich, Friday at dusk at the fairgrounds; Oxford, Thursday at the village park; Greene, Saturday after the chicken barbecue; Sherburne, Saturday over the pool; Bainbridge, Sunday at the riverside park. New Berlin and Smyrna hold parades but no fireworks this year, and Guilford's lakeside show was canceled. Binghamton's display is July 3.",
		gold: { NORWICH: [42.53, -75.52], 'Chenango County': [42.46, -75.53], Norwich: [42.53, -75.52], Oxford: [42.44, -75.6], Greene: [42.33, -75.77], Sherburne: [42.68, -75.5], Bainbridge: [42.29, -75.48], 'New Berlin': [42.62, -75.33], Smyrna: [42.69, -75.61], Guilford: [42.43, -75.48], Binghamton: [42.1, -75.92] }
	}
];

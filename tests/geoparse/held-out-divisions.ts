// Health and international news texts written for session 23 (none copied from anywhere) that name
// first-level divisions the way English news outside the US names them: with the division word
// ("Nakuru County", "Kagera Region", "Ondo State", "Hela Province"), and now and then without it or in
// lower case ("Mara", "Kilifi county"). Scored BEFORE the division words were added to the gazetteer:
// `node --import tsx tests/bench/genre-accuracy.ts --held-out-divisions`. Gold points are the places' own
// coordinates (a division's is a point inside it); names with no point here are not counted.
import type { GenreText } from './genre-texts.ts';

export const HELD_OUT_DIVISIONS: GenreText[] = [
	{
		genre: 'health',
		text: "Tanzania's health ministry reported 212 cholera cases in Kagera Region and Mara over the past month, most of them in fishing villages on the shores of Lake Victoria. Officials in Musoma said water treatment tablets were being handed out door to door, and the regional medical officer in Bukoba asked residents to boil their drinking water. Neighbouring Kenya has stepped up screening at the Sirari border crossing.",
		gold: { Tanzania: [-6.0, 35.0], 'Kagera Region': [-1.9, 31.3], Mara: [-1.75, 34.0], 'Lake Victoria': [-1.0, 33.0], Musoma: [-1.5, 33.8], Bukoba: [-1.33, 31.81], Kenya: [0.5, 38.0], Sirari: [-1.25, 34.47] }
	},
	{
		genre: 'health',
		text: 'Nakuru County health officials said on Monday that 14 people had been admitted to hospital with suspected anthrax after eating meat from a cow that died in Rongai. The county has banned the slaughter and sale of cattle in the area for two weeks. Cases were also reported last year in Nyandarua County and in Kakamega County, and the health ministry in Nairobi has sent a team of epidemiologists. In Kilifi county, on the coast, officials are investigating a separate outbreak of measles.',
		gold: { 'Nakuru County': [-0.4, 36.0], Rongai: [-0.17, 35.86], 'Nyandarua County': [-0.3, 36.5], 'Kakamega County': [0.4, 34.8], Nairobi: [-1.29, 36.82], Kilifi: [-3.63, 39.85] }
	},
	{
		genre: 'health',
		text: 'The Ghana Health Service has confirmed two cases of Marburg virus disease in the Ashanti Region, the second outbreak in the country in three years. More than 90 contacts are being followed in Kumasi, the regional capital, and in Obuasi, where one of the patients worked at a mine. Health workers in the Volta Region and the Upper East Region were told to watch for fever with bleeding. Accra asked the World Health Organization for help with testing.',
		gold: { 'Ashanti Region': [6.75, -1.5], Kumasi: [6.69, -1.62], Obuasi: [6.2, -1.67], 'Volta Region': [6.6, 0.45], 'Upper East Region': [10.8, -0.9], Accra: [5.56, -0.2] }
	},
	{
		genre: 'health',
		text: 'Lassa fever has killed 31 people in Nigeria since January, most of them in Ondo State and Edo State, the Nigeria Centre for Disease Control said on Friday. Cases have also been confirmed in Bauchi State and Taraba State. In Owo, the federal medical centre has opened a second isolation ward. Separately, doctors in Kaduna State began a strike over unpaid allowances, and officials in Kano State said a diphtheria outbreak had eased.',
		gold: { 'Ondo State': [7.1, 5.05], 'Edo State': [6.6, 5.9], 'Bauchi State': [10.5, 10.0], 'Taraba State': [8.0, 10.8], Owo: [7.2, 5.59], 'Kaduna State': [10.4, 7.7], 'Kano State': [11.7, 8.5] }
	},
	{
		genre: 'health',
		text: 'Health authorities in Liberia said a measles outbreak had spread from Nimba County to Grand Gedeh County, with more than 300 suspected cases, most in children under five. Vaccination teams left Monrovia on Tuesday for Ganta and Zwedru, but heavy rain has cut roads in the south-east. Officials in Sinoe County said they had no confirmed cases.',
		gold: { Liberia: [6.5, -9.5], 'Nimba County': [7.5, -8.7], 'Grand Gedeh County': [6.0, -8.2], Monrovia: [6.3, -10.8], Ganta: [7.24, -8.98], Zwedru: [6.07, -8.13], 'Sinoe County': [5.5, -8.8] }
	},
	{
		genre: 'international',
		text: 'A landslide in Enga Province buried part of a village before dawn on Friday, officials in Papua New Guinea said, and at least 20 people are missing. Rescuers from Wabag were clearing the road, and the government in Port Moresby sent soldiers from Mount Hagen. In neighbouring Hela Province, tribal fighting has kept aid workers away for weeks.',
		gold: { 'Enga Province': [-5.4, 143.5], 'Papua New Guinea': [-6.5, 145.0], Wabag: [-5.49, 143.72], 'Port Moresby': [-9.44, 147.18], 'Mount Hagen': [-5.86, 144.23], 'Hela Province': [-5.9, 142.8] }
	},
	{
		genre: 'health',
		text: 'Dengue cases in Batangas Province have risen by 40 per cent this year, the provincial health office said, with the most in Lipa and Tanauan. In Cebu Province, four towns have declared an outbreak, and the health department in Manila asked hospitals to set aside beds. The Philippines recorded more than 200,000 cases last year.',
		gold: { 'Batangas Province': [13.9, 121.0], Lipa: [13.94, 121.16], Tanauan: [14.09, 121.15], 'Cebu Province': [10.3, 123.9], Manila: [14.6, 120.98], Philippines: [12.0, 122.0] }
	},
	{
		genre: 'health',
		text: "Senegal's health ministry said it had recorded 56 cases of dengue in Kédougou Region, near the border with Mali and Guinea, and a further 12 in Matam Region. Most patients were treated in Kédougou and released. In Dakar, officials began spraying against mosquitoes in markets.",
		gold: { Senegal: [14.5, -14.5], 'Kédougou Region': [12.7, -12.2], Mali: [17.0, -4.0], Guinea: [10.5, -10.9], 'Matam Region': [15.3, -13.3], Kédougou: [12.56, -12.17], Dakar: [14.69, -17.44] }
	},
	{
		genre: 'international',
		text: 'Fighting between separatists and the army in the North-West Region of Cameroon has forced 4,000 people from their homes, the United Nations said. Many fled to Bamenda and others crossed into Nigeria. In the Far North Region, attacks by armed groups near Mora killed six villagers, and officials in Yaoundé said troops had been sent to Maroua.',
		gold: { 'North-West Region': [6.2, 10.4], Cameroon: [6.0, 12.0], Bamenda: [5.96, 10.15], Nigeria: [9.0, 8.0], 'Far North Region': [10.9, 14.2], Mora: [11.05, 14.14], 'Yaoundé': [3.87, 11.52], Maroua: [10.59, 14.32] }
	}
];

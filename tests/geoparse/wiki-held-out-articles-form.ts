// The form shared by the held-out whole articles (wiki-held-out-articles.ts): the points given for countries and
// regions, and the names the articles use for no place.
import type { GenreText } from './genre-texts.ts';

export const US: [number, number] = [39.76, -98.5];
export const GERMANY: [number, number] = [51.5, 10.5];
export const POLAND: [number, number] = [52.0, 20.0];
export const UKRAINE: [number, number] = [49.0, 32.0];
export const ROMANIA: [number, number] = [46.0, 25.0];
export const CZECHIA: [number, number] = [49.75, 15.5];
export const CROATIA: [number, number] = [45.17, 15.5];
export const SERBIA: [number, number] = [44.0, 21.0];
export const BULGARIA: [number, number] = [42.7, 25.5];
export const FRANCE: [number, number] = [46.0, 2.0];
export const ITALY: [number, number] = [42.83, 12.83];
export const ENGLAND: [number, number] = [52.5, -1.5];
export const IRELAND: [number, number] = [53.0, -8.0];
export const LITHUANIA: [number, number] = [55.5, 24.0];
export const SLOVAKIA: [number, number] = [48.67, 19.5];
export const MEXICO: [number, number] = [23.0, -102.0];
export const BRAZIL: [number, number] = [-10.0, -55.0];
export const PHILIPPINES: [number, number] = [13.0, 122.0];
export const AUSTRALIA: [number, number] = [-25.0, 135.0];
export const RUSSIA: [number, number] = [60.0, 100.0];
export const MOLDOVA: [number, number] = [47.0, 29.0];
export const BOSNIA: [number, number] = [44.0, 18.0];
export const CANADA: [number, number] = [60.11, -113.64];
export const HUNGARY: [number, number] = [47.0, 20.0];
export const SWEDEN: [number, number] = [62.0, 15.0];
export const NETHERLANDS: [number, number] = [52.5, 5.75];
export const BAVARIA: [number, number] = [48.8, 11.5];
export const BOHEMIA: [number, number] = [49.9, 14.5];
export const SILESIA: [number, number] = [50.8, 17.5];
export const POMERANIA: [number, number] = [54.0, 16.0];
export const TRANSYLVANIA: [number, number] = [46.5, 24.5];
export const GALICIA_UA: [number, number] = [49.7, 23.5];
export const DALMATIA: [number, number] = [43.5, 16.4];
export const WURTTEMBERG: [number, number] = [48.6, 9.2];
export const MINNESOTA: [number, number] = [46.3, -94.3];
export const OKLAHOMA: [number, number] = [35.5, -97.5];
export const SOUTH_DAKOTA: [number, number] = [44.4, -100.2];
export const NEBRASKA: [number, number] = [41.5, -99.8];
export const OHIO: [number, number] = [40.3, -82.8];
export const WEST_VIRGINIA: [number, number] = [38.6, -80.6];
export const TEXAS: [number, number] = [31.0, -99.0];
export const KANSAS: [number, number] = [38.5, -98.4];
export const IOWA: [number, number] = [42.0, -93.5];
export const LOUISIANA: [number, number] = [31.0, -92.0];
export const PENNSYLVANIA: [number, number] = [40.9, -77.8];
export const ILLINOIS: [number, number] = [40.0, -89.2];
export const ONTARIO: [number, number] = [50.0, -85.0];
export const SOUTH_AUSTRALIA: [number, number] = [-30.0, 135.0];
export const SANTA_CATARINA: [number, number] = [-27.3, -50.2];
export const ADELAIDE: [number, number] = [-34.93, 138.6];
export const CHICAGO: [number, number] = [41.88, -87.63];
export const CINCINNATI: [number, number] = [39.1, -84.51];
export const OKLAHOMA_CITY: [number, number] = [35.47, -97.52];
export const NEW_YORK: [number, number] = [40.71, -74.01];
export const PRAGUE: [number, number] = [50.09, 14.42];
export const LVIV: [number, number] = [49.84, 24.03];
export const VENICE: [number, number] = [45.44, 12.33];
export const ISTANBUL: [number, number] = [41.01, 28.98];
export const DUBROVNIK: [number, number] = [42.65, 18.09];
export const SOFIA: [number, number] = [42.7, 23.32];
export const MOSCOW: [number, number] = [55.75, 37.62];

// what a census or ancestry block names that is no place
export const CENSUS = ['White', 'Black', 'African American', 'Native American', 'American Indian', 'Asian', 'Pacific Islander', 'Hispanic', 'Latino', 'Alaska Native', 'American'];
export const ANCESTRY = ['German', 'Irish', 'English', 'Norwegian', 'Swedish', 'Dutch', 'Czech', 'Polish', 'Italian', 'French', 'Scottish', 'Mexican'];

// names no article here uses for a place: demonyms and peoples, and the country's abbreviation inside road and paper names
export const NEVER_PLACES = ['Indian', 'Indians', 'German', 'Germans', 'Polish', 'Lithuanian', 'Russian', 'French', 'Austrian', 'Spanish', 'Mexican', 'American', 'Americans', 'British', 'Danish', 'Irish', 'English', 'Swedish', 'Norwegian', 'Dutch', 'Czech', 'Slovak', 'Hungarian', 'Italian', 'Ukrainian', 'Serbian', 'Bulgarian', 'Bosnian', 'Romanians', 'Moldovans', 'Slovenes', 'Silesian', 'Pomeranian', 'Roma', 'U.S.', 'USA', 'BC', 'Mary', 'Pacific', 'Mediterranean', 'Kent', 'Vargas', 'Dakota', 'Broussard', 'Spain'];
export const article = (text: string, gold: Record<string, [number, number]>, notPlaces: string[] = []): GenreText => ({
	genre: 'wikipedia',
	text,
	gold,
	notPlaces: [...new Set([...notPlaces, ...NEVER_PLACES.filter((name) => !(name in gold))])]
});


// Held-out WHOLE Wikipedia-style articles about small places (towns, villages, CDPs, communes, parishes, a
// municipality) in many countries, with the sections real articles have and the shorter batches lack: History
// naming historical states and regions (the Kingdom of Prussia, Austria-Hungary, the Ottoman Empire, the Soviet
// Union, Yugoslavia, the Polish–Lithuanian Commonwealth, the Holy Roman Empire, Galicia, Bohemia, Silesia,
// Pomerania, Transylvania, Bessarabia, Dalmatia, New Spain, the Northwest Territory, Indian Territory, Dakota
// Territory) and emigration ("settlers from Ohio", "German immigrants"), Geography with creeks, lakes, hills and
// neighbouring villages, census Demographics ("White", "African American", "Hispanic or Latino of any race",
// ancestry "German, Irish, English"), Economy, Transport, Education (school districts named for places), Notable
// people (born elsewhere; people with place-like names), Twin towns, Climate (Köppen, "the Gulf of Mexico") and
// metropolitan areas. Written for the tests (none copied) on 4 December (session 26) and scored on main BEFORE
// any code was changed for them: `node --import tsx tests/bench/genre-accuracy.ts --held-out-articles`.
// Gold points: the gazetteer's own entry (`node bin/gazette.js lookup NAME`) where it has the place; otherwise
// the place's own point rounded to 0.01° (rivers at the stretch the article means; the Rocky Mountains, which
// Dakota Territory reached, at their course's point nearest Yankton, in Colorado). A historical state or region
// whose land is one present-day region or country (Bohemia, Transylvania, Württemberg, Dalmatia) is graded at
// that region like every region (within 800 km); a state that spans several present countries or has no
// present-day counterpart (Kingdom of Prussia, Austria-Hungary, the Ottoman Empire, the Soviet Union,
// Yugoslavia, the Commonwealth, the Holy Roman Empire, New Spain, the US territories) is in notPlaces, with
// demonyms, ancestry and census categories, tribes, and people, ships and institutions named after places.
// After the first scoring (578/602 on main e9ef94e) gold was corrected where a historical land's own name stood inside
// a state's ("Kingdom of Dalmatia", "Province of Pomerania", "Kingdom of Bohemia", "Syrmia County", "Croatia-Slavonia"):
// the land is graded, the longer name is not; scored again on main 08bfe13 before any rule: 578/602.
import type { GenreText } from './genre-texts.ts';
import { ARTICLES_AMERICAS } from './wiki-held-out-articles-americas.ts';
import { ARTICLES_WORLD } from './wiki-held-out-articles-world.ts';

export const WIKI_HELD_OUT_ARTICLES: GenreText[] = [...ARTICLES_AMERICAS, ...ARTICLES_WORLD];

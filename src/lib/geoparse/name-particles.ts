// The lower-case words that join the words of one place name, shared by the recogniser (candidates.ts),
// the joined-name reader (joined-names.ts), the test that a name goes on past a place word
// (name-goes-on.ts), the reader of a described subject's name (subject-name.ts) and the test that a town's name
// goes on past its opening words (by-other-name.ts).
import type { Token } from './tokens.ts';

/**
 * Words other languages put inside place names: articles and prepositions joining a town to its river,
 * region or saint ("Frankfurt am Main", "Rothenburg ob der Tauber", "Bernau im Schwarzwald", "Neustadt
 * bei Coburg", "Bergen op Zoom", "Alphen aan den Rijn", "Castiglione della Pescaia", "Ústí nad Labem",
 * "Nowe Miasto nad Pilicą", "Nové Město na Moravě", "Saint-Martin-de-Lenne", "Doué-en-Anjou",
 * "Sévérac-d'Aveyron", "Tude-et-Lavalette", "San Sebastián de los Reyes", "Trinidad y Tobago", "Møre og
 * Romsdal", "Mto wa Mbu").
 */
export const FOREIGN_NAME_PARTICLES: ReadonlySet<string> = new Set([
	// French
	'de', 'd', 'du', 'des', 'la', 'le', 'les', 'l', 'lès', 'lez', 'en', 'sur', 'sous', 'et', 'aux', 'au',
	// Italian ("Prato allo Stelvio", "Cassano allo Ionio", "Castiglione della Pescaia", "Sant'Agata sul Santerno",
	// "Castelnuovo nella Daunia")
	'di', 'del', 'della', 'delle', 'dei', 'degli', 'dello', 'lo', 'sul', 'sulla', 'sullo', 'da', 'allo', 'alla', 'alle', 'agli', 'nel', 'nella', 'negli',
	// Spanish, Portuguese, Catalan, Arabic
	'el', 'los', 'las', 'y', 'es', 'do', 'dos', 'das', 'al',
	// German, Dutch
	'am', 'an', 'der', 'den', 'im', 'bei', 'vor', 'vorm', 'ob', 'unter', 'zum', 'zur', 'op', 'aan', 'ter', 'ten', 'van', 'von',
	// Czech, Slovak, Polish
	'nad', 'pod', 'na',
	// Norwegian, Danish, Swedish, Icelandic ("Møre og Romsdal", "Sogn og Fjordane", "Vík í Mýrdal", "Lit i Jämtland")
	'og', 'i', 'í', 'på',
	// Swahili ("Mto wa Mbu", "Bagamoyo wa Pwani")
	'wa'
]);

/** English words inside place names: "Isle of Man", "Bosnia and Herzegovina", "Newcastle upon Tyne", "Southend-on-Sea", "Weston-under-Lizard", "Republic of the Congo". */
export const ENGLISH_NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'upon', 'on', 'under']);

/**
 * The Arabic article as transliterations write it, assimilated to the letter after it and held to the
 * next word by a hyphen: "Deir ez-Zor", "Ras al-Khaimah", "Jisr ash-Shughur", "Shatt al-Arab". Only so
 * glued is it read as an article: spaced, "as", "at" and "an" are English words.
 */
export const ARABIC_ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'adh', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'an', 'ed', 'er', 'es', 'esh', 'et', 'ez', 'en', 'ul', 'ud']);

// French and Italian articles and "de" elided before a vowel: "Côte d'Ivoire", "Coeur d'Alene", "Val d'Isère"
export const ELIDED_ARTICLES: ReadonlySet<string> = new Set(['d', 'l']);

/** "d'Ivoire": an elided lower-case word the apostrophe glues to the capitalised word after it. */
export function elidedBefore(token: Token, next: Token | undefined): boolean {
	return ELIDED_ARTICLES.has(token.text) && next !== undefined && (next.gapBefore === "'" || next.gapBefore === '’') && next.capitalized;
}

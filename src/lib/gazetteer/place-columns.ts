// The gazetteer's places as stored on disk: typed columns, one table of distinct strings and an id hash
// table in a single binary buffer, so loading them is a file read and one pass that makes the place
// objects. (As JSON, 221,000 places took 0.3-0.6 s to parse before any place was made, and their id
// Map 0.1-0.3 s to fill; a V8 serialised snapshot of the JSON was slower still.)
//
// Layout (little-endian; sections in this order, each starting 8-byte aligned):
//   header      Uint32 × 8: magic, version, place count, string count, text bytes, id slot count, total bytes, 0
//   population  Float64 × places
//   lat, lon    Int32 × places each       degrees × 1e5 (COORDINATE_SCALE)
//   geonameId   Int32 × places            -1 = none
//   id, name, kind, featureCode, country, admin1, admin2
//               Uint32 × places each      string number + 1, 0 = null
//   idSlots     Int32 × id slots          place index + 1 at its id's hash (place-ids.ts), 0 = empty
//   stringEnds  Uint32 × strings          where each string ends in the text, in UTF-16 code units
//   text        UTF-8: every distinct string, one after another, those of ASCII alone first
import { fillIdSlots, idSlotCount } from './place-ids.ts';
import type { CompiledGazetteer } from './types.ts';

const MAGIC = 0x47_5a_50_4c; // "GZPL"
const VERSION = 1;
const HEADER_WORDS = 8;
const STRING_COLUMNS = ['id', 'name', 'kind', 'featureCode', 'country', 'admin1', 'admin2'] as const;
const INT_COLUMNS = ['lat', 'lon', 'geonameId'] as const;

export type PlaceColumns = CompiledGazetteer['places'];

/** The stored places, read in place: numbers are views on the file's bytes, strings made when first
 * asked for (a geoparse of a few documents reads a few hundred of the 450,000), once each. */
export interface PlaceTable {
	count: number;
	/** the string of a column's value (string number + 1; 0 is null) */
	string(number: number): string | null;
	/** every string, by its number (made now; the same array every time: not to be changed) */
	allStrings(): (string | null)[];
	/** whether a column value's string starts with `prefix` (without making the string) */
	startsWith(number: number, prefix: string): boolean;
	/** per place, the number + 1 of its string in `strings` */
	id: Uint32Array;
	name: Uint32Array;
	kind: Uint32Array;
	featureCode: Uint32Array;
	country: Uint32Array;
	admin1: Uint32Array;
	admin2: Uint32Array;
	lat: Int32Array;
	lon: Int32Array;
	/** -1 = none */
	geonameId: Int32Array;
	population: Float64Array;
	idSlots: Int32Array;
}

/** The bytes are not a place table this code writes: truncated, corrupt or of another version. */
export class PlaceTableError extends Error {}

const align8 = (n: number) => (n + 7) & ~7;

function sections(count: number, stringCount: number, textBytes: number, slotCount: number) {
	let at = HEADER_WORDS * 4;
	const take = (bytes: number) => {
		const start = at;
		at = align8(at + bytes);
		return start;
	};
	const population = take(count * 8);
	const ints = INT_COLUMNS.map(() => take(count * 4));
	const strings = STRING_COLUMNS.map(() => take(count * 4));
	const idSlots = take(slotCount * 4);
	const ends = take(stringCount * 4);
	const text = at;
	return { population, ints, strings, idSlots, ends, text, total: text + textBytes };
}

function checkedInt(value: number, column: string, row: number): number {
	if (!Number.isInteger(value) || value < -0x8000_0000 || value > 0x7fff_ffff) throw new Error(`place ${row}: ${column} ${value} is not a 32-bit integer`);
	return value;
}

/** The columns as one buffer (the build's output); throws on a value the layout cannot hold. */
export function encodePlaceColumns(columns: PlaceColumns): Uint8Array {
	const count = columns.id.length;
	if (new Set(columns.id).size !== count) throw new Error('place ids are not unique');
	const numbers = new Map<string, number>();
	const distinct: string[] = [];
	const numberOf = (value: string | null | undefined) => {
		if (value === null || value === undefined) return 0;
		let number = numbers.get(value);
		if (number === undefined) {
			number = distinct.push(value);
			numbers.set(value, number);
		}
		return number;
	};
	const stringColumns = STRING_COLUMNS.map((name) => {
		const column = columns[name];
		return Uint32Array.from({ length: count }, (_, i) => numberOf(column?.[i]));
	});
	// ASCII strings first: read back from that part alone they are one-byte strings, as JSON.parse made
	// them (from one text with any other character in it every string would take two bytes a character)
	const ascii = (value: string) => {
		for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7f) return false;
		return true;
	};
	const order = distinct.map((_, k) => k).sort((a, b) => Number(ascii(distinct[b]!)) - Number(ascii(distinct[a]!)) || a - b);
	const renumbered = new Uint32Array(distinct.length + 1);
	order.forEach((k, at) => (renumbered[k + 1] = at + 1));
	for (const column of stringColumns) for (let i = 0; i < count; i++) column[i] = renumbered[column[i]!]!;
	const ordered = order.map((k) => distinct[k]!);
	const text = new TextEncoder().encode(ordered.join(''));
	const slotCount = idSlotCount(count);
	const layout = sections(count, distinct.length, text.byteLength, slotCount);
	const bytes = new Uint8Array(layout.total);
	new Uint32Array(bytes.buffer, 0, HEADER_WORDS).set([MAGIC, VERSION, count, distinct.length, text.byteLength, slotCount, layout.total]);
	const population = new Float64Array(bytes.buffer, layout.population, count);
	for (let i = 0; i < count; i++) {
		const value = columns.population[i]!;
		if (!Number.isFinite(value)) throw new Error(`place ${i}: population ${value} is not a number`);
		population[i] = value;
	}
	INT_COLUMNS.forEach((name, k) => {
		const target = new Int32Array(bytes.buffer, layout.ints[k], count);
		const column = columns[name];
		for (let i = 0; i < count; i++) {
			const value = column[i];
			if (value === null && name === 'geonameId') target[i] = -1;
			else if (name === 'geonameId' && (value as number) < 0) throw new Error(`place ${i}: geonameId ${value} is negative`);
			else target[i] = checkedInt(value as number, name, i);
		}
	});
	stringColumns.forEach((column, k) => new Uint32Array(bytes.buffer, layout.strings[k], count).set(column));
	fillIdSlots(new Int32Array(bytes.buffer, layout.idSlots, slotCount), columns.id);
	const ends = new Uint32Array(bytes.buffer, layout.ends, ordered.length);
	let end = 0;
	ordered.forEach((value, k) => (ends[k] = end += value.length));
	bytes.set(text, layout.text);
	return bytes;
}

function fail(reason: string): never {
	throw new PlaceTableError(`the gazetteer's place table is ${reason}`);
}

function checkNumbers(column: Uint32Array, name: string, limit: number, nullable: boolean): void {
	for (let i = 0; i < column.length; i++) {
		const number = column[i]!;
		if (number > limit || (number === 0 && !nullable)) fail(`corrupt (place ${i}'s ${name} is string ${number} of ${limit})`);
	}
}

/**
 * encodePlaceColumns' bytes, read where they lie (the buffer must stay unchanged while the table is in
 * use); a PlaceTableError when they are truncated, corrupt or of another version. Pure: works in Node,
 * a browser or a worker.
 */
export function readPlaceTable(buffer: ArrayBuffer, byteOffset = 0, byteLength = buffer.byteLength - byteOffset): PlaceTable {
	if (byteOffset % 8 !== 0) fail('not 8-byte aligned in its buffer');
	if (byteLength < HEADER_WORDS * 4) fail(`truncated (${byteLength} bytes)`);
	const [magic, version, count, stringCount, textBytes, slotCount, total] = new Uint32Array(buffer, byteOffset, HEADER_WORDS) as unknown as number[];
	if (magic !== MAGIC) fail('not a place table (wrong magic number)');
	if (version !== VERSION) fail(`of version ${version}, not ${VERSION}`);
	if (slotCount !== idSlotCount(count!)) fail(`corrupt (${slotCount} id slots for ${count} places)`);
	const layout = sections(count!, stringCount!, textBytes!, slotCount);
	if (total !== layout.total || byteLength !== total) fail(`truncated or corrupt (${byteLength} bytes, its header says ${total}, its counts ${layout.total})`);
	const ends = new Uint32Array(buffer, byteOffset + layout.ends, stringCount);
	const textBytesView = new Uint8Array(buffer, byteOffset + layout.text, textBytes);
	// the ASCII strings' part (bytes = characters there) ends where the first string with another character starts
	let firstWide = 0;
	while (firstWide < textBytes! && textBytesView[firstWide]! < 0x80) firstWide++;
	let asciiStrings = 0;
	while (asciiStrings < stringCount! && ends[asciiStrings]! <= firstWide) asciiStrings++;
	const asciiEnd = asciiStrings === 0 ? 0 : ends[asciiStrings - 1]!;
	let asciiText = '';
	let wideText = '';
	try {
		const decoder = new TextDecoder('utf-8', { fatal: true });
		asciiText = decoder.decode(textBytesView.subarray(0, asciiEnd));
		wideText = decoder.decode(textBytesView.subarray(asciiEnd));
	} catch {
		fail('corrupt (its text is not UTF-8)');
	}
	// every string's bounds checked now (numbers only): a string made later cannot fail
	let start = 0;
	for (let k = 0; k < stringCount!; k++) {
		const end = ends[k]!;
		if (end < start || end - (k < asciiStrings ? 0 : asciiEnd) > (k < asciiStrings ? asciiText : wideText).length) fail('corrupt (a string ends outside its text)');
		start = end;
	}
	if (start - asciiEnd !== wideText.length) fail('corrupt (its strings do not fill its text)');
	const made: (string | null | undefined)[] = new Array(stringCount! + 1);
	made[0] = null;
	const string = (number: number): string | null => {
		let value = made[number];
		if (value === undefined) {
			const k = number - 1;
			const base = k < asciiStrings ? 0 : asciiEnd;
			value = (k < asciiStrings ? asciiText : wideText).substring((k === 0 ? 0 : ends[k - 1]!) - base, ends[k]! - base);
			made[number] = value;
		}
		return value;
	};
	const allStrings = (): (string | null)[] => {
		let start = 0;
		for (let k = 0; k < stringCount!; k++) {
			const end = ends[k]!;
			if (made[k + 1] === undefined) made[k + 1] = k < asciiStrings ? asciiText.substring(start, end) : wideText.substring(start - asciiEnd, end - asciiEnd);
			start = end;
		}
		return made as (string | null)[];
	};
	const startsWith = (number: number, prefix: string): boolean => {
		if (number === 0) return false;
		const k = number - 1;
		const base = k < asciiStrings ? 0 : asciiEnd;
		const from = (k === 0 ? 0 : ends[k - 1]!) - base;
		return ends[k]! - base - from >= prefix.length && (k < asciiStrings ? asciiText : wideText).startsWith(prefix, from);
	};
	const view = <T>(Type: new (buffer: ArrayBuffer, offset: number, length: number) => T, offset: number, length = count!) => new Type(buffer, byteOffset + offset, length);
	const [id, name, kind, featureCode, country, admin1, admin2] = layout.strings.map((offset, k) => {
		const column = view(Uint32Array, offset);
		checkNumbers(column, STRING_COLUMNS[k]!, stringCount!, k >= 4);
		return column;
	}) as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
	const idSlots = view(Int32Array, layout.idSlots, slotCount);
	for (let slot = 0; slot < slotCount; slot++) if (idSlots[slot]! < 0 || idSlots[slot]! > count!) fail(`corrupt (id slot ${slot} names place ${idSlots[slot]! - 1} of ${count})`);
	const [lat, lon, geonameId] = layout.ints.map((offset) => view(Int32Array, offset)) as [Int32Array, Int32Array, Int32Array];
	return { count: count!, string, allStrings, startsWith, id, name, kind, featureCode, country, admin1, admin2, lat, lon, geonameId, population: view(Float64Array, layout.population), idSlots };
}

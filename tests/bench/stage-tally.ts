// What stage-actions.ts counts for each wrapped geoparse function (stage-wrap-hook.mjs rebinds them): its calls,
// the documents it ran on, and those where it did something — its output differs from its input. What "did
// something" means follows what the function returns (actedOn): a rule's true or its verdict, a pass's non-empty
// list of changes, a list handed back with other items than it was given, or (a function that returns nothing)
// arrays of its arguments that read otherwise after the call. Bench only.

export interface StageTally {
	name: string;
	calls: number;
	documents: number;
	actedDocuments: number;
	actedCalls: number;
}

const tallies = new Map<string, StageTally & { lastDocument: number; lastActed: number }>();
// functions seen to return nothing, and those seen to return something (tokenAt returns undefined past the
// end): only those of the first that are not of the second have their array arguments compared
const returnsNothing = new Set<string>();
const returnsSomething = new Set<string>();
// ... compared only in the second pass, and only for functions called at most a few times a text (a stage, not a
// helper), as are returned lists with the argument lists whose items they hold (a slow search)
let comparing = false;
const COMPARED_CALLS_PER_TEXT = 4;
const compared = new Set<string>();
let document = -1;

/** The next document's calls begin (the first pass counts its texts too). */
export function beginDocument(): void {
	document++;
}

/** Counts start again (after a first pass that found which functions return nothing). */
export function resetTallies(): void {
	comparing = true;
	for (const tally of tallies.values()) if (tally.calls <= COMPARED_CALLS_PER_TEXT * (document + 1)) compared.add(tally.name);
	document = -1;
	for (const tally of tallies.values()) Object.assign(tally, { calls: 0, documents: 0, actedDocuments: 0, actedCalls: 0, lastDocument: -1, lastActed: -1 });
}

/** Every wrapped function's tally, most documents acted on first. */
export function stageTallies(): StageTally[] {
	return [...tallies.values()].map(({ name, calls, documents, actedDocuments, actedCalls }) => ({ name, calls, documents, actedDocuments, actedCalls })).sort((a, b) => b.actedDocuments - a.actedDocuments);
}

/** The arguments' arrays as text, to compare after the call; null where one will not serialise. */
function fingerprint(args: unknown[]): string | null {
	try {
		return JSON.stringify(args.filter((arg) => Array.isArray(arg)));
	} catch {
		return null;
	}
}

const isGenerator = (value: unknown): value is Generator => Object.prototype.toString.call(value) === '[object Generator]';

/**
 * Whether a call's result shows it acted: true, a verdict or a found thing (any object), a non-empty list
 * of changes, or — for a list that holds items of an argument's list (a filter or an added toponym) — other
 * items than that argument held. Null, undefined, false, 0 and "" are no action.
 */
export function actedOn(result: unknown, args: readonly unknown[]): boolean {
	if (result === null || result === undefined) return false;
	if (Array.isArray(result)) {
		const given = args.find((arg): arg is unknown[] => Array.isArray(arg) && arg !== result && result.some((item) => typeof item === 'object' && item !== null && arg.includes(item)));
		if (given) return given.length !== result.length || given.some((item, i) => item !== result[i]);
		return result.length > 0;
	}
	if (result instanceof Set || result instanceof Map) return result.size > 0;
	return Boolean(result);
}

/** `fn` with its calls tallied under "file name". */
export function wrap<F extends (...args: never[]) => unknown>(file: string, name: string, fn: F): F {
	const key = `${name} ${file}`;
	const tally = { name: key, calls: 0, documents: 0, actedDocuments: 0, actedCalls: 0, lastDocument: -1, lastActed: -1 };
	tallies.set(key, tally);
	let depth = 0;
	return function (this: unknown, ...args: Parameters<F>) {
		// (a recursive call is the outer call's)
		if (depth > 0) return fn.apply(this, args);
		const stage = comparing && compared.has(key);
		const before = stage && returnsNothing.has(key) && !returnsSomething.has(key) ? fingerprint(args) : null;
		depth++;
		let result: unknown;
		try {
			result = fn.apply(this, args);
		} finally {
			depth--;
		}
		// a pass that yields its changes lazily is read out here (its callers read it once, in order)
		if (isGenerator(result)) result = [...result];
		if (result === undefined) returnsNothing.add(key);
		else returnsSomething.add(key);
		if (!comparing) return result;
		const acted = result === undefined ? before !== null && before !== fingerprint(args) : actedOn(result, stage ? args : []);
		tally.calls++;
		if (tally.lastDocument !== document) {
			tally.lastDocument = document;
			tally.documents++;
		}
		if (acted) {
			tally.actedCalls++;
			if (tally.lastActed !== document) {
				tally.lastActed = document;
				tally.actedDocuments++;
			}
		}
		return result;
	} as F;
}

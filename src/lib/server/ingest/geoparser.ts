// The geoparser as ingest uses it: the lead's pure geoparse() over the compiled gazetteer, on the
// main thread plus worker threads for big corpora (each worker loads its own gazetteer).
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { InputFileError } from '../../corpus/input-error.ts';
import type { PlaceLookup, PlaceRecord } from '../../corpus/place-record.ts';
import type { Gazetteer } from '../../gazetteer/index.ts';
import { compactBatch, type CompactResult, type CompactToponym } from './compact.ts';
import { startModuleWorker } from './module-worker.ts';

export interface IngestGeoparser {
	/** geoparses texts in order; `onDone(n)` after each n finished texts */
	parse(texts: string[], onDone?: (count: number) => void): Promise<CompactResult>;
	lookup: PlaceLookup;
	countryName(code: string): string | null;
	attribution: string[];
	close(): Promise<void>;
}

/** Below this much text, starting workers (each loads the gazetteer) costs more than it saves. */
const WORKER_THRESHOLD_CHARS = 3_000_000;
const BATCH_SIZE = 40;

/** What a geoparser whose gazetteer lives in its worker asks it after a parse (workerGeoparser). */
export interface DescribeRequest {
	ids: string[];
	countries: string[];
}

interface Described {
	records: PlaceRecord[];
	countryNames: Record<string, string>;
	attribution: string[];
}

/** What a geoparse worker is started with. */
export interface GeoparseWorkerData {
	lazyPlaces?: boolean;
}

interface WorkerReply {
	batch: number;
	result?: CompactResult;
	described?: Described;
	error?: string;
}

/** A gazetteer's places as ingest records them. */
export function gazetteerPlaceLookup(gazetteer: Gazetteer, api: Pick<typeof import('../../gazetteer/index.ts'), 'placeById' | 'divisionsOf'>): PlaceLookup {
	return (id) => {
		const place = api.placeById(gazetteer, id);
		if (!place) return undefined;
		const admin1Name = api.divisionsOf(gazetteer, place).region?.name ?? null;
		const record: PlaceRecord = { id: place.id, name: place.name, kind: place.kind, country: place.country, lat: place.lat, lon: place.lon, geonameId: place.geonameId, admin1Name };
		if (place.geometry) record.geometry = place.geometry;
		return record;
	};
}

/**
 * Every result is kept until the corpus is written, and a worker's arrive with their own copy of each
 * place id and usage: one shared copy per distinct string (in `seen`) keeps memory per toponym small.
 */
function internStrings(list: CompactToponym[], seen: Map<string, string>): CompactToponym[] {
	const intern = (text: string) => {
		let found = seen.get(text);
		if (found === undefined) seen.set(text, (found = text));
		return found;
	};
	for (const toponym of list) {
		toponym[2] = intern(toponym[2]);
		toponym[3] = intern(toponym[3]) as CompactToponym[3];
	}
	return list;
}

/**
 * A worker thread kept for the geoparser's life. Requests queue in the worker and are answered in
 * order: a caller may send a part's batches at once, so the worker keeps parsing while the main
 * thread is busy with what it parsed before.
 */
class GeoparseWorker {
	private readonly worker: Worker;
	private readonly pending: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }[] = [];
	failed: Error | null = null;

	/** `lazyPlaces`: the worker's gazetteer makes its places when asked (decode.ts), for a few documents */
	constructor(options: GeoparseWorkerData = {}) {
		this.worker = startModuleWorker('geoparse-worker', options);
		this.worker.on('message', (reply: WorkerReply) => {
			// a failed start (batch -1) answers no request: it fails them all
			const waiting = reply.batch === -1 ? undefined : this.pending.shift();
			if (reply.error) this.fail(new Error(`geoparse worker failed: ${reply.error}`), waiting);
			else waiting?.resolve(reply);
		});
		this.worker.on('error', (error) => this.fail(error));
		this.worker.on('exit', (code) => this.fail(new Error(`geoparse worker exited with code ${code}`)));
	}

	private fail(error: Error, waiting?: GeoparseWorker['pending'][number]): void {
		this.failed ??= error;
		waiting?.reject(error);
		for (const other of this.pending.splice(0)) other.reject(this.failed);
	}

	/** `call` numbers the parse() call: a new one makes the worker report every place again. */
	private ask(message: unknown): Promise<WorkerReply> {
		if (this.failed) return Promise.reject(this.failed);
		return new Promise((resolve, reject) => {
			this.pending.push({ resolve, reject });
			this.worker.postMessage(message);
		});
	}

	async parse(batch: number, texts: string[], call: number): Promise<CompactResult> {
		return (await this.ask({ batch, texts, call })).result!;
	}

	/** A batch, with the worker's records of the places it reports and their countries' names. */
	async parseDescribed(batch: number, texts: string[], call: number): Promise<{ result: CompactResult; described: Described }> {
		const reply = await this.ask({ batch, texts, call, describe: true });
		return { result: reply.result!, described: reply.described! };
	}

	async describe(request: DescribeRequest): Promise<Described> {
		return (await this.ask({ batch: -2, describe: request })).described!;
	}

	terminate(): Promise<number> {
		return this.worker.terminate();
	}
}

export async function createGeoparser(options: { workers?: number } = {}): Promise<IngestGeoparser> {
	const [{ geoparseMany }, { loadGazetteer }, gazetteerApi] = await Promise.all([
		import('../../geoparse/index.ts'),
		import('../gazetteer.ts'),
		import('../../gazetteer/index.ts')
	]);
	const gazetteer = await loadGazetteer().catch(async (error: unknown) => {
		// a missing, truncated or corrupt index: the run's one error, with the fix
		const { GazetteerMissingError, PlaceTableError } = await import('../gazetteer.ts');
		if (error instanceof GazetteerMissingError) throw new InputFileError(error.message);
		if (error instanceof PlaceTableError) throw new InputFileError(`the gazetteer index is unreadable (${error.message}): run \`npx gazette build-gazetteer\``);
		throw error;
	});
	const maxWorkers = options.workers ?? Math.max(0, availableParallelism() - 1);
	// started on the first big parse and kept until close(): a first ingest parses its corpus in chunks,
	// and each worker loading its gazetteer again per chunk would cost seconds each time
	const pool: GeoparseWorker[] = [];
	let calls = 0;

	const lookup = gazetteerPlaceLookup(gazetteer, gazetteerApi);

	async function parse(texts: string[], onDone?: (count: number) => void): Promise<CompactResult> {
		const call = ++calls;
		const batches: number[][] = [];
		for (let i = 0; i < texts.length; i += BATCH_SIZE) batches.push(Array.from({ length: Math.min(BATCH_SIZE, texts.length - i) }, (_, k) => i + k));
		const toponyms: CompactResult['toponyms'] = new Array(texts.length);
		const places = new Map<string, PlaceRecord>();
		const sentByMain = new Set<string>();
		const totalChars = texts.reduce((sum, t) => sum + t.length, 0);
		const workerCount = totalChars >= WORKER_THRESHOLD_CHARS ? Math.min(maxWorkers, batches.length - 1) : 0;
		let nextBatch = 0;
		const take = () => (nextBatch < batches.length ? nextBatch++ : -1);
		const stored = new Set<number>();
		const seen = new Map<string, string>();
		const store = (batch: number, result: CompactResult) => {
			stored.add(batch);
			batches[batch]!.forEach((index, k) => (toponyms[index] = internStrings(result.toponyms[k]!, seen)));
			for (const place of result.places) if (!places.has(place.id)) places.set(place.id, place);
			onDone?.(batches[batch]!.length);
		};

		for (let i = pool.length - 1; i >= 0; i--) if (pool[i]!.failed) void pool.splice(i, 1)[0]!.terminate();
		while (pool.length < workerCount) pool.push(new GeoparseWorker());
		const workerRuns = pool.slice(0, Math.max(0, workerCount)).map(async (worker) => {
			for (let batch = take(); batch !== -1; batch = take()) store(batch, await worker.parse(batch, batches[batch]!.map((i) => texts[i]!), call));
		});
		const parseOnMain = (batch: number) => store(batch, compactBatch(geoparseMany(batches[batch]!.map((i) => texts[i]!), gazetteer), sentByMain, (id) => gazetteerApi.placeById(gazetteer, id)));
		// settled from the start: a worker that fails while the main thread is busy is no unhandled rejection
		const workersDone = Promise.allSettled(workerRuns);
		// The main thread works too, yielding between batches so worker replies are handled.
		for (let batch = take(); batch !== -1; batch = take()) {
			parseOnMain(batch);
			await new Promise((resolve) => setImmediate(resolve));
		}
		const failures = (await workersDone).filter((outcome) => outcome.status === 'rejected');
		// A worker that failed (out of memory, a crash) loses nothing: its batches are parsed here.
		if (failures.length) process.emitWarning(`${failures.length} geoparse worker(s) failed; their batches were parsed on the main thread`);
		for (let batch = 0; batch < batches.length; batch++) if (!stored.has(batch)) parseOnMain(batch);
		return { toponyms, places: [...places.values()] };
	}

	return {
		parse,
		lookup,
		countryName: (code) => gazetteerApi.countryName(gazetteer, code),
		attribution: gazetteer.sources,
		close: async () => {
			await Promise.all(pool.splice(0).map((worker) => worker.terminate()));
		}
	};
}

/**
 * A geoparser whose only gazetteer is its worker's: started at once, it loads while the caller does
 * other work (an incremental run still comparing its files), and the main thread never loads one.
 * Lookups answer for the places its parses reported and the ids given in `prefetch` (the places
 * corrections name), which is all an incremental run asks; country names for their countries.
 */
export function workerGeoparser(prefetch: string[]): IngestGeoparser {
	// an incremental run's few documents: its gazetteer's places are made as its parses read them
	const worker = new GeoparseWorker({ lazyPlaces: true });
	const records = new Map<string, PlaceRecord>();
	const countryNames = new Map<string, string>();
	let attribution: string[] = [];
	let calls = 0;
	// a worker that fails (out of memory, a crash) is replaced by the main thread's own geoparser
	let onMain: IngestGeoparser | null = null;
	let replacing: Promise<IngestGeoparser> | null = null;
	const absorb = (described: Described) => {
		for (const record of described.records) records.set(record.id, record);
		for (const [code, name] of Object.entries(described.countryNames)) countryNames.set(code, name);
		attribution = described.attribution;
	};
	// the corrections' places and the attribution, asked once, with the first batches
	let prefetched: Promise<Described> | null = null;
	const parseInWorker = async (texts: string[], onDone?: (count: number) => void): Promise<CompactResult> => {
		const call = ++calls;
		prefetched ??= worker.describe({ ids: prefetch, countries: [] });
		const toponyms: CompactResult['toponyms'] = [];
		const places = new Map<string, PlaceRecord>();
		// every batch is sent at once and described by its reply (the worker answers in order): the
		// worker parses on while this thread is busy with what it parsed before
		const batches: Promise<{ result: CompactResult; described: Described }>[] = [];
		for (let i = 0; i < texts.length; i += BATCH_SIZE) batches.push(worker.parseDescribed(i, texts.slice(i, i + BATCH_SIZE), call));
		// a failed batch fails the later ones too: none is left unhandled while an earlier one is awaited
		for (const batch of batches) batch.catch(() => {});
		absorb(await prefetched);
		for (const batch of batches) {
			const { result, described } = await batch;
			absorb(described);
			toponyms.push(...result.toponyms);
			for (const place of result.places) places.set(place.id, place);
			onDone?.(result.toponyms.length);
		}
		// the division, as the gazetteer gives it (the main thread has no gazetteer to look it up later)
		for (const place of places.values()) place.admin1Name = records.get(place.id)?.admin1Name ?? null;
		return { toponyms, places: [...places.values()] };
	};
	return {
		async parse(texts, onDone) {
			if (!onMain) {
				try {
					return await parseInWorker(texts, onDone);
				} catch (error) {
					// parses in flight together fail together: one warning, one geoparser on the main thread
					replacing ??= (process.emitWarning(`the geoparse worker failed (${error instanceof Error ? error.message : String(error)}); geoparsing on the main thread`), createGeoparser({ workers: 0 }));
					onMain = await replacing;
				}
			}
			return onMain.parse(texts, onDone);
		},
		lookup: (id) => (onMain ? onMain.lookup(id) : records.get(id)),
		countryName: (code) => (onMain ? onMain.countryName(code) : (countryNames.get(code) ?? null)),
		get attribution() {
			return onMain ? onMain.attribution : attribution;
		},
		close: async () => {
			await worker.terminate();
			await onMain?.close();
		}
	};
}

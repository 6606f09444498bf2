// The explorer's write path: list, preview, apply and revert corrections. Every write must come from
// a page of this server (the guard checks Origin) and carry the token this server made at start (a
// page can read it only from this origin). An edit is applied in the store at once (only the documents
// it touches; corrections-direct.ts) or, where the store cannot, by running ingest on the next file
// content; the file is saved only when that succeeded, so a bad write changes neither the file nor the map.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentFull, DocumentSummary } from '../contracts.ts';
import { InputFileError } from '../corpus/input-error.ts';
import { previewCorrection, type PreviewDocument } from '../places/apply-corrections.ts';
import { correctionEntry, describeCorrection, parseCorrection, type Correction } from '../places/correction-format.ts';
import { CorrectionConflictError, editCorrections, readCorrectionsText, type CorrectionEdit } from '../places/correction-edit.ts';
import { PLACE_KINDS, type PlaceKind } from '../contracts.ts';
import { writeFileAtomic } from './atomic.ts';
import type { CorrectionsLookup } from './corrections-lookup.ts';
import type { Route } from './http-guard.ts';
import { createWriteGuard, RequestError, sendJson, type WriteGuard } from './write-guard.ts';
import { NeedsFullIngest, type DirectCorrections } from './corrections-store.ts';
import type { CorrectionStep } from './corrections-direct.ts';
import { StaleStoreError } from '../store/sql/corrections.ts';

export { TOKEN_HEADER } from './write-guard.ts';

export interface CorrectionsWriter {
	/** the ingest output the explorer shows */
	outDir: string;
	/** where corrections are saved (created on the first one) */
	correctionsFile: string;
	/** runs ingest with this corrections text; throws InputFileError for a bad correction */
	reapply(correctionsText: string): Promise<{ corrections: { changed: number }[] }>;
	author?: string | null;
	/** the geoparser's alternatives and the gazetteer search (the dialog works without them) */
	lookup?: CorrectionsLookup;
	/** applies an edit in the store at once (reapply only when it cannot: NeedsFullIngest) */
	direct?: DirectCorrections;
}

async function readText(file: string): Promise<string> {
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
		throw error;
	}
}

/** The documents as the explorer shows them now, for previews. */
async function* shownDocuments(outDir: string): AsyncGenerator<PreviewDocument> {
	const summaries = JSON.parse(await readFile(join(outDir, 'documents.json'), 'utf8')) as DocumentSummary[];
	for (const summary of summaries) {
		const full = JSON.parse(await readFile(join(outDir, 'docs', `${summary.file}.json`), 'utf8')) as DocumentFull;
		yield { id: full.id, text: full.text, mentions: full.mentions };
	}
}

async function documentText(outDir: string, id: string): Promise<string | null> {
	const summaries = JSON.parse(await readFile(join(outDir, 'documents.json'), 'utf8')) as DocumentSummary[];
	const summary = summaries.find((s) => s.id === id);
	if (!summary) return null;
	return (JSON.parse(await readFile(join(outDir, 'docs', `${summary.file}.json`), 'utf8')) as DocumentFull).text;
}

/** A store that cannot answer (an older output) answers nothing. */
const notInStore = (error: unknown): null => {
	if (error instanceof NeedsFullIngest) return null;
	throw error;
};

const offset = (params: URLSearchParams, name: string): number => {
	const raw = params.get(name) ?? '';
	if (!/^\d{1,9}$/.test(raw)) throw new RequestError(400, `"${name}" must be a whole number`);
	return Number(raw);
};

/** GET routes that only read: the geoparser's reading of a mention, the gazetteer search. The
 * document is read in the write queue: a reapply swaps the output folder, and a read in that gap
 * would find no documents.json. */
function lookupRoutes(writer: CorrectionsWriter, serially: WriteGuard['serially']): Route[] {
	const read = (answer: (params: URLSearchParams) => Promise<unknown>): Route['handle'] => {
		return async (req, res) => {
			try {
				if (!writer.lookup) throw new RequestError(404, 'this server has no gazetteer to look places up in');
				sendJson(res, 200, await answer(new URL(req.url ?? '/', 'http://localhost').searchParams));
			} catch (error) {
				if (error instanceof RequestError) sendJson(res, error.status, { error: error.message });
				else throw error;
			}
		};
	};
	return [
		{
			prefix: '/api/corrections/reading',
			handle: read(async (params) => {
				// opened at a place, not at a mention: the geoparser is asked about one of the place's mentions
				const placeId = params.get('place');
				if (placeId !== null) {
					const found = writer.direct ? await serially(() => writer.direct!.mentionOf(placeId, params.get('name') ?? '').catch(notInStore)) : null;
					if (!found) throw new RequestError(404, 'no mention of this place to ask the geoparser about');
					return { ...(await writer.lookup!.reading(found.text, found.start, found.end)), mention: { document: found.document, start: found.start, end: found.end } };
				}
				const [start, end] = [offset(params, 'start'), offset(params, 'end')];
				const id = params.get('doc') ?? '';
				// the store holds the text where there is one (a shared store has no JSON output)
				const stored = writer.direct ? await serially(() => writer.direct!.documentText(id).catch(notInStore)) : null;
				const text = stored ?? (await serially(() => documentText(writer.outDir, id).catch(() => null)));
				if (text === null) throw new RequestError(404, 'no such document');
				if (end <= start || end > text.length) throw new RequestError(400, 'the mention is not inside the document');
				return writer.lookup!.reading(text, start, end);
			})
		},
		{
			prefix: '/api/corrections/search',
			handle: read(async (params) => {
				const name = (params.get('name') ?? '').trim().slice(0, 200);
				const country = (params.get('country') ?? '').trim().toUpperCase();
				const kind = params.get('kind') ?? '';
				if (country && !/^[A-Z]{2}$/.test(country)) throw new RequestError(400, 'the country filter is a two-letter code, e.g. US');
				if (kind && !(PLACE_KINDS as readonly string[]).includes(kind)) throw new RequestError(400, `the kind filter is one of ${PLACE_KINDS.join(', ')}`);
				if (!name) return { places: [] };
				return { places: await writer.lookup!.search(name, { ...(country ? { country } : {}), ...(kind ? { kind: kind as PlaceKind } : {}) }, 50) };
			})
		}
	];
}

/** A read-only server says so, so the explorer shows no correction controls (and logs no 404). */
export function readOnlyCorrectionsRoute(): Route {
	return { prefix: '/api/corrections', handle: (_req, res) => sendJson(res, 200, { writable: false }) };
}

async function previewShown(outDir: string, correction: Correction): Promise<{ mentions: number; documents: number }> {
	const totals = { mentions: 0, documents: 0 };
	for await (const document of shownDocuments(outDir)) {
		const counts = previewCorrection(correction, [document]);
		totals.mentions += counts.mentions;
		totals.documents += counts.documents;
	}
	return totals;
}

/** What the correction would change: asked of the store when it can answer, else of the JSON output. */
async function preview(writer: CorrectionsWriter, current: Correction[], correction: Correction): Promise<{ mentions: number; documents: number }> {
	if (writer.direct) {
		try {
			return await writer.direct.preview(current, correction);
		} catch (error) {
			if (!(error instanceof NeedsFullIngest)) throw error;
		}
	}
	return previewShown(writer.outDir, correction);
}

/** The step from one file text to the next: which corrections stay, and whose scopes bound the change. */
export function stepOf(beforeText: string, nextText: string, change: CorrectionEdit, correction: Correction): CorrectionStep {
	const before = readCorrectionsText(beforeText).corrections;
	const after = readCorrectionsText(nextText).corrections;
	if (change.kind === 'add') return { beforeText, nextText, before, after, origin: after.map((_, i) => (i < before.length ? i : null)), scopes: [correction] };
	const removed = before.findIndex((c) => c.id === correction.id);
	// the reverted correction, and every later one: they saw what it had changed
	return { beforeText, nextText, before, after, origin: after.map((_, i) => (i < removed ? i : i + 1)), scopes: before.slice(removed) };
}

/** Applies the edit in the store, then saves the file; false when only a re-ingest can apply it. */
async function applyDirect(writer: CorrectionsWriter, step: CorrectionStep, check?: (changed: number[]) => void): Promise<boolean> {
	if (!writer.direct) return false;
	let applied: Awaited<ReturnType<DirectCorrections['apply']>>;
	try {
		applied = await writer.direct.apply(step, check);
	} catch (error) {
		if (error instanceof NeedsFullIngest) return false;
		if (error instanceof StaleStoreError) throw new CorrectionConflictError(error.message);
		throw error;
	}
	try {
		await writeFileAtomic(writer.correctionsFile, step.nextText);
	} catch (error) {
		await applied.undo();
		throw error;
	}
	return true;
}

/** What the server's read side answers, sent with a write's answer so the page need not ask again. */
export interface CorrectionReads {
	/** the answer of /api/view to this question (its query string) */
	view?(params: URLSearchParams): Promise<unknown>;
}

/** A view question is a query string of the explorer's filters: bounded, like a URL. */
const MAX_VIEW_QUESTION = 4000;

export function correctionsRoutes(writer: CorrectionsWriter, guard: WriteGuard = createWriteGuard(), reads: CorrectionReads = {}): Route[] {
	const { token, serially } = guard;
	const write = (handle: Parameters<WriteGuard['write']>[0]) => guard.write(handle, (error) => (error instanceof CorrectionConflictError ? 409 : undefined));

	const list = async () => {
		const file = readCorrectionsText(await readText(writer.correctionsFile));
		return { revision: file.revision, corrections: file.corrections.map((c) => ({ ...correctionEntry(c), description: describeCorrection(c) })) };
	};

	const edit = (body: Record<string, unknown>, change: CorrectionEdit) =>
		serially(async () => {
			if (typeof body.revision !== 'string') throw new RequestError(400, 'say which "revision" of the corrections the edit was made on');
			const before = await readText(writer.correctionsFile);
			const newId = `c${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
			const next = editCorrections(before, change, { expectedRevision: body.revision, time: new Date().toISOString(), newId, author: writer.author ?? null });
			// a new correction that changes nothing is refused before anything is written
			const refuseNoChange = (mentions: number) => {
				if (change.kind === 'add' && mentions === 0) throw new RequestError(400, `${describeCorrection(next.correction)} changes no mention on the map; choose another scope`);
			};
			if (!(await applyDirect(writer, stepOf(before, next.text, change, next.correction), (changed) => refuseNoChange(changed[changed.length - 1] ?? 0)))) {
				if (change.kind === 'add') refuseNoChange((await previewShown(writer.outDir, next.correction)).mentions);
				await writer.reapply(next.text);
				await writeFileAtomic(writer.correctionsFile, next.text);
			}
			return { ...(await list()), correction: { ...correctionEntry(next.correction), description: describeCorrection(next.correction) }, ...(await viewAfter(body.view)) };
		});

	/**
	 * The page's view as it is now, answered in the write's queue (so it shows this edit and no later
	 * one): the explorer shows it at once instead of asking again. A question the read side refuses
	 * gets no answer here; the page then asks /api/view, which says why.
	 */
	const viewAfter = async (question: unknown): Promise<{ view?: unknown }> => {
		if (typeof question !== 'string' || question.length > MAX_VIEW_QUESTION || !reads.view) return {};
		try {
			const view = await reads.view(new URLSearchParams(question));
			return view === null ? {} : { view };
		} catch {
			return {};
		}
	};

	return [
		...lookupRoutes(writer, serially),
		{
			prefix: '/api/corrections',
			handle: async (_req, res) => {
				try {
					sendJson(res, 200, { writable: true, token, ...(await list()) });
				} catch (error) {
					// a hand edit broke the file: say so, write nothing until it is fixed
					if (error instanceof InputFileError) sendJson(res, 409, { writable: false, error: `${writer.correctionsFile}: ${error.message}` });
					else throw error;
				}
			}
		},
		{
			prefix: '/api/corrections/preview',
			methods: ['POST'],
			handle: write(async (body, later) => {
				const correction = parseCorrection({ ...(body.correction as object), id: undefined }, 0);
				return serially(async () => {
					const current = readCorrectionsText(await readText(writer.correctionsFile)).corrections;
					const counts = await preview(writer, current, correction);
					// what applying it writes is worked out next, in the queue, while the dialog shows the
					// counts: once they are sent (the store's reads do not let the answer out meanwhile)
					const prepare = writer.direct?.prepare;
					if (prepare && counts.mentions > 0) later(() => void serially(() => prepare(current, correction)).catch(() => {}));
					return counts;
				});
			})
		},
		{ prefix: '/api/corrections/apply', methods: ['POST'], handle: write((body) => edit(body, { kind: 'add', correction: body.correction })) },
		{
			prefix: '/api/corrections/revert',
			methods: ['POST'],
			handle: write((body) => {
				if (typeof body.id !== 'string') throw new RequestError(400, 'say which correction to revert ("id")');
				return edit(body, { kind: 'revert', id: body.id });
			})
		}
	];
}

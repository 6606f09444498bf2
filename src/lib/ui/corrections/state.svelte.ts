// Corrections state shared by the explorer, the reader and the corrections page: whether this server
// takes corrections, its token and revision, the dialog's target, the last change (for Undo), and a
// version that every view of the data reads, so an applied correction re-queries them all at once.
import { answerEarly, apiUrl, lastViewQuestion } from '../../state/api-requests.ts';
import { applyCorrection, CorrectionRequestError, openSession, revertCorrection, type ListedCorrection, type WriteAnswer } from './client.ts';
import type { CorrectionTarget } from './draft.ts';

interface CorrectionsState {
	/** asked the server already (only live explorers ask) */
	checked: boolean;
	writable: boolean;
	token: string;
	revision: string;
	list: ListedCorrection[];
	/** bumped after every applied or reverted correction */
	version: number;
	/** the Change place dialog's target, null when closed */
	target: CorrectionTarget | null;
	/** the element that opened the dialog gets focus back */
	opener: HTMLElement | null;
	/** the last change, for the Undo toast */
	last: { kind: 'applied' | 'reverted'; correction: ListedCorrection } | null;
}

export const corrections: CorrectionsState = $state({ checked: false, writable: false, token: '', revision: '', list: [], version: 0, target: null, opener: null, last: null });

let session: Promise<void> | null = null;

/** Asks the server whether it takes corrections, once it has answered (call only on a live server: a
 * static page has no API). A failed ask is forgotten, so the next one tries again. */
export function checkCorrections(): Promise<void> {
	session ??= openSession().then(
		(s) => {
			Object.assign(corrections, { checked: true, writable: s.writable, token: s.token, revision: s.revision, list: s.corrections });
		},
		() => {
			corrections.checked = true;
			session = null;
		}
	);
	return session;
}

/** Reads the list again (another window may have changed it); the views re-query when it did. */
export async function refreshCorrections(): Promise<void> {
	const s = await openSession();
	const changed = corrections.checked && s.revision !== corrections.revision;
	Object.assign(corrections, { checked: true, writable: s.writable, token: s.token, revision: s.revision, list: s.corrections });
	if (changed) corrections.version++;
}

/** A conflict: the file changed under us. Take the new state and say that applying again is safe. */
async function conflict<T>(task: () => Promise<T>): Promise<T> {
	try {
		return await task();
	} catch (error) {
		if (!(error instanceof CorrectionRequestError) || error.status !== 409) throw error;
		await refreshCorrections().catch(() => {});
		throw new CorrectionRequestError(409, `${error.message.replace(/; reload and try again$/, '')}. The map now shows the latest corrections: try again.`);
	}
}

export function openCorrection(target: CorrectionTarget, opener: HTMLElement | null): void {
	corrections.opener = opener;
	corrections.target = target;
}

export function closeCorrection(): void {
	const opener = corrections.opener;
	corrections.target = null;
	corrections.opener = null;
	if (opener?.isConnected) opener.focus();
}

/** How long a view brought by a write waits for the explorer to ask for it (it asks at once). */
const VIEW_ANSWER_TTL_MS = 2000;

/**
 * A write's answer taken in: the list, Undo, and the views asked again. The view the page last asked
 * for comes with the answer (worked out after the write, in its queue): the explorer's question after
 * the version bump is answered by it instead of going to the server again.
 */
function written(answer: WriteAnswer, question: string | null, kind: 'applied' | 'reverted'): ListedCorrection {
	if (question !== null && answer.view !== undefined) answerEarly(apiUrl('view', new URLSearchParams(question)), answer.view, VIEW_ANSWER_TTL_MS);
	Object.assign(corrections, { revision: answer.revision, list: answer.corrections, last: { kind, correction: answer.correction } });
	corrections.version++;
	return answer.correction;
}

export async function apply(correction: unknown): Promise<ListedCorrection> {
	const question = lastViewQuestion();
	return written(await conflict(() => applyCorrection(corrections.token, corrections.revision, correction, question)), question, 'applied');
}

export async function revert(id: string): Promise<ListedCorrection> {
	const question = lastViewQuestion();
	return written(await conflict(() => revertCorrection(corrections.token, corrections.revision, id, question)), question, 'reverted');
}

/** Undo of the last change: revert an applied correction, apply a reverted one again. */
export async function undoLast(): Promise<void> {
	const last = corrections.last;
	if (!last) return;
	if (last.kind === 'applied') await revert(last.correction.id);
	else {
		const { id: _id, description: _description, time: _time, ...entry } = last.correction;
		await apply(entry);
	}
	corrections.last = null;
}

/** The place a selected place becomes after a correction (null: it left the map). */
export function placeAfter(correction: ListedCorrection, selected: string): string | null {
	if (correction.action === 'not-a-place') return null;
	const to = correction.place?.id ?? correction.placeId ?? null;
	return to ?? selected;
}

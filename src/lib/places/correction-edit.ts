// Edits to a corrections file as the local server makes them: each names the revision it was made
// against, so two windows (or a hand edit) cannot silently overwrite each other.
import { InputFileError } from '../corpus/input-error.ts';
import { parseCorrection, parseCorrections, serializeCorrections, type Correction } from './correction-format.ts';

export class CorrectionConflictError extends Error {}

/** A short fingerprint of the file's text (FNV-1a, two 32-bit lanes); "" for a file not yet written. */
export function correctionsRevision(text: string): string {
	if (text === '') return 'none';
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ text.length;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193) >>> 0;
		b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
	}
	return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

export interface CorrectionsFile {
	corrections: Correction[];
	/** other top-level keys ("about"), written back as they were */
	extra: Record<string, unknown>;
	revision: string;
}

export function readCorrectionsText(text: string): CorrectionsFile {
	if (text.trim() === '') return { corrections: [], extra: {}, revision: correctionsRevision(text) };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new InputFileError(`corrections file is not valid JSON: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
	}
	const extra = typeof data === 'object' && data !== null && !Array.isArray(data) ? { ...(data as Record<string, unknown>) } : {};
	delete extra.corrections;
	return { corrections: parseCorrections(data), extra, revision: correctionsRevision(text) };
}

export type CorrectionEdit = { kind: 'add'; correction: unknown } | { kind: 'revert'; id: string };

export interface EditContext {
	/** the revision the user saw; anything else is a conflict */
	expectedRevision: string;
	/** ISO time now, and a fresh id, for an added correction */
	time: string;
	newId: string;
	author: string | null;
}

function checkRevision(file: CorrectionsFile, expected: string): void {
	if (file.revision !== expected) {
		throw new CorrectionConflictError(`the corrections changed since you loaded them (revision ${file.revision}, yours ${expected}); reload and try again`);
	}
}

/** The file's new text after one edit, and the correction added or reverted. */
export function editCorrections(text: string, edit: CorrectionEdit, context: EditContext): { text: string; correction: Correction } {
	const file = readCorrectionsText(text);
	checkRevision(file, context.expectedRevision);
	if (edit.kind === 'revert') {
		const index = file.corrections.findIndex((c) => c.id === edit.id);
		if (index < 0) throw new CorrectionConflictError(`no correction has the id "${edit.id}" (reverted already?)`);
		const [removed] = file.corrections.splice(index, 1);
		return { text: serializeCorrections(file.corrections, file.extra), correction: removed! };
	}
	if (typeof edit.correction !== 'object' || edit.correction === null) throw new InputFileError('corrections: the correction must be an object');
	const draft = edit.correction as Record<string, unknown>;
	const correction = parseCorrection({ ...draft, id: context.newId, time: context.time, author: draft.author ?? context.author }, file.corrections.length);
	if (file.corrections.some((c) => c.id === correction.id)) throw new CorrectionConflictError(`a correction with the id "${correction.id}" exists already`);
	return { text: serializeCorrections([...file.corrections, correction], file.extra), correction };
}

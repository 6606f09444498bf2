// Golden files: compare a stage's output with a reviewed JSON file; `REGEN=1` rewrites the file instead.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

export const REGEN = process.env.REGEN === '1';

/** CI compares; it never rewrites. A run with both REGEN and CI set would pass whatever the output is. */
export function checkRegenAllowed(env: NodeJS.ProcessEnv = process.env): void {
	if (env.REGEN && env.CI) throw new Error('REGEN is set in CI: golden files are compared there, never rewritten (unset REGEN)');
}

export function expectGolden(path: string, actual: unknown): void {
	checkRegenAllowed();
	const json = JSON.stringify(actual, null, '\t') + '\n';
	if (REGEN || !existsSync(path)) {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, json);
		if (!REGEN) throw new Error(`golden file ${path} was missing and has been written: review it and run again`);
		return;
	}
	expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}

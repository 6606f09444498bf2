import { describe, expect, it } from 'vitest';
import { checkRegenAllowed } from './golden.ts';

describe('golden files in CI', () => {
	it('refuses to rewrite them when CI is set', () => {
		expect(() => checkRegenAllowed({ REGEN: '1', CI: '1' })).toThrow(/REGEN is set in CI/);
	});
	it('allows REGEN on a developer machine, and CI without REGEN', () => {
		expect(() => checkRegenAllowed({ REGEN: '1' })).not.toThrow();
		expect(() => checkRegenAllowed({ CI: '1' })).not.toThrow();
	});
	it('the CI script sets CI and still runs the README test command', async () => {
		const { readFileSync } = await import('node:fs');
		const script = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
		expect(script).toMatch(/^export CI=1$/m);
		expect(script).toMatch(/^npm ci && npm test$/m);
	});
	it('the CI script installs its apt packages without their recommended extras, naming the fonts Chromium draws text with', async () => {
		const { readFileSync } = await import('node:fs');
		const script = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
		const installs = script.split('\n').filter((line) => /apt-get install/.test(line));
		expect(installs.length).toBeGreaterThan(0);
		for (const line of installs) expect(line).toContain('--no-install-recommends');
		expect(script).toMatch(/missing\+=\(fonts-liberation\)/);
	});
});

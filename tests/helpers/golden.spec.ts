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
});

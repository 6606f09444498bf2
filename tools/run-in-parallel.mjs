// Runs groups of npm scripts side by side; a group is scripts joined by '+', run one after another.
// `node tools/run-in-parallel.mjs lint check+build` lints while it type-checks and then builds: ESLint and
// svelte-check each keep one core busy, and CI has two. Each group's output is printed whole when it ends
// (no interleaved lines); the exit code is 1 when any script failed, after every group has ended.
import { spawn } from 'node:child_process';

function runScript(script) {
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', script], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
		const output = [];
		child.stdout.on('data', (chunk) => output.push(chunk));
		child.stderr.on('data', (chunk) => output.push(chunk));
		child.on('error', (error) => resolve({ code: 1, output: Buffer.from(`${error.message}\n`) }));
		child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(output) }));
	});
}

async function runGroup(group) {
	for (const script of group.split('+')) {
		const started = Date.now();
		const { code, output } = await runScript(script);
		process.stdout.write(`\n> ${script} (${((Date.now() - started) / 1000).toFixed(1)} s${code ? `, failed with exit code ${code}` : ''})\n`);
		process.stdout.write(output);
		if (code) return false;
	}
	return true;
}

const groups = process.argv.slice(2);
if (groups.length === 0) {
	console.error('usage: node tools/run-in-parallel.mjs SCRIPT[+SCRIPT…] …');
	process.exit(2);
}
const passed = await Promise.all(groups.map(runGroup));
process.exit(passed.every(Boolean) ? 0 : 1);

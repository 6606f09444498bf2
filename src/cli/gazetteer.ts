import type { Gazetteer } from '../lib/gazetteer/index.ts';
import { CliError } from './errors.ts';

/** Loads the compiled gazetteer, turning a missing index into a one-line error that says how to fix it. */
export async function loadGazetteerForCli(path?: string): Promise<Gazetteer> {
	const { loadGazetteer, GazetteerMissingError } = await import('../lib/server/gazetteer.ts');
	try {
		return await loadGazetteer(path);
	} catch (error) {
		if (error instanceof GazetteerMissingError) throw new CliError(error.message);
		throw new CliError(`the gazetteer index is unreadable (${(error as Error).message}): run \`npx gazette build-gazetteer\``);
	}
}

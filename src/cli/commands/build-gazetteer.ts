import type { Command } from '../command.ts';
import { CliError } from '../errors.ts';

export const buildGazetteerCommand: Command = {
	name: 'build-gazetteer',
	summary: 'not yet implemented',
	usage: 'gazette build-gazetteer',
	help: 'Not yet implemented.',
	options: {},
	async run() {
		throw new CliError('build-gazetteer is not implemented yet');
	}
};

import type { Command } from './command.ts';
import { buildGazetteerCommand } from './commands/build-gazetteer.ts';
import { geoparseCommand } from './commands/geoparse.ts';
import { evalCommand } from './commands/eval.ts';
import { exploreCommand } from './commands/explore.ts';
import { serveCommand } from './commands/serve.ts';
import { ingestCommand } from './commands/ingest.ts';
import { exportCommand } from './commands/export.ts';
import { publishCommand } from './commands/publish.ts';
import { buildBasemapCommand } from './commands/build-basemap.ts';
import { topicsCommand } from './commands/topics.ts';
import { lookupCommand } from './commands/lookup.ts';

/** Every `gazette` command. Modules keep heavy imports inside run(), so `--help` stays instant. */
export const commands: Command[] = [geoparseCommand, buildGazetteerCommand, evalCommand, exploreCommand, serveCommand, ingestCommand, exportCommand, publishCommand, buildBasemapCommand, topicsCommand, lookupCommand];

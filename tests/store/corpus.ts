// A small corpus for the store tests: the fake geoparser's places, dates, topics and a rare word.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const STORE_CORPUS: Record<string, string> = {
	'a.txt': 'date 2022-04-02\n\nDemining in Baku\n\nDeminers met in Baku. Demining continues near Aghdam, where mines remain. Baku pledged funds.',
	'b.txt': 'date 2023-06-10\n\nThe Lachin corridor\n\nTraffic on the Lachin corridor resumed. Officials in Baku and Shusha spoke of reconstruction and housing.',
	'c.md': '---\ntitle: Cholera fears in Georgia\ndate: 2024-01-05\n---\nA cholera outbreak was reported in Georgia. Doctors from Baku flew in.',
	'd.txt': 'date 2024-02-20\n\nPeace talks in Minsk\n\nDiplomats met in Minsk for peace talks; the OSCE Minsk Group co-chairs and an envoy from Baku attended. Aghdam was discussed.',
	'e.txt': 'Undated note\n\nShusha restoration and reconstruction of housing continue. Shusha welcomes visitors.'
};

export function writeCorpus(dir: string, files: Record<string, string> = STORE_CORPUS): void {
	mkdirSync(dir, { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

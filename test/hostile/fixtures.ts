// Fixtures of the hostile-input tests: a tiny import source of our own and a profile for it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** A profile for a tiny source of our own: ref, when, what, what_ar. */
export const PROFILE = {
  name: 'hostile-test',
  fields: {
    id: { template: 'H-{ref}' },
    polarity: 'negative',
    date: { column: 'when' },
    country: 'FR',
    category: 'mosque',
    source_name: 'Test source',
    title_en: { column: 'what' },
    title_ar: { column: 'what_ar' },
  },
};

export function source(rows: string[][], extra: Record<string, string> = {}): { profile: string; csv: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'oic-hostile-src-'));
  const profile = join(dir, 'profile.yaml');
  writeFileSync(profile, stringify(PROFILE));
  const csv = join(dir, 'source.csv');
  writeFileSync(csv, ['ref,when,what,what_ar', ...rows.map((r) => r.join(','))].join('\n') + '\n');
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return { profile, csv, dir };
}

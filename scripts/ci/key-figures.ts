// The top of the CI job summary, in Markdown: the key figures of a draft build (from `build --json`) beside those of
// the base's build (its figures.json), and each PDF written. Used by scripts/ci/summary.sh:
//
//   node --import tsx scripts/ci/key-figures.ts ci-out/build-2024.json [base/out/figures.json BASE-NAME]
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { buildJsonSchema } from '../../src/cli/build-json.js';

type Build = z.infer<typeof buildJsonSchema>;
type KeyFigures = Pick<Build['figures'], 'negative' | 'positive' | 'countries' | 'byRegion'>;

/** The part of figures.json compared: what `build --json` tells of the figures too. */
const figuresFileSchema = z.object({
  figures: z.object({
    totals: z.object({ negative: z.number(), positive: z.number() }),
    countries: z.number(),
    byRegion: z.array(z.object({ region: z.string(), negative: z.number(), positive: z.number() })),
  }),
});

const number = (n: number) => n.toLocaleString('en');
const signed = (n: number) => (n > 0 ? `+${number(n)}` : n < 0 ? `−${number(-n)}` : '0');
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The regions' English names from the data folder's reference table (else the shipped one), by code. */
function regionNames(): Map<string, string> {
  const file = ['data/reference/regions.json', new URL('../../data/reference/regions.json', import.meta.url)].find((f) => existsSync(f));
  const table = file ? (JSON.parse(readFileSync(file, 'utf8')) as { regions?: { code: string; en: string }[] }) : {};
  return new Map((table.regions ?? []).map((r) => [r.code, r.en]));
}

export function keyFiguresMarkdown(build: Build, base?: { figures: KeyFigures; name: string }, regions = regionNames()): string {
  const rows: [string, number, number | undefined][] = [
    ['Manifestations', build.figures.negative, base?.figures.negative],
    ['Positive developments', build.figures.positive, base?.figures.positive],
    ['Countries', build.figures.countries, base?.figures.countries],
    ...build.figures.byRegion.map((r): [string, number, number | undefined] => [
      `Manifestations in ${regions.get(r.region) ?? r.region}`,
      r.negative,
      base ? (base.figures.byRegion.find((b) => b.region === r.region)?.negative ?? 0) : undefined,
    ]),
  ];
  const head = base ? `| Figure | This build | ${base.name} | Change |\n| --- | ---: | ---: | ---: |` : '| Figure | This build |\n| --- | ---: |';
  const body = rows.map(([label, now, before]) =>
    before === undefined ? `| ${label} | ${number(now)} |` : `| ${label} | ${number(now)} | ${number(before)} | ${signed(now - before)} |`,
  );
  const pdfs = build.outputs.filter((o) => o.format === 'pdf');
  const { data } = build;
  return [
    `## Draft report ${build.edition}`,
    '',
    `${data.file}: ${number(data.rowsRead)} rows read, ${number(data.rowsAccepted)} in the report, ${number(data.rowsRejected)} rejected; ` +
      `${number(build.warnings.count)} warnings; data fingerprint \`${data.fingerprint.slice(0, 12)}\`; built in ${build.timings.total ?? 0} s.`,
    '',
    head,
    ...body,
    '',
    '| Edition | Pages | Size | SHA-256 |',
    '| --- | ---: | ---: | --- |',
    ...pdfs.map((o) => `| ${o.lang} | ${o.pages} | ${mib(o.bytes)} | \`${o.sha256.slice(0, 16)}\` |`),
    '',
  ].join('\n');
}

function main([buildFile, baseFile, baseName]: string[]): void {
  if (!buildFile) throw new Error('usage: key-figures.ts BUILD.json [BASE-figures.json BASE-NAME]');
  const build = buildJsonSchema.parse(JSON.parse(readFileSync(buildFile, 'utf8')));
  const base = baseFile ? figuresFileSchema.parse(JSON.parse(readFileSync(baseFile, 'utf8'))).figures : undefined;
  const figures = base && { negative: base.totals.negative, positive: base.totals.positive, countries: base.countries, byRegion: base.byRegion };
  process.stdout.write(keyFiguresMarkdown(build, figures ? { figures, name: baseName ?? 'base' } : undefined));
}

main(process.argv.slice(2));

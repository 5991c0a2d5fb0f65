// The project's options, as one schema for the three ways to give them: the config file, the command line's
// flags (which override the file) and the library. Every key is optional, so that "not given" stays visible
// when the three are merged; defaults are the caller's, and each key's description says what it is.
import { z } from 'zod';
import { LANGUAGES } from '../core/incident.js';
import type { Paper } from '../core/page-style.js';
import { ENCODINGS } from '../io/encoding.js';
import { BUILD_FORMATS, DEFAULT_FORMATS } from './build-formats.js';

/** Looked for in the working folder, in this order; two at once is an error, so none is silently ignored. */
export const CONFIG_FILE_NAMES = ['oic-report.config.json', 'oic-report.config.yaml', 'oic-report.config.yml'] as const;

export const PAPERS = ['A4', 'Letter'] as const satisfies readonly Paper[];
/** The output folder when none is given; {year} stands for the edition's year. */
export const DEFAULT_OUT = 'out/{year}';

// The messages follow the key's name in an error (`paper: must be one of A4, Letter`), so they start with a verb.
const path = (what: string) => z.string({ error: `must be the path of ${what}, as a text` }).min(1, { error: 'must not be empty' });
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });
const listOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(oneOf(values), { error: `must be a list of some of ${values.join(', ')}` })
    .min(1, { error: `must name at least one of ${values.join(', ')}` })
    .refine((list) => new Set(list).size === list.length, { error: 'must name each only once' });
const numberIn = (min: number, max: number, what: string, whole = false) => {
  const error = `must be ${what} from ${min} to ${max}`;
  const number = z.number({ error });
  return (whole ? number.int({ error }) : number).min(min, { error }).max(max, { error });
};

export const projectOptionsSchema = z.strictObject(
  {
    data: path('a folder')
      .optional()
      .describe('The folder holding one sub-folder per edition (data/2024/…). Default: data.'),
    out: path('a folder')
      .optional()
      .describe(`The folder to write the report into; {year} stands for the edition's year. Default: ${DEFAULT_OUT}.`),
    templates: path('a folder')
      .optional()
      .describe("A templates folder to use instead of the shipped one, e.g. a translator's copy."),
    languages: listOf(LANGUAGES)
      .optional()
      .describe(`The languages to build, some of ${LANGUAGES.join(', ')}. Default: the edition's.`),
    paper: oneOf(PAPERS)
      .optional()
      .describe(`The paper size: ${PAPERS.join(' or ')}. Default: A4.`),
    chrome: path('a browser')
      .optional()
      .describe('The Chromium or Chrome to print with. Default: OIC_REPORT_CHROME, /usr/bin/chromium, then puppeteer\'s.'),
    encoding: oneOf(ENCODINGS)
      .optional()
      .describe(`The encoding of data files without a byte order mark: ${ENCODINGS.join(', ')}. Default: utf-8.`),
    threads: numberIn(1, 16, 'a whole number', true)
      .optional()
      .describe('How many threads read a large data file side by side (each needs some 40 MB). Default: one per core.'),
    bleed: numberIn(0, 20, 'a number of millimetres')
      .optional()
      .describe('Bleed for a print shop, in millimetres: adds trim and bleed boxes and crop marks. Default: 0.'),
    timeout: numberIn(10, 86_400, 'a number of seconds', true)
      .optional()
      .describe('How long one load or print of the report in the browser may take, in seconds. Default: a minute, and 10 ms more per incident.'),
    attachments: z
      .boolean({ error: 'must be true or false' })
      .optional()
      .describe('Whether each final PDF carries its data as attached files: incidents.csv as validated, figures.json and the data fingerprint. Default: true.'),
    formats: listOf(BUILD_FORMATS)
      .optional()
      .describe(`What to write, some of ${BUILD_FORMATS.join(', ')}. Default: ${DEFAULT_FORMATS.join(', ')}.`),
  },
  // A file holding a list or a lone value; unknown keys keep zod's issue, which names them.
  { error: (issue) => (issue.code === 'invalid_type' ? 'must hold settings, as key: value lines' : undefined) },
);

export type ProjectOptions = z.infer<typeof projectOptionsSchema>;

/** The keys, in the schema's order: for messages and the README. */
export const PROJECT_OPTION_KEYS = Object.keys(projectOptionsSchema.shape) as (keyof ProjectOptions)[];

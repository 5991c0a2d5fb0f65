// `preview`: the report of one language served live on 127.0.0.1 while translators and editors work. The page
// is the html target's own HTML (the same templates, view model and charts), refreshed when a template,
// catalog, style sheet or data file is saved; every open page is told to reload by Server-Sent Events. A draft
// PDF is printed beside it from one browser kept open for the session, again after each change. A broken file
// shows as an error page (and an 'error' event); the server keeps running, and fixing the file brings the
// report back.
import { EventEmitter } from 'node:events';
import { join, resolve } from 'node:path';
import type { Language } from '../core/incident.js';
import { EXIT, UserError } from '../errors.js';
import { closeBrowser, findBrowser, launchBrowser } from '../io/browser.js';
import { exists, locateEdition, readEdition } from '../io/edition-data.js';
import { packagePath } from '../io/paths.js';
import { startPreviewServer, type PreviewServer } from '../io/preview-server.js';
import { watchFiles, type FileWatcher } from '../io/watch-files.js';
import { checkOptions } from './build.js';
import type { ProjectOptions } from './options.js';
import { DraftPrinter, type PrinterListener } from './preview-printer.js';
import { PREVIEW_CHANGES, PreviewSession, type PreviewChange, type Refreshed, type SessionSettings } from './preview-session.js';

export type { PreviewChange } from './preview-session.js';

export const DEFAULT_PREVIEW_PORT = 4410;
/** A print waits this long after the page it prints: the reader's browser reloads the page first. */
const PRINT_DELAY_MS = 1000;

export interface PreviewOptions extends Pick<ProjectOptions, 'data' | 'templates' | 'paper' | 'chrome' | 'encoding' | 'threads'> {
  year: number;
  /** The language shown; default the edition's first. */
  lang?: Language;
  /** Port on 127.0.0.1; 0 picks a free one. Default 4410. */
  port?: number;
  /** Print a draft PDF after each change (default true); false needs no browser. */
  pdf?: boolean;
  /** Show the report even if rows have errors, without those rows (as build --allow-invalid). */
  allowInvalid?: boolean;
  /** Quiet time after a save before the page is made again, in ms (default 100). */
  debounceMs?: number;
  /** The browser variables are read from here; default process.env. */
  env?: NodeJS.ProcessEnv;
}

/** The page was made again: the report, or (with `error`) the error page. */
export interface PreviewReloaded {
  version: number;
  changed: PreviewChange[];
  files: string[];
  ms: number;
}

export interface PreviewFailure {
  /** What failed: making the page (which now shows the error), or printing its draft PDF. */
  stage: 'page' | 'pdf';
  version: number;
  error: unknown;
  /** The saved files that led to it. */
  files: string[];
}

export interface PreviewPdf {
  version: number;
  pages: number;
  bytes: number;
  ms: number;
}

export interface PreviewEvents {
  reloaded: [PreviewReloaded];
  /** Emitted only when someone listens: an EventEmitter throws an 'error' nobody listens to. */
  error: [PreviewFailure];
  pdf: [PreviewPdf];
}

export interface PreviewHandle {
  url: string;
  /** The draft PDF's address, when one is printed. */
  pdfUrl?: string;
  year: number;
  lang: Language;
  /** The folders watched. */
  watching: string[];
  events: EventEmitter<PreviewEvents>;
  /** The page's version now (one more at each refresh) and the error it shows, if any. */
  current(): { version: number; error?: unknown };
  /** Stops watching, closes the browser and the server. */
  close(): Promise<void>;
}

export async function startPreview(options: PreviewOptions): Promise<PreviewHandle> {
  const settings = await sessionSettings(options);
  const events = new EventEmitter<PreviewEvents>();
  const opened: { server?: PreviewServer; printer?: DraftPrinter; watcher?: FileWatcher } = {};
  // Chromium takes about a second to start: it starts while the edition loads and the charts are drawn. Signals
  // are the caller's, who calls close(): the library never exits the process.
  const browser = options.pdf === false ? undefined : findBrowser(options.chrome, options.env ?? process.env);
  const browserStarting = browser ? launchBrowser(browser) : undefined;
  browserStarting?.catch(() => {});
  const session = new PreviewSession(settings, (r) => refreshed(r, events, opened, session));
  const close = async () => {
    await opened.watcher?.close();
    await opened.server?.close();
    await (opened.printer?.close() ?? browserStarting?.then(closeBrowser).catch(() => {}));
  };
  try {
    // Listening first: a port in use is told at once, not after the edition has loaded.
    opened.server = await startPreviewServer(content(session, opened), options.port ?? DEFAULT_PREVIEW_PORT);
    // Watching before the first page: a file saved while the edition loads makes the page again after it.
    const referenceDir = join(settings.dataDir, 'reference');
    const watching = session.watched((await exists(referenceDir)) ? referenceDir : undefined);
    opened.watcher = await watchFiles(watching, { debounceMs: options.debounceMs ?? 100, onBatch: (files) => onSaved(session, files) });
    await session.request(PREVIEW_CHANGES);
    // A wrong language or a missing template is the command's failure; a broken file is the page's.
    if (session.error !== undefined && !isShownError(session.error)) throw session.error;
    if (browserStarting) {
      const printSettings = { paper: settings.paper, fontsDir: settings.fontsDir, delayMs: PRINT_DELAY_MS };
      opened.printer = await DraftPrinter.start(await browserStarting, printSettings, printerListener(events, opened));
      const job = session.printJob();
      if (job) opened.printer.request(job);
    }
    const { url } = opened.server;
    return {
      url,
      ...(opened.printer ? { pdfUrl: `${url}draft.pdf` } : {}),
      year: settings.year,
      lang: settings.lang,
      watching,
      events,
      current: () => ({ version: session.version, ...(session.error !== undefined ? { error: session.error } : {}) }),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function sessionSettings(options: PreviewOptions): Promise<SessionSettings> {
  const project = checkOptions(options);
  const dataDir = resolve(project.data ?? 'data');
  const editionDir = await locateEdition(dataDir, options.year);
  const edition = await readEdition(editionDir);
  return {
    year: options.year,
    lang: options.lang ?? edition.languages[0]!,
    dataDir,
    editionDir,
    templatesDir: resolve(project.templates ?? packagePath('templates')),
    fontsDir: packagePath('fonts'),
    paper: project.paper ?? 'A4',
    ...(project.encoding ? { encoding: project.encoding } : {}),
    ...(project.threads ? { threads: project.threads } : {}),
    ...(options.allowInvalid ? { allowInvalid: true } : {}),
  };
}

/** Errors of the files people edit, which the page shows until they are fixed. */
function isShownError(error: unknown): boolean {
  return error instanceof UserError && (error.exitCode === EXIT.template || error.exitCode === EXIT.invalidData);
}

function onSaved(session: PreviewSession, files: string[]): void {
  const changes = new Set(files.map((f) => session.classify(f)).filter((c) => c !== undefined));
  if (changes.size > 0) void session.request(changes, files);
}

function content(session: PreviewSession, opened: { printer?: DraftPrinter }) {
  return {
    page: () => session.page,
    stylesheet: () => session.stylesheet,
    fontsDir: session.settings.fontsDir,
    pdf: async () => opened.printer?.pdf(),
    hello: () => ({ version: session.version, pdf: opened.printer?.state() ?? { off: true } }),
  };
}

function refreshed(r: Refreshed, events: EventEmitter<PreviewEvents>, opened: { server?: PreviewServer; printer?: DraftPrinter }, session: PreviewSession) {
  const { error, ...reloaded } = r;
  // The first page is made before the server and the browser are there; they start from it.
  opened.server?.send('reload', { version: r.version, changed: r.changed });
  if (error !== undefined) {
    if (events.listenerCount('error') > 0) events.emit('error', { stage: 'page', version: r.version, error, files: r.files });
    return;
  }
  events.emit('reloaded', reloaded);
  const job = session.printJob();
  if (job) opened.printer?.request(job);
}

function printerListener(events: EventEmitter<PreviewEvents>, opened: { server?: PreviewServer; printer?: DraftPrinter }): PrinterListener {
  const tell = () => opened.server?.send('pdf', opened.printer?.state() ?? {});
  return {
    printing: tell,
    printed: (draft) => {
      tell();
      events.emit('pdf', { version: draft.version, pages: draft.pages, bytes: draft.bytes.length, ms: draft.ms });
    },
    failed: (version, error) => {
      tell();
      if (events.listenerCount('error') > 0) events.emit('error', { stage: 'pdf', version, error, files: [] });
    },
  };
}

// The preview's draft PDF: printed with the pdf target's own printEdition, in draft mode, from one browser kept
// open for the whole session. One print at a time; changes made while it prints are printed next, once, from
// the newest version, so a burst of saves costs one print more, not one each.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import type { ReportTemplate } from '../core/html.js';
import type { Paper } from '../core/page-style.js';
import type { DraftPdfState } from '../core/preview-page.js';
import { writeHtmlAssets } from '../io/html-edition.js';
import type { LanguageEdition } from './edition-view.js';
import { SerialRunner } from './serial.js';
import { printEdition } from './targets/pdf.js';

export interface PrintJob {
  /** The version of the page this PDF is printed from. */
  version: number;
  language: LanguageEdition;
  template: ReportTemplate;
  /** report.css as it is now. */
  stylesheet: string;
}

export interface PrintedDraft {
  version: number;
  pages: number;
  bytes: Uint8Array;
  ms: number;
}

export interface PrinterListener {
  printing(version: number): void;
  printed(draft: PrintedDraft): void;
  failed(version: number, error: unknown): void;
}

export class DraftPrinter {
  private queued: PrintJob | undefined;
  private readonly runner = new SerialRunner(() => this.printQueued());
  private last: PrintedDraft | undefined;
  private printingVersion: number | undefined;
  private failure: { version: number; message: string } | undefined;
  private closed = false;

  private constructor(
    private readonly browser: Browser,
    private readonly stagingDir: string,
    private readonly settings: { paper: Paper; fontsDir: string },
    private readonly listener: PrinterListener,
  ) {}

  /** Takes the browser over: close() closes it. */
  static async start(browser: Browser, settings: { paper: Paper; fontsDir: string }, listener: PrinterListener): Promise<DraftPrinter> {
    return new DraftPrinter(browser, await mkdtemp(join(tmpdir(), 'oic-preview-')), settings, listener);
  }

  /** Prints this job after the current print, in place of any job still waiting. */
  request(job: PrintJob): void {
    if (this.closed) return;
    this.queued = job;
    this.printingVersion = job.version;
    void this.runner.run();
  }

  state(): DraftPdfState {
    return {
      ...(this.last ? { printed: { version: this.last.version, pages: this.last.pages } } : {}),
      ...(this.printingVersion !== undefined ? { printing: this.printingVersion } : {}),
      ...(this.failure ? { failed: this.failure } : {}),
    };
  }

  /** The newest PDF; before the first one, the first print's end (undefined if it failed). */
  async pdf(): Promise<Uint8Array | undefined> {
    while (!this.last && this.runner.running) await this.runner.idle();
    return this.last?.bytes;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.queued = undefined;
    // Closing the browser ends a print under way: it fails, and nobody is told.
    await this.browser.close().catch(() => {});
    await this.runner.idle();
    await rm(this.stagingDir, { recursive: true, force: true });
  }

  private async printQueued(): Promise<void> {
    const job = this.queued;
    this.queued = undefined;
    if (!job || this.closed) return;
    const started = performance.now();
    this.listener.printing(job.version);
    const draft = { builtAt: new Date().toISOString() };
    try {
      await writeHtmlAssets(this.stagingDir, job.stylesheet, this.settings.fontsDir);
      const language = { ...job.language, input: { ...job.language.input, draft } };
      const printed = await printEdition(language, { paper: this.settings.paper, draft, browser: this.browser, template: job.template, stagingDir: this.stagingDir });
      if (this.closed) return;
      this.last = { version: job.version, pages: printed.pages, bytes: printed.bytes, ms: performance.now() - started };
      this.failure = undefined;
      if (!this.queued) this.printingVersion = undefined;
      this.listener.printed(this.last);
    } catch (error) {
      if (this.closed) return;
      this.failure = { version: job.version, message: (error as Error).message };
      if (!this.queued) this.printingVersion = undefined;
      this.listener.failed(job.version, error);
    }
  }
}

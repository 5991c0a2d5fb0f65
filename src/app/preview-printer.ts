// The preview's draft PDF: printed with the pdf target's own printEdition, in draft mode, from one browser kept
// open for the whole session. A print takes seconds and the CPU with it, while the page people wait for takes
// a fraction of a second: so a print starts only once the page has been left alone a moment, a newer page
// stops the print under way (its PDF would be out of date), and prints never overlap.
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import type { ReportTemplate } from '../core/html.js';
import type { Paper } from '../core/page-style.js';
import type { DraftPdfState } from '../core/preview-page.js';
import { closeBrowser } from '../io/browser.js';
import { writeHtmlAssets } from '../io/html-edition.js';
import { removeFolder, temporaryFolder } from '../io/temporary.js';
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

export interface PrinterSettings {
  paper: Paper;
  fontsDir: string;
  /** Quiet time after a page is made before its print starts, in ms. */
  delayMs: number;
}

export class DraftPrinter {
  private queued: PrintJob | undefined;
  private timer: NodeJS.Timeout | undefined;
  private current: AbortController | undefined;
  private printingVersion: number | undefined;
  private readonly runner = new SerialRunner(() => this.printQueued());
  private readonly settled = new Set<() => void>();
  private last: PrintedDraft | undefined;
  private failure: { version: number; message: string } | undefined;
  private closed = false;

  private constructor(
    private readonly browser: Browser,
    private readonly stagingDir: string,
    private readonly settings: PrinterSettings,
    private readonly listener: PrinterListener,
  ) {}

  /** Takes the browser over: close() closes it. */
  static async start(browser: Browser, settings: PrinterSettings, listener: PrinterListener): Promise<DraftPrinter> {
    return new DraftPrinter(browser, await temporaryFolder('oic-preview-'), settings, listener);
  }

  /** Prints this job in place of any waiting or under way, once no newer one came for the delay. */
  request(job: PrintJob): void {
    if (this.closed) return;
    this.queued = job;
    this.current?.abort();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.runner.run();
    }, this.settings.delayMs);
  }

  state(): DraftPdfState {
    const printing = this.queued?.version ?? this.printingVersion;
    return {
      ...(this.last ? { printed: { version: this.last.version, pages: this.last.pages } } : {}),
      ...(printing !== undefined ? { printing } : {}),
      ...(this.failure ? { failed: this.failure } : {}),
    };
  }

  /** The newest PDF; before the first one, the end of the first print (undefined if it failed). */
  async pdf(): Promise<Uint8Array | undefined> {
    while (!this.last && !this.closed && (this.queued || this.runner.running)) await new Promise<void>((resolve) => this.settled.add(resolve));
    return this.last?.bytes;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.queued = undefined;
    clearTimeout(this.timer);
    this.current?.abort();
    await this.runner.idle();
    await closeBrowser(this.browser);
    await removeFolder(this.stagingDir);
    this.settle();
  }

  private async printQueued(): Promise<void> {
    const job = this.queued;
    this.queued = undefined;
    if (!job || this.closed) return;
    const started = performance.now();
    const controller = (this.current = new AbortController());
    this.printingVersion = job.version;
    this.listener.printing(job.version);
    const draft = { builtAt: new Date().toISOString() };
    try {
      await writeHtmlAssets(this.stagingDir, job.stylesheet, this.settings.fontsDir);
      const language = { ...job.language, input: { ...job.language.input, draft } };
      const { paper } = this.settings;
      const printed = await printEdition(language, { paper, draft, browser: this.browser, template: job.template, stagingDir: this.stagingDir, signal: controller.signal });
      this.last = { version: job.version, pages: printed.pages, bytes: printed.bytes, ms: performance.now() - started };
      this.failure = undefined;
      this.listener.printed(this.last);
    } catch (error) {
      // Stopped for a newer page, which prints next, or by close(): nothing failed.
      if (controller.signal.aborted) return;
      this.failure = { version: job.version, message: (error as Error).message };
      this.listener.failed(job.version, error);
    } finally {
      this.current = undefined;
      this.printingVersion = undefined;
      this.settle();
    }
  }

  private settle(): void {
    for (const resolve of this.settled) resolve();
    this.settled.clear();
  }
}

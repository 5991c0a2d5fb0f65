// Progress on a terminal: a block of live lines redrawn in place, one for the data and one per edition (its stage,
// charts drawn, prints, its pages once known, its elapsed time), and a ticker that redraws the times so that no
// second passes without a sign of life while Chromium prints. Made only from the pipeline's typed events.
import type { ProgressEvent } from '../app/progress.js';
import { terminalSafe } from '../core/text-safety.js';

export interface LiveOptions {
  write: (text: string) => void;
  columns: () => number;
  colour: boolean;
  /** The first line, drawn at once: what runs before the first event (a build's checks). */
  opening?: { label: string; text: string };
  /** How often the times are redrawn, in ms. */
  tickMs?: number;
  now?: () => number;
}

/** What the end of a build tells each edition's line: its pages and size, where a PDF was written. */
export interface EditionOutcome {
  lang?: string;
  pages?: number;
  bytes: number;
  format: string;
}

interface Line {
  label: string;
  text: string;
  started: number;
  ended?: number;
  state: 'running' | 'done' | 'stopped';
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const CSI = '\x1b[';

export class LiveProgress {
  private readonly lines = new Map<string, Line>();
  /** By language: the charts drawn so far while they are being drawn, and the print's stage. */
  private readonly charts = new Map<string, string>();
  private readonly stages = new Map<string, string>();
  private drawn = 0;
  private frame = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly now: () => number;

  constructor(private readonly options: LiveOptions) {
    this.now = options.now ?? Date.now;
    this.timer = setInterval(() => this.draw(), options.tickMs ?? 200);
    // The ticker alone must not keep a finished command waiting.
    this.timer.unref();
    if (options.opening) {
      this.set(options.opening.label, options.opening.label, options.opening.text);
      this.draw();
    }
  }

  readonly listener = (event: ProgressEvent): void => {
    const { stage, lang, file = '', done, total } = event;
    switch (stage) {
      case 'validate':
        this.set('data', 'data', `validating ${file}${total && done !== undefined ? ` ${Math.floor((done * 100) / total)}% of ${megabytes(total)}` : ''}`);
        break;
      case 'previous':
        this.set('data', 'data', `reading the previous edition, ${file}`);
        break;
      case 'charts':
        this.finish('data', 'data read');
        if (done !== undefined && total !== undefined && done >= total) this.charts.delete(lang!);
        else this.charts.set(lang!, `drawing charts ${done ?? 0}/${total ?? '?'}`);
        this.edition(lang!);
        break;
      case 'layout':
        this.finish('data', 'data read');
        this.edition(lang!, `laying out to number the contents${done && done > 1 ? ` (print ${done})` : ''}${pages(event)}`);
        break;
      case 'print':
        this.edition(lang!, `printing${pages(event)}`);
        break;
      case 'finish':
        this.edition(lang!, `finishing the PDF: bookmarks, metadata${pages(event)}`);
        break;
      case 'reuse':
        this.edition(lang!, 'unchanged since the last build: PDF reused');
        break;
      case 'html':
      case 'figures':
        // The editions have printed when the build moves on to the other targets.
        for (const [key, line] of this.lines) if (key !== stage && line.state === 'running') this.finish(key, line.text.startsWith('drawing') ? 'charts drawn' : 'printed');
        this.set(stage, stage, `writing ${stage === 'html' ? 'the HTML edition' : 'figures, tables and charts'} into ${file}`);
        break;
    }
    this.draw();
  };

  /** The last drawing: each line done (with its PDF's pages and size) or stopped, and the ticker off. */
  end(outputs?: readonly EditionOutcome[]): void {
    clearInterval(this.timer);
    for (const [key, line] of this.lines) {
      const pdf = outputs?.find((o) => o.format === 'pdf' && o.lang === key);
      if (pdf) Object.assign(line, { text: `printed, ${pdf.pages} pages, ${megabytes(pdf.bytes)}`, state: 'done', ended: line.ended ?? this.now() });
      else if (!outputs) this.stop(key);
      else this.finish(key, line.text.replace(/^writing/, 'wrote'));
    }
    this.draw();
  }

  /** An edition's line: its charts while they are drawn (the layout prints run meanwhile), then its print's stage. */
  private edition(lang: string, stage?: string): void {
    if (stage !== undefined) this.stages.set(lang, stage);
    const parts = [this.charts.get(lang), this.stages.get(lang)].filter((p) => p !== undefined);
    if (parts.length > 0) this.set(lang, lang, parts.join(' · '));
  }

  private set(key: string, label: string, text: string): void {
    const line = this.lines.get(key);
    if (line && line.state === 'running') line.text = text;
    else this.lines.set(key, { label, text, started: line?.started ?? this.now(), state: 'running' });
  }

  private finish(key: string, text: string): void {
    const line = this.lines.get(key);
    if (!line || line.state !== 'running') return;
    Object.assign(line, { text, state: 'done', ended: this.now() });
  }

  private stop(key: string): void {
    const line = this.lines.get(key)!;
    if (line.state !== 'running') return;
    Object.assign(line, { text: `stopped while ${line.text}`, state: 'stopped', ended: this.now() });
  }

  private draw(): void {
    if (this.lines.size === 0) return;
    this.frame = (this.frame + 1) % SPINNER.length;
    const width = Math.max(20, this.options.columns() - 1);
    // Back to the block's first line, then each line cleared and written again; a line never wraps, so the
    // count of lines to go back up stays right.
    let text = this.drawn > 0 ? `${CSI}${this.drawn}A` : '';
    for (const line of this.lines.values()) text += `\r${CSI}2K${this.render({ ...line, text: terminalSafe(line.text) }, width)}\n`;
    this.drawn = this.lines.size;
    this.options.write(text);
  }

  private render(line: Line, width: number): string {
    const mark = line.state === 'done' ? this.paint('32', '✓') : line.state === 'stopped' ? this.paint('31', '✗') : this.paint('36', SPINNER[this.frame]!);
    const time = seconds((line.ended ?? this.now()) - line.started);
    const body = `${line.label.padEnd(7)} ${line.text}`;
    const room = width - time.length - 4;
    const fitted = [...body].length > room ? `${[...body].slice(0, Math.max(0, room - 1)).join('')}…` : body;
    return `${mark} ${fitted}  ${this.paint('2', time)}`;
  }

  private paint(code: string, text: string): string {
    return this.options.colour ? `${CSI}${code}m${text}${CSI}0m` : text;
  }
}

function pages(event: ProgressEvent): string {
  return event.pages ? `, ${event.pages} pages` : '';
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

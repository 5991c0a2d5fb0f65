// What the preview tests need to watch a preview from outside: a copy of the templates and data to edit, a
// bounded wait, and a Server-Sent Events client on node's fetch (a page's EventSource, without a browser).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

/** The shipped templates and data, copied where a test may edit them. */
export function editableCopy(): { templates: string; data: string } {
  const dir = mkdtempSync(join(tmpdir(), 'oic-preview-test-'));
  cpSync(join(ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  return { templates: join(dir, 'templates'), data: join(dir, 'data') };
}

/** Replaces a text of a file, which must be there: a test that edits nothing would prove nothing. */
export function edit(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${path} has no "${from}"`);
  writeFileSync(path, text.replace(from, to));
}

/** Polls until probe gives a value; fails after `ms`. Gives the value and how long it took. */
export async function waitFor<T>(probe: () => Promise<T | undefined>, ms: number, what: string): Promise<{ value: T; elapsed: number }> {
  const started = performance.now();
  for (;;) {
    const value = await probe();
    const elapsed = performance.now() - started;
    if (value !== undefined) return { value, elapsed };
    if (elapsed > ms) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface ServerEvent {
  event: string;
  data: unknown;
}

/** An /events stream, read as a browser's EventSource reads it; next() waits for the next event of a name. */
export async function openEvents(url: string) {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'text/event-stream' } });
  const received: ServerEvent[] = [];
  const waiting = new Set<() => void>();
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body!) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const lines = buffer.slice(0, end).split('\n');
          buffer = buffer.slice(end + 2);
          const field = (name: string) => lines.find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
          const data = field('data');
          if (data !== undefined) received.push({ event: field('event') ?? 'message', data: JSON.parse(data) as unknown });
          for (const wake of waiting) wake();
        }
      }
    } catch {
      // Aborted by close().
    }
  })();
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    /** The first event of that name not taken yet, within `ms`. */
    async next(event: string, ms = 5000): Promise<unknown> {
      const take = () => {
        const at = received.findIndex((e) => e.event === event);
        return at < 0 ? undefined : received.splice(at, 1)[0]!.data;
      };
      return (
        take() ??
        new Promise((resolve, reject) => {
          const timer = setTimeout(() => (waiting.delete(wake), reject(new Error(`no "${event}" event within ${ms} ms`))), ms);
          const wake = () => {
            const data = take();
            if (data === undefined) return;
            clearTimeout(timer);
            waiting.delete(wake);
            resolve(data);
          };
          waiting.add(wake);
        })
      );
    },
    close: () => controller.abort(),
  };
}

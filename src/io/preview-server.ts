// The live preview's HTTP server, on 127.0.0.1 only: the page, its style sheet and fonts where the HTML
// edition has them (assets/report.css, fonts/), the draft PDF, the page's script, and /events, a stream of
// Server-Sent Events that tells every open page what changed. What it serves comes from the preview use case.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DRAFT_PDF_PATH, PREVIEW_EVENTS_PATH, PREVIEW_SCRIPT, PREVIEW_SCRIPT_PATH } from '../core/preview-page.js';
import { EXIT, UserError } from '../errors.js';
import { STYLESHEET_HREF } from './html-edition.js';

export interface PreviewContent {
  /** The page as it is now: the report, or the error that stops it. */
  page(): { status: number; html: string };
  /** The style sheet's file now (report.css of the templates folder). */
  stylesheet(): string;
  fontsDir: string;
  /** The latest draft PDF; waits for the first print when none is ready yet. */
  pdf(): Promise<Uint8Array | undefined>;
  /** What a page is told first when it connects to /events. */
  hello(): unknown;
}

export interface PreviewServer {
  url: string;
  port: number;
  /** Sends an event to every open page. */
  send(event: string, data: unknown): void;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const FONT_TYPES: Record<string, string> = { ttf: 'font/ttf', otf: 'font/otf', woff: 'font/woff', woff2: 'font/woff2' };
// The page runs its one script, from this server, and loads nothing from elsewhere.
const PAGE_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self' data:";

export async function startPreviewServer(content: PreviewContent, port: number): Promise<PreviewServer> {
  const clients = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    handle(request, response, content, clients, server).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain', `preview server error: ${(error as Error).message}\n`);
      else response.destroy();
    });
  });
  const bound = await listen(server, port);
  const event = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
  return {
    url: `http://${HOST}:${bound}/`,
    port: bound,
    send: (name, data) => {
      for (const client of clients) client.write(event(name, data));
    },
    close: () =>
      new Promise((resolve) => {
        for (const client of clients) client.end();
        server.close(() => resolve());
        // Keep-alive sockets would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const busy = error.code === 'EADDRINUSE';
      reject(
        new UserError(
          busy ? `port ${port} of ${HOST} is already in use` : `the preview server cannot listen on ${HOST}:${port}: ${error.message}`,
          busy ? EXIT.usage : EXIT.environment,
          'Pick another port with --port N, or --port 0 for any free one.',
        ),
      );
    });
    server.listen(port, HOST, () => resolve((server.address() as AddressInfo).port));
  });
}

async function handle(request: IncomingMessage, response: ServerResponse, content: PreviewContent, clients: Set<ServerResponse>, server: Server) {
  const port = (server.address() as AddressInfo).port;
  // A page of another site could reach 127.0.0.1 through a name it controls (DNS rebinding): only our names.
  if (![`${HOST}:${port}`, `localhost:${port}`].includes(request.headers.host ?? '')) return send(response, 403, 'text/plain', 'unknown host\n');
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'only GET\n');
  const path = new URL(request.url ?? '/', `http://${HOST}`).pathname;
  if (path === '/' || path === '/index.html') {
    const page = content.page();
    return send(response, page.status, 'text/html; charset=utf-8', page.html, { 'Content-Security-Policy': PAGE_POLICY });
  }
  if (path === `/${STYLESHEET_HREF}`) return send(response, 200, 'text/css; charset=utf-8', await readFile(content.stylesheet()));
  if (path === PREVIEW_SCRIPT_PATH) return send(response, 200, 'text/javascript; charset=utf-8', PREVIEW_SCRIPT);
  if (path === PREVIEW_EVENTS_PATH) return openStream(request, response, content, clients);
  if (path === DRAFT_PDF_PATH) {
    const pdf = await content.pdf();
    return pdf ? send(response, 200, 'application/pdf', pdf) : send(response, 503, 'text/plain', 'no draft PDF: see the terminal\n');
  }
  const font = /^\/fonts\/([\w-][\w.-]*)\.(ttf|otf|woff2?)$/.exec(path);
  if (font) {
    const bytes = await readFile(join(content.fontsDir, `${font[1]}.${font[2]}`)).catch(() => undefined);
    if (bytes) return send(response, 200, FONT_TYPES[font[2]!]!, bytes, { 'Cache-Control': 'max-age=3600' });
  }
  return send(response, 404, 'text/plain', 'not found\n');
}

function openStream(request: IncomingMessage, response: ServerResponse, content: PreviewContent, clients: Set<ServerResponse>) {
  response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  // A page whose server went away tries again every second, and is told the version it missed.
  response.write(`retry: 1000\nevent: hello\ndata: ${JSON.stringify(content.hello())}\n\n`);
  clients.add(response);
  request.on('close', () => clients.delete(response));
}

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array, headers: Record<string, string> = {}) {
  // Everything but the fonts changes under the reader: never from a cache.
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
  response.end(body);
}

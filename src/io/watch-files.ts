// Watching folders for the live preview, with chokidar: the files added, changed or removed, gathered into one
// batch per burst (an editor's save is often several events, a copy of many files many more).
import { watch } from 'chokidar';

export interface FileWatcher {
  close(): Promise<void>;
}

export interface WatchOptions {
  /** Quiet time after the last event before the batch is handed on, in ms. */
  debounceMs: number;
  onBatch: (files: string[]) => void;
  onError?: (error: Error) => void;
}

/** Resolves once the folders are being watched: a change made after that is seen. */
export async function watchFiles(paths: string[], options: WatchOptions): Promise<FileWatcher> {
  const watcher = watch(paths, {
    ignoreInitial: true,
    // Editors' backup and swap files (report.hbs~, .report.hbs.swp) and our own partial writes are not sources.
    ignored: (path) => /(^|[/\\])\.[^/\\]+$|~$/.test(path),
  });
  let batch = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  watcher.on('all', (event, path) => {
    if (event !== 'add' && event !== 'change' && event !== 'unlink') return;
    batch.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...batch];
      batch = new Set();
      options.onBatch(files);
    }, options.debounceMs);
  });
  watcher.on('error', (error) => options.onError?.(error as Error));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}

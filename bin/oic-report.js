#!/usr/bin/env node
// Only starts the CLI, compiled from src/cli by `npm run build` (which `npm install` runs as "prepare").
let cli;
try {
  cli = await import('../dist/cli/index.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist')) throw error;
  const root = new URL('..', import.meta.url).pathname;
  console.error(`oic-report: not built yet. Run "npm install" (or "npm run build") in ${root}`);
  process.exit(70);
}
process.exitCode = await cli.main(process.argv);

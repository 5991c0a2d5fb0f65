// Run by png-thread.test.ts in a Node process of its own: draws the specs of argv[2] in the compiled PNG thread
// (workers run dist/, as the CLI does) while watching every thread's niceness in /proc/self/task; prints JSON.
import { readFileSync, readdirSync } from 'node:fs';

const [specsFile, fontsDir] = process.argv.slice(2);
const dist = new URL('../../dist/io/', import.meta.url);
await import(new URL('charts.js', dist).href); // canvas loaded by the main thread first, as in a build
const { drawPngsInThread } = await import(new URL('png-thread.js', dist).href);

const nice = (tid) => {
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  } catch {
    return undefined; // the thread ended meanwhile
  }
};
const seen = new Set();
const watch = setInterval(() => {
  for (const tid of readdirSync('/proc/self/task')) if (Number(tid) !== process.pid) seen.add(nice(tid));
}, 2);
const drawn = [];
const { finished } = drawPngsInThread(fontsDir, JSON.parse(readFileSync(specsFile, 'utf8')), (index, png) => {
  drawn.push({ index, signature: Buffer.from(png.subarray(1, 4)).toString('latin1'), bytes: png.length });
});
await finished;
clearInterval(watch);
console.log(JSON.stringify({ drawn, mainNice: nice(process.pid), threadNices: [...seen].filter((n) => n !== undefined).sort((a, b) => a - b) }));

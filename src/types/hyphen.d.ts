// The part of the `hyphen` package's API this project calls (its types live in a separate package).
interface Hyphenator {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number; html?: boolean }): string;
}
declare module 'hyphen/en-gb/index.js' {
  const hyphenator: Hyphenator;
  export default hyphenator;
}
declare module 'hyphen/fr/index.js' {
  const hyphenator: Hyphenator;
  export default hyphenator;
}

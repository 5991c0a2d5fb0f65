// The first syntax error of a JSON file, said the way an editor fixes it ("a comma after the last entry"), at
// its offset: JSON.parse says only "Unexpected token".
/** Thrown inside the scanner to unwind to the first error. */
export class JsonError {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** The first syntax error of a JSON text (RFC 8259, as JSON.parse reads it), or undefined if there is none. */
export function jsonSyntaxError(text: string): JsonError | undefined {
  try {
    new JsonScanner(text).document();
    return undefined;
  } catch (error) {
    if (error instanceof JsonError) return error;
    throw error;
  }
}

/** A recursive-descent reader that only checks, saying at each refusal what to type instead. */
class JsonScanner {
  private i = 0;

  constructor(private readonly text: string) {}

  document(): void {
    this.space();
    if (this.atEnd()) this.fail('the file is empty: a JSON file holds a value, such as {}');
    this.value();
    this.space();
    if (!this.atEnd()) this.fail('more text after the end of the JSON value');
  }

  private fail(message: string, at = this.i): never {
    throw new JsonError(at, message);
  }

  private atEnd = () => this.i >= this.text.length;

  /** Reads a sticky pattern at the current offset; returns what it matched, moving past it. */
  private take(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.i;
    const match = pattern.exec(this.text)?.[0];
    if (match !== undefined) this.i = pattern.lastIndex;
    return match;
  }

  private space(): void {
    this.take(/[ \t\n\r]*/y);
    if (/^\/[/*]/.test(this.text.slice(this.i, this.i + 2))) this.fail('JSON allows no comments (a .yaml file does, after #)');
  }

  private value(): void {
    this.space();
    const c = this.text[this.i];
    if (c === undefined) return this.fail('the file ends where a value was expected');
    if (c === '{' || c === '[') return this.container(c === '{');
    if (c === '"') return this.string();
    if (c === "'") this.fail('text must be in double quotes, not single ones');
    if (this.take(/(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)(?![\w.+-])/y) !== undefined) return;
    const start = this.i;
    const bare = this.take(/[A-Za-z_][\w.-]*/y);
    if (bare) this.fail(`${bare} is not a JSON value: put text in double quotes, "${bare}"`, start);
    this.fail(/[\d.+-]/.test(c) ? 'not a number JSON allows (such as 3, -2, 0.5 or 1e3)' : `expected a value, not ${c}`);
  }

  private string(): void {
    const start = this.i++;
    for (; !this.atEnd() && this.text[this.i] !== '"'; this.i++) {
      const c = this.text[this.i]!;
      // A line break inside quotes almost always means the closing quote was forgotten on this line.
      if (c === '\n' || c === '\r') this.fail('the closing double quote of this text is missing');
      if (c < ' ') this.fail('a tab or other control character inside quotes: write it as \\t, \\n…');
      if (c === '\\') {
        if (this.take(/\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y) === undefined) {
          this.fail('a backslash starts an escape such as \\n: write \\\\ for a backslash itself (or / in a path)');
        }
        this.i--; // the loop steps past the escape's last character
      }
    }
    if (this.atEnd()) this.fail('the closing double quote of this text is missing', start);
    this.i++;
  }

  private container(isObject: boolean): void {
    const close = isObject ? '}' : ']';
    this.i++;
    this.space();
    if (this.text[this.i] === close) return void this.i++;
    for (;;) {
      if (isObject) this.key();
      this.value();
      this.space();
      if (this.text[this.i] === close) return void this.i++;
      if (this.atEnd()) this.fail(`the file ends inside ${isObject ? 'an object' : 'a list'}: a closing ${close} is missing`);
      if (this.text[this.i] !== ',') this.fail(`expected , or ${close} here (a comma missing?)`);
      const comma = this.i++;
      this.space();
      if (this.text[this.i] === close) this.fail('a comma after the last entry: JSON allows none, remove it', comma);
    }
  }

  private key(): void {
    this.space();
    if (this.atEnd()) this.fail('the file ends inside an object: a closing } is missing');
    if (this.text[this.i] === "'") this.fail('a key must be in double quotes, not single ones');
    if (this.text[this.i] !== '"') this.fail('expected a key in double quotes');
    this.string();
    this.space();
    if (this.text[this.i] !== ':') this.fail('expected : after the key');
    this.i++;
  }
}

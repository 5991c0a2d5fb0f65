// Catalog messages are ICU MessageFormat (FormatJS intl-messageformat): plural, select and selectordinal with
// each language's CLDR rules, numbers in the edition's digits. A message is never filled by string replacement,
// and one whose value is missing is an error, never a literal {count} in a PDF.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';

export type MessageValue = string | number;
export type MessageValues = Record<string, MessageValue>;

/** A message that could not be formatted: a value the report does not give, or text that is not ICU. */
export class MessageError extends Error {
  constructor(
    /** The message's text, as in the catalog. */
    readonly text: string,
    readonly reason: string,
  ) {
    super(`${reason}, in the message "${text}"`);
    this.name = 'MessageError';
  }
}

/**
 * Formats messages in a locale (BCP 47 tag with its numbering system), each compiled once. A number given to a
 * plain argument ({number}) is written in the locale's digits, as {number, number} would be: ICU leaves a plain
 * argument's number in Latin digits, which an Arabic edition must never print.
 */
export function messageFormatter(tag: string): (text: string, values?: MessageValues) => string {
  const compiled = new Map<string, IntlMessageFormat>();
  const compile = (text: string, numeric: readonly string[]) => {
    const key = `${numeric.join(',')}\u0000${text}`;
    let format = compiled.get(key);
    if (!format) {
      try {
        // ignoreTag: a "<" in a message is text, not markup (the templates escape it).
        format = new IntlMessageFormat(asNumbers(parse(text, { ignoreTag: true }), new Set(numeric)), tag, undefined, { ignoreTag: true });
      } catch (error) {
        throw new MessageError(text, (error as Error).message);
      }
      compiled.set(key, format);
    }
    return format;
  };
  return (text, values = {}) => {
    const format = compile(text, Object.keys(values).filter((k) => typeof values[k] === 'number').sort());
    try {
      return String(format.format(values));
    } catch (error) {
      const missing = /variable "(\w+)" was not provided/.exec((error as Error).message)?.[1];
      throw new MessageError(text, missing ? `no value is given for {${missing}}` : (error as Error).message);
    }
  };
}

/** The plain arguments among `names` made number arguments, at every depth of the message. */
function asNumbers(elements: MessageFormatElement[], names: ReadonlySet<string>): MessageFormatElement[] {
  return elements.map((e) => {
    if (e.type === TYPE.argument && names.has(e.value)) return { type: TYPE.number, value: e.value, location: e.location, style: null };
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(e.options).map(([k, o]) => [k, { ...o, value: asNumbers(o.value, names) }]));
      return { ...e, options };
    }
    if (e.type === TYPE.tag) return { ...e, children: asNumbers(e.children, names) };
    return e;
  });
}

/** The arguments a message uses, e.g. {count} and {region}, from its syntax tree. */
export function messageArguments(text: string): Set<string> {
  const names = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
      if (e.type === TYPE.tag) {
        visit(e.children);
        continue;
      }
      names.add(e.value);
      if (e.type === TYPE.plural || e.type === TYPE.select) for (const option of Object.values(e.options)) visit(option.value);
    }
  };
  visit(parse(text, { ignoreTag: true }));
  return names;
}

/**
 * What is wrong with a message in a language: ICU syntax, or a plural that lacks a category the language needs
 * (Arabic: zero, one, two, few, many, other). A category that holds one number only (Arabic zero, one, two;
 * English one) may be given as an exact match instead (=0, =1, =2).
 */
export function messageProblems(text: string, lang: string): string[] {
  let elements: MessageFormatElement[];
  try {
    elements = parse(text, { ignoreTag: true, requiresOtherClause: true });
  } catch (error) {
    return [`is not a valid ICU message: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  const visit = (list: MessageFormatElement[]) => {
    for (const e of list) {
      if (e.type === TYPE.tag) visit(e.children);
      if (e.type !== TYPE.plural && e.type !== TYPE.select) continue;
      for (const option of Object.values(e.options)) visit(option.value);
      if (e.type !== TYPE.plural) continue;
      const rules = new Intl.PluralRules(lang, { type: e.pluralType ?? 'cardinal' });
      const missing = rules
        .resolvedOptions()
        .pluralCategories.filter((category) => !(category in e.options) && !coveredExactly(rules, category, e.options));
      if (missing.length > 0) problems.push(`the plural of {${e.value}} lacks the ${lang} categories ${missing.join(', ')}`);
    }
  };
  visit(elements);
  return problems;
}

/** Whether a category of one number only (e.g. Arabic "two": 2) is given as that exact number (=2). */
function coveredExactly(rules: Intl.PluralRules, category: string, options: Record<string, unknown>): boolean {
  const numbers = Array.from({ length: 200 }, (_, i) => i).filter((n) => rules.select(n) === category);
  return numbers.length === 1 && `=${numbers[0]}` in options;
}

/** The words a message prints, its literal text in every branch, without its ICU syntax. */
export function messageLiterals(text: string): string {
  const parts: string[] = [];
  const visit = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.literal) parts.push(e.value);
      if (e.type === TYPE.plural || e.type === TYPE.select) for (const option of Object.values(e.options)) visit(option.value);
      if (e.type === TYPE.tag) visit(e.children);
    }
  };
  visit(parse(text, { ignoreTag: true }));
  return parts.join(' ');
}

import { parseDocument } from 'yaml';
import type { z } from 'zod';

/** What JSON.parse's error says, with the line it points to (`line 3: invalid JSON (…)`). */
export function describeJsonError(text: string, error: Error): string {
  const match = /position (\d+)/.exec(error.message);
  if (match) {
    const pos = Number(match[1]);
    return `line ${lineAt(text, pos)}: invalid JSON (${error.message.replace(/( in JSON)? at position \d+.*$/, '').split('\n')[0]})`;
  }
  if (/Unexpected end/i.test(error.message)) {
    return `line ${text.split('\n').length}: invalid JSON: the file ends early (truncated?)`;
  }
  const token = /^Unexpected token '([^']*)'/.exec(error.message);
  if (token) {
    const pos = unexpectedTokenPosition(text, error.message);
    const where = pos === null ? '' : `line ${lineAt(text, pos)}: `;
    return `${where}invalid JSON (unexpected ${JSON.stringify(token[1])})`;
  }
  return `invalid JSON: ${error.message.split('\n')[0]}`;
}

function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** V8 quotes the source around the bad token: ten characters either side of it, or from the start. */
const V8_CONTEXT_CHARS = 10;

/**
 * Where V8's "Unexpected token" lies, found from the source it quotes (`..."a": yes, "b"...`): its own
 * message gives no position. Null when the quote cannot be found in the text.
 */
function unexpectedTokenPosition(text: string, message: string): number | null {
  const quoted = /^Unexpected token '([^']*)', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!quoted) return null;
  const [, token, before, context] = quoted as unknown as [string, string, string | undefined, string];
  if (before) {
    const start = text.indexOf(context);
    return start < 0 ? null : start + V8_CONTEXT_CHARS;
  }
  // quoted from the start of the file: the token is ten characters before the end of the quote, or the whole (short) text
  if (!text.startsWith(context)) return null;
  return context.length === text.length ? Math.max(0, text.indexOf(token)) : Math.max(0, context.length - V8_CONTEXT_CHARS);
}

type Issue = z.core.$ZodIssue;

/**
 * A validation failure as one line, `path: message`. For a value that matches no branch of a union
 * (a decision of an unknown type, an app named both ways), the branch it came closest to speaks
 * (fewest issues), and an invalid choice lists what every branch would take.
 */
export function describeIssues(issues: readonly Issue[]): string {
  const [path, message] = explain(issues[0]!, []);
  return `${path.join('.') || '(root)'}: ${message}`;
}

function explain(issue: Issue, prefix: PropertyKey[]): [PropertyKey[], string] {
  const path = [...prefix, ...issue.path];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [path, issue.message];
  const branches = issue.errors.flatMap((b) => flattenUnion(b));
  const closest = branches.reduce((best, b) => (b.length < best.length ? b : best));
  const first = closest[0]!;
  if (first.code === 'invalid_value') {
    const at = first.path.join('.');
    const values = new Set(branches.flatMap((b) => b.filter((i) => i.code === 'invalid_value' && i.path.join('.') === at).flatMap((i) => (i as { values: unknown[] }).values)));
    if (values.size > first.values.length) return [[...path, ...first.path], `expected one of ${[...values].map((v) => JSON.stringify(v)).join(', ')}`];
  }
  return explain(first, path);
}

/** A union inside a union is one list of branches. */
function flattenUnion(branch: Issue[]): Issue[][] {
  const only = branch.length === 1 ? branch[0]! : null;
  if (only && only.code === 'invalid_union' && only.path.length === 0 && only.errors.length > 0) return only.errors.flatMap((b) => flattenUnion(b));
  return [branch];
}

/**
 * YAML a user wrote, parsed strictly: a warning (an unknown `!!tag`, a duplicate key the parser let
 * pass) is an error with its line, never a Node warning on stderr.
 */
export function parseUserYaml(text: string): unknown {
  const doc = parseDocument(text, { logLevel: 'silent', uniqueKeys: true });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw problem;
  return doc.toJS();
}

/**
 * A JSON or YAML file a user wrote (`json`: by its extension), parsed; a syntax error is thrown as an
 * Error whose message says where (`line 3: invalid JSON (…)`, `not valid YAML: … at line 2`).
 */
export function parseJsonOrYaml(text: string, json: boolean): unknown {
  try {
    return json ? JSON.parse(text) : parseUserYaml(text);
  } catch (error) {
    throw new Error(json ? describeJsonError(text, error as Error) : `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

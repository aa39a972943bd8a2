import { z } from 'zod';
import { loadKnowledge } from './load.js';
import { compileTemplate, placeholderNames, type CompiledTemplate, type TemplateVars } from './template.js';

/** The languages of reasons, reports and labels. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const MessagesSchema = z
  .object({ messages: z.record(z.string(), z.object({ id: z.string().min(1), en: z.string().min(1) }).strict()) })
  .strict();

export type MessageVars = TemplateVars;

/** Reasons in the analyst's language, from the templates in data/messages.yaml. */
export class Messages {
  private readonly compiled = new Map<string, CompiledTemplate>();

  constructor(
    readonly lang: Lang,
    private readonly templates: Record<string, { id: string; en: string }>,
  ) {}

  /** The message `key` with its placeholders filled; numbers as written (`0.86`), since reasons quote scores. */
  t(key: string, vars: MessageVars = {}): string {
    let fill = this.compiled.get(key);
    if (!fill) {
      const template = this.templates[key];
      if (!template) throw new Error(`data/messages.yaml has no message ${key}`);
      fill = compileTemplate(template[this.lang]);
      this.compiled.set(key, fill);
    }
    return fill(vars, String);
  }

  /** A message kept as data (its key, values, and placeholders that are messages themselves). */
  render(message: { key: string; vars?: MessageVars; parts?: Record<string, string> }): string {
    const vars: MessageVars = { ...message.vars };
    for (const [name, key] of Object.entries(message.parts ?? {})) vars[name] = this.t(key);
    return this.t(message.key, vars);
  }

  /** Picks the label of the analyst's language. */
  label(l: { id: string; en: string }): string {
    return l[this.lang];
  }
}

const cache = new Map<Lang, Messages>();

export function messages(lang: Lang = 'en'): Messages {
  let m = cache.get(lang);
  if (!m) {
    m = new Messages(lang, loadKnowledge('messages.yaml', MessagesSchema).messages);
    cache.set(lang, m);
  }
  return m;
}

/** Placeholders of every message, per language (a test checks both languages use the same ones). */
export function messagePlaceholders(): Record<string, { id: string[]; en: string[] }> {
  const all = loadKnowledge('messages.yaml', MessagesSchema).messages;
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, { id: placeholderNames(v.id), en: placeholderNames(v.en) }]));
}

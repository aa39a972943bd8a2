import { z } from 'zod';
import { loadKnowledge } from './load.js';

/** The languages of reasons, reports and labels. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const MessagesSchema = z
  .object({ messages: z.record(z.string(), z.object({ id: z.string().min(1), en: z.string().min(1) }).strict()) })
  .strict();

export type MessageVars = Record<string, string | number>;

/** Reasons in the analyst's language, from the templates in data/messages.yaml. */
export class Messages {
  /** Templates split once into literal text (even places) and placeholder names (odd places). */
  private readonly compiled = new Map<string, string[]>();

  constructor(
    readonly lang: Lang,
    private readonly templates: Record<string, { id: string; en: string }>,
  ) {}

  t(key: string, vars: MessageVars = {}): string {
    let parts = this.compiled.get(key);
    if (!parts) {
      const template = this.templates[key];
      if (!template) throw new Error(`data/messages.yaml has no message ${key}`);
      parts = template[this.lang].split(/\{(\w+)\}/);
      this.compiled.set(key, parts);
    }
    if (parts.length === 1) return parts[0]!;
    let out = '';
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      out += i % 2 === 0 ? part : part in vars ? String(vars[part]) : `{${part}}`;
    }
    return out;
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
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, { id: names(v.id), en: names(v.en) }]));
}

/** Values for a template's placeholders. */
export type TemplateVars = Record<string, string | number>;

/** A template split once into literal text and placeholders, filled many times. */
export type CompiledTemplate = (vars: TemplateVars, formatNumber: (n: number) => string) => string;

const PLACEHOLDER = /\{(\w+)(?:\?([^|}]*)\|([^}]*))?\}/g;

/**
 * The one placeholder grammar of data/messages.yaml and data/labels.yaml: `{name}` is filled from vars
 * (numbers through `formatNumber`), `{name?one|many}` picks a word by whether vars.name is 1, and a
 * placeholder without a value is left as written.
 */
export function compileTemplate(template: string): CompiledTemplate {
  const literals: string[] = [];
  const slots: { name: string; one?: string; many?: string; raw: string }[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    literals.push(template.slice(last, m.index));
    slots.push({ name: m[1]!, ...(m[2] !== undefined ? { one: m[2], many: m[3]! } : {}), raw: m[0] });
    last = m.index + m[0].length;
  }
  const tail = template.slice(last);
  if (slots.length === 0) return () => tail;
  return (vars, formatNumber) => {
    let out = '';
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      const v = vars[slot.name];
      out += literals[i]!;
      if (v === undefined) out += slot.raw;
      else if (slot.one !== undefined) out += v === 1 ? slot.one : slot.many;
      else out += typeof v === 'number' ? formatNumber(v) : v;
    }
    return out + tail;
  };
}

/** Placeholder names of a template, each once, sorted (both languages of a message must use the same ones). */
export function placeholderNames(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

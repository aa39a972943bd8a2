/** A tiny, strict XML reader for tests: enough to prove JUnit output is well-formed and to walk its tree. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;

function decodeEntities(s: string, at: number): string {
  return s.replace(/&([^;]*);|&/g, (_whole, body: string | undefined) => {
    if (body === undefined) throw new Error(`bare & near offset ${at}`);
    if (body === 'amp') return '&';
    if (body === 'lt') return '<';
    if (body === 'gt') return '>';
    if (body === 'quot') return '"';
    if (body === 'apos') return "'";
    const num = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(body);
    if (num) return String.fromCodePoint(num[1]!.startsWith('x') ? parseInt(num[1]!.slice(1), 16) : parseInt(num[1]!, 10));
    throw new Error(`unknown entity &${body}; near offset ${at}`);
  });
}

/** Parses a document with one root element; throws on anything malformed (unclosed, mismatched, bad attributes, stray `<`/`&`). */
export function parseXml(doc: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const fail = (msg: string): never => {
    throw new Error(`${msg} at offset ${i}`);
  };
  if (doc.startsWith('<?xml')) {
    const end = doc.indexOf('?>');
    if (end < 0) fail('unterminated XML declaration');
    i = end + 2;
  }
  while (i < doc.length) {
    if (doc[i] !== '<') {
      const next = doc.indexOf('<', i);
      const text = doc.slice(i, next < 0 ? doc.length : next);
      if (text.includes('>')) fail('stray > in text');
      const decoded = decodeEntities(text, i);
      if (stack.length === 0) {
        if (decoded.trim()) fail('text outside the root element');
      } else stack[stack.length - 1]!.text += decoded;
      i = next < 0 ? doc.length : next;
      continue;
    }
    if (doc.startsWith('<!--', i)) {
      const end = doc.indexOf('-->', i);
      if (end < 0) fail('unterminated comment');
      i = end + 3;
      continue;
    }
    if (doc.startsWith('</', i)) {
      i += 2;
      const m = NAME.exec(doc.slice(i));
      if (!m) fail('bad closing tag');
      i += m![0].length;
      while (/\s/.test(doc[i] ?? '')) i++;
      if (doc[i] !== '>') fail('bad closing tag');
      i++;
      const open = stack.pop();
      if (!open || open.name !== m![0]) fail(`mismatched </${m![0]}>`);
      continue;
    }
    i++;
    const m = NAME.exec(doc.slice(i));
    if (!m) fail('bad tag name');
    const el: XmlElement = { name: m![0], attrs: {}, children: [], text: '' };
    i += m![0].length;
    for (;;) {
      const ws = /^\s*/.exec(doc.slice(i))![0].length;
      i += ws;
      if (doc.startsWith('/>', i)) {
        i += 2;
        break;
      }
      if (doc[i] === '>') {
        i++;
        stack.push(el);
        break;
      }
      if (ws === 0) fail('missing space before attribute');
      const an = NAME.exec(doc.slice(i));
      if (!an) fail('bad attribute name');
      i += an![0].length;
      if (doc[i] !== '=') fail('attribute without =');
      i++;
      const q = doc[i];
      if (q !== '"' && q !== "'") fail('unquoted attribute');
      const end = doc.indexOf(q!, i + 1);
      if (end < 0) fail('unterminated attribute');
      const raw = doc.slice(i + 1, end);
      if (raw.includes('<')) fail('< in attribute value');
      if (an![0] in el.attrs) fail(`duplicate attribute ${an![0]}`);
      el.attrs[an![0]] = decodeEntities(raw, i);
      i = end + 1;
    }
    const parent = stack[stack.length - (stack[stack.length - 1] === el ? 2 : 1)];
    if (parent) parent.children.push(el);
    else if (root) fail('second root element');
    else root = el;
  }
  if (stack.length) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

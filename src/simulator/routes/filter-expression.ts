import { httpError } from '../state/error-body.js';

/**
 * Filter and query expressions of the OneView REST API: `[not] attr op 'value'`, optionally wrapped in double quotes,
 * combined with AND / OR and parentheses; operators = eq == seq ne != sne matches smatches regex sregex gt ge lt
 * le like and `:` (index search `labels:'x'`); `IS [NOT] NULL`, `= NULL`, `IN ('a','b')`.
 */
export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly inner: FilterNode }
  | { readonly kind: 'cmp'; readonly attr: string; readonly op: string; readonly value: string | null }
  | { readonly kind: 'in'; readonly attr: string; readonly values: readonly string[] };

type Token =
  | { t: 'str'; v: string }
  | { t: 'word'; v: string }
  | { t: 'op'; v: string }
  | { t: 'lp' }
  | { t: 'rp' }
  | { t: 'dq' }
  | { t: 'comma' };

const WORD_OPS = new Set([
  'eq',
  'seq',
  'ne',
  'sne',
  'matches',
  'smatches',
  'regex',
  'sregex',
  'gt',
  'ge',
  'lt',
  'le',
  'like',
]);

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw bad(text, 'an unterminated quoted value');
      out.push({ t: 'str', v: text.slice(i + 1, end) });
      i = end + 1;
    } else if (c === '"') {
      out.push({ t: 'dq' });
      i++;
    } else if (c === '(') {
      out.push({ t: 'lp' });
      i++;
    } else if (c === ')') {
      out.push({ t: 'rp' });
      i++;
    } else if (c === ',') {
      out.push({ t: 'comma' });
      i++;
    } else if ('=!<>:'.includes(c)) {
      const two = text.slice(i, i + 2);
      if (['==', '!=', '<>', '>=', '<='].includes(two)) {
        out.push({ t: 'op', v: two });
        i += 2;
      } else {
        out.push({ t: 'op', v: c });
        i++;
      }
    } else {
      let j = i;
      while (j < text.length && !/[\s'"(),=!<>:]/.test(text[j]!)) j++;
      out.push({ t: 'word', v: text.slice(i, j) });
      i = j;
    }
  }
  return out;
}

function bad(text: string, what: string): Error {
  return httpError(400, 'INVALID_FILTER', `The filter or query expression is not valid: ${what}.`, {
    details: `Expression: ${text}`,
    recommendedActions: ["Use the form attribute operator 'value', for example name='Encl1, bay 1'."],
  });
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly text: string,
  ) {}

  parse(): FilterNode {
    const node = this.or();
    if (this.pos < this.tokens.length) throw bad(this.text, 'unexpected text after the expression');
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isWord(word: string): boolean {
    const t = this.peek();
    return t?.t === 'word' && t.v.toLowerCase() === word;
  }

  private or(): FilterNode {
    let left = this.and();
    while (this.isWord('or')) {
      this.pos++;
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): FilterNode {
    let left = this.unary();
    while (this.isWord('and')) {
      this.pos++;
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterNode {
    if (this.isWord('not')) {
      this.pos++;
      return { kind: 'not', inner: this.unary() };
    }
    const t = this.peek();
    if (t?.t === 'lp' || t?.t === 'dq') {
      this.pos++;
      const inner = this.or();
      const close = this.peek();
      if (close?.t !== (t.t === 'lp' ? 'rp' : 'dq'))
        throw bad(this.text, 'an unbalanced parenthesis or quote');
      this.pos++;
      return inner;
    }
    return this.comparison();
  }

  private comparison(): FilterNode {
    const a = this.peek();
    if (a?.t !== 'word' && a?.t !== 'str') throw bad(this.text, 'an attribute name was expected');
    this.pos++;
    const attr = a.v;
    if (this.isWord('is')) {
      this.pos++;
      let negate = false;
      if (this.isWord('not')) {
        this.pos++;
        negate = true;
      }
      if (!this.isWord('null')) throw bad(this.text, 'IS must be followed by NULL or NOT NULL');
      this.pos++;
      return { kind: 'cmp', attr, op: negate ? 'ne' : 'eq', value: null };
    }
    if (this.isWord('in')) {
      this.pos++;
      if (this.peek()?.t !== 'lp') throw bad(this.text, 'IN must be followed by a list in parentheses');
      this.pos++;
      const values: string[] = [];
      for (;;) {
        const v = this.peek();
        if (v?.t !== 'str' && v?.t !== 'word') throw bad(this.text, 'a value was expected in the IN list');
        values.push(v.v);
        this.pos++;
        const sep = this.peek();
        this.pos++;
        if (sep?.t === 'rp') break;
        if (sep?.t !== 'comma') throw bad(this.text, 'the IN list is not closed');
      }
      return { kind: 'in', attr, values };
    }
    const opTok = this.peek();
    let op: string;
    if (opTok?.t === 'op') op = opTok.v;
    else if (opTok?.t === 'word' && WORD_OPS.has(opTok.v.toLowerCase())) op = opTok.v.toLowerCase();
    else throw bad(this.text, `an operator was expected after '${attr}'`);
    this.pos++;
    const v = this.peek();
    if (v?.t !== 'str' && v?.t !== 'word') throw bad(this.text, `a value was expected after '${attr} ${op}'`);
    this.pos++;
    const value = v.t === 'word' && v.v.toLowerCase() === 'null' ? null : v.v;
    return { kind: 'cmp', attr, op: normaliseOp(op), value };
  }
}

function normaliseOp(op: string): string {
  switch (op) {
    case '=':
    case ':':
      return op === ':' ? 'has' : 'eq';
    case '==':
      return 'seq';
    case '!=':
    case '<>':
      return 'ne';
    case '>':
      return 'gt';
    case '>=':
      return 'ge';
    case '<':
      return 'lt';
    case '<=':
      return 'le';
    default:
      return op;
  }
}

export function parseFilter(text: string): FilterNode {
  return new Parser(tokenize(text), text).parse();
}

/** Every value at a dotted path, descending into arrays. */
function valuesAt(resource: unknown, path: readonly string[]): unknown[] {
  let current: unknown[] = [resource];
  for (const key of path) {
    const next: unknown[] = [];
    for (const item of current) {
      if (Array.isArray(item)) {
        for (const el of item)
          if (el && typeof el === 'object') next.push((el as Record<string, unknown>)[key]);
      } else if (item && typeof item === 'object') next.push((item as Record<string, unknown>)[key]);
    }
    current = next;
  }
  return current.flatMap((v) => (Array.isArray(v) ? (v as unknown[]) : [v]));
}

const likeCache = new Map<string, RegExp>();
function likeRegex(pattern: string, flags: string, star: boolean): RegExp {
  const key = `${flags}|${star ? '*' : '%'}|${pattern}`;
  let re = likeCache.get(key);
  if (!re) {
    let src = '';
    for (const ch of pattern) {
      if (ch === '%' || (star && ch === '*')) src += '.*';
      else if (ch === '_' && !star) src += '.';
      else src += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    re = new RegExp(`^${src}$`, flags);
    if (likeCache.size > 1000) likeCache.clear();
    likeCache.set(key, re);
  }
  return re;
}

function compareOne(actual: unknown, op: string, expected: string | null): boolean {
  if (expected === null) {
    const isNull = actual === null || actual === undefined;
    return op === 'ne' || op === 'sne' ? !isNull : isNull;
  }
  if (actual === null || actual === undefined) return op === 'ne' || op === 'sne';
  const a = typeof actual === 'string' ? actual : JSON.stringify(actual);
  switch (op) {
    case 'eq':
    case 'has':
      return a.toLowerCase() === expected.toLowerCase();
    case 'seq':
      return a === expected;
    case 'ne':
      return a.toLowerCase() !== expected.toLowerCase();
    case 'sne':
      return a !== expected;
    case 'matches':
      return likeRegex(expected, 'i', false).test(a);
    case 'smatches':
      return likeRegex(expected, '', false).test(a);
    case 'like':
      return likeRegex(expected, 'i', true).test(a);
    case 'regex':
      return new RegExp(expected, 'i').test(a);
    case 'sregex':
      return new RegExp(expected).test(a);
    case 'gt':
    case 'ge':
    case 'lt':
    case 'le': {
      const na = Number(a);
      const ne = Number(expected);
      const cmp =
        Number.isFinite(na) && Number.isFinite(ne) ? na - ne : a < expected ? -1 : a > expected ? 1 : 0;
      return op === 'gt' ? cmp > 0 : op === 'ge' ? cmp >= 0 : op === 'lt' ? cmp < 0 : cmp <= 0;
    }
    default:
      return false;
  }
}

export function matchesFilter(node: FilterNode, resource: unknown): boolean {
  switch (node.kind) {
    case 'and':
      return matchesFilter(node.left, resource) && matchesFilter(node.right, resource);
    case 'or':
      return matchesFilter(node.left, resource) || matchesFilter(node.right, resource);
    case 'not':
      return !matchesFilter(node.inner, resource);
    case 'in': {
      const values = valuesAt(resource, node.attr.split('.'));
      return values.some((v) => node.values.some((x) => compareOne(v, 'eq', x)));
    }
    case 'cmp': {
      const values = valuesAt(resource, node.attr.split('.'));
      if (values.length === 0) values.push(undefined);
      const negative = node.op === 'ne' || node.op === 'sne';
      return negative
        ? values.every((v) => compareOne(v, node.op, node.value))
        : values.some((v) => compareOne(v, node.op, node.value));
    }
  }
}

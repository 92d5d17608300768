/** Placeholders a template may use. */
export type Placeholder = 'name' | 'fqdn' | 'index' | 'pool' | 'site';

export interface TemplateValues {
  readonly name?: string;
  readonly fqdn?: string | null;
  readonly index?: number;
  readonly pool?: string;
  readonly site?: string;
}

type Segment = string | { readonly placeholder: Placeholder; readonly width: number };

export interface CompiledTemplate {
  readonly placeholders: ReadonlySet<Placeholder>;
  /** Renders with values; every placeholder of the template must have a value. */
  render(values: TemplateValues): string;
}

export type TemplateResult =
  | { readonly ok: true; readonly template: CompiledTemplate }
  | { readonly ok: false; readonly problem: string };

const cache = new Map<string, TemplateResult>();

/**
 * Compiles `{name}`, `{fqdn}`, `{index}`, `{index:02}` (zero-padded to two digits), `{pool}` and `{site}`;
 * `{{` and `}}` are literal braces. Compiled once per distinct text.
 */
export function compileTemplate(text: string): TemplateResult {
  let result = cache.get(text);
  if (result === undefined) {
    result = parse(text);
    cache.set(text, result);
  }
  return result;
}

function parse(text: string): TemplateResult {
  const segments: Segment[] = [];
  const placeholders = new Set<Placeholder>();
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if ((char === '{' || char === '}') && text[i + 1] === char) {
      literal += char;
      i += 2;
      continue;
    }
    if (char === '}')
      return { ok: false, problem: 'has a "}" without a matching "{" (write "}}" for a literal brace)' };
    if (char !== '{') {
      literal += char;
      i += 1;
      continue;
    }
    const end = text.indexOf('}', i);
    if (end < 0)
      return { ok: false, problem: 'has a "{" without a matching "}" (write "{{" for a literal brace)' };
    const body = text.slice(i + 1, end);
    const match = /^(name|fqdn|index|pool|site)(?::0([1-9]))?$/.exec(body);
    if (match === null || (match[2] !== undefined && match[1] !== 'index')) {
      return {
        ok: false,
        problem: `uses the unknown placeholder {${body}}; known placeholders are {name}, {fqdn}, {index}, {index:02}, {pool} and {site}`,
      };
    }
    if (literal !== '') segments.push(literal);
    literal = '';
    const placeholder = match[1] as Placeholder;
    placeholders.add(placeholder);
    segments.push({ placeholder, width: match[2] === undefined ? 0 : Number(match[2]) });
    i = end + 1;
  }
  if (literal !== '') segments.push(literal);
  if (placeholders.size === 0) {
    const constant = literalText(segments);
    return { ok: true, template: { placeholders, render: () => constant } };
  }
  return {
    ok: true,
    template: {
      placeholders,
      // A loop rather than map and join: this runs for every attribute of every node.
      render: (values) => {
        let text = '';
        for (let i = 0; i < segments.length; i++) {
          const segment = segments[i]!;
          text +=
            typeof segment === 'string'
              ? segment
              : String(values[segment.placeholder] ?? '').padStart(segment.width, '0');
        }
        return text;
      },
    },
  };
}

function literalText(segments: readonly Segment[]): string {
  return segments.map((segment) => (typeof segment === 'string' ? segment : '')).join('');
}

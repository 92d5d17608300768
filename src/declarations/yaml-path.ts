/** A path inside a YAML document: map keys and sequence indexes. */
export type YamlPath = readonly (string | number)[];

/** `spec.verify.checks[1].port`: how paths read in diagnostics. */
export function formatYamlPath(path: YamlPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** What decides whether a stream gets ANSI colours: the conventions of no-color.org and FORCE_COLOR. */
export interface ColorInputs {
  /** The stream is a terminal. */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `--no-color` was given. */
  readonly noColorFlag: boolean;
}

/**
 * Colours on or off. `--no-color` and a non-empty `NO_COLOR` turn them off; `FORCE_COLOR` (other than `0` or
 * `false`) turns them on where the stream is not a terminal; otherwise a terminal gets colours unless TERM is
 * `dumb`.
 */
export function chooseColor(inputs: ColorInputs): boolean {
  if (inputs.noColorFlag) return false;
  const noColor = inputs.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  const force = inputs.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return inputs.isTTY && inputs.env['TERM'] !== 'dumb';
}

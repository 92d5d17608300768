/** How a failure should be handled by whoever catches it. */
export type RetryClass = 'transient' | 'terminal';

/** One entry of the error catalog: constant text, retry class, CLI exit code and documentation anchor. */
export interface ErrorSpec {
  /** A full sentence with constant text; variable data goes into the error's details. */
  readonly message: string;
  readonly retry: RetryClass;
  /** Process exit code when this error ends a CLI command. */
  readonly exitCode: number;
  /** What an operator can do about it; rendered into docs/reference/errors.md. */
  readonly hint: string;
}

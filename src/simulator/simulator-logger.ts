/**
 * What the simulator logs through: an info method taking fields and a constant message. The simulator is a
 * separate product, so it names the little it needs instead of importing the reconciler's logger port; any
 * logger with pino's calling convention fits.
 */
export interface SimulatorLogger {
  info(fields: object, message: string): void;
  info(message: string): void;
}

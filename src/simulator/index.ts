export { startSimulator, type RunningSimulator, type SimulatorOptions } from './start-simulator.js';
export type { SimulatorLogger } from './simulator-logger.js';
export {
  DEMO_SPEED_FACTOR,
  FAST_DURATIONS,
  REALISTIC_DURATIONS,
  parseSpeed,
  type Durations,
  type OperationKind,
  type Speed,
} from './state/durations.js';
export { TASK_KINDS, type TaskKind } from './state/faults.js';
export type { RequestLogEntry } from './state/request-log.js';
export {
  PRESET_NAMES,
  MAX_GENERATED_SERVERS,
  type PresetChoice,
  type PresetName,
} from './presets/build-preset.js';

import type { Command } from 'commander';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { SimulatorOptions } from '../../simulator/index.js';
import {
  MAX_GENERATED_SERVERS,
  PRESET_NAMES,
  type PresetName,
} from '../../simulator/presets/build-preset.js';
import { parseSpeed } from '../../simulator/state/durations.js';
import type { RegisterCommand } from './index.js';

interface SimulatorCliOptions {
  readonly listen?: string;
  readonly preset?: string;
  readonly inventory?: string;
  readonly speed: string;
  readonly frames?: string;
  readonly bays?: string;
  readonly username?: string;
  readonly password?: string;
}

function invalid(option: string, value: unknown, reason: string): PhoenixError {
  return new PhoenixError('SIM_INVALID_OPTION', { option, value, reason });
}

/** HOST:PORT, [IPv6]:PORT or HOST: where OneView listens; Image Streamer and Consul take the next free ports. */
function parseListen(text: string): { host: string; port: number } {
  const m =
    /^(?:\[([^\]]+)\]|([^:]+)|([^[\]]*:[^[\]]*)):(\d{1,5})$/.exec(text) ??
    /^(?:\[([^\]]+)\]|([^:]+))$/.exec(text);
  const host = m?.[1] ?? m?.[2] ?? m?.[3];
  const port = m?.[4] === undefined ? 0 : Number(m[4]);
  if (!host || !Number.isInteger(port) || port > 65_535)
    throw invalid('--listen', text, 'expected HOST:PORT');
  return { host, port };
}

function positiveInt(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw invalid(option, text, 'expected a positive integer');
  return n;
}

export function simulatorOptionsFrom(options: SimulatorCliOptions): SimulatorOptions {
  const result: SimulatorOptions = {};
  if (options.preset !== undefined && options.inventory !== undefined)
    throw invalid('--inventory', options.inventory, '--preset and --inventory exclude each other');
  let speed;
  try {
    speed = parseSpeed(options.speed);
  } catch (e) {
    throw invalid('--speed', options.speed, (e as Error).message);
  }
  result.speed = speed;
  const frames = positiveInt('--frames', options.frames);
  const bays = positiveInt('--bays', options.bays);
  if (frames !== undefined || bays !== undefined) {
    if (options.preset !== undefined || options.inventory !== undefined)
      throw invalid('--frames', options.frames, '--frames/--bays replace --preset and --inventory');
    const f = frames ?? 1;
    const b = bays ?? 12;
    if (b > 12) throw invalid('--bays', b, 'a Synergy frame has at most 12 bays');
    if (f * b > MAX_GENERATED_SERVERS)
      throw invalid('--frames', f, `frames x bays must be at most ${MAX_GENERATED_SERVERS}`);
    result.preset = { frames: f, bays: b };
  } else if (options.preset !== undefined) {
    if (!(PRESET_NAMES as readonly string[]).includes(options.preset))
      throw invalid('--preset', options.preset, `known presets: ${PRESET_NAMES.join(', ')}`);
    result.preset = options.preset as PresetName;
  }
  if (options.inventory !== undefined) result.inventoryFile = options.inventory;
  if (options.listen !== undefined) {
    const { host, port } = parseListen(options.listen);
    result.host = host;
    result.ports = {
      oneview: port,
      imageStreamer: port === 0 ? 0 : port + 1,
      consul: port === 0 ? 0 : port + 2,
    };
  }
  if (options.username !== undefined) result.username = options.username;
  if (options.password !== undefined) result.password = options.password;
  return result;
}

/** `phoenix simulator`: serves a simulated OneView, Image Streamer and Consul until SIGINT or SIGTERM. */
export const registerSimulator: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('simulator')
    .description(
      'serve a simulated OneView, Image Streamer and Consul catalog (prints one JSON line of endpoints)',
    )
    .option(
      '--listen <host:port>',
      'OneView address; Image Streamer and Consul use the next two ports (port 0: any free ports)',
      '127.0.0.1:0',
    )
    .option('--preset <name>', `seed preset: ${PRESET_NAMES.join(', ')} (default synergy-demo)`)
    .option('--inventory <file>', 'seed from a JSON file written by `phoenix inventory export`')
    .option('--speed <speed>', 'fast, realistic, or a factor on the realistic durations', 'fast')
    .option('--frames <n>', 'generated site: number of frames')
    .option('--bays <m>', 'generated site: bays per frame (1-12)')
    .option('--username <name>', 'OneView user name (default Administrator)')
    .option('--password <password>', 'OneView password (generated when absent)')
    .action(async (options: SimulatorCliOptions) => {
      const { logger, stdout } = context();
      const simOptions = simulatorOptionsFrom(options);
      // Loaded on use: the simulator's HTTPS servers and certificate code cost every other command nothing.
      const { startSimulator } = await import('../../simulator/index.js');
      let sim;
      try {
        sim = await startSimulator({ ...simOptions, logger });
      } catch (e) {
        const message = (e as Error).message;
        if (simOptions.inventoryFile !== undefined && message.includes(simOptions.inventoryFile))
          throw new PhoenixError(
            'SIM_INVENTORY_INVALID',
            { file: simOptions.inventoryFile, reason: message },
            { cause: e },
          );
        if (/EADDRINUSE|EADDRNOTAVAIL|EACCES/.test(message))
          throw new PhoenixError(
            'SIM_START_FAILED',
            { listen: options.listen, reason: message },
            { cause: e },
          );
        if (/frames|bays|preset/.test(message)) throw invalid('--preset', options.preset, message);
        throw e;
      }
      stdout.write(
        `${JSON.stringify({
          oneview: sim.oneviewUrl,
          imageStreamer: sim.imageStreamerUrl,
          consul: sim.consulUrl,
          images: sim.imagesUrl,
          control: sim.controlUrl,
          caFile: sim.caFile,
          username: sim.username,
          password: sim.password,
          controlToken: sim.controlToken,
          iloPort: sim.iloPort,
        })}\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await sim.close();
      setExitCode(0);
    });
};

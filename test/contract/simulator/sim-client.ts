/* eslint-disable @typescript-eslint/no-explicit-any -- JSON wire bodies are untyped here */
import { Agent, request } from 'undici';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../../src/simulator/index.js';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/** A small HTTPS client for the simulator that trusts its certificate (TLS verification stays on). */
export class SimClient {
  readonly dispatcher: Agent;
  token: string | null = null;

  constructor(readonly sim: RunningSimulator) {
    this.dispatcher = new Agent({ connect: { ca: sim.caCertPem } });
  }

  static async start(options: SimulatorOptions = {}): Promise<SimClient> {
    return new SimClient(await startSimulator(options));
  }

  async call(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const full = url.startsWith('http') ? url : `${this.sim.oneviewUrl}${url}`;
    const r = await request(full, {
      method: method as 'GET',
      dispatcher: this.dispatcher,
      headers: {
        'Content-Type': 'application/json',
        'X-API-Version': '3800',
        ...(this.token ? { auth: this.token } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await r.body.text();
    return { status: r.statusCode, headers: r.headers, body: text ? JSON.parse(text) : null };
  }

  async login(): Promise<void> {
    const r = await this.call('POST', '/rest/login-sessions', {
      userName: this.sim.username,
      password: this.sim.password,
      loginMsgAck: true,
    });
    this.token = r.body.sessionID;
  }

  async control(method: string, path: string, body?: unknown): Promise<Reply> {
    return this.call(method, `${this.sim.controlUrl}${path}`, body, {
      Authorization: `Bearer ${this.sim.controlToken}`,
    });
  }

  /** Polls a task until it ends (fast time model: tens of ms), as an SDK's task monitor does. */
  async waitTask(uri: string): Promise<any> {
    for (let i = 0; i < 2000; i++) {
      const t = await this.call('GET', uri);
      if (['Completed', 'Warning', 'Error', 'Killed', 'Terminated'].includes(t.body.taskState)) return t.body;
      await this.control('POST', '/clock/advance', { ms: 5 });
    }
    throw new Error(`task ${uri} did not finish`);
  }

  async hardwareByName(name: string): Promise<any> {
    const r = await this.call(
      'GET',
      `/rest/server-hardware?filter=${encodeURIComponent(`"name='${name}'"`)}`,
    );
    return r.body.members[0];
  }

  /** A profile body from a template's new-profile, for the given hardware. */
  async newProfile(
    template: string,
    name: string,
    hardwareUri: string,
    attributes: Record<string, string> = {},
  ): Promise<any> {
    const t = await this.call(
      'GET',
      `/rest/server-profile-templates?filter=${encodeURIComponent(`name='${template}'`)}`,
    );
    const body = (await this.call('GET', `${t.body.members[0].uri}/new-profile`)).body;
    body.name = name;
    body.serverHardwareUri = hardwareUri;
    for (const a of body.osDeploymentSettings?.osCustomAttributes ?? [])
      if (attributes[a.name] !== undefined) a.value = attributes[a.name];
    return body;
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
    await this.sim.close();
  }
}

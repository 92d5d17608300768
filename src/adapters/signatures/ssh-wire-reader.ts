/** Thrown for a blob that is not valid SSH wire data; callers turn it into a refusal, never a crash. */
export class SshWireError extends Error {}

/** Reads the SSH wire encoding (RFC 4251): uint32, length-prefixed strings, mpints. */
export class SshWireReader {
  readonly #buffer: Buffer;
  #offset = 0;

  constructor(buffer: Uint8Array) {
    this.#buffer = Buffer.from(buffer);
  }

  get done(): boolean {
    return this.#offset === this.#buffer.length;
  }

  bytes(length: number): Buffer {
    if (length < 0 || this.#offset + length > this.#buffer.length) throw new SshWireError('truncated');
    const out = this.#buffer.subarray(this.#offset, this.#offset + length);
    this.#offset += length;
    return out;
  }

  uint32(): number {
    return this.bytes(4).readUInt32BE(0);
  }

  string(): Buffer {
    return this.bytes(this.uint32());
  }

  text(): string {
    return this.string().toString('utf8');
  }

  /** An mpint as unsigned big-endian bytes without leading zeros. */
  mpint(): Buffer {
    const raw = this.string();
    let start = 0;
    while (start < raw.length - 1 && raw[start] === 0) start += 1;
    return raw.subarray(start);
  }
}

/** The SSH wire encoding of a string. */
export function sshString(value: Uint8Array | string): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length, 0);
  return Buffer.concat([length, bytes]);
}

import type * as git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';

/** A ref advertisement as the server sent it: what answering the same request again needs. */
export interface RecordedAdvertisement {
  readonly url: string;
  readonly response: Omit<git.GitHttpResponse, 'body'>;
  readonly body: readonly Uint8Array[];
}

/**
 * An HTTP client for isomorphic-git that hands `record` each successful GET it makes (the ref advertisement of
 * `listServerRefs`), body included; the caller gets the same body.
 */
export function recordingHttp(record: (advertisement: RecordedAdvertisement) => void): git.HttpClient {
  return {
    request: async (request) => {
      const response = await http.request(request);
      if ((request.method ?? 'GET') !== 'GET' || response.statusCode !== 200 || response.body === undefined) {
        return response;
      }
      const body: Uint8Array[] = [];
      for await (const chunk of response.body) body.push(chunk);
      const { body: _taken, ...rest } = response;
      record({ url: request.url, response: rest, body });
      return { ...rest, body: replay(body) };
    },
  };
}

/**
 * An HTTP client for isomorphic-git that answers the first GET of `advertisement.url` with the recorded
 * advertisement instead of asking the server again, and sends everything else. A fetch that follows a ref check
 * then makes one request less, and fetches what the check saw.
 */
export function replayingHttp(advertisement: RecordedAdvertisement): git.HttpClient {
  let pending = true;
  return {
    request: (request) => {
      if (pending && (request.method ?? 'GET') === 'GET' && request.url === advertisement.url) {
        pending = false;
        return Promise.resolve({ ...advertisement.response, body: replay(advertisement.body) });
      }
      return http.request(request);
    },
  };
}

function replay(chunks: readonly Uint8Array[]): AsyncIterableIterator<Uint8Array> {
  let next = 0;
  const iterator: AsyncIterableIterator<Uint8Array> = {
    next: () =>
      Promise.resolve(
        next < chunks.length
          ? { done: false, value: chunks[next++] as Uint8Array }
          : { done: true, value: undefined },
      ),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

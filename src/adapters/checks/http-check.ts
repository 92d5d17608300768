import type { CheckResult, ProbeOptions } from '../../ports/checks.js';
import { deadlineSignal } from '../clock/index.js';
import { networkFailure, throwIfCallerAborted } from './attempt-signal.js';

/**
 * Passes when a GET of the URL answers with the expected status. Redirects are not followed, so a redirect status
 * can be expected too. The URL (which may carry credentials) is never put into the result.
 */
export async function probeHttp(
  check: { readonly name: string; readonly url: string; readonly expectStatus: number },
  options: ProbeOptions,
): Promise<CheckResult> {
  throwIfCallerAborted(options.signal);
  let url: URL;
  try {
    url = new URL(check.url);
  } catch {
    return { check: check.name, passed: false, failure: 'misconfigured', detail: 'not a URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { check: check.name, passed: false, failure: 'misconfigured', detail: 'not an http(s) URL' };
  if (url.username !== '' || url.password !== '')
    return {
      check: check.name,
      passed: false,
      failure: 'misconfigured',
      detail: 'credentials in the URL are not supported',
    };
  let response: Response;
  const deadline = deadlineSignal(options.timeoutMs, options.signal);
  try {
    response = await fetch(url, { method: 'GET', redirect: 'manual', signal: deadline.signal });
    await response.body?.cancel().catch(() => undefined);
  } catch (error) {
    throwIfCallerAborted(options.signal);
    return { check: check.name, passed: false, ...networkFailure(error) };
  } finally {
    deadline.dispose();
  }
  if (response.status === check.expectStatus)
    return { check: check.name, passed: true, detail: `status ${response.status}` };
  return {
    check: check.name,
    passed: false,
    failure: 'unexpected-status',
    detail: `status ${response.status}, expected ${check.expectStatus}`,
  };
}

// A recording API client for renderer tests: answers each method from a table typed by the contract
// (the input as the service would have parsed it, the result the contract promises) and keeps every
// call, so a test can assert what the renderer asked the service. A method with no answer fails as
// the service would for a missing element.
import type { Envelope, MethodName, MethodResult, ParsedInput } from '../../shared/contract';
import { createApiClient } from '../../renderer/src/api/client';
import { connectActions } from '../../renderer/src/state/actions';

export interface RecordedCall {
  readonly method: MethodName;
  readonly input: unknown;
}

export type Answers = { readonly [M in MethodName]?: (input: ParsedInput<M>) => MethodResult<M> };

/** Calls the answer for `method`; the transport hands over the input the renderer sent. */
function answer<M extends MethodName>(answers: Answers, method: M, input: unknown): Envelope<MethodResult<M>> {
  const found = answers[method];
  return found === undefined
    ? { ok: false, error: { code: 'NOT_FOUND', message: `no fake answer for ${method}` } }
    : { ok: true, value: found(input as ParsedInput<M>) };
}

export function connectFakeApi(answers: Answers): RecordedCall[] {
  const calls: RecordedCall[] = [];
  connectActions(
    createApiClient((method, input) => {
      calls.push({ method, input });
      return Promise.resolve(answer(answers, method, input));
    }),
  );
  return calls;
}

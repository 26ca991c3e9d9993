// A recording API client for component tests: answers each method from a table and keeps every
// call, so a test can assert what the component asked the service.
import type { Envelope, MethodName } from '../../../../shared/contract';
import { createApiClient } from '../../api/client';
import { connectActions } from '../../state/actions';

export interface RecordedCall {
  readonly method: MethodName;
  readonly input: unknown;
}

export type Answers = Partial<Record<MethodName, (input: unknown) => unknown>>;

export function connectFakeApi(answers: Answers): RecordedCall[] {
  const calls: RecordedCall[] = [];
  connectActions(
    createApiClient((method, input) => {
      calls.push({ method, input });
      const answer = answers[method];
      const envelope: Envelope<unknown> =
        answer === undefined
          ? { ok: false, error: { code: 'NOT_FOUND', message: `no fake answer for ${method}` } }
          : { ok: true, value: answer(input) };
      return Promise.resolve(envelope);
    }),
  );
  return calls;
}

// The single entry every transport calls: finds the method, validates input against the contract,
// runs the handler and turns every outcome into an Envelope. No raw exception ever leaves here.
import { AppError, contract, isMethodName, type Envelope, type WireError } from '../../shared/contract';
import { invalidInput } from '../../shared/contract/zodIssue';
import type { Handlers } from './handlers';

export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

export type ErrorLogger = (method: string, error: unknown) => void;

const logToStderr: ErrorLogger = (method, error) => {
  console.error(`[ips-atlas] ${method} failed:`, error);
};

export function createDispatch(handlers: Handlers, logError: ErrorLogger = logToStderr): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return failure({ code: 'NOT_FOUND', message: `Unknown method "${method}".` });
    }
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) return failure(invalidInput(method, parsed.error));
    try {
      const handler = handlers[method] as (value: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return failure(error.toWire());
      logError(method, error);
      return failure({
        code: 'INTERNAL',
        message: `IPS Atlas could not complete "${method}". The details are in the log.`,
      });
    }
  };
}

function failure(error: WireError): Envelope<never> {
  return { ok: false, error };
}

// The single entry every transport calls: finds the method, validates input against the contract,
// runs the handler and turns every outcome into an Envelope. No raw exception ever leaves here.
import type { z } from 'zod';
import { AppError, contract, isMethodName, type Envelope, type WireError } from '../../shared/contract';
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
    if (!parsed.success) return failure(describeInvalid(method, parsed.error));
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

function describeInvalid(method: string, error: z.ZodError): WireError {
  const issue = error.issues[0];
  const path = issue?.path.map(String) ?? [];
  // An unexpected key is reported at the object's path; name the key itself, which is what was wrong.
  if (issue?.code === 'unrecognized_keys') path.push(...issue.keys);
  const field = path.length === 0 ? '(input)' : path.join('.');
  const detail = issue?.message ?? 'invalid';
  return { code: 'INVALID_INPUT', message: `Invalid input for ${method}: ${field}: ${detail}`, field };
}

// The shape main/ must implement: one handler per contract method. A missing one is a compile error.
import type { MethodName, MethodResult, ParsedInput } from '../../shared/contract';

export type Handlers = {
  readonly [M in MethodName]: (input: ParsedInput<M>) => MethodResult<M> | Promise<MethodResult<M>>;
};

// The one typed client the renderer uses; it neither knows nor cares which transport carries it.
import type { ErrorCode, MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import type { CallOptions, Transport } from './transport';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>, options?: CallOptions): Promise<MethodResult<M>>;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(method, input, options) {
      const envelope = await transport(method, input, options);
      if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.field);
      return envelope.value as MethodResult<typeof method>;
    },
  };
}

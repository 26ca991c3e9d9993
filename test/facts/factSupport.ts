// Queries the real, compiled dataset through the contract, as the renderer would.
import { afterAll } from 'vitest';
import type { EdgeSummary, MethodInput, MethodName, MethodResult } from '../../shared/contract';
import { FULL_DATA_DIR, openTestService } from '../support/testService';

const service = openTestService(FULL_DATA_DIR);
afterAll(() => {
  service.close();
});

export async function ask<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const envelope = await service.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as MethodResult<M>;
}

/** Every relation of a node (all pages). */
export async function relationsOf(id: string): Promise<EdgeSummary[]> {
  const edges: EdgeSummary[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await ask('node.neighbours', { id, limit: 1000, ...(cursor === undefined ? {} : { cursor }) });
    edges.push(...page.edges);
    if (page.nextCursor === null) return edges;
    cursor = page.nextCursor;
  }
}

/** "kind:source→target" for compact assertions. */
export const sentence = (e: EdgeSummary): string => `${e.kind}:${e.source}→${e.target}`;

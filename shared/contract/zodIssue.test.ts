import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssue, firstIssue, invalidInput, issueText, WHOLE_INPUT } from './zodIssue';

const schema = z.strictObject({ ids: z.array(z.string().min(1)), depth: z.number().int().max(2) });

function errorOf(input: unknown): z.ZodError {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return parsed.error;
}

describe('zod issue formatter', () => {
  it('names the nested field by its dotted path', () => {
    expect(firstIssue(errorOf({ ids: ['a', ''], depth: 1 }))).toMatchObject({ field: 'ids.1' });
  });

  it('names an unexpected key itself, not the object holding it', () => {
    expect(firstIssue(errorOf({ ids: [], depth: 1, extra: true })).field).toBe('extra');
  });

  it('names the whole input when the input is not even an object', () => {
    const at = firstIssue(errorOf('not an object'));
    expect(at.field).toBe(WHOLE_INPUT);
    expect(at.detail).toMatch(/object/i);
  });

  it('describes every issue the same way when a caller lists them all', () => {
    const error = errorOf({ ids: [''], depth: 9 });
    expect(error.issues.map((issue) => describeIssue(issue).field)).toEqual(['ids.0', 'depth']);
  });

  it('words an INVALID_INPUT error with what refused it, the field and the detail', () => {
    const wire = invalidInput('node.ego', errorOf({ ids: [], depth: 3 }));
    expect(wire.code).toBe('INVALID_INPUT');
    expect(wire.field).toBe('depth');
    expect(wire.message).toBe(`Invalid input for node.ego: ${issueText(firstIssue(errorOf({ ids: [], depth: 3 })))}`);
    expect(wire.message).toMatch(/^Invalid input for node\.ego: depth: .+/);
  });
});

// How a failed zod parse is told to the user: the field it points at and what is wrong with it.
// The one formatter behind the contract's dispatch, the shell, the snapshot reader and the dataset
// compiler, so the same mistake is named the same way wherever it is made.
import type { z } from 'zod';
import type { WireError } from './errors';

type ZodIssue = z.ZodError['issues'][number];

/** The field named when the issue concerns the input as a whole rather than one of its fields. */
export const WHOLE_INPUT = '(input)';

export interface IssueAt {
  /** Dotted path of what was wrong (`ids.0`); an unexpected key is named itself; WHOLE_INPUT at the top. */
  readonly field: string;
  /** zod's description of the problem. */
  readonly detail: string;
}

export function describeIssue(issue: ZodIssue): IssueAt {
  const path = issue.path.map(String);
  // zod reports an unexpected key at its object; the key itself is what the user must remove.
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  return { field: path.length === 0 ? WHOLE_INPUT : path.join('.'), detail: issue.message };
}

/** The first issue only: it is the one to fix first, and the rest often follow from it. */
export function firstIssue(error: z.ZodError): IssueAt {
  const [issue] = error.issues;
  return issue === undefined ? { field: WHOLE_INPUT, detail: 'invalid' } : describeIssue(issue);
}

/** "field: detail", as every message about an issue words it. */
export const issueText = (at: IssueAt): string => `${at.field}: ${at.detail}`;

/** The INVALID_INPUT error a transport returns for input that `what` (a method, a capability) refused. */
export function invalidInput(what: string, error: z.ZodError): WireError {
  const at = firstIssue(error);
  return { code: 'INVALID_INPUT', message: `Invalid input for ${what}: ${issueText(at)}`, field: at.field };
}

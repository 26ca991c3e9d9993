// Property: whatever bytes arrive under whatever name, an import either gives a document or is
// refused with a DOCUMENT_* code — never another exception, never a hang. Random bytes, bytes behind
// a real header, and real PDF and Word files with bytes flipped or cut off.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isDocumentError } from '../../main/documents/documentError';
import { extractDocument } from '../../main/documents/extractDocument';
import { makeDocx, makePdf } from './documentFixtures';

const NAMES = ['a.txt', 'a.md', 'a.pdf', 'a.docx', 'a.doc', 'a'] as const;

async function outcome(fileName: string, bytes: Uint8Array): Promise<string> {
  try {
    const doc = await extractDocument(fileName, bytes);
    // A document that comes through is whole: its pages tile the text.
    expect(doc.pages[0]?.start).toBe(0);
    expect(doc.pages.at(-1)?.end).toBe(doc.text.length);
    return 'ok';
  } catch (error) {
    if (!isDocumentError(error)) throw error;
    return error.code;
  }
}

/** A valid file with some bytes overwritten and possibly cut short. */
const damaged = (valid: Uint8Array) =>
  fc
    .record({
      flips: fc.array(fc.record({ at: fc.nat({ max: valid.length - 1 }), value: fc.nat({ max: 255 }) }), {
        maxLength: 12,
      }),
      cut: fc.option(fc.nat({ max: valid.length }), { nil: undefined }),
    })
    .map(({ flips, cut }) => {
      const bytes = valid.slice(0, cut ?? valid.length);
      for (const { at, value } of flips) if (at < bytes.length) bytes[at] = value;
      return bytes;
    });

let pdf: Uint8Array;
let docx: Uint8Array;
beforeAll(async () => {
  pdf = makePdf([['Europol en het RST'], ['Tweede pagina over Curaçao']], { title: 'Proef' });
  docx = await makeDocx(['Europol en het RST', 'Curaçao'], {
    title: 'Proef',
    creator: 'Test',
    created: '2024-01-01T00:00:00Z',
  });
});

describe('importers on arbitrary bytes', () => {
  it('refuse random bytes under any name only with a document code', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NAMES), fc.uint8Array({ maxLength: 2048 }), async (name, bytes) => {
        expect(await outcome(name, bytes)).toMatch(/^(ok|DOCUMENT_[A-Z_]+)$/);
      }),
      { numRuns: 150 },
    );
  });

  it('refuse bytes behind a PDF or zip header only with a document code', async () => {
    const header = fc.constantFrom(
      { name: 'a.pdf', head: new TextEncoder().encode('%PDF-1.7\n') },
      { name: 'a.docx', head: new Uint8Array([0x50, 0x4b, 0x03, 0x04]) },
    );
    await fc.assert(
      fc.asyncProperty(header, fc.uint8Array({ maxLength: 4096 }), async ({ name, head }, tail) => {
        const code = await outcome(name, new Uint8Array([...head, ...tail]));
        expect(code).toMatch(/^DOCUMENT_(MALFORMED|NO_TEXT|ENCRYPTED)$/);
      }),
      { numRuns: 100 },
    );
  });

  it('read or refuse damaged real PDF and Word files only with a document code', async () => {
    await fc.assert(
      fc.asyncProperty(damaged(pdf), async (bytes) => {
        expect(await outcome('proef.pdf', bytes)).toMatch(/^(ok|DOCUMENT_[A-Z_]+)$/);
      }),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(damaged(docx), async (bytes) => {
        expect(await outcome('proef.docx', bytes)).toMatch(/^(ok|DOCUMENT_[A-Z_]+)$/);
      }),
      { numRuns: 60 },
    );
  });
});

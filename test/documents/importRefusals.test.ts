// Files the workbench cannot read are refused with a code that says why, and nothing is stored:
// not the document, not a mention, not a passage.
import { afterAll, describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { MAX_DOCUMENT_BYTES } from '../../shared/contract';
import { openSqlite } from '../../main/store/nativeBinding';
import { base64, makeImageOnlyPdf, makePdf, openWorkbench, userDbFile } from './documentFixtures';

const w = openWorkbench();
afterAll(() => {
  w.service.close();
});

function storedRows(): number[] {
  const db = openSqlite(userDbFile(w), { readonly: true });
  try {
    return ['document', 'document_mention', 'document_passage'].map(
      (table) => db.prepare(`SELECT count(*) AS n FROM ${table}`).pluck().get() as number,
    );
  } finally {
    db.close();
  }
}

async function refusal(fileName: string, bytes: Uint8Array | string): Promise<string> {
  const error = await w.fail('document.import', { fileName, data: base64(bytes) });
  expect(error.message).toContain(fileName);
  expect(storedRows()).toEqual([0, 0, 0]);
  return error.code;
}

const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);

describe('document.import refuses', () => {
  it('a password-protected PDF or Word file as DOCUMENT_ENCRYPTED', async () => {
    const locked = makePdf([['Vertrouwelijk: Europol']], { userPassword: 'geheim' });
    expect(await refusal('vertrouwelijk.pdf', locked)).toBe('DOCUMENT_ENCRYPTED');
    expect(await refusal('vertrouwelijk.docx', ole)).toBe('DOCUMENT_ENCRYPTED');
  });

  it('a PDF of scanned pages without a text layer, an empty file and blank text as DOCUMENT_NO_TEXT', async () => {
    expect(await refusal('scan.pdf', makeImageOnlyPdf(3))).toBe('DOCUMENT_NO_TEXT');
    expect(await refusal('leeg.txt', '')).toBe('DOCUMENT_NO_TEXT');
    expect(await refusal('wit.md', ' \n\n\t \f \n')).toBe('DOCUMENT_NO_TEXT');
  });

  it('damaged files and files that are not what their name says as DOCUMENT_MALFORMED', async () => {
    const pdf = makePdf([['Europol en het RST']]);
    expect(await refusal('kapot.pdf', '%PDF-1.7\n%\u00e2\u00e3\nthis is no pdf at all')).toBe('DOCUMENT_MALFORMED');
    expect(await refusal('afgebroken.pdf', pdf.subarray(0, 120))).toBe('DOCUMENT_MALFORMED');
    expect(await refusal('geen.pdf', 'Gewone tekst, geen PDF.')).toBe('DOCUMENT_MALFORMED');
    expect(await refusal('vermomd.txt', pdf)).toBe('DOCUMENT_MALFORMED');
    expect(await refusal('binair.txt', new Uint8Array([0x48, 0x69, 0x00, 0x01]))).toBe('DOCUMENT_MALFORMED');
    expect(await refusal('kapot.docx', 'PK\u0003\u0004 not really a zip')).toBe('DOCUMENT_MALFORMED');
    const notWord = zipSync({ 'readme.txt': strToU8('Europol') });
    expect(await refusal('anders.docx', notWord)).toBe('DOCUMENT_MALFORMED');
  });

  it('a file over the size limit as DOCUMENT_TOO_LARGE, before reading it', async () => {
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61);
    expect(await refusal('groot.txt', big)).toBe('DOCUMENT_TOO_LARGE');
  });

  it('a format it does not read as DOCUMENT_UNSUPPORTED', async () => {
    expect(await refusal('oud.doc', ole)).toBe('DOCUMENT_UNSUPPORTED');
    expect(await refusal('tabel.xlsx', zipSync({ 'a.xml': strToU8('<a/>') }))).toBe('DOCUMENT_UNSUPPORTED');
    expect(await refusal('zonder-extensie', 'Europol')).toBe('DOCUMENT_UNSUPPORTED');
  });

  it('bytes that are not base64, and a file name with a folder, as INVALID_INPUT', async () => {
    expect(await w.fail('document.import', { fileName: 'a.txt', data: 'not base64!' })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'data',
    });
    expect(await w.fail('document.import', { fileName: '../a.txt', data: base64('x') })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'fileName',
    });
    expect(storedRows()).toEqual([0, 0, 0]);
  });
});

// The workbench's producers: the progress bar's share by phase, a late progress report for a file no
// longer importing dropped, and the list kept newest first without duplicates.
import { describe, expect, it } from 'vitest';
import { aDocumentSummary } from './documentTestBuilders';
import { importFraction, putDocument, setImportProgress, setImportStage } from './documentSlice';
import { aState } from './testBuilders';

describe('the document slice', () => {
  it('fills the bar mostly while pages are extracted, and never past the end', () => {
    expect(importFraction(null)).toBeNull();
    expect(importFraction({ phase: 'reading', done: 0, total: 0 })).toBe(0);
    expect(importFraction({ phase: 'extracting', done: 50, total: 100 })).toBeCloseTo(0.45);
    expect(importFraction({ phase: 'extracting', done: 120, total: 100 })).toBeCloseTo(0.85);
    expect(importFraction({ phase: 'mentions', done: 0, total: 0 })).toBeCloseTo(0.85);
    expect(importFraction({ phase: 'done', done: 0, total: 0 })).toBe(1);
  });

  it('drops a progress report that comes after the import ended', () => {
    const importing = setImportStage({ step: 'importing', fileName: 'a.pdf', progress: null })(aState());
    const progress = { phase: 'extracting', done: 1, total: 2 } as const;
    expect(setImportProgress('a.pdf', progress)(importing).documentImport).toEqual({
      step: 'importing',
      fileName: 'a.pdf',
      progress,
    });
    const failed = setImportStage({ step: 'failed', fileName: 'a.pdf', code: 'DOCUMENT_MALFORMED' })(importing);
    expect(setImportProgress('a.pdf', progress)(failed)).toBe(failed);
  });

  it('puts an edited document first, once, and leaves a list not yet loaded unloaded', () => {
    const first = aDocumentSummary();
    const second = aDocumentSummary({ id: 'user-doc-2', title: 'Tweede' });
    const listed = aState({ documents: [second, first] });
    const renamed = { ...first, title: 'Nieuwe titel' };
    expect(putDocument(renamed)(listed).documents).toEqual([renamed, second]);
    const unloaded = aState();
    expect(putDocument(first)(unloaded)).toBe(unloaded);
  });
});

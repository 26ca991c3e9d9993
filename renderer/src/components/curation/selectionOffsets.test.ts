// A selection in the document viewer maps back to offsets into the document's text, whether it
// starts inside plain text, a mention or the focused passage, or between paragraphs.
import { afterEach, describe, expect, it } from 'vitest';
import { selectedRange } from './selectionOffsets';

const TEXT = 'Europol en Interpol werken samen.\n\nEuropol deelt informatie.';

/** The viewer's markup for TEXT: two paragraphs, mentions as buttons, a focused mark, a page number. */
function drawn(): HTMLElement {
  const body = document.createElement('div');
  body.innerHTML = [
    '<p class="page-number">Pagina 1</p>',
    '<p><button data-start="0" data-end="7">Europol</button><span data-start="7" data-end="11"> en </span>',
    '<button data-start="11" data-end="19">Interpol</button><span data-start="19" data-end="33"> werken samen.</span></p>',
    '<p><button data-start="35" data-end="42">Europol</button><span data-start="42" data-end="48"> <mark>deelt</mark></span>',
    '<span data-start="48" data-end="60"> informatie.</span></p>',
  ].join('');
  document.body.append(body);
  return body;
}

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Selection {
  const selection = document.getSelection();
  if (selection === null) throw new Error('no selection in this document');
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

const textIn = (root: HTMLElement, selector: string): Node => {
  const text = root.querySelector(selector)?.firstChild;
  if (text == null) throw new Error(`nothing drawn at ${selector}`);
  return text;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('selectedRange', () => {
  it('maps a selection from inside one mention to inside plain text of the same paragraph', () => {
    const body = drawn();
    const range = selectedRange(
      body,
      select(textIn(body, '[data-start="11"]'), 2, textIn(body, '[data-start="19"]'), 7),
    );
    expect(range).toEqual({ start: 13, end: 26 });
    expect(TEXT.slice(13, 26)).toBe('terpol werken');
  });

  it('maps a selection across paragraphs and into the focused mark', () => {
    const body = drawn();
    const mark = body.querySelector('mark')?.firstChild;
    if (mark == null) throw new Error('no mark drawn');
    const range = selectedRange(body, select(textIn(body, '[data-start="19"]'), 1, mark, 5));
    expect(range).toEqual({ start: 20, end: 48 });
    expect(TEXT.slice(20, 48)).toBe('werken samen.\n\nEuropol deelt');
  });

  it('snaps a point between runs (the page number, a paragraph edge) to the nearest run', () => {
    const body = drawn();
    const [pageNumber, first] = [...body.querySelectorAll('p')];
    if (pageNumber === undefined || first === undefined) throw new Error('paragraphs not drawn');
    const range = selectedRange(body, select(pageNumber, 0, first, first.childNodes.length));
    expect(range).toEqual({ start: 0, end: 33 });
  });

  it('is null for a collapsed selection or one outside the text', () => {
    const body = drawn();
    const node = textIn(body, '[data-start="7"]');
    expect(selectedRange(body, select(node, 1, node, 1))).toBeNull();
    const outside = document.createElement('p');
    outside.textContent = 'elders';
    document.body.append(outside);
    const text = outside.firstChild;
    if (text === null) throw new Error('no text outside');
    expect(selectedRange(body, select(text, 0, text, 3))).toBeNull();
  });
});

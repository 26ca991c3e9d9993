// Markdown as the viewer shows it: the words stay in order, the markup goes.
import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdownToText';

describe('markdownToText', () => {
  it('drops headings’ hashes, emphasis, links’ targets, images’ addresses, HTML and quote markers', () => {
    const { text, title } = markdownToText(
      '## Het *EC3* van __Europol__ ##\n> Zie ![logo](x.png) en [de site](https://e.eu "t") <b>nu</b>.\n1. Eén\n* [x] Twee',
    );
    expect(title).toBe('Het EC3 van Europol');
    expect(text).toBe('Het EC3 van Europol\nZie logo en de site nu.\n1. Eén\n• Twee');
  });

  it('keeps code as text, drops fences, rules and table rules, and reads a setext heading as the title', () => {
    const { text, title } = markdownToText(
      'Verslag RST\n===========\n\n```ts\nconst x_y = 1;\n```\n---\n| Land | Rol |\n|---|---|\n| België | partner |',
    );
    expect(title).toBe('Verslag RST');
    expect(text).toBe('Verslag RST\n\nconst x_y = 1;\nLand · Rol\nBelgië · partner');
  });

  it('leaves snake_case and escaped characters readable', () => {
    expect(markdownToText('het file_name_veld en 2 \\* 3').text).toBe('het file_name_veld en 2 * 3');
  });
});

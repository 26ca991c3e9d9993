// Markdown: decoded like plain text, then stripped to the words a reader sees (markdownToText).
import { cleanText, joinPages, type ExtractedDocument } from './extracted';
import { decodeText } from './decodeText';
import { markdownToText } from './markdownToText';
import { firstLineTitle } from './importText';

export function importMarkdown(bytes: Uint8Array, fileName: string): ExtractedDocument {
  const { text, title } = markdownToText(cleanText(decodeText(bytes, fileName)));
  return { ...joinPages(text.split('\f')), title: title ?? firstLineTitle(text), author: null, date: null };
}

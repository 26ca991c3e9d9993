// Noto Sans, regular and bold, bundled into the app as base64 (vite's ?inline): the PDF needs every
// Dutch letter and may fetch nothing. Loaded only when a PDF is made, as its own chunk.
import bold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?inline';
import regular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?inline';
import type { PdfFonts } from './formats/pdfReport';

const base64Of = (dataUrl: string): string => dataUrl.slice(dataUrl.indexOf(',') + 1);

export const PDF_FONTS: PdfFonts = { regular: base64Of(regular), bold: base64Of(bold) };

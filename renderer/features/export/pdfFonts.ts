import interRegularUrl from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import interBoldUrl from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';

/**
 * Inter, the app's own type family, regular and bold, shipped as assets of the app and fetched only
 * when a PDF is exported. Kept for the session once loaded: a second export needs no download.
 */

export interface PdfFontBuffers {
  regular: ArrayBuffer;
  bold: ArrayBuffer;
}

let loaded: Promise<{ regular: Uint8Array; bold: Uint8Array }> | null = null;

async function fetchFont(url: string): Promise<Uint8Array> {
  // Resolved against the page, not the worker, so the same relative asset path works under app:// and http.
  const response = await fetch(new URL(url, document.baseURI));
  if (!response.ok) throw new Error(`The PDF font could not be loaded (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Fresh copies each time, because handing them to the worker transfers (empties) the buffers. */
export async function loadPdfFonts(): Promise<PdfFontBuffers> {
  loaded ??= Promise.all([fetchFont(interRegularUrl), fetchFont(interBoldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  try {
    const fonts = await loaded;
    return { regular: fonts.regular.slice().buffer, bold: fonts.bold.slice().buffer };
  } catch (error) {
    loaded = null;
    throw error;
  }
}

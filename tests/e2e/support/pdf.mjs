// A printed PDF as a reader sees it: per page, the texts with where they stand and how large
// they print. pdf.js (the PDF reader of Firefox) reads the file Chromium wrote.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The pages of `pdf` (a Buffer), each a list of `{ text, x, top, size }`: `top` in points from
 * the top of the page, `size` the printed height of the text in points, in reading order.
 */
export async function pdfPages(pdf) {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const [, , , height] = page.view;
    const { items } = await page.getTextContent();
    pages.push(
      items
        .filter((item) => item.str.trim())
        .map((item) => {
          const [a, b, , , x, y] = item.transform;
          return { text: item.str, x, top: height - y, size: Math.hypot(a, b) };
        }),
    );
  }
  await document.destroy();
  return pages;
}

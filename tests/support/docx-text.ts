import JSZip from 'jszip';

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const textOf = (xml: string) =>
  unescape([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

export interface DocxText {
  /** Every paragraph's text in document order (table cells included). */
  paragraphs: string[];
  /** Every table as rows of cell texts, in document order. */
  tables: string[][][];
}

/** Opens a base64 DOCX the API returned and reads back its paragraphs and tables. */
export async function readDocx(contentBase64: string): Promise<DocxText> {
  const zip = await JSZip.loadAsync(Buffer.from(contentBase64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])),
    ),
  );
  return { paragraphs, tables };
}

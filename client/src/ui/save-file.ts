/** Hands the browser a file built in memory, under the given name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the file to the browser by the next turn; the URL is no longer needed.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

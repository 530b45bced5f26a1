// Hands an exported file to the browser as a download. Called in the panel
// (an extension page), where a Blob URL and a click on a temporary link are
// allowed without the downloads permission.
import type { ExportFile } from '../../lib/annotations/types';

export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

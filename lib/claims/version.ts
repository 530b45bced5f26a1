// A content hash of the bundled data: the background reloads the bundled
// claims into IndexedDB only when this changes (install, update, new data).

/** FNV-1a over the canonical JSON text; stable across runs and platforms. */
export function dataVersion(files: Record<string, unknown>): string {
  const text = Object.keys(files).sort().map((k) => `${k}\n${JSON.stringify(files[k])}`).join('\n');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

// Identifiers in exports. Annotations are urn:uuid IRIs (W3C requires an IRI
// id); linked claims are urn:sverka:claim:<id>. A collection's id is derived
// from its content, so exporting the same annotations twice gives the same
// file byte for byte (and an export → import → export round trip is exact).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CLAIM_PREFIX = 'urn:sverka:claim:';

export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** The IRI an annotation is exported under: urn:uuid:<id>, or the IRI another tool gave it. */
export function annotationIri(id: string): string {
  return isUuid(id) ? `urn:uuid:${id.toLowerCase()}` : id;
}

/** The stored id for an imported annotation IRI (the inverse of annotationIri). */
export function idFromIri(iri: string): string {
  const m = /^urn:uuid:(.*)$/i.exec(iri);
  return m && isUuid(m[1]) ? m[1].toLowerCase() : iri;
}

export function claimIri(claimId: string): string {
  return CLAIM_PREFIX + encodeURIComponent(claimId);
}

/** The claim id in a urn:sverka:claim: IRI, undefined for any other link. */
export function claimIdFromIri(iri: string): string | undefined {
  if (!iri.startsWith(CLAIM_PREFIX)) return undefined;
  try {
    return decodeURIComponent(iri.slice(CLAIM_PREFIX.length)) || undefined;
  } catch {
    return undefined;
  }
}

/** FNV-1a over UTF-16 units with a seed; four seeds give 128 bits. Not cryptographic: only stability matters. */
function fnv(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A UUID (RFC 9562 version 8, "custom") determined by `text`. */
export function stableUuid(text: string): string {
  const hex = [1, 2, 3, 4].map((seed) => fnv(text, seed * 0x9e3779b1).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// The Web Annotation Data Model's MUSTs that decide whether a file is a
// conforming document at all (https://www.w3.org/TR/annotation-model/ §3–§4):
// a file with one annotation that breaks them is refused whole, nothing
// written. Conforming annotations Sverka cannot place on a page (images,
// media, unknown selectors) are a different matter: they are listed as not
// imported, and the rest of the file is. Checked in tests/unit against the
// W3C test suite's own MUST assertions on its correct and incorrect samples.

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export const ANNO_CONTEXT_IRI = 'http://www.w3.org/ns/anno.jsonld';
/** An absolute IRI (RFC 3987): a scheme, a colon, no whitespace. */
export const isIri = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/u.test(v) && v.length > 2;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** §3.1: anno.jsonld as the context (alone, or one of a list). */
export function hasAnnoContext(v: unknown): boolean {
  return v === ANNO_CONTEXT_IRI || (Array.isArray(v) && v.includes(ANNO_CONTEXT_IRI));
}

const typesOf = (v: Json): unknown[] => [...asList(v.type), ...asList(v['@type'])];

function checkSelector(s: unknown, where: string, out: string[], depth = 0): void {
  if (depth > 8) return void out.push(`${where}: selectors nested too deep`);
  if (isIri(s)) return; // An external selector: allowed by the model (Sverka cannot use it).
  if (!isObject(s)) return void out.push(`${where}: a selector must be an object or an IRI`);
  const type = s.type;
  if (type === 'FragmentSelector' || type === 'CssSelector' || type === 'XPathSelector') {
    if (typeof s.value !== 'string') out.push(`${where}: ${type} needs a "value"`);
  } else if (type === 'TextQuoteSelector') {
    if (typeof s.exact !== 'string') out.push(`${where}: TextQuoteSelector needs an "exact" text`);
    for (const k of ['prefix', 'suffix']) if (s[k] !== undefined && typeof s[k] !== 'string') out.push(`${where}: TextQuoteSelector "${k}" must be text`);
  } else if (type === 'TextPositionSelector' || type === 'DataPositionSelector') {
    const ok = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
    if (!ok(s.start) || !ok(s.end)) out.push(`${where}: ${type} needs non-negative whole numbers "start" and "end"`);
  } else if (type === 'RangeSelector') {
    // Hypothesis writes its own form (startContainer/endContainer XPaths with offsets): accepted as well.
    const hypothesisForm = typeof s.startContainer === 'string' && typeof s.endContainer === 'string';
    if (hypothesisForm) return;
    if (s.startSelector === undefined || s.endSelector === undefined) out.push(`${where}: RangeSelector needs "startSelector" and "endSelector"`);
    else {
      checkSelector(s.startSelector, `${where}.startSelector`, out, depth + 1);
      checkSelector(s.endSelector, `${where}.endSelector`, out, depth + 1);
    }
  } else if (type === 'SvgSelector') {
    if (typeof s.value !== 'string' && !isIri(s.id)) out.push(`${where}: SvgSelector needs a "value" or an "id"`);
  }
  if (s.refinedBy !== undefined) for (const r of asList(s.refinedBy)) checkSelector(r, `${where}.refinedBy`, out, depth + 1);
}

/** A body or target: an IRI, or a resource object whose kind-specific MUSTs hold. */
function checkResource(r: unknown, where: string, out: string[], depth = 0): void {
  if (depth > 8) return void out.push(`${where}: nested too deep`);
  if (typeof r === 'string') {
    if (!isIri(r)) out.push(`${where}: ${JSON.stringify(String(r).slice(0, 60))} is not an IRI`);
    return;
  }
  if (!isObject(r)) return void out.push(`${where}: must be an IRI or an object`);
  const types = typesOf(r);
  if (types.includes('Choice') || types.includes('Composite') || types.includes('List') || types.includes('Independents')) {
    if (!Array.isArray(r.items) || !r.items.length) out.push(`${where}: a ${String(types[0])} needs "items"`);
    else r.items.forEach((item, i) => checkResource(item, `${where}.items[${i}]`, out, depth + 1));
    return;
  }
  if (types.includes('TextualBody') || (r.value !== undefined && r.source === undefined && r.id === undefined)) {
    if (typeof r.value !== 'string') out.push(`${where}: a TextualBody needs a text "value"`);
  } else if (types.includes('SpecificResource') || r.selector !== undefined || r.state !== undefined || r.source !== undefined) {
    // The source is an IRI, or the resource itself embedded with its IRI as "id".
    if (!isIri(r.source) && !(isObject(r.source) && isIri(r.source.id))) out.push(`${where}: a SpecificResource needs a "source" IRI`);
  } else if (r.id !== undefined && !isIri(r.id)) {
    out.push(`${where}: "id" must be an IRI`);
  } else if (r.id === undefined) {
    out.push(`${where}: a resource needs an "id", a "source" or a "value"`);
  }
  if (r.selector !== undefined) for (const s of asList(r.selector)) checkSelector(s, `${where}.selector`, out);
  for (const k of ['created', 'modified']) if (r[k] !== undefined && !(typeof r[k] === 'string' && DATE_TIME.test(r[k] as string))) out.push(`${where}: "${k}" must be one date and time`);
  for (const k of ['rights', 'canonical', 'via']) if (r[k] !== undefined && !asList(r[k]).every(isIri)) out.push(`${where}: "${k}" must be IRIs`);
}

/**
 * The model MUSTs one annotation breaks (empty: it conforms). `inherited`:
 * the enclosing collection or page carries the context (embedded items may omit theirs).
 */
export function annotationMustProblems(raw: unknown, inherited = false): string[] {
  if (!isObject(raw)) return ['is not a JSON object'];
  const out: string[] = [];
  if (raw['@context'] === undefined ? !inherited : !hasAnnoContext(raw['@context'])) out.push(`has no "@context" with ${ANNO_CONTEXT_IRI}`);
  const id = raw.id ?? raw['@id'];
  if (!isIri(id)) out.push(Array.isArray(id) ? 'has more than one "id"' : 'has no "id" that is an IRI');
  if (!typesOf(raw).includes('Annotation')) out.push('is not of type "Annotation"');
  if (raw.target === undefined || (Array.isArray(raw.target) && !raw.target.length)) out.push('has no "target"');
  else asList(raw.target).forEach((t, i) => checkResource(t, `target[${i}]`, out));
  if (raw.body !== undefined && raw.bodyValue !== undefined) out.push('has both "body" and "bodyValue"');
  if (raw.bodyValue !== undefined && typeof raw.bodyValue !== 'string') out.push('has a "bodyValue" that is not one text');
  if (raw.body !== undefined) asList(raw.body).forEach((b, i) => checkResource(b, `body[${i}]`, out));
  for (const k of ['created', 'modified', 'generated']) if (raw[k] !== undefined && !(typeof raw[k] === 'string' && DATE_TIME.test(raw[k] as string))) out.push(`has "${k}" that is not one date and time with a time zone`);
  for (const k of ['rights', 'canonical', 'via']) if (raw[k] !== undefined && !asList(raw[k]).every(isIri)) out.push(`has "${k}" that is not an IRI`);
  for (const k of ['creator', 'generator']) if (raw[k] !== undefined && !asList(raw[k]).every((a) => isIri(a) || isObject(a))) out.push(`has "${k}" that is neither an IRI nor an agent`);
  if (raw.motivation !== undefined && !asList(raw.motivation).every((m) => typeof m === 'string' && m.length > 0)) out.push('has a "motivation" that is not a name');
  return out;
}

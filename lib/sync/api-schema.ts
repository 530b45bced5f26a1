// The subset of the Hypothesis HTTP API (v1) that Sverka uses, as zod schemas
// transcribed from Hypothesis's published API reference
// (h: docs/_extra/api-reference/hypothesis-v1.yaml and schemas/annotation.yaml,
// annotation-create.yaml, group.yaml). The client validates every response
// with them before anything reaches the database or the panel (the server is
// the user's choice, not ours to trust); the test suite's fake API
// (tests/fixtures/hypothesis/fake-api.ts) checks every request body with the
// same schemas, so a field the reference does not define fails a test.
import { z } from 'zod';

/** A W3C selector as the reference lists them: a `type` and that type's fields (unknown types pass through). */
export const SelectorSchema = z.looseObject({ type: z.string() });

/** AnnotationCreate (annotation-create.yaml): only `uri` is required. Strict: Sverka sends nothing else. */
export const AnnotationCreateSchema = z.strictObject({
  uri: z.string().min(1),
  document: z.strictObject({ title: z.array(z.string()).optional() }).optional(),
  text: z.string().optional(),
  tags: z.array(z.string()).optional(),
  group: z.string().optional(),
  permissions: z.record(z.string(), z.array(z.string())).optional(),
  target: z.array(z.strictObject({
    source: z.string().optional(),
    selector: z.array(SelectorSchema).optional(),
    description: z.string().optional(),
  })).optional(),
  references: z.array(z.string()).optional(),
});
export type AnnotationCreate = z.infer<typeof AnnotationCreateSchema>;

/** PATCH /annotations/{id} takes the same fields, each optional. */
export const AnnotationUpdateSchema = AnnotationCreateSchema.partial();
export type AnnotationUpdate = z.infer<typeof AnnotationUpdateSchema>;

/** An Annotation as the API returns it (annotation.yaml); extra fields are ignored, missing required ones reject the row. */
export const ApiAnnotationSchema = z.looseObject({
  id: z.string().min(1).max(200),
  created: z.string(),
  updated: z.string(),
  user: z.string().max(500),
  uri: z.string().max(8_192),
  text: z.string().max(200_000),
  tags: z.array(z.string().max(500)).max(200),
  group: z.string().max(200),
  permissions: z.record(z.string(), z.unknown()),
  target: z.array(z.looseObject({ source: z.string().max(8_192).optional(), selector: z.array(SelectorSchema).max(50).optional() })).max(20),
  document: z.looseObject({ title: z.array(z.string()).optional() }).optional(),
  user_info: z.looseObject({ display_name: z.string().max(500).nullable().optional() }).optional(),
  references: z.array(z.string()).optional(),
});
export type ApiAnnotation = z.infer<typeof ApiAnnotationSchema>;

/** GET /search: `total` and a page of `rows`. */
export const SearchResponseSchema = z.object({ total: z.number().int().nonnegative(), rows: z.array(z.unknown()).max(200) });

/** One entry of GET /groups (group.yaml). */
export const GroupSchema = z.looseObject({
  id: z.string().min(1).max(200),
  name: z.string().max(500),
  type: z.string().optional(),
  public: z.boolean().optional(),
});
export type ApiGroup = z.infer<typeof GroupSchema>;
export const GroupsResponseSchema = z.array(GroupSchema).max(1_000);

/** DELETE /annotations/{id}. */
export const DeleteResponseSchema = z.object({ id: z.string(), deleted: z.literal(true) });

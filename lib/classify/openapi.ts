import { z } from 'zod';
import { ClassifyRequestSchema, ClassifyResponseSchema, ErrorResponseSchema, PROTOCOL_VERSION } from './protocol';

/** The OpenAPI 3.1 document of the protocol, generated from the same zod schemas the server checks. */
export function openApiDocument() {
  const schema = (s: z.ZodType) => z.toJSONSchema(s, { target: 'draft-2020-12' });
  const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
  return {
    openapi: '3.1.0',
    info: { title: 'Assay classification protocol', version: PROTOCOL_VERSION, description: 'Classify passages of a deliverable: probability that each is machine-written.' },
    paths: {
      [`/${PROTOCOL_VERSION}/classify`]: {
        post: {
          summary: 'Classify passages',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ClassifyRequest' } } } },
          responses: {
            '200': { description: 'Scores per passage and for the document', content: { 'application/json': { schema: { $ref: '#/components/schemas/ClassifyResponse' } } } },
            '400': error('The request does not match the protocol'),
            '401': error('Missing or wrong bearer token'),
            '413': error('The request is larger than the server accepts'),
            '429': error('Too many requests; see Retry-After'),
          },
        },
      },
      '/healthz': { get: { summary: 'Liveness', responses: { '200': { description: 'The process is up' } } } },
      '/readyz': { get: { summary: 'Readiness', responses: { '200': { description: 'Accepting requests' }, '503': { description: 'Shutting down' } } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { ClassifyRequest: schema(ClassifyRequestSchema), ClassifyResponse: schema(ClassifyResponseSchema), Error: schema(ErrorResponseSchema) },
    },
  };
}

import { z } from 'zod';
import { ClassifyRequestSchema, ClassifyResponseV1Schema, ClassifyResponseV2Schema, ErrorResponseSchema, PROTOCOL_VERSION } from './protocol';

/** The OpenAPI 3.1 document of the protocol, generated from the same zod schemas the server checks. */
export function openApiDocument() {
  const schema = (s: z.ZodType) => z.toJSONSchema(s, { target: 'draft-2020-12' });
  const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
  const classify = (summary: string, response: string, description: string) => ({
    post: {
      summary,
      description:
        'Send Content-Type: application/json. A request with no Origin header or an extension origin (chrome-extension://, moz-extension://) needs a bearer token only when the server has tokens; a request from any other origin (a web page) always needs one. The Host must be a loopback name or one the server was started with (--allowed-host).',
      security: [{ bearer: [] }, {}],
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ClassifyRequest' } } } },
      responses: {
        '200': { description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${response}` } } } },
        '400': error('The request does not match the protocol'),
        '401': error('Missing or wrong bearer token'),
        '403': error('A web page’s request to a server without tokens'),
        '413': error('The request is larger than the server accepts'),
        '415': error('The body is not declared as application/json'),
        '421': error('The Host is not a loopback name or one the server was started with'),
        '429': error('Too many requests, or too many failed authentications; see Retry-After'),
      },
    },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Assay classification protocol',
      version: PROTOCOL_VERSION,
      description: 'Classify passages of a deliverable: the probability that each is machine-written and, from v2, the label (`unknown`: not judged, with the reason). v1 is still served unchanged; its answers carry `Link: </v2/classify>; rel="successor-version"`.',
    },
    paths: {
      '/v2/classify': classify('Classify passages (v2): probability, label and, when not judged, the reason', 'ClassifyResponseV2', 'Probability and label per passage and for the document'),
      '/v1/classify': classify('Classify passages (v1): probability only', 'ClassifyResponseV1', 'Probability per passage and for the document'),
      '/v2/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
      '/v1/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
      '/healthz': { get: { summary: 'Liveness', responses: { '200': { description: 'The process is up' } } } },
      '/readyz': { get: { summary: 'Readiness', responses: { '200': { description: 'Accepting requests' }, '503': { description: 'Shutting down' } } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        ClassifyRequest: schema(ClassifyRequestSchema),
        ClassifyResponseV2: schema(ClassifyResponseV2Schema),
        ClassifyResponseV1: schema(ClassifyResponseV1Schema),
        Error: schema(ErrorResponseSchema),
      },
    },
  };
}

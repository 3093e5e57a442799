import type { ProvenanceReply } from '../../lib/provenance/worker-client';
import type { ScanRecord } from '../../lib/schema/record';
import type { Deliverable } from '../../lib/schema/deliverable';
import type { AssayDB } from '../../lib/store/db';

/**
 * What the Certificates section needs from its page: the database, the one scan service (through the
 * background), the provenance reader, file downloads and an HTML parser. The dashboard passes the real
 * ones; component tests pass stand-ins.
 */
export interface CertifyDeps {
  db: AssayDB;
  scan(deliverable: Deliverable): Promise<ScanRecord>;
  readImage(bytes: ArrayBuffer): Promise<ProvenanceReply>;
  download(name: string, type: string, text: string): void;
  parseHtml(html: string): Document;
}

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

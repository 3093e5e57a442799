import { parseTrustList } from '../../lib/provenance/trust';
import { createProvenanceClient, startProvenanceWorker, type ProvenanceReply } from '../../lib/provenance/worker-client';
import { loadSettings } from '../../lib/settings/storage';

/** One provenance worker for the dashboard's life, started the first time the user checks an image. */
let client: ((bytes: ArrayBuffer, trust?: string[]) => Promise<ProvenanceReply>) | undefined;

export function imageReader() {
  const read = (client ??= createProvenanceClient(startProvenanceWorker()));
  // The user's C2PA trust list applies to dropped images as to scanned ones: read once per batch.
  const anchors = loadSettings().then((s) => parseTrustList(s.trustAnchors).anchors);
  return async (bytes: ArrayBuffer) => read(bytes, await anchors);
}

import { useState } from 'react';
import { CertificatesSection as Certificates, type CertifyDeps } from '../../components/certify/CertificatesSection';
import { download } from '../../components/dashboard/records/download';
import { sendMessage } from '../../lib/messaging/send';
import { getDatabase } from '../../lib/store/db';
import { imageReader } from './image-reader';

/** What the Certificates section needs from this page: the one scan service through the background, the image reader. */
function certifyDeps(): CertifyDeps {
  return {
    db: getDatabase(),
    scan: (deliverable) => sendMessage('file.scan', { deliverable }),
    readImage: async (bytes) => imageReader()(bytes),
    download,
    parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
  };
}

/** Record ids are UUIDs: anything longer in a hand-edited address is not one. */
const MAX_RECORD_ID = 100;

/** A popup's Certify or Verify arrives as `?certify=<record id>#/certificates` or `?verify=<record id>#/certificates`. */
function certifyParams(): { certify?: string; verify?: string } {
  const params = new URLSearchParams(location.search);
  const id = (name: string) => params.get(name)?.slice(0, MAX_RECORD_ID) || undefined;
  return { certify: id('certify'), verify: id('verify') };
}

/** The dashboard's Certificates section: the freelancer's key, certify, verify, history. */
export function CertificatesScreen() {
  const [deps] = useState(certifyDeps);
  const [params] = useState(certifyParams);
  return <Certificates deps={deps} certify={params.certify} verify={params.verify} />;
}

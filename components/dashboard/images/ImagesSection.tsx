import type { ProvenanceReply } from '../../../lib/provenance/worker-client';
import { parseTrustList } from '../../../lib/provenance/trust';
import { routeHash } from '../../../lib/ui/routes';
import { ImageCheck } from '../ImageCheck';
import { PageHeader, Panel } from '../shell/layout';
import { Link } from '../shell/router';
import { useSettings } from '../useSettings';

/**
 * Check images: a tool of its own rather than part of Records, because what it reads is not stored
 * (nothing here becomes a record) and rather than part of Settings, because it is something to do, not
 * something to set. The trust list it applies is one link away, in Settings › Images.
 */
export function ImagesSection({ read }: { read: () => (bytes: ArrayBuffer) => Promise<ProvenanceReply> }) {
  const { settings } = useSettings();
  const trusted = settings ? parseTrustList(settings.trustAnchors).anchors.length : undefined;
  return (
    <>
      <PageHeader
        title="Check images"
        description="What an image’s own data says about where it came from: Content Credentials (C2PA), IPTC and XMP fields, PNG text. Read on this computer; nothing is uploaded, and nothing here is kept."
      />
      <Panel width="form">
        <ImageCheck read={read} heading={null} />
        <p className="muted trust-note">
          {trusted === undefined ? null : `Signers you trust: ${trusted === 0 ? 'none added' : `${trusted} certificate${trusted === 1 ? '' : 's'}`}. `}
          <Link to={routeHash('settings', 'images')}>Change in Settings › Images</Link>
        </p>
      </Panel>
    </>
  );
}

import { useEffect } from 'react';
import { loadAttachmentUrl, useAttachmentUrl } from '../../state/attachments';

interface AttachmentThumbProps {
  /** The server's attachment, when uploaded. */
  id: string | null;
  name: string;
  mime: string;
  /** A local picture of the chosen file, shown before (and instead of) the server's copy. */
  localUrl?: string | null;
}

const isPicture = (mime: string, name: string) => /^image\/(jpeg|png|webp)$/.test(mime) || /\.(jpe?g|png|webp)$/i.test(name);

/** A square picture of a photo, or a label for a document (PDF, DOCX) or an undecodable HEIC. */
export function AttachmentThumb({ id, name, mime, localUrl }: AttachmentThumbProps) {
  const picture = isPicture(mime, name);
  const remote = useAttachmentUrl(picture && !localUrl ? id : null);
  useEffect(() => {
    if (picture && !localUrl && id) void loadAttachmentUrl(id);
  }, [picture, localUrl, id]);

  const url = localUrl ?? (remote?.status === 'ready' ? remote.url : null);
  if (url) return <img className="attachment-thumb" src={url} alt="" loading="lazy" />;
  return (
    <span className="attachment-thumb attachment-thumb--file" aria-hidden="true">
      {fileLabel(mime, name)}
    </span>
  );
}

export function fileLabel(mime: string, name: string): string {
  if (mime === 'application/pdf' || /\.pdf$/i.test(name)) return 'PDF';
  if (/wordprocessingml/.test(mime) || /\.docx$/i.test(name)) return 'DOCX';
  if (mime === 'image/heic' || /\.hei[cf]$/i.test(name)) return 'HEIC';
  if (mime.startsWith('image/')) return 'ẢNH';
  return 'TỆP';
}

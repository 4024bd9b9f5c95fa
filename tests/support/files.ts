/** Small real files for upload tests, made from their format's magic bytes. */
export const pngBytes = (size = 2048): Buffer => {
  const header = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
  return Buffer.concat([header, Buffer.alloc(Math.max(0, size - header.length), 7)]);
};

export const jpegBytes = (size = 2048): Buffer => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(size - 4, 9)]);

export const pdfBytes = (): Buffer => Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A Windows executable dressed as a photo. */
export const disguisedExe = (): Buffer => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(1000, 0)]);

export async function upload(base: string, token: string, bytes: Buffer, name: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const response = await fetch(`${base}/api/attachments`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: response.status, body: (await response.json()) as { id: string; mime: string; sha256: string; error?: { message: string; fields?: Record<string, string> } } };
}

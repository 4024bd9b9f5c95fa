/** The server takes a plan as UTF-8 .txt or .docx up to 5 MB; checked here first to save a slow upload. */
export const PLAN_FILE_MAX_BYTES = 5 * 1024 * 1024;

export function checkPlanFile(file: Pick<File, 'name' | 'size'>): string | null {
  if (!/\.(txt|docx)$/i.test(file.name)) return 'Chỉ nhận tệp .txt hoặc .docx. Tệp .doc hoặc .pdf: hãy mở và lưu lại thành .docx, hoặc sao chép nội dung rồi dán vào ô trên.';
  if (file.size === 0) return 'Tệp rỗng.';
  if (file.size > PLAN_FILE_MAX_BYTES) return `Tệp ${formatBytes(file.size)} vượt quá giới hạn 5 MB.`;
  return null;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Why a plan file cannot be read; each carries a Vietnamese and an English message. */
export class PlanFileError extends Error {
  override readonly name = 'PlanFileError';
}

const fail = (vi: string, en: string): never => {
  throw new PlanFileError(`Lỗi: ${vi}\nError: ${en}`);
};

/** Node error codes carry no type; this narrows them without `any`. */
function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/**
 * Reads a plan's text for the CLI. Rejects what is not a UTF-8 text: PDF and Word files carry
 * NUL bytes or invalid UTF-8, and extracting from them silently would produce nonsense.
 */
export function readPlanFile(path: string | undefined): string {
  if (path === undefined || path.trim() === '') {
    return fail('thiếu đường dẫn tệp kế hoạch (.txt).', 'missing the path of a plan text file (.txt).');
  }
  let bytes: Buffer;
  try {
    // npm runs scripts from the repository root; INIT_CWD is where the user typed the command.
    bytes = readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), path));
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return fail(`không tìm thấy tệp "${path}".`, `file not found: "${path}".`);
    if (code === 'EISDIR') return fail(`"${path}" là thư mục, không phải tệp.`, `"${path}" is a directory, not a file.`);
    return fail(`không đọc được tệp "${path}" (${code ?? 'lỗi'}).`, `cannot read "${path}" (${code ?? 'error'}).`);
  }
  if (bytes.includes(0)) {
    return fail(`"${path}" là tệp nhị phân, không phải văn bản.`, `"${path}" is a binary file, not text.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`"${path}" không phải văn bản UTF-8.`, `"${path}" is not UTF-8 text.`);
  }
  if (text.trim().length === 0) return fail(`tệp "${path}" trống.`, `file "${path}" is empty.`);
  return text;
}

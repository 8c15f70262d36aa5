// Pure helpers of the extension (no vscode import), unit-tested with node:test.

/** The URI scheme of the read-only `soat extract` view of a .docx. */
export const EXTRACT_SCHEME = 'soat-extract';

export function isDocx(fsPath: string): boolean {
  return fsPath.toLowerCase().endsWith('.docx');
}

/** The default output of `soat annotate`: báo-cáo.docx -> báo-cáo.soat.docx. */
export function annotatedPath(fsPath: string): string {
  return fsPath.replace(/(\.docx)?$/i, (ext) => '.soat' + (ext || '.docx'));
}

/** Arguments of `soat annotate` for a document. */
export function annotateArgs(input: string, output: string = annotatedPath(input)): string[] {
  return ['annotate', input, '-o', output];
}

export interface SoatSettings {
  path?: string;
  profile?: string | null;
  lang?: string | null;
  enable?: string[];
  disable?: string[];
}

/** The `soat` section the server reads (workspace/configuration), without unset values. */
export function serverSettings(s: SoatSettings): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (s.profile === 'draft' || s.profile === 'final') out.profile = s.profile;
  if (s.lang === 'vi' || s.lang === 'en') out.lang = s.lang;
  if (s.enable && s.enable.length) out.enable = [...s.enable];
  if (s.disable && s.disable.length) out.disable = [...s.disable];
  return out;
}

/** The executable to start: the setting when set, else `soat` on PATH. */
export function serverCommand(s: SoatSettings): { command: string; args: string[] } {
  const command = s.path && s.path.trim() !== '' ? s.path.trim() : 'soat';
  return { command, args: ['lsp'] };
}

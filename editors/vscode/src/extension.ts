// soat for VS Code: starts `soat lsp` for Markdown and text drafts; shows a .docx as the text
// `soat extract` prints (read-only) with its findings; annotates a .docx with Word comments.
import { execFile } from 'child_process';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { EXTRACT_SCHEME, annotateArgs, annotatedPath, isDocx, serverCommand, serverSettings, SoatSettings } from './helpers';

let client: LanguageClient | undefined;

function settings(): SoatSettings {
  const c = vscode.workspace.getConfiguration('soat');
  return {
    path: c.get<string>('path'),
    profile: c.get<string | null>('profile'),
    lang: c.get<string | null>('lang'),
    enable: c.get<string[]>('enable'),
    disable: c.get<string[]>('disable'),
  };
}

function run(args: string[]): Promise<string> {
  const { command } = serverCommand(settings());
  return new Promise((resolve, reject) => {
    execFile(command, args, { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error && !stdout) reject(new Error(stderr || error.message));
      else resolve(stdout);
    });
  });
}

/** `soat-extract:/path/to/file.docx` shows the text of the .docx as the rules see it. */
class ExtractProvider implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    return run(['extract', uri.fsPath]);
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const { command, args } = serverCommand(settings());
  const serverOptions: ServerOptions = { command, args };
  const diagnostics = vscode.languages.createDiagnosticCollection('soat-docx');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', pattern: '**/.soat.yml' },
    ],
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.docx'),
        vscode.workspace.createFileSystemWatcher('**/.soat.yml'),
      ],
    },
    initializationOptions: serverSettings(settings()),
    middleware: {
      // Findings of a .docx: also shown on its extract view, whose lines they refer to.
      handleDiagnostics: (uri, found, next) => {
        if (isDocx(uri.fsPath)) diagnostics.set(uri.with({ scheme: EXTRACT_SCHEME }), found);
        next(uri, found);
      },
      workspace: {
        configuration: () => [serverSettings(settings())],
      },
    },
  };
  client = new LanguageClient('soat', 'soat', serverOptions, clientOptions);
  context.subscriptions.push(diagnostics);
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(EXTRACT_SCHEME, new ExtractProvider()));
  context.subscriptions.push(
    vscode.commands.registerCommand('soat.showExtract', async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target || !isDocx(target.fsPath)) return;
      const doc = await vscode.workspace.openTextDocument(target.with({ scheme: EXTRACT_SCHEME }));
      await vscode.window.showTextDocument(doc, { preview: true });
      // Ask the server for the findings: it lints a .docx it is told about.
      client?.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: target.with({ scheme: 'file' }).toString(), type: 2 }],
      });
    }),
    vscode.commands.registerCommand('soat.annotate', async (uri?: vscode.Uri) => {
      let target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (target && target.scheme === EXTRACT_SCHEME) target = target.with({ scheme: 'file' });
      if (!target || !isDocx(target.fsPath)) {
        vscode.window.showErrorMessage('soat: chọn một tệp .docx để chú thích');
        return;
      }
      const output = annotatedPath(target.fsPath);
      try {
        await run(annotateArgs(target.fsPath, output));
        vscode.window.showInformationMessage(`soat: đã ghi ${output}`);
      } catch (e) {
        vscode.window.showErrorMessage(`soat: ${(e as Error).message}`);
      }
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('soat')) client?.sendNotification('workspace/didChangeConfiguration', { settings: null });
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

// Debug type `tessera`: the adapter runs inline in the extension host; configurations come from
// debug/config.ts; a tracker tells the trace views when the program stops.
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { createInlineSession } from '@tessera/debug-adapter';
import { currentFileConfig, DEBUG_TYPE, resolveConfig, type ConfigContext, type LaunchConfig } from './config.js';

export interface DebugEvents {
  /** The debuggee stopped (breakpoint, step, pause, entry, exception). */
  onStopped(session: vscode.DebugSession): void;
  onEnded(session: vscode.DebugSession): void;
}

export function configContext(languageIds: readonly string[]): ConfigContext {
  const doc = vscode.window.activeTextEditor?.document;
  const conf = vscode.workspace.getConfiguration('tessera', doc?.uri);
  const ctx: ConfigContext = {
    languageIds,
    environment: conf.get<string>('environment', 'linux'),
    includePaths: conf.get<string[]>('includePaths', []),
  };
  if (doc && doc.uri.scheme === 'file') {
    ctx.active = { path: doc.uri.fsPath, languageId: doc.languageId };
    if (!vscode.workspace.getWorkspaceFolder(doc.uri)) ctx.cwd = dirname(doc.uri.fsPath);
  }
  return ctx;
}

export function registerDebugging(context: vscode.ExtensionContext, languageIds: () => readonly string[], events: DebugEvents): void {
  context.subscriptions.push(
    vscode.debug.registerDebugAdapterDescriptorFactory(DEBUG_TYPE, {
      createDebugAdapterDescriptor: () =>
        // The session speaks DAP through handleMessage/onDidSendMessage, as vscode.DebugAdapter.
        new vscode.DebugAdapterInlineImplementation(createInlineSession() as unknown as vscode.DebugAdapter),
    }),
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, {
      provideDebugConfigurations: () => {
        const c = currentFileConfig(configContext(languageIds()), true);
        return [c ?? { type: DEBUG_TYPE, request: 'launch', name: 'Debug the current assembly file', program: '${file}', stopOnEntry: true }];
      },
      resolveDebugConfiguration: async (_folder, given) => {
        const r = resolveConfig(given as Partial<LaunchConfig>, configContext(languageIds()));
        if ('error' in r) {
          await vscode.window.showInformationMessage(r.error);
          return undefined;
        }
        return r.config as vscode.DebugConfiguration;
      },
    }, vscode.DebugConfigurationProviderTriggerKind.Initial),
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, {
      provideDebugConfigurations: () => {
        const c = currentFileConfig(configContext(languageIds()));
        return c ? [c as vscode.DebugConfiguration] : [];
      },
    }, vscode.DebugConfigurationProviderTriggerKind.Dynamic),
    vscode.debug.registerDebugAdapterTrackerFactory(DEBUG_TYPE, {
      createDebugAdapterTracker: (session) => ({
        onDidSendMessage: (m: { type?: string; event?: string }) => {
          if (m.type === 'event' && m.event === 'stopped') events.onStopped(session);
        },
        onExit: () => events.onEnded(session),
      }),
    }),
    vscode.debug.onDidTerminateDebugSession((s) => {
      if (s.type === DEBUG_TYPE) events.onEnded(s);
    }),
  );
}

/** Debug File: the file (or the active editor's) with the settings, stopping at its entry. */
export async function debugFile(file: vscode.Uri, languageIds: readonly string[]): Promise<boolean> {
  const ctx = configContext(languageIds);
  ctx.active = { path: file.fsPath, languageId: ctx.active?.path === file.fsPath ? ctx.active.languageId : 'riscv-asm' };
  const config = currentFileConfig(ctx, true);
  if (!config) return false;
  config.name = `Debug ${vscode.workspace.asRelativePath(file)}`;
  return vscode.debug.startDebugging(vscode.workspace.getWorkspaceFolder(file), config as vscode.DebugConfiguration);
}

// Public entry of @tessera/debug-adapter: the session (for the VS Code extension to run inline
// with `new vscode.DebugAdapterInlineImplementation(createInlineSession())`), the launch
// attributes and the manifest contributions generated from them, and the standalone runner.
import { TesseraSession, type SessionOptions } from './session/session.js';

export { TesseraSession, type SessionOptions } from './session/session.js';
export { LAUNCH_ATTRIBUTES, DEFAULT_TRACE_HISTORY, parseLaunchArguments, type LaunchArguments, type LaunchAttribute, type AttributeType } from './session/launch-args.js';
export { debuggerContributions, launchSchema, DEBUG_TYPE, LANGUAGE_ID } from './session/contributes.js';
export { EXCEPTION_FILTERS } from './session/capabilities.js';
export { runStandalone, parseArgs } from './main.js';

/** A session for the extension host: messages in through handleMessage, out through onDidSendMessage. */
export function createInlineSession(options: SessionOptions = {}): TesseraSession {
  return new TesseraSession(options);
}

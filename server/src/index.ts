// The server as a library: start it on any connection (tests do, over in-memory streams), and
// the settings table the client's manifest is generated from.
export { startServer, type ServerContext } from './server.js';
export { SETTINGS, DEFAULT_SETTINGS, parseSettings, type TesseraSettings, type SettingDescription, type EnvironmentName } from './settings.js';
export { main } from './main.js';
export { SEMANTIC_TOKENS_LEGEND, TOKEN_TYPES, TOKEN_MODIFIERS, TOKEN_SUPERTYPES, RUN_COMMAND, DEBUG_COMMAND, CLIENT_COMMANDS } from './features/index.js';

// The debugger's expression language and console commands.
export { parseExpression, parseStatement, EvaluateError, type Expr } from './parse.js';
export { evaluate, evaluateExpr, evaluateStatement, formatValue, type EvalScope, type Evaluated } from './evaluate.js';
export { parseHitCondition, type HitCondition } from './hit-condition.js';
export { parseLogMessage, renderLogMessage, type LogPart } from './interpolate.js';
export { runCommand, type CommandHost, type CommandResult } from './commands.js';

// Variable references: each expandable thing shown in the Variables view (a scope, an array, a
// list of chips) gets a number until the next stop, when all are dropped (DAP lets references
// live only while the thread stays stopped).

import type { DebugProtocol } from '@vscode/debugprotocol';
import { ERROR, RequestError } from './request-error.js';

export interface VariableNode {
  /** What the node is, for messages ("Registers", "buf"). */
  readonly label: string;
  children(format: DebugProtocol.ValueFormat | undefined): DebugProtocol.Variable[];
  /** Sets a child by name; answers the new value's display. Absent: the node is read-only. */
  set?(name: string, value: string, format: DebugProtocol.ValueFormat | undefined): DebugProtocol.SetVariableResponse['body'];
  /** The runtime expression naming the memory of a child, for a data breakpoint; absent: none can be watched. */
  dataExpression?(name: string): string | undefined;
}

export class VariableStore {
  private nodes = new Map<number, VariableNode>();
  private next = 1;

  reset(): void {
    this.nodes.clear();
  }

  add(node: VariableNode): number {
    const ref = this.next++;
    this.nodes.set(ref, node);
    return ref;
  }

  get(command: string, ref: unknown): VariableNode {
    const node = typeof ref === 'number' ? this.nodes.get(ref) : undefined;
    if (!node) throw new RequestError(`${command}: unknown variables reference ${JSON.stringify(ref)} (references last until the program resumes)`, ERROR.unknownReference);
    return node;
  }
}

// Requests the server understands but must turn down answer with a ResponseError saying why.
import { ErrorCodes, ResponseError } from 'vscode-languageserver';

export function refuse(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidRequest, message);
}

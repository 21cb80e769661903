// What a real editor tells the server at `initialize`: VS Code's client capabilities (as
// vscode-languageclient 9-11 send them), so the server is exercised on the paths it takes in the
// editor — snippets in completion, markdown hover, hierarchical symbols, pull diagnostics,
// related information, relative patterns — not on a minimal client's fallbacks.
import type { ClientCapabilities } from 'vscode-languageserver-protocol/node';

const SYMBOL_KINDS = Array.from({ length: 26 }, (_, i) => i + 1) as (1 | 2)[];
const COMPLETION_KINDS = Array.from({ length: 25 }, (_, i) => i + 1) as (1 | 2)[];

export const SEMANTIC_TOKEN_TYPES = [
  'namespace', 'type', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'parameter', 'variable', 'property',
  'enumMember', 'event', 'function', 'method', 'macro', 'keyword', 'modifier', 'comment', 'string', 'number', 'regexp',
  'operator', 'decorator', 'label',
];
export const SEMANTIC_TOKEN_MODIFIERS = [
  'declaration', 'definition', 'readonly', 'static', 'deprecated', 'abstract', 'async', 'modification', 'documentation',
  'defaultLibrary',
];

export function vscodeLikeCapabilities(): ClientCapabilities {
  return {
    workspace: {
      applyEdit: true,
      workspaceEdit: {
        documentChanges: true,
        resourceOperations: ['create', 'rename', 'delete'],
        failureHandling: 'textOnlyTransactional',
        normalizesLineEndings: true,
        changeAnnotationSupport: { groupsOnLabel: true },
      },
      configuration: true,
      didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
      symbol: {
        dynamicRegistration: true,
        symbolKind: { valueSet: SYMBOL_KINDS },
        tagSupport: { valueSet: [1] },
        resolveSupport: { properties: ['location.range'] },
      },
      codeLens: { refreshSupport: true },
      executeCommand: { dynamicRegistration: true },
      didChangeConfiguration: { dynamicRegistration: true },
      workspaceFolders: true,
      semanticTokens: { refreshSupport: true },
      fileOperations: {
        dynamicRegistration: true, didCreate: true, didRename: true, didDelete: true, willCreate: true, willRename: true, willDelete: true,
      },
      inlineValue: { refreshSupport: true },
      inlayHint: { refreshSupport: true },
      diagnostics: { refreshSupport: true },
    },
    textDocument: {
      publishDiagnostics: {
        relatedInformation: true,
        versionSupport: true,
        tagSupport: { valueSet: [1, 2] },
        codeDescriptionSupport: true,
        dataSupport: true,
      },
      synchronization: { dynamicRegistration: true, willSave: true, willSaveWaitUntil: true, didSave: true },
      completion: {
        dynamicRegistration: true,
        contextSupport: true,
        completionItem: {
          snippetSupport: true,
          commitCharactersSupport: true,
          documentationFormat: ['markdown', 'plaintext'],
          deprecatedSupport: true,
          preselectSupport: true,
          tagSupport: { valueSet: [1] },
          insertReplaceSupport: true,
          resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] },
          insertTextModeSupport: { valueSet: [1, 2] },
          labelDetailsSupport: true,
        },
        insertTextMode: 2,
        completionItemKind: { valueSet: COMPLETION_KINDS },
        completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
      },
      hover: { dynamicRegistration: true, contentFormat: ['markdown', 'plaintext'] },
      signatureHelp: {
        dynamicRegistration: true,
        signatureInformation: {
          documentationFormat: ['markdown', 'plaintext'],
          parameterInformation: { labelOffsetSupport: true },
          activeParameterSupport: true,
        },
        contextSupport: true,
      },
      definition: { dynamicRegistration: true, linkSupport: true },
      references: { dynamicRegistration: true },
      documentHighlight: { dynamicRegistration: true },
      documentSymbol: {
        dynamicRegistration: true,
        symbolKind: { valueSet: SYMBOL_KINDS },
        hierarchicalDocumentSymbolSupport: true,
        tagSupport: { valueSet: [1] },
        labelSupport: true,
      },
      codeAction: {
        dynamicRegistration: true,
        isPreferredSupport: true,
        disabledSupport: true,
        dataSupport: true,
        resolveSupport: { properties: ['edit'] },
        codeActionLiteralSupport: {
          codeActionKind: {
            valueSet: ['', 'quickfix', 'refactor', 'refactor.extract', 'refactor.inline', 'refactor.rewrite', 'source', 'source.organizeImports'],
          },
        },
        honorsChangeAnnotations: true,
      },
      codeLens: { dynamicRegistration: true },
      formatting: { dynamicRegistration: true },
      rangeFormatting: { dynamicRegistration: true, rangesSupport: true },
      onTypeFormatting: { dynamicRegistration: true },
      rename: { dynamicRegistration: true, prepareSupport: true, prepareSupportDefaultBehavior: 1, honorsChangeAnnotations: true },
      documentLink: { dynamicRegistration: true, tooltipSupport: true },
      typeDefinition: { dynamicRegistration: true, linkSupport: true },
      implementation: { dynamicRegistration: true, linkSupport: true },
      colorProvider: { dynamicRegistration: true },
      foldingRange: {
        dynamicRegistration: true,
        rangeLimit: 5000,
        lineFoldingOnly: true,
        foldingRangeKind: { valueSet: ['comment', 'imports', 'region'] },
        foldingRange: { collapsedText: false },
      },
      declaration: { dynamicRegistration: true, linkSupport: true },
      selectionRange: { dynamicRegistration: true },
      callHierarchy: { dynamicRegistration: true },
      semanticTokens: {
        dynamicRegistration: true,
        tokenTypes: SEMANTIC_TOKEN_TYPES,
        tokenModifiers: SEMANTIC_TOKEN_MODIFIERS,
        formats: ['relative'],
        requests: { range: true, full: { delta: true } },
        multilineTokenSupport: false,
        overlappingTokenSupport: false,
        serverCancelSupport: true,
        augmentsSyntaxTokens: true,
      },
      linkedEditingRange: { dynamicRegistration: true },
      typeHierarchy: { dynamicRegistration: true },
      inlineValue: { dynamicRegistration: true },
      inlayHint: {
        dynamicRegistration: true,
        resolveSupport: { properties: ['tooltip', 'textEdits', 'label.tooltip', 'label.location', 'label.command'] },
      },
      diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
    },
    window: {
      showMessage: { messageActionItem: { additionalPropertiesSupport: true } },
      showDocument: { support: true },
      workDoneProgress: true,
    },
    general: {
      staleRequestSupport: {
        cancel: true,
        retryOnContentModified: ['textDocument/semanticTokens/full', 'textDocument/semanticTokens/range', 'textDocument/semanticTokens/full/delta'],
      },
      regularExpressions: { engine: 'ECMAScript', version: 'ES2020' },
      markdown: { parser: 'marked', version: '1.1.0' },
      positionEncodings: ['utf-16'],
    },
    notebookDocument: { synchronization: { dynamicRegistration: true, executionSummarySupport: true } },
  };
}

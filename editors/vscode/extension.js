// The qdsl extension for VS Code: starts `qdsl lsp` (the path from the qdsl.path setting) as a language client.
"use strict";

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function start() {
  const command = vscode.workspace.getConfiguration("qdsl").get("path") || "qdsl";
  const serverOptions = { command, args: ["lsp"], transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: [{ scheme: "file", language: "qdsl" }, { scheme: "untitled", language: "qdsl" }],
    outputChannelName: "qdsl",
  };
  client = new LanguageClient("qdsl", "qdsl language server", serverOptions, clientOptions);
  return client.start().catch((error) => {
    vscode.window.showErrorMessage(
      `qdsl: could not start '${command} lsp' (${error.message}). Set "qdsl.path" to the qdsl program.`
    );
  });
}

async function activate(context) {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("qdsl.path")) {
        if (client) await client.stop();
        await start();
      }
    })
  );
  await start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };

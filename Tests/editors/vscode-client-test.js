// Loads editors/vscode/extension.js with stand-ins for the `vscode` and `vscode-languageclient` modules (npm
// cannot be reached here) and checks that activating it starts `qdsl lsp` with the program from `qdsl.path`,
// for qdsl documents, and restarts the client when the setting changes. Run by .ci/run: node Tests/editors/vscode-client-test.js
"use strict";

const Module = require("module");
const path = require("path");
const assert = require("assert");

let setting = "/opt/qdsl/bin/qdsl";
let configurationListener = null;
const started = [];
let stopped = 0;

class LanguageClient {
  constructor(id, name, serverOptions, clientOptions) {
    Object.assign(this, { id, name, serverOptions, clientOptions });
  }
  start() {
    started.push(this);
    return Promise.resolve();
  }
  stop() {
    stopped += 1;
    return Promise.resolve();
  }
}

const stubs = {
  vscode: {
    workspace: {
      getConfiguration: (section) => ({ get: (key) => (section === "qdsl" && key === "path" ? setting : undefined) }),
      onDidChangeConfiguration: (listener) => {
        configurationListener = listener;
        return { dispose() {} };
      },
    },
    window: { showErrorMessage: (message) => assert.fail(message) },
  },
  "vscode-languageclient/node": { LanguageClient, TransportKind: { stdio: 0 } },
};
const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request in stubs) return stubs[request];
  return originalLoad.call(this, request, parent, isMain);
};

const extension = require(path.join(__dirname, "../../editors/vscode/extension.js"));
const manifest = require(path.join(__dirname, "../../editors/vscode/package.json"));

(async () => {
  const context = { subscriptions: [] };
  await extension.activate(context);
  assert.strictEqual(started.length, 1, "one client started");
  const client = started[0];
  assert.deepStrictEqual(client.serverOptions, { command: setting, args: ["lsp"], transport: 0 });
  assert.ok(client.clientOptions.documentSelector.some((s) => s.language === "qdsl"), "serves qdsl documents");
  assert.strictEqual(manifest.main, "./extension.js");
  assert.ok(manifest.activationEvents.includes("onLanguage:qdsl"));
  assert.strictEqual(manifest.contributes.configuration.properties["qdsl.path"].default, "qdsl");

  setting = "/usr/local/bin/qdsl";
  await configurationListener({ affectsConfiguration: (key) => key === "qdsl.path" });
  assert.strictEqual(stopped, 1, "the old client is stopped");
  assert.strictEqual(started.length, 2, "a new client is started");
  assert.strictEqual(started[1].serverOptions.command, "/usr/local/bin/qdsl");
  await extension.deactivate();
  assert.strictEqual(stopped, 2);
  console.log("ok: the VS Code client starts `qdsl lsp` from qdsl.path and restarts when it changes");
})().catch((error) => {
  console.error("FAILED:", error.message);
  process.exit(1);
});

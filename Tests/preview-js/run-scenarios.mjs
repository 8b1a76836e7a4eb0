// Runs every shared respondent scenario (Tests/Scenarios/*.scenarios.json) through the preview's
// JavaScript runtime (Sources/QDSLPreview/Resources/runtime.js) and compares the results with the same expectations the Swift
// reference evaluator is tested against (FormEvaluatorTests.swift). Usage, from the repository root:
//   node Tests/preview-js/run-scenarios.mjs
// Then compares the runtime with the Swift evaluator on random respondents (Tests/preview-js/random-respondents.json),
// and runs the shared cases of the matches() pattern dialect (Tests/Patterns/cases.json).
// Exits 1 and lists every disagreement when the runtime and the expectations differ.
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);
const R = require(join(root, "Sources/QDSLPreview/Resources/runtime.js"));

const dir = join(root, "Tests/Scenarios");
const files = readdirSync(dir).filter((f) => f.endsWith(".scenarios.json")).sort();
const failures = [];
let count = 0;

function fail(label, message) {
  failures.push(`${label}: ${message}`);
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function expectedCodes(items, variable, form) {
  const out = new Set();
  for (const item of items) {
    if (typeof item === "string") {
      const list = variable && variable.choices ? form.choices[variable.choices] : null;
      const o = list ? list.find((x) => x.name === item) : null;
      out.add(o ? o.code : Number.MIN_SAFE_INTEGER);
    } else if (typeof item === "number") {
      out.add(item);
    }
  }
  return out;
}

/** Whether a value matches its JSON expectation, as FormEvaluatorTests.matches. */
function matches(expected, actual, variable, form) {
  if (expected === null) return actual == null;
  if (actual == null) return false;
  if (typeof expected === "boolean") return actual.k === "b" && actual.v === expected;
  switch (actual.k) {
    case "n": return typeof expected === "number" && Math.abs(actual.v - expected) < 1e-9;
    case "t": return expected === actual.v;
    case "d": return expected === R.formatDate(actual.v);
    case "tm": return expected === R.formatTime(actual.v);
    case "dt": return expected === R.formatDateTime(actual.v);
    case "b": return false;
    case "c": {
      const s = expectedCodes([expected], variable, form);
      return s.size === 1 && s.has(actual.v);
    }
    case "s": {
      if (!Array.isArray(expected)) return false;
      const s = expectedCodes(expected, variable, form);
      return s.size === actual.v.size && [...s].every((c) => actual.v.has(c));
    }
    case "r": {
      if (!Array.isArray(expected) || expected.length !== actual.v.length) return false;
      return expected.every((e, i) => {
        const s = expectedCodes([e], variable, form);
        return s.size === 1 && s.has(actual.v[i]);
      });
    }
  }
  return false;
}

/** The question, grid or note with this id, searched in document order. */
function findItem(items, id) {
  for (const item of items) {
    if ((item.kind === "question" || item.kind === "grid" || item.kind === "note") && item.id === id) return item;
    const inner = item.items ? [item.items] : item.branches ? item.branches.map((b) => b.items) : [];
    for (const list of inner) {
      const found = findItem(list, id);
      if (found) return found;
    }
  }
  return null;
}

/** The variable of an id or instance path (`crop[2].crop_code` is crop_code). */
function variableOf(form, id) {
  const split = R.splitPath(id);
  return form._byName[split ? split.name : id];
}

function show(v) {
  if (v == null) return "missing";
  if (v.k === "s") return JSON.stringify({ k: "s", v: [...v.v] });
  return JSON.stringify(v);
}

for (const file of files) {
  const json = JSON.parse(readFileSync(join(dir, file), "utf8"));
  const form = R.prepare(JSON.parse(readFileSync(join(root, json.form), "utf8")));
  for (const scenario of json.scenarios) {
    count += 1;
    const label = `${file} / ${scenario.name}`;
    let answers;
    try {
      answers = R.answersFromJSON(form, scenario.answers || {});
    } catch (e) {
      fail(label, `answers: ${e.message}`);
      continue;
    }
    const today = R.parseDate(scenario.today || json.today || "2024-06-15");
    const language = scenario.language || json.language;
    const seed = scenario.seed ?? json.seed ?? 0;
    const nowText = scenario.now || json.now;
    const collector = { now: nowText ? R.parseDateTime(nowText) : null };
    const result = R.evaluate(form, answers, language, today, seed, collector);
    const expect = scenario.expect || {};
    for (const [id, expected] of Object.entries(expect.orders || {})) {
      if (result.orders[id] !== expected) fail(label, `order ${id} is ${result.orders[id]}, expected ${expected}`);
    }
    if (expect.shown && !same(result.shown, expect.shown)) {
      fail(label, `shown\n  expected ${expect.shown.join(" ")}\n  actual   ${result.shown.join(" ")}`);
    }
    for (const id of expect.shownIncludes || []) if (!result.shown.includes(id)) fail(label, `${id} should be shown`);
    for (const id of expect.hidden || []) if (result.shown.includes(id)) fail(label, `${id} should be hidden`);
    if ("end" in expect) {
      const e = expect.end;
      const actual = result.end ? { index: result.end.index, message: result.end.message } : null;
      if (!same(actual, e ? { index: e.index, message: e.message } : null)) {
        fail(label, `end: expected ${JSON.stringify(e)}, actual ${JSON.stringify(actual)}`);
      }
    }
    if (expect.failedChecks) {
      // A soft check is expected with "soft": true.
      const expected = expect.failedChecks.map((c) => `${c.question}: ${c.message}${c.soft ? " (soft)" : ""}`);
      const actual = result.failedChecks.map((c) => `${c.question}: ${c.message}${c.soft ? " (soft)" : ""}`);
      if (!same(actual, expected)) fail(label, `failed checks\n  expected ${expected}\n  actual   ${actual}`);
    }
    // The wording shown: the first text variant that holds, else the item's text (FormEvaluator.shownText).
    for (const [path, expected] of Object.entries(expect.texts || {})) {
      const split = R.splitPath(path);
      const iteration = split && split.steps.length ? path.slice(0, path.lastIndexOf("].") + 1) : "";
      const found = findItem(form.items, split ? split.name : path);
      if (!found) {
        fail(label, `no item ${path}`);
        continue;
      }
      const ex = iteration ? R.at(form, result, iteration, today) : null;
      const text = R.fill(form, R.shownText(found, result, path), result.language, result.values, ex);
      if (text !== expected) fail(label, `the text of ${path} is ${JSON.stringify(text)}, expected ${JSON.stringify(expected)}`);
    }
    if (expect.defaulted && !same(result.defaulted, expect.defaulted)) {
      fail(label, `answers that took their default: expected ${expect.defaulted}, actual ${result.defaulted}`);
    }
    if (expect.requiredUnanswered && !same(result.requiredUnanswered, expect.requiredUnanswered)) {
      fail(label, `required unanswered: expected ${expect.requiredUnanswered}, actual ${result.requiredUnanswered}`);
    }
    if (expect.invalidAnswers) {
      const expected = expect.invalidAnswers.map((a) => `${a.name}: ${a.problem}`);
      const actual = result.invalidAnswers.map((a) => `${a.name}: ${a.problem}`);
      if (!same(actual, expected)) fail(label, `invalid answers: expected ${expected}, actual ${actual}`);
    }
    if (expect.ignoredAnswers && !same(result.ignoredAnswers, expect.ignoredAnswers)) {
      fail(label, `ignored answers: expected ${expect.ignoredAnswers}, actual ${result.ignoredAnswers}`);
    }
    for (const [id, expected] of Object.entries(expect.calculates || {})) {
      const c = result.calculates.find((x) => x.id === id);
      if (!c) fail(label, `${id} is not a calculate`);
      else if (!matches(expected, c.value, variableOf(form, id), form)) {
        fail(label, `calculate ${id} is ${show(c.value)}, expected ${JSON.stringify(expected)}`);
      }
    }
    for (const [id, expected] of Object.entries(expect.values || {})) {
      const v = Object.prototype.hasOwnProperty.call(result.values, id) ? result.values[id] : null;
      if (!matches(expected, v, variableOf(form, id), form)) {
        fail(label, `${id} is ${show(v)}, expected ${JSON.stringify(expected)}`);
      }
    }
  }
}

// Numbers in pipes: the same text as FormValue.format (the table is also in PreviewPageTests.swift).
const numberTexts = [
  [12, "12"], [-0.5, "-0.5"], [38.25, "38.25"], [0, "0"], [1e-5, "1e-05"], [0.0001, "0.0001"],
  [0.00012345, "0.00012345"], [1.5e15, "1500000000000000.0"], [1e15 + 0.5, "1000000000000000.5"],
  [1.5e16, "1.5e+16"], [2.5e17, "2.5e+17"], [9007199254740992, "9007199254740992.0"], [1e16, "1e+16"],
  [123456.789, "123456.789"], [-0.5e-7, "-5e-08"], [1e300, "1e+300"], [5e-324, "5e-324"], [0.1 + 0.2, "0.30000000000000004"],
];
for (const [x, text] of numberTexts) {
  if (R.formatNumber(x) !== text) fail("numbers", `${x} pipes as ${R.formatNumber(x)}, expected ${text}`);
}

// The differential corpus: random respondents with the Swift evaluator's results (RandomRespondentTests.swift).
const corpus = JSON.parse(readFileSync(join(root, "Tests/preview-js/random-respondents.json"), "utf8"));
let randomCount = 0;
for (const entry of corpus.forms) {
  const form = R.prepare(JSON.parse(readFileSync(join(root, entry.form), "utf8")));
  const today = R.parseDate(corpus.today);
  entry.respondents.forEach((r, i) => {
    randomCount += 1;
    const label = `random respondent ${i} of ${entry.form}`;
    let answers;
    try {
      answers = R.answersFromJSON(form, r.answers);
    } catch (e) {
      fail(label, `answers: ${e.message}`);
      return;
    }
    const result = R.evaluate(form, answers, r.language, today);
    if (!same(result.shown, r.shown)) fail(label, `shown\n  swift ${r.shown.join(" ")}\n  js    ${result.shown.join(" ")}`);
    const end = result.end ? { index: result.end.index, message: result.end.message } : null;
    if (!same(end, r.end)) fail(label, `end: swift ${JSON.stringify(r.end)}, js ${JSON.stringify(end)}`);
    const checks = result.failedChecks.map((c) => `${c.question}: ${c.message}${c.soft ? " (soft)" : ""}`);
    if (!same(checks, r.failedChecks)) fail(label, `failed checks: swift ${r.failedChecks}, js ${checks}`);
    if (!same(result.requiredUnanswered, r.requiredUnanswered)) fail(label, "required unanswered differ");
    if (result.invalidAnswers.length) fail(label, `invalid answers: ${JSON.stringify(result.invalidAnswers)}`);
    for (const c of result.calculates) {
      if (!matches(r.calculates[c.id], c.value, variableOf(form, c.id), form)) {
        fail(label, `calculate ${c.id}: swift ${JSON.stringify(r.calculates[c.id])}, js ${show(c.value)}`);
      }
    }
  });
}
console.log(`${randomCount} random respondents compared with the Swift evaluator`);

// The pattern dialect of matches(): the cases the Swift matcher (PatternTests.swift) and JavaRosa
// (Tests/xform-javarosa/patterns.py) run too, hand-written and random (random.json holds the Swift matcher's results).
const patternCases = JSON.parse(readFileSync(join(root, "Tests/Patterns/cases.json"), "utf8")).concat(
  JSON.parse(readFileSync(join(root, "Tests/Patterns/random.json"), "utf8")),
);
const ex = new R.Expressions({}, 0, null);
for (const c of patternCases) {
  const v = ex.value({ op: "matches", args: [{ text: c.text }, { text: c.pattern }] });
  if (!v || v.k !== "b" || v.v !== c.matches) {
    fail(`pattern ${JSON.stringify(c.pattern)}`, `on ${JSON.stringify(c.text)} expected ${c.matches}, got ${JSON.stringify(v)}`);
  }
}
if (patternCases.length < 1600) failures.push(`too few pattern cases: ${patternCases.length}`);
console.log(`${patternCases.length} pattern cases compared`);
if (randomCount < 300) failures.push(`too few random respondents: ${randomCount}`);

if (files.length < 4 || count < 20) failures.push(`too few scenarios: ${files.length} files, ${count} scenarios`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`${count} scenarios in ${files.length} files: ${failures.length === 0 ? "all agree" : `${failures.length} disagreements`}`);
process.exit(failures.length === 0 ? 0 : 1);

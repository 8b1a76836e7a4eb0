// Generated from Grammar/preview/*.js and *.css by `QDSL_BLESS=1 swift test --filter PreviewPageTests`; do not edit.
// swift-format-ignore-file

/// The JavaScript and CSS of `qdsl preview` pages, embedded so that the page needs no files beside it.
package enum PreviewAssets {
  /// Grammar/preview/runtime.js
  package static let runtime = ##"""
// qdsl preview runtime: the interview logic of the form JSON ("qdsl-form/1") in plain JavaScript, following the
// Swift reference evaluator (Sources/QDSLCompiler/FormEvaluator.swift, FormExpressionEvaluator.swift) rule for
// rule, the missing-value rule included: a comparison with a missing operand is false. No DOM here; page.js
// draws the page, and Tests/preview-js/run-scenarios.mjs runs the shared respondent scenarios through it.
//
// Values: a missing value is null. Otherwise {k: "n", v: number} | {k: "t", v: string} | {k: "d", v: days}
// | {k: "c", v: code} | {k: "s", v: Set of codes} | {k: "b", v: boolean}. Answers use the same shapes, with a
// date answer as {k: "d", v: "YYYY-MM-DD"} (a string, checked when accepted).
"use strict";

var QDSLRuntime = (function () {
  // MARK: dates (days from 1970-01-01, proleptic Gregorian, as FormDate.swift)

  function daysInMonth(year, month) {
    if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    if (month === 4 || month === 6 || month === 9 || month === 11) return 30;
    return 31;
  }

  function daysFromCivil(year, month, day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    var y = month <= 2 ? year - 1 : year;
    var era = Math.trunc((y >= 0 ? y : y - 399) / 400);
    var yearOfEra = y - era * 400;
    var dayOfYear = Math.trunc((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    var dayOfEra = yearOfEra * 365 + Math.trunc(yearOfEra / 4) - Math.trunc(yearOfEra / 100) + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
  }

  /** Days of exactly "YYYY-MM-DD", or null. */
  function parseDate(s) {
    if (typeof s !== "string" || !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(s)) return null;
    return daysFromCivil(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10));
  }

  function formatDate(days) {
    var z = days + 719468;
    var era = Math.trunc((z >= 0 ? z : z - 146096) / 146097);
    var doe = z - era * 146097;
    var yoe = Math.trunc((doe - Math.trunc(doe / 1460) + Math.trunc(doe / 36524) - Math.trunc(doe / 146096)) / 365);
    var doy = doe - (365 * yoe + Math.trunc(yoe / 4) - Math.trunc(yoe / 100));
    var mp = Math.trunc((5 * doy + 2) / 153);
    var d = doy - Math.trunc((153 * mp + 2) / 5) + 1;
    var m = mp < 10 ? mp + 3 : mp - 9;
    var y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    function pad(v, w) {
      var t = String(v);
      while (t.length < w) t = "0" + t;
      return t;
    }
    return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2);
  }

  /** Today in the local time zone, as days. */
  function todayDays() {
    var now = new Date();
    return daysFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }

  // MARK: numbers as pipes show them (FormValue.format: whole numbers bare, others as Swift's description)

  function formatNumber(x) {
    if (x === Math.round(x) && Math.abs(x) < 1e15) return String(x === 0 ? 0 : x);
    // Swift writes the shortest round-tripping digits, in exponent form below 1e-4 and from 1e16 up.
    var e = x.toExponential();
    var parts = e.split("e");
    var exp = +parts[1];
    var sign = parts[0][0] === "-" ? "-" : "";
    var digits = parts[0].replace("-", "").replace(".", "");
    if (exp < -4 || exp >= 16) {
      var mant = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
      var ee = Math.abs(exp) < 10 ? "0" + Math.abs(exp) : String(Math.abs(exp));
      return sign + mant + "e" + (exp < 0 ? "-" : "+") + ee;
    }
    if (exp < 0) return sign + "0." + "0".repeat(-exp - 1) + digits;
    if (digits.length <= exp + 1) return sign + digits + "0".repeat(exp + 1 - digits.length) + ".0";
    return sign + digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
  }

  // MARK: texts

  /** The template of a text in `language`, else in the first fallback that has one (tags ignore case). */
  function template(text, language, fallbacks) {
    if (!text) return null;
    var tags = (language != null ? [language] : []).concat(fallbacks || []);
    for (var i = 0; i < tags.length; i++) {
      var tag = tags[i];
      if (Object.prototype.hasOwnProperty.call(text, tag)) return text[tag];
      var lower = tag.toLowerCase();
      for (var key in text) {
        if (Object.prototype.hasOwnProperty.call(text, key) && key.toLowerCase() === lower) return text[key];
      }
    }
    return null;
  }

  function isNameChar(c) {
    return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c === "_" || c === ".";
  }

  /** `{name}` → pipe(name), `{{` → `{`, `}}` → `}`; any other brace stays (FormTemplate.fill). */
  function fillTemplate(tpl, pipe) {
    var s = Array.from(tpl);
    var out = "";
    var i = 0;
    while (i < s.length) {
      var c = s[i];
      if ((c === "{" || c === "}") && i + 1 < s.length && s[i + 1] === c) {
        out += c;
        i += 2;
        continue;
      }
      if (c === "{") {
        var close = s.indexOf("}", i + 1);
        if (close > i + 1) {
          var ok = true;
          for (var j = i + 1; j < close; j++) if (!isNameChar(s[j])) ok = false;
          if (ok) {
            out += pipe(s.slice(i + 1, close).join(""));
            i = close + 1;
            continue;
          }
        }
      }
      out += c;
      i += 1;
    }
    return out;
  }

  function pipes(tpl) {
    var names = [];
    fillTemplate(tpl, function (n) {
      names.push(n);
      return "";
    });
    return names;
  }

  // MARK: the form: variables, lists, and a key for every `if` and item

  /** Prepares a decoded form JSON object: variables by name, lists by name, parents and keys on the items. */
  function prepare(form) {
    if (form._prepared) return form;
    var lists = {};
    for (var name in form.choices) lists[name] = form.choices[name];
    var variables = [];
    var byName = {};
    var ifs = 0;
    var ends = 0;
    function add(v) {
      variables.push(v);
      byName[v.name] = v;
    }
    function listOf(e) {
      if (e.code !== undefined) return e.choices;
      if (e["var"] !== undefined) return byName[e["var"]] ? byName[e["var"]].choices : null;
      if (e.op === "coalesce") {
        for (var i = 0; i < e.args.length; i++) {
          var l = listOf(e.args[i]);
          if (l) return l;
        }
      }
      return null;
    }
    // `path` lists the enclosing branches as {node, branch} from the outermost in.
    function walk(items, path) {
      items.forEach(function (item) {
        Object.defineProperty(item, "_path", { value: path, enumerable: false });
        switch (item.kind) {
          case "section":
            walk(item.items, path);
            break;
          case "if":
            Object.defineProperty(item, "_key", { value: ifs++, enumerable: false });
            item.branches.forEach(function (b, i) {
              walk(b.items, path.concat([{ node: item, branch: i }]));
            });
            break;
          case "question":
            add({
              name: item.id, kind: "question", type: item.type, item: item,
              choices: item.type === "one" || item.type === "many" ? item.choices : null, required: item.required,
            });
            break;
          case "grid":
            item.rows.forEach(function (row) {
              add({ name: row.id, kind: "gridRow", type: "one", item: item, row: row, choices: item.choices,
                required: item.required });
            });
            break;
          case "calculate":
            add({ name: item.id, kind: "calculate", type: item.type, item: item,
              choices: item.type === "one" ? listOf(item.formula) : null, required: false });
            break;
          case "end":
            Object.defineProperty(item, "_index", { value: ends++, enumerable: false });
            break;
        }
      });
    }
    walk(form.items, []);
    Object.defineProperty(form, "_prepared", { value: true, enumerable: false });
    Object.defineProperty(form, "_lists", { value: lists, enumerable: false });
    Object.defineProperty(form, "_variables", { value: variables, enumerable: false });
    Object.defineProperty(form, "_byName", { value: byName, enumerable: false });
    return form;
  }

  function option(form, list, code) {
    var l = form._lists[list];
    if (!l) return null;
    for (var i = 0; i < l.length; i++) if (l[i].code === code) return l[i];
    return null;
  }

  function optionNamed(form, list, name) {
    var l = form._lists[list];
    if (!l) return null;
    for (var i = 0; i < l.length; i++) if (l[i].name === name) return l[i];
    return null;
  }

  // MARK: expressions (FormExpressionEvaluator)

  function equal(a, b) {
    if (a == null || b == null || a.k !== b.k) return null;
    if (a.k === "n" || a.k === "c" || a.k === "d" || a.k === "b" || a.k === "t") return a.v === b.v;
    return null;
  }

  function order(a, b) {
    if (a == null || b == null || a.k !== b.k) return null;
    if (a.k === "n" || a.k === "c" || a.k === "d") return a.v < b.v ? -1 : a.v === b.v ? 0 : 1;
    return null;
  }

  function Expressions(values, today) {
    this.values = values;
    this.today = today;
  }

  Expressions.prototype.holds = function (e) {
    var v = this.value(e);
    return v != null && v.k === "b" && v.v === true;
  };

  Expressions.prototype.value = function (e) {
    if (e["var"] !== undefined) return Object.prototype.hasOwnProperty.call(this.values, e["var"]) ? this.values[e["var"]] : null;
    if (e.code !== undefined) return { k: "c", v: e.code };
    if (e.number !== undefined) return { k: "n", v: e.number };
    if (e.text !== undefined) return { k: "t", v: e.text };
    if (e.bool !== undefined) return { k: "b", v: e.bool };
    return this.apply(e.op, e.args || []);
  };

  Expressions.prototype.apply = function (op, args) {
    var self = this;
    function arg(i) {
      return i < args.length ? self.value(args[i]) : null;
    }
    function cond(i) {
      return i < args.length && self.holds(args[i]);
    }
    function bool(b) {
      return { k: "b", v: b };
    }
    var c, a, b, x;
    switch (op) {
      case "or": return bool(cond(0) || cond(1));
      case "and": return bool(cond(0) && cond(1));
      case "not": return bool(!cond(0));
      case "==": c = equal(arg(0), arg(1)); return bool(c === null ? false : c);
      case "!=": c = equal(arg(0), arg(1)); return bool(c === null ? false : !c);
      case "<": c = order(arg(0), arg(1)); return bool(c !== null && c < 0);
      case "<=": c = order(arg(0), arg(1)); return bool(c !== null && c <= 0);
      case ">": c = order(arg(0), arg(1)); return bool(c !== null && c > 0);
      case ">=": c = order(arg(0), arg(1)); return bool(c !== null && c >= 0);
      case "in": {
        x = arg(0);
        if (x == null || args.length !== 2) return bool(false);
        var candidates = args[1].op === "list" ? args[1].args : [args[1]];
        for (var i = 0; i < candidates.length; i++) if (equal(x, self.value(candidates[i])) === true) return bool(true);
        return bool(false);
      }
      case "contains":
        a = arg(0);
        b = arg(1);
        if (a == null || a.k !== "s" || b == null || b.k !== "c") return bool(false);
        return bool(a.v.has(b.v));
      case "+": case "-": case "*": case "/":
        return arithmetic(op, arg(0), arg(1));
      case "neg":
        a = arg(0);
        return a != null && a.k === "n" ? { k: "n", v: -a.v } : null;
      case "list": return null;
      case "count":
        a = arg(0);
        return { k: "n", v: a != null && a.k === "s" ? a.v.size : 0 };
      case "answered": return bool(arg(0) != null);
      case "length":
        a = arg(0);
        return a != null && a.k === "t" ? { k: "n", v: Array.from(a.v).length } : null;
      case "date": {
        a = arg(0);
        if (a == null || a.k !== "t") return null;
        var d = parseDate(a.v);
        return d === null ? null : { k: "d", v: d };
      }
      case "today": return { k: "d", v: self.today };
      case "coalesce":
        a = arg(0);
        return a != null ? a : arg(1);
      case "number": return { k: "n", v: cond(0) ? 1 : 0 };
      case "round":
        a = arg(0);
        if (a == null || a.k !== "n") return null;
        return { k: "n", v: a.v < 0 ? -Math.round(-a.v) : Math.round(a.v) };
      case "min": case "max":
        a = arg(0);
        b = arg(1);
        c = order(a, b);
        if (c === null) return null;
        return (op === "min") === (c <= 0) ? a : b;
    }
    return null;
  };

  function arithmetic(op, a, b) {
    if (op === "-" && a != null && b != null && a.k === "d" && b.k === "d") return { k: "n", v: a.v - b.v };
    if (a == null || b == null || a.k !== "n" || b.k !== "n") return null;
    var r;
    if (op === "+") r = a.v + b.v;
    else if (op === "-") r = a.v - b.v;
    else if (op === "*") r = a.v * b.v;
    else {
      if (b.v === 0) return null;
      r = a.v / b.v;
    }
    return isFinite(r) ? { k: "n", v: r } : null;
  }

  // MARK: answers

  /** The value an answer gives a variable: {value} or {problem} (FormEvaluator.accept). */
  function accept(form, answer, variable) {
    if (variable.kind === "calculate") return { problem: "notAQuestion" };
    var q = variable.kind === "gridRow" ? null : variable.item;
    var type = variable.type;
    var x = answer.v;
    if ((type === "integer" || type === "decimal") && answer.k === "n") {
      if (!isFinite(x)) return { problem: type === "integer" ? "notAWholeNumber" : "outOfRange" };
      if (type === "integer" && x !== Math.round(x)) return { problem: "notAWholeNumber" };
      if ((q.min != null && x < q.min) || (q.max != null && x > q.max)) return { problem: "outOfRange" };
      return { value: { k: "n", v: x } };
    }
    if (type === "text" && answer.k === "t") {
      if (x === "") return { value: null };
      if (q.maxLength != null && Array.from(x).length > q.maxLength) return { problem: "tooLong" };
      return { value: { k: "t", v: x } };
    }
    if (type === "date" && answer.k === "d") {
      var d = parseDate(x);
      return d === null ? { problem: "notADate" } : { value: { k: "d", v: d } };
    }
    if (type === "one" && answer.k === "c") {
      return option(form, variable.choices, x) ? { value: { k: "c", v: x } } : { problem: "unknownOption" };
    }
    if (type === "many" && answer.k === "s") {
      if (x.size === 0) return { value: null };
      var exclusive = false;
      var unknown = false;
      x.forEach(function (code) {
        var o = option(form, variable.choices, code);
        if (!o) unknown = true;
        else if (o.exclusive) exclusive = true;
      });
      if (unknown) return { problem: "unknownOption" };
      if (x.size > 1 && exclusive) return { problem: "exclusiveWithOthers" };
      return { value: { k: "s", v: new Set(x) } };
    }
    return { problem: "wrongType" };
  }

  /** Answers from a JSON object (FormModel.answers(fromJSONObject:)); throws an Error naming the bad key. */
  function answersFromJSON(form, object) {
    prepare(form);
    if (object === null || typeof object !== "object" || Array.isArray(object)) throw new Error("expected an object");
    var out = {};
    Object.keys(object).sort().forEach(function (name) {
      var node = object[name];
      if (node === null) return;
      var variable = form._byName[name];
      function fail(message) {
        throw new Error(name + ": " + message);
      }
      function code(n, list) {
        if (typeof n === "string") {
          var o = optionNamed(form, list, n);
          if (!o) fail('no option "' + n + '" in the list "' + list + '"');
          return o.code;
        }
        if (typeof n !== "number" || n !== Math.round(n)) fail("expected a whole number");
        return n;
      }
      function number(n) {
        if (typeof n !== "number" || !isFinite(n)) fail("expected a number");
        return n;
      }
      function string(n) {
        if (typeof n !== "string") fail("expected a string");
        return n;
      }
      function array(n) {
        if (!Array.isArray(n)) fail("expected an array");
        return n;
      }
      var kind = variable ? (variable.kind === "calculate" ? "calculate" : variable.type) : null;
      if (kind === "date") out[name] = { k: "d", v: string(node) };
      else if (kind === "text") out[name] = { k: "t", v: string(node) };
      else if (kind === "integer" || kind === "decimal") out[name] = { k: "n", v: number(node) };
      else if (kind === "one") out[name] = { k: "c", v: code(node, variable.choices) };
      else if (kind === "many") out[name] = { k: "s", v: new Set(array(node).map(function (n) { return code(n, variable.choices); })) };
      else if (typeof node === "string") out[name] = { k: "t", v: node };
      else if (Array.isArray(node)) out[name] = { k: "s", v: new Set(node.map(function (n) { return code(n, null); })) };
      else out[name] = { k: "n", v: number(node) };
    });
    return out;
  }

  // MARK: pipes

  function optionLabel(form, option, language) {
    var t = template(option.label, language, form.languages);
    return t === null ? option.name : fillTemplate(t, function () { return ""; });
  }

  /** How a pipe shows a value (FormEvaluator.pipeText). */
  function pipeText(form, name, value, language) {
    if (value == null) return "";
    var variable = form._byName[name];
    var list = variable && variable.choices ? form._lists[variable.choices] : null;
    function label(code) {
      var o = list ? list.filter(function (x) { return x.code === code; })[0] : null;
      return o ? optionLabel(form, o, language) : String(code);
    }
    switch (value.k) {
      case "n": return formatNumber(value.v);
      case "t": return value.v;
      case "d": return formatDate(value.v);
      case "b": return value.v ? "true" : "false";
      case "c": return label(value.v);
      case "s": {
        var ordered = list
          ? list.map(function (o) { return o.code; }).filter(function (c) { return value.v.has(c); })
          : Array.from(value.v).sort(function (a, b) { return a - b; });
        return ordered.map(label).join(", ");
      }
    }
    return "";
  }

  /** A text in `language` with pipes filled from `values`; "" when it has no template. */
  function fill(form, text, language, values) {
    var t = template(text, language, form.languages);
    if (t === null) return "";
    return fillTemplate(t, function (name) {
      return pipeText(form, name, Object.prototype.hasOwnProperty.call(values, name) ? values[name] : null, language);
    });
  }

  // MARK: the interview (FormEvaluator.evaluate)

  /**
   * Evaluates a form for one respondent: `answers` by name, `language` (default the source language), `today`
   * as days (default: today). Besides what the Swift evaluator returns, `branches` gives, per `if` key reached,
   * the index of the branch taken (-1 for none), for the designer panel.
   */
  function evaluate(form, answers, language, today) {
    prepare(form);
    var lang = language != null ? language : form.languages[0] || "";
    var ex = new Expressions({}, today != null ? today : todayDays());
    var shown = [];
    var end = null;
    var failedChecks = [];
    var requiredUnanswered = [];
    var invalidAnswers = [];
    var reached = {};
    var branches = {};

    function fillNow(text) {
      return fill(form, text, lang, ex.values);
    }

    function answer(name, required) {
      reached[name] = true;
      var value = null;
      var variable = form._byName[name];
      if (Object.prototype.hasOwnProperty.call(answers, name) && answers[name] != null && variable) {
        var r = accept(form, answers[name], variable);
        if (r.problem) invalidAnswers.push({ name: name, problem: r.problem });
        else value = r.value;
      }
      if (value != null) ex.values[name] = value;
      else delete ex.values[name];
      if (value == null && required) requiredUnanswered.push(name);
    }

    function walk(items) {
      for (var i = 0; i < items.length; i++) {
        if (end) return;
        var item = items[i];
        switch (item.kind) {
          case "section":
            shown.push(item.id);
            walk(item.items);
            break;
          case "question":
            shown.push(item.id);
            answer(item.id, item.required);
            if (ex.values[item.id] != null) {
              item.checks.forEach(function (check, n) {
                if (!ex.holds(check.condition)) {
                  failedChecks.push({ question: item.id, check: n, source: check.source, message: fillNow(check.message) });
                }
              });
            }
            break;
          case "grid":
            shown.push(item.id);
            item.rows.forEach(function (row) { answer(row.id, item.required); });
            break;
          case "calculate":
            shown.push(item.id);
            reached[item.id] = true;
            var v = ex.value(item.formula);
            if (v != null) ex.values[item.id] = v;
            else delete ex.values[item.id];
            break;
          case "note":
            shown.push(item.id);
            break;
          case "if": {
            var taken = -1;
            for (var b = 0; b < item.branches.length; b++) {
              var c = item.branches[b].condition;
              if (c == null || ex.holds(c)) {
                taken = b;
                break;
              }
            }
            branches[item._key] = taken;
            if (taken >= 0) walk(item.branches[taken].items);
            break;
          }
          case "end":
            end = { index: item._index, message: fillNow(item.message) };
            break;
        }
      }
    }
    walk(form.items);

    var ignoredAnswers = [];
    Object.keys(answers).sort().forEach(function (name) {
      if (answers[name] == null) return;
      var variable = form._byName[name];
      if (!variable) invalidAnswers.push({ name: name, problem: "unknownVariable" });
      else if (variable.kind === "calculate") invalidAnswers.push({ name: name, problem: "notAQuestion" });
      else if (!reached[name]) ignoredAnswers.push(name);
    });
    var calculates = form._variables
      .filter(function (v) { return v.kind === "calculate"; })
      .map(function (v) { return { id: v.name, value: ex.values[v.name] != null ? ex.values[v.name] : null }; });
    return {
      language: lang, shown: shown, end: end, failedChecks: failedChecks, requiredUnanswered: requiredUnanswered,
      invalidAnswers: invalidAnswers, ignoredAnswers: ignoredAnswers, calculates: calculates, values: ex.values,
      branches: branches,
    };
  }

  /**
   * Why an item is not shown in an evaluation: {kind: "ended", end} when the interview stopped before it, or
   * {kind: "condition", branch, source, taken} for the outermost branch around it that was not taken (taken is
   * the branch taken instead, or -1). Null when nothing explains it (it is shown).
   */
  function whyHidden(item, result) {
    var path = item._path || [];
    for (var i = 0; i < path.length; i++) {
      var step = path[i];
      var taken = result.branches[step.node._key];
      if (taken === undefined) break;
      if (taken !== step.branch) {
        return { kind: "condition", node: step.node, branch: step.branch, taken: taken };
      }
    }
    if (result.end) return { kind: "ended", end: result.end };
    return null;
  }

  /** The universe of an item as qdsl sources: each enclosing branch's condition, and "not (…)" of the earlier branches. */
  function universe(item) {
    var out = [];
    (item._path || []).forEach(function (step) {
      var branches = step.node.branches;
      for (var j = 0; j < step.branch; j++) {
        out.push({ source: "not (" + branches[j].source + ")", condition: branches[j].condition, negate: true });
      }
      var b = branches[step.branch];
      if (b.condition != null) out.push({ source: b.source, condition: b.condition, negate: false });
    });
    return out;
  }

  return {
    prepare: prepare, evaluate: evaluate, accept: accept, answersFromJSON: answersFromJSON, fill: fill,
    pipeText: pipeText, template: template, fillTemplate: fillTemplate, pipes: pipes, parseDate: parseDate,
    formatDate: formatDate, formatNumber: formatNumber, todayDays: todayDays, whyHidden: whyHidden,
    universe: universe, Expressions: Expressions, option: option,
  };
})();

if (typeof module !== "undefined" && module.exports) module.exports = QDSLRuntime;
"""##

  /// Grammar/preview/page.js
  package static let page = ##"""
// qdsl preview page: draws the interview of the embedded form JSON with runtime.js and keeps it live. Every
// change of an answer (or of the language) re-runs the whole interview from the start, as docs/outputs.md asks
// of a runtime, and shows or hides each item from the result. The designer panel shows the data row, the
// universe of the focused item and why each hidden item is hidden.
//
// Test hooks: the URL hash may say `lang=sv` and `answer.NAME=VALUE` (an option name, several joined by ",",
// a number, a text or a date); they are applied through the same controls a respondent uses, after which
// <body> gets data-ready="true". `finish=1` then presses Finish, and `focus=ID` moves the focus to that item.
"use strict";

(function () {
  var R = QDSLRuntime;
  var form = R.prepare(JSON.parse(document.getElementById("qdsl-form").textContent));
  var start = JSON.parse(document.getElementById("qdsl-start").textContent);
  var languageNames = { fi: "Suomi", sv: "Svenska", nb: "Norsk bokmål", nn: "Nynorsk", en: "English", da: "Dansk",
    de: "Deutsch", fr: "Français", es: "Español", et: "Eesti", is: "Íslenska", se: "Davvisámegiella" };

  var state = {
    language: start.language || form.languages[0],
    answers: {},
    /** What the respondent typed into number fields, so that "12a" stays visible while it is invalid. */
    typed: {},
    touched: {},
    finishing: false,
    focused: null,
    result: null,
  };
  try {
    state.answers = R.answersFromJSON(form, start.answers || {});
  } catch (e) {
    state.answers = {};
  }

  var texts = []; // {el, text, attr}
  var itemElements = []; // {item, el}
  var controls = {}; // variable name → {kind, inputs, set(answer)}
  var messages = {}; // question or grid id → element for messages

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) {
      if (attrs[k] === null || attrs[k] === undefined || attrs[k] === false) continue;
      if (k === "class") e.className = attrs[k];
      else e.setAttribute(k, attrs[k] === true ? "" : attrs[k]);
    }
    (children || []).forEach(function (c) {
      if (c) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }

  /** An element whose text is a form text, filled again at every render. */
  function textEl(tag, text, attrs) {
    var e = el(tag, attrs);
    texts.push({ el: e, text: text });
    return e;
  }

  function safeId(id) {
    return id.replace(/[^A-Za-z0-9_-]/g, "-");
  }

  function setAnswer(name, answer) {
    if (answer == null) delete state.answers[name];
    else state.answers[name] = answer;
    state.touched[name] = true;
    render();
  }

  // MARK: building the controls

  function numberControl(q) {
    var id = "q-" + safeId(q.id);
    var input = el("input", {
      id: id, type: "text", inputmode: q.type === "integer" ? "numeric" : "decimal", autocomplete: "off",
      "aria-describedby": "m-" + safeId(q.id) + " h-" + safeId(q.id), "data-var": q.id,
    });
    input.addEventListener("input", function () {
      var s = input.value.trim().replace(",", ".");
      state.typed[q.id] = input.value;
      if (s === "") setAnswer(q.id, null);
      else if (/^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/.test(s)) setAnswer(q.id, { k: "n", v: parseFloat(s) });
      else setAnswer(q.id, { k: "t", v: input.value });
    });
    controls[q.id] = {
      set: function (a) {
        if (state.typed[q.id] === undefined) input.value = a && a.k === "n" ? R.formatNumber(a.v) : "";
      },
      focus: input,
    };
    return input;
  }

  function textControl(q) {
    var id = "q-" + safeId(q.id);
    var long = q.type === "text" && (q.maxLength == null || q.maxLength > 200);
    var input = el(long ? "textarea" : "input", {
      id: id, type: long ? null : q.type === "date" ? "date" : "text", rows: long ? 3 : null,
      "aria-describedby": "m-" + safeId(q.id) + " h-" + safeId(q.id), "data-var": q.id,
    });
    input.addEventListener("input", function () {
      if (q.type === "date") setAnswer(q.id, input.value === "" ? null : { k: "d", v: input.value });
      else setAnswer(q.id, { k: "t", v: input.value });
    });
    controls[q.id] = {
      set: function (a) {
        var v = a ? (a.k === "n" ? String(a.v) : String(a.v)) : "";
        if (input.value !== v) input.value = v;
      },
      focus: input,
    };
    return input;
  }

  function optionLabel(o) {
    return textEl("span", o.label);
  }

  function oneControl(name, list, groupLabelId, rowLabel) {
    var inputs = [];
    var wrap = el("div", { class: "options", role: "radiogroup", "aria-labelledby": groupLabelId });
    list.forEach(function (o) {
      var id = "o-" + safeId(name) + "-" + o.code;
      var input = el("input", { type: "radio", id: id, name: "r-" + name, value: String(o.code), "data-var": name,
        "data-option": o.name });
      input.addEventListener("change", function () {
        if (input.checked) setAnswer(name, { k: "c", v: o.code });
      });
      inputs.push(input);
      wrap.appendChild(el("label", { for: id, class: "option" + (o.missing ? " missing" : "") }, [input, optionLabel(o)]));
    });
    var clear = el("button", { type: "button", class: "clear", "aria-label": "Clear the answer" }, ["Clear"]);
    clear.addEventListener("click", function () { setAnswer(name, null); });
    wrap.appendChild(clear);
    controls[name] = {
      set: function (a) {
        inputs.forEach(function (i) { i.checked = a != null && a.k === "c" && String(a.v) === i.value; });
      },
      focus: inputs[0],
    };
    return wrap;
  }

  function manyControl(q, list) {
    var inputs = [];
    var wrap = el("div", { class: "options", role: "group", "aria-labelledby": "t-" + safeId(q.id) });
    list.forEach(function (o) {
      var id = "o-" + safeId(q.id) + "-" + o.code;
      var input = el("input", { type: "checkbox", id: id, value: String(o.code), "data-var": q.id, "data-option": o.name });
      input.addEventListener("change", function () {
        var current = state.answers[q.id] && state.answers[q.id].k === "s" ? new Set(state.answers[q.id].v) : new Set();
        if (input.checked) {
          // An exclusive option clears the others; another option clears an exclusive one.
          if (o.exclusive) current = new Set();
          else list.forEach(function (x) { if (x.exclusive) current.delete(x.code); });
          current.add(o.code);
        } else {
          current.delete(o.code);
        }
        setAnswer(q.id, current.size ? { k: "s", v: current } : null);
      });
      inputs.push(input);
      wrap.appendChild(el("label", { for: id, class: "option" + (o.exclusive ? " exclusive" : "") }, [input, optionLabel(o)]));
    });
    controls[q.id] = {
      set: function (a) {
        inputs.forEach(function (i) { i.checked = a != null && a.k === "s" && a.v.has(+i.value); });
      },
      focus: inputs[0],
    };
    return wrap;
  }

  function gridControl(g, list) {
    var head = el("tr", {}, [el("td")]);
    list.forEach(function (o) { head.appendChild(textEl("th", o.label, { scope: "col" })); });
    var body = el("tbody");
    g.rows.forEach(function (row) {
      var rowId = "t-" + safeId(row.id);
      var tr = el("tr", { "data-row": row.id, role: "radiogroup", "aria-labelledby": rowId });
      tr.appendChild(textEl("th", row.label, { scope: "row", id: rowId }));
      var inputs = [];
      list.forEach(function (o) {
        var input = el("input", { type: "radio", name: "r-" + row.id, value: String(o.code), "data-var": row.id,
          "data-option": o.name, class: "grid-radio" });
        input.addEventListener("change", function () { if (input.checked) setAnswer(row.id, { k: "c", v: o.code }); });
        texts.push({ el: input, text: o.label, attr: "aria-label" });
        inputs.push(input);
        tr.appendChild(el("td", {}, [input]));
      });
      body.appendChild(tr);
      controls[row.id] = {
        set: function (a) {
          inputs.forEach(function (i) { i.checked = a != null && a.k === "c" && String(a.v) === i.value; });
        },
        focus: inputs[0],
      };
    });
    return el("div", { class: "grid-wrap" }, [el("table", { class: "grid" }, [el("thead", {}, [head]), body])]);
  }

  function build(items, container) {
    items.forEach(function (item) {
      var e = null;
      var sid = item.id ? safeId(item.id) : null;
      switch (item.kind) {
        case "section":
          e = el("section", { class: "item section", "data-id": item.id, "aria-labelledby": "t-" + sid });
          if (item.title) e.appendChild(textEl("h2", item.title, { id: "t-" + sid }));
          else e.appendChild(el("h2", { id: "t-" + sid }, [item.id]));
          container.appendChild(e);
          itemElements.push({ item: item, el: e });
          build(item.items, e);
          return;
        case "if":
          item.branches.forEach(function (b) { build(b.items, container); });
          return;
        case "question": {
          e = el("div", { class: "item question", "data-id": item.id, "data-kind": item.type });
          var title = textEl(item.type === "one" || item.type === "many" ? "p" : "label", item.text, {
            id: "t-" + sid, class: "qtext", for: item.type === "one" || item.type === "many" ? null : "q-" + sid });
          e.appendChild(el("div", { class: "qhead" }, [title, item.required ? el("span", { class: "req", "aria-label": "required" }, ["*"]) : null]));
          e.appendChild(item.hint ? textEl("p", item.hint, { class: "hint", id: "h-" + sid }) : el("p", { class: "hint", id: "h-" + sid, hidden: true }));
          var list = form._lists[item.choices] || [];
          if (item.type === "integer" || item.type === "decimal") e.appendChild(numberControl(item));
          else if (item.type === "one") e.appendChild(oneControl(item.id, list, "t-" + sid));
          else if (item.type === "many") e.appendChild(manyControl(item, list));
          else e.appendChild(textControl(item));
          var bounds = boundsText(item);
          if (bounds) e.appendChild(el("p", { class: "bounds" }, [bounds]));
          break;
        }
        case "grid":
          e = el("div", { class: "item grid-item", "data-id": item.id, "data-kind": "grid" });
          e.appendChild(el("div", { class: "qhead" }, [textEl("p", item.text, { id: "t-" + sid, class: "qtext" }),
            item.required ? el("span", { class: "req", "aria-label": "required" }, ["*"]) : null]));
          if (item.hint) e.appendChild(textEl("p", item.hint, { class: "hint" }));
          e.appendChild(gridControl(item, form._lists[item.choices] || []));
          break;
        case "note":
          e = el("div", { class: "item note", "data-id": item.id, "data-kind": "note" }, [textEl("p", item.text)]);
          if (item.hint) e.appendChild(textEl("p", item.hint, { class: "hint" }));
          break;
        case "calculate":
          e = el("div", { class: "item calculate", "data-id": item.id, "data-kind": "calculate" });
          e.appendChild(el("code", {}, [item.id + " = " + item.source + " → "]));
          e.appendChild(el("output", { class: "calc-value", "data-var": item.id }));
          break;
        case "end":
          e = el("div", { class: "item end", "data-end": String(item._index), role: "status" });
          e.appendChild(el("p", { class: "end-message" }));
          break;
      }
      if (item.id && item.kind !== "calculate" && item.kind !== "note") {
        var m = el("div", { class: "messages", id: "m-" + sid, "aria-live": "polite" });
        e.appendChild(m);
        messages[item.id] = m;
      }
      container.appendChild(e);
      itemElements.push({ item: item, el: e });
    });
  }

  function boundsText(q) {
    if ((q.type === "integer" || q.type === "decimal") && (q.min != null || q.max != null)) {
      if (q.min != null && q.max != null) return q.min + " – " + q.max;
      return q.min != null ? "≥ " + q.min : "≤ " + q.max;
    }
    if (q.type === "text" && q.maxLength != null) return "max " + q.maxLength;
    return null;
  }

  var problemWords = {
    wrongType: "Enter a number.", notAWholeNumber: "Enter a whole number.", tooLong: "The text is too long.",
    notADate: "Enter a date (YYYY-MM-DD).", unknownOption: "Choose one of the options.",
    exclusiveWithOthers: "This option cannot be combined with others.",
  };

  function problemText(problem, variable) {
    if (problem === "outOfRange") {
      var q = variable.item;
      if (q.min != null && q.max != null) return "Enter a number from " + q.min + " to " + q.max + ".";
      return q.min != null ? "Enter a number of at least " + q.min + "." : "Enter a number of at most " + q.max + ".";
    }
    return problemWords[problem] || problem;
  }

  // MARK: rendering a result

  function render() {
    var result = R.evaluate(form, state.answers, state.language);
    state.result = result;
    var shown = new Set(result.shown);
    document.documentElement.lang = state.language;
    texts.forEach(function (t) {
      var s = R.fill(form, t.text, state.language, result.values);
      if (t.attr) t.el.setAttribute(t.attr, s);
      else if (t.el.textContent !== s) t.el.textContent = s;
    });
    var title = (form.title && R.fill(form, form.title, state.language, {})) || form.survey;
    document.title = title;
    document.getElementById("survey-title").textContent = title;
    for (var name in controls) controls[name].set(state.answers[name]);
    var failed = {};
    result.failedChecks.forEach(function (c) { (failed[c.question] = failed[c.question] || []).push(c.message); });
    var invalid = {};
    result.invalidAnswers.forEach(function (a) { invalid[a.name] = a.problem; });
    var required = new Set(result.requiredUnanswered);
    itemElements.forEach(function (entry) {
      var item = entry.item;
      var e = entry.el;
      var visible = item.kind === "end" ? result.end != null && result.end.index === item._index : shown.has(item.id);
      e.hidden = !visible;
      e.setAttribute("data-shown", visible ? "true" : "false");
      if (item.kind === "end" && visible) e.querySelector(".end-message").textContent = result.end.message;
      if (item.kind === "calculate") {
        var v = result.values[item.id];
        e.querySelector("output").textContent = v == null ? "missing" : R.pipeText(form, item.id, v, state.language);
      }
      var m = messages[item.id];
      if (!m) return;
      var lines = [];
      var names = item.kind === "grid" ? item.rows.map(function (r) { return r.id; }) : [item.id];
      names.forEach(function (n) {
        if (invalid[n]) lines.push({ cls: "error", text: problemText(invalid[n], form._byName[n]) });
        if (required.has(n) && (state.finishing || state.touched[n]) && !invalid[n]) {
          lines.push({ cls: "error", text: item.kind === "grid" ? "Answer every row." : "An answer is required." });
        }
      });
      (failed[item.id] || []).forEach(function (t) { lines.push({ cls: "error check", text: t }); });
      var seen = {};
      m.textContent = "";
      lines.forEach(function (l) {
        if (seen[l.text]) return;
        seen[l.text] = true;
        m.appendChild(el("p", { class: l.cls, role: "alert" }, [l.text]));
      });
      var bad = lines.length > 0;
      e.classList.toggle("has-error", bad);
      e.querySelectorAll("input, textarea").forEach(function (i) { i.setAttribute("aria-invalid", bad ? "true" : "false"); });
    });
    renderPanel(result);
  }

  function rowValue(variable, value) {
    if (value == null) return "";
    switch (value.k) {
      case "n": return R.formatNumber(value.v);
      case "t": return value.v;
      case "d": return R.formatDate(value.v);
      case "b": return value.v ? "1" : "0";
      case "c": return String(value.v);
    }
    return "";
  }

  function renderPanel(result) {
    var tbody = document.getElementById("data-row");
    tbody.textContent = "";
    form._variables.forEach(function (v) {
      var value = result.values[v.name];
      if (v.kind === "question" && v.type === "many") {
        var list = form._lists[v.choices] || [];
        v.item.variables.forEach(function (column, i) {
          var code = list[i] ? list[i].code : null;
          var cell = value == null ? "" : value.v.has(code) ? "1" : "0";
          tbody.appendChild(el("tr", {}, [el("th", { scope: "row" }, [column]), el("td", {}, [cell])]));
        });
        return;
      }
      var column = v.kind === "gridRow" ? v.row.variable : v.item.variable || v.name;
      var text = rowValue(v, value);
      var label = value && value.k === "c" ? R.pipeText(form, v.name, value, state.language) : "";
      tbody.appendChild(el("tr", { class: v.kind === "calculate" ? "derived" : null }, [el("th", { scope: "row" }, [column]),
        el("td", { title: label || null }, [text + (label ? " (" + label + ")" : "")])]));
    });

    var focus = document.getElementById("focus");
    focus.textContent = "";
    var item = state.focused;
    if (!item) {
      focus.appendChild(el("p", {}, ["Move to a question to see its universe."]));
    } else {
      focus.appendChild(el("p", {}, [el("strong", {}, [item.id || "end"])]));
      var u = R.universe(item);
      if (u.length === 0) focus.appendChild(el("p", {}, ["Asked of everyone who gets this far."]));
      var ex = new R.Expressions(result.values, R.todayDays());
      var ul = el("ul", { class: "universe" });
      u.forEach(function (c) {
        var holds = ex.holds(c.condition) !== c.negate;
        ul.appendChild(el("li", { class: holds ? "holds" : "fails" }, [holds ? "✓ " : "✗ ", el("code", {}, [c.source])]));
      });
      focus.appendChild(ul);
    }

    var hidden = document.getElementById("hidden-items");
    hidden.textContent = "";
    var shown = new Set(result.shown);
    itemElements.forEach(function (entry) {
      var it = entry.item;
      if (!it.id || shown.has(it.id)) return;
      var why = R.whyHidden(it, result);
      var reason;
      if (!why) reason = ["not reached"];
      else if (why.kind === "ended") reason = ["the interview ended (end " + why.end.index + ")"];
      else if (why.taken >= 0 && why.taken < why.branch) {
        var t = why.node.branches[why.taken];
        reason = ["an earlier branch was taken: ", el("code", {}, [t.source || "else"])];
      } else {
        reason = [el("code", {}, [why.node.branches[why.branch].source]), " does not hold"];
      }
      hidden.appendChild(el("li", {}, [el("strong", {}, [it.id]), ": "].concat(reason)));
    });
    if (!hidden.firstChild) hidden.appendChild(el("li", {}, ["none"]));
    var status = document.getElementById("status");
    function count(n, one, many) { return n + " " + (n === 1 ? one : many); }
    status.textContent = count(result.requiredUnanswered.length, "required question", "required questions") +
      " unanswered, " + count(result.failedChecks.length, "failed check", "failed checks") + ", " +
      count(result.invalidAnswers.length, "invalid answer", "invalid answers") + "; " +
      (result.end ? "the interview stops at end " + result.end.index + "." : "no end fires.");
  }

  // MARK: the page

  var select = document.getElementById("lang");
  form.languages.forEach(function (l) {
    select.appendChild(el("option", { value: l }, [(languageNames[l.toLowerCase()] || l) + " (" + l + ")"]));
  });
  select.value = state.language;
  select.addEventListener("change", function () {
    state.language = select.value;
    render();
  });
  var main = document.getElementById("interview");
  build(form.items, main);
  main.addEventListener("focusin", function (event) {
    var node = event.target.closest ? event.target.closest("[data-id], [data-end]") : null;
    if (!node) return;
    for (var i = itemElements.length - 1; i >= 0; i--) {
      if (itemElements[i].el === node) {
        state.focused = itemElements[i].item;
        break;
      }
    }
    renderPanel(state.result);
  });
  document.getElementById("finish").addEventListener("click", function () {
    state.finishing = true;
    render();
    var r = state.result;
    var out = document.getElementById("finish-status");
    var first = r.invalidAnswers.concat(r.requiredUnanswered.map(function (n) { return { name: n }; }))
      .concat(r.failedChecks.map(function (c) { return { name: c.question }; }))[0];
    if (first && controls[first.name]) {
      out.textContent = "Please correct the marked answers.";
      controls[first.name].focus.focus();
    } else {
      out.textContent = "All answers are complete.";
    }
  });

  render();

  // Test hooks from the URL hash, applied through the controls.
  var params = new URLSearchParams(location.hash.replace(/^#/, ""));
  params.forEach(function (value, key) {
    if (key === "lang") {
      select.value = value;
      select.dispatchEvent(new Event("change"));
    } else if (key.indexOf("answer.") === 0) {
      var name = key.slice(7);
      var v = form._byName[name];
      if (!v) return;
      if (v.type === "one" || v.type === "many") {
        value.split(",").forEach(function (optionName) {
          var input = document.querySelector('input[data-var="' + name + '"][data-option="' + optionName + '"]');
          if (input) input.click();
        });
      } else {
        var input = document.querySelector('[data-var="' + name + '"]');
        if (input) {
          input.value = value;
          input.dispatchEvent(new Event("input"));
        }
      }
    }
  });
  if (params.get("finish") === "1") document.getElementById("finish").click();
  var focusId = params.get("focus");
  if (focusId && controls[focusId] && controls[focusId].focus) controls[focusId].focus.focus({ preventScroll: true });
  else if (focusId) {
    var g = itemElements.filter(function (e) { return e.item.id === focusId && e.item.kind === "grid"; })[0];
    if (g) controls[g.item.rows[0].id].focus.focus({ preventScroll: true });
  }
  document.body.setAttribute("data-ready", "true");
})();
"""##

  /// Grammar/preview/page.css
  package static let style = ##"""
/* qdsl preview page: one column on a phone, the interview and the designer panel side by side on a wide screen. */
:root { --ink: #1b1f24; --muted: #5b6470; --line: #d5d9de; --accent: #0b5cad; --bad: #b3261e; --ok: #1b7f3b;
  --paper: #ffffff; --wash: #f4f6f8; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; font-size: 16px;
  line-height: 1.45; color: var(--ink); background: var(--wash); }
body { margin: 0; }
header.top { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: .5rem 1rem;
  align-items: center; justify-content: space-between; padding: .6rem 1rem; background: var(--paper);
  border-bottom: 1px solid var(--line); }
header.top h1 { font-size: 1.15rem; margin: 0; }
header.top .lang { display: flex; gap: .4rem; align-items: center; }
select, input[type="text"], input[type="date"], textarea { font: inherit; padding: .45rem .55rem;
  border: 1px solid #8a939d; border-radius: 6px; background: var(--paper); color: var(--ink); max-width: 100%; }
input[type="text"], input[type="date"] { width: 16rem; }
textarea { width: 100%; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; padding: 1rem; max-width: 80rem;
  margin: 0 auto; }
@media (min-width: 60rem) { .layout { grid-template-columns: minmax(0, 1fr) 22rem; }
  aside.panel { position: sticky; top: 4rem; max-height: calc(100vh - 5rem); overflow: auto; } }
main { min-width: 0; }
.section { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: .5rem 1rem 1rem;
  margin-bottom: 1rem; }
.section h2 { font-size: 1.05rem; margin: .6rem 0; color: var(--accent); }
.item.question, .item.grid-item, .item.note { padding: .7rem 0; border-top: 1px solid var(--wash); }
.qhead { display: flex; gap: .3rem; align-items: baseline; }
.qtext { font-weight: 600; margin: 0 0 .3rem; display: block; }
.req { color: var(--bad); font-weight: 700; }
.hint, .bounds { color: var(--muted); font-size: .9rem; margin: 0 0 .4rem; }
.options { display: flex; flex-direction: column; gap: .15rem; }
.option { display: flex; gap: .5rem; align-items: flex-start; padding: .3rem .4rem; border-radius: 6px; cursor: pointer; }
.option:hover { background: var(--wash); }
.option input { margin-top: .25rem; width: 1.1rem; height: 1.1rem; flex: none; }
.option.missing, .option.exclusive { font-style: italic; }
button { font: inherit; padding: .45rem .9rem; border-radius: 6px; border: 1px solid var(--accent);
  background: var(--accent); color: #fff; cursor: pointer; }
button.clear { align-self: flex-start; background: transparent; color: var(--accent); padding: .15rem .6rem;
  font-size: .85rem; margin-top: .2rem; }
.grid-wrap { overflow-x: auto; }
table.grid { border-collapse: collapse; width: 100%; font-size: .92rem; }
table.grid th, table.grid td { border-bottom: 1px solid var(--line); padding: .35rem; text-align: center; }
table.grid tbody th { text-align: left; font-weight: normal; min-width: 10rem; }
table.grid thead th { font-weight: 600; font-size: .8rem; vertical-align: bottom; }
table.grid input { width: 1.2rem; height: 1.2rem; }
.note p { margin: 0; }
.calculate { font-size: .8rem; color: var(--muted); padding: .2rem 0; }
.calculate code { white-space: normal; }
.messages .error { color: var(--bad); margin: .3rem 0 0; font-weight: 600; }
.has-error input[type="text"], .has-error textarea { border-color: var(--bad); }
.end { background: #e9f5ec; border: 1px solid var(--ok); border-radius: 10px; padding: .8rem 1rem; margin: 1rem 0;
  font-weight: 600; }
.finish { margin: 1rem 0 2rem; display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
aside.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: .5rem 1rem;
  font-size: .88rem; }
aside.panel h2 { font-size: .95rem; margin: .8rem 0 .3rem; }
aside.panel table { border-collapse: collapse; width: 100%; }
aside.panel th, aside.panel td { text-align: left; padding: .12rem .3rem; border-bottom: 1px solid var(--wash);
  vertical-align: top; overflow-wrap: anywhere; }
aside.panel th { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-weight: normal; white-space: nowrap; }
aside.panel tr.derived th { font-style: italic; }
ul.universe, ul.hidden-items { padding-left: 1.1rem; margin: .2rem 0; }
ul.universe .holds { color: var(--ok); }
ul.universe .fails { color: var(--bad); }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; }
[hidden] { display: none !important; }
@media (max-width: 30rem) { html { font-size: 15px; } .layout { padding: .5rem; } .section { padding: .3rem .6rem .6rem; }
  input[type="text"], input[type="date"] { width: 100%; } }
"""##

}

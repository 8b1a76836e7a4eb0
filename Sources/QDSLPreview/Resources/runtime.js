// qdsl preview runtime: the interview logic of the form JSON ("qdsl-form/1") in plain JavaScript, following the
// Swift reference evaluator (Sources/QDSLFormRuntime/FormEvaluator.swift, FormExpressionEvaluator.swift) rule for
// rule, the missing-value rule included: a comparison with a missing operand is false. No DOM here; page.js
// draws the page, and Tests/preview-js/run-scenarios.mjs runs the shared respondent scenarios through it.
//
// Values: a missing value is null. Otherwise {k: "n", v: number} | {k: "t", v: string} | {k: "d", v: days}
// | {k: "c", v: code} | {k: "s", v: Set of codes} | {k: "b", v: boolean} | {k: "tm", v: minutes of the day}
// | {k: "dt", v: minutes from 1970-01-01T00:00}. Answers use the same shapes, with a date answer as
// {k: "d", v: "YYYY-MM-DD"}, a time as {k: "tm", v: "HH:MM"} and a datetime as {k: "dt", v: "YYYY-MM-DDTHH:MM"}
// (strings, checked when accepted). Paradata are filled as FormInterview.fillParadata does.
//
// Repeats: answers and values of repeated variables are keyed by instance paths (`person[2].age`,
// `person[2].job[1].title`); an Expressions object carries the iterations around the expression (`frames`), as
// FormExpressionEvaluator.swift and FormInterview.swift do.
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

  // MARK: text patterns

  /** The RegExp of each matches() pattern met so far (null for one that does not compile). */
  var compiledPatterns = Object.create(null);

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

  // MARK: times of day and dates with a time (minutes, as FormClock.swift)

  /** Minutes of exactly "HH:MM", or null. */
  function parseTime(s) {
    if (typeof s !== "string" || !/^[0-9]{2}:[0-9]{2}$/.test(s)) return null;
    var h = +s.slice(0, 2), m = +s.slice(3, 5);
    return h < 24 && m < 60 ? h * 60 + m : null;
  }

  function pad2(v) {
    return (v < 10 ? "0" : "") + v;
  }

  function formatTime(minutes) {
    return pad2(Math.floor(minutes / 60)) + ":" + pad2(minutes % 60);
  }

  /** Minutes from 1970-01-01T00:00 of exactly "YYYY-MM-DDTHH:MM", or null. */
  function parseDateTime(s) {
    if (typeof s !== "string" || s.length !== 16 || s[10] !== "T") return null;
    var d = parseDate(s.slice(0, 10)), t = parseTime(s.slice(11));
    return d === null || t === null ? null : d * 1440 + t;
  }

  function dateOfDateTime(minutes) {
    return Math.floor(minutes / 1440);
  }

  function formatDateTime(minutes, separator) {
    var d = dateOfDateTime(minutes);
    return formatDate(d) + (separator || "T") + formatTime(minutes - d * 1440);
  }

  /** Now on the local clock, in minutes from 1970-01-01T00:00 local time. */
  function nowMinutes() {
    var now = new Date();
    return daysFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate()) * 1440 + now.getHours() * 60 +
      now.getMinutes();
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

  // MARK: shuffled orders (FormShuffle.swift): SplitMix64 seeded with seed XOR FNV-1a 64 of the instance path

  var MASK64 = (1n << 64n) - 1n;

  /** FNV-1a (64 bits) of the UTF-8 bytes of a path, as a BigInt. */
  function fnv1a64(path) {
    var h = 0xcbf29ce484222325n;
    var bytes = new TextEncoder().encode(path);
    for (var i = 0; i < bytes.length; i++) {
      h ^= BigInt(bytes[i]);
      h = (h * 0x100000001b3n) & MASK64;
    }
    return h;
  }

  /** SplitMix64 (QDSLText/SplitMix64.swift): next() and below(n) by the multiply-high method. */
  function SplitMix64(seed) {
    this.state = BigInt.asUintN(64, seed);
  }
  SplitMix64.prototype.next = function () {
    this.state = (this.state + 0x9e3779b97f4a7c15n) & MASK64;
    var z = this.state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
    return z ^ (z >> 31n);
  };
  SplitMix64.prototype.below = function (n) {
    if (n <= 1) return 0;
    return Number((this.next() * BigInt(n)) >> 64n);
  };

  /**
   * The positions of `count` items in the order shown (FormShuffle.order): fixed positions stay; the others are
   * shuffled by Fisher-Yates from the last movable item down, with the generator of `seed` and `path`.
   */
  function shuffleOrder(count, seed, path, isFixed) {
    var movable = [];
    for (var i = 0; i < count; i++) if (!isFixed(i)) movable.push(i);
    var shuffled = movable.slice();
    var random = new SplitMix64(BigInt(seed) ^ fnv1a64(path));
    for (var k = shuffled.length - 1; k > 0; k--) {
      var j = random.below(k + 1);
      var t = shuffled[k];
      shuffled[k] = shuffled[j];
      shuffled[j] = t;
    }
    var out = [];
    for (var p = 0; p < count; p++) out.push(p);
    movable.forEach(function (position, m) { out[position] = shuffled[m]; });
    return out;
  }

  /** The options of a question in the order shown at instance path `path` (FormEvaluator.optionOrder). */
  function optionOrder(form, item, seed, path) {
    var list = form._lists[item.choices] || form.choices[item.choices] || [];
    if (!item.shuffle) return list;
    return shuffleOrder(list.length, seed, path, function (i) { return !!list[i].fixed; }).map(function (i) {
      return list[i];
    });
  }

  // MARK: the form: variables, lists, and a key for every `if` and item

  /** Prepares a decoded form JSON object: variables by name, lists by name, parents and keys on the items. */
  function prepare(form) {
    if (form._prepared) return form;
    var lists = {};
    for (var name in form.choices) lists[name] = form.choices[name];
    var variables = [];
    var byName = {};
    var levels = {};
    var levelList = [];
    var depths = {};
    var ifs = 0;
    var ends = 0;
    var chain = [];
    function add(v) {
      v.repeats = chain.slice();
      if (chain.length) depths[v.name] = chain.length;
      variables.push(v);
      byName[v.name] = v;
    }
    function listOf(e) {
      if (e.code !== undefined) return e.choices;
      if (e["var"] !== undefined) return byName[e["var"]] ? byName[e["var"]].choices : null;
      if (e.iteration !== undefined) return levels[e.iteration] ? repeatChoices(levels[e.iteration].item) : null;
      if (e.op === "coalesce") {
        for (var i = 0; i < e.args.length; i++) {
          var l = listOf(e.args[i]);
          if (l) return l;
        }
      }
      return null;
    }
    (form.paradata || []).forEach(function (p) {
      add({ name: p.variable, kind: "paradata", paradata: p.kind, type: p.type, item: null, choices: null,
        required: false });
    });
    // Sample variables: read like a question of their type (the sample object carries its bounds and list).
    (form.sample || []).forEach(function (s) {
      add({ name: s.variable, kind: "sample", type: s.type, item: s, choices: s.choices || null,
        required: !s.optional });
    });
    // `path` lists the enclosing branches as {node, branch} from the outermost in.
    function walk(items, path) {
      items.forEach(function (item) {
        Object.defineProperty(item, "_path", { value: path, enumerable: false });
        Object.defineProperty(item, "_chain", { value: chain.slice(), enumerable: false });
        switch (item.kind) {
          case "repeat": {
            chain.push(item.id);
            var level = { id: item.id, item: item, chain: chain.slice() };
            levels[item.id] = level;
            levelList.push(level);
            walk(item.items, path);
            chain.pop();
            break;
          }
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
              choices: item.type === "one" || item.type === "many" || item.type === "rank" ? item.choices : null,
              required: item.required,
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
    Object.defineProperty(form, "_levels", { value: levels, enumerable: false });
    Object.defineProperty(form, "_levelList", { value: levelList, enumerable: false });
    Object.defineProperty(form, "_depths", { value: depths, enumerable: false });
    var conditioned = {};
    for (var listName in lists) {
      conditioned[listName] = lists[listName].some(function (o) { return o.condition != null; });
    }
    Object.defineProperty(form, "_conditioned", { value: conditioned, enumerable: false });
    return form;
  }

  /** The choice list a repeat's iterations stand for (`for each` over a question's options or a list), or null. */
  function repeatChoices(r) {
    var d = r.driver;
    return d.kind === "question" || d.kind === "choices" ? d.choices : null;
  }

  // MARK: instance paths and iteration frames (FormRepeatLevels.swift, FormIterationContext.swift)

  /** `person[2].health.sleep` → {name: "health.sleep", steps: [{repeat: "person", index: 2}]}; null if malformed. */
  function splitPath(path) {
    if (path.indexOf("[") < 0) return { name: path, steps: [] };
    var steps = [];
    var rest = path;
    var open;
    while ((open = rest.indexOf("[")) >= 0) {
      var close = rest.indexOf("]", open);
      if (close < 0) return null;
      var digits = rest.slice(open + 1, close);
      if (!/^[1-9][0-9]*$/.test(digits)) return null;
      var name = rest.slice(0, open);
      if (name === "" || name.indexOf(".") >= 0) return null;
      steps.push({ repeat: name, index: +digits });
      if (rest[close + 1] !== ".") return null;
      rest = rest.slice(close + 2);
    }
    if (rest === "") return null;
    return { name: rest, steps: steps };
  }

  /** The frame of iteration `index` of `level` inside the frames `parents`. */
  function makeFrame(form, level, index, parents, option) {
    var path = (parents.length ? parents[parents.length - 1].prefix : "") + level.id + "[" + index + "]";
    var source = null;
    var d = level.item.driver;
    if (d.kind === "repeat" && form._levels[d.repeat]) {
      source = sourcePrefix(form._levels[d.repeat], parents) + d.repeat + "[" + index + "].";
    }
    return { repeatID: level.id, index: index, option: option == null ? null : option, path: path, prefix: path + ".",
      source: source };
  }

  /** The prefix of the instance paths of `level`'s iterations seen from inside `parents`. */
  function sourcePrefix(level, parents) {
    var enclosing = level.chain.length - 1;
    return enclosing >= 1 && enclosing <= parents.length ? parents[enclosing - 1].prefix : "";
  }

  /** The frames of an iteration path (`person[2].other[1]`) in a result; null if no such iteration ran. */
  function framesAt(form, path, result) {
    if (!path) return [];
    var split = splitPath(path + ".x");
    if (!split || !split.steps.length) return null;
    var frames = [];
    for (var i = 0; i < split.steps.length; i++) {
      var step = split.steps[i];
      var level = form._levels[step.repeat];
      if (!level || level.chain.length !== frames.length + 1) return null;
      for (var j = 0; j < frames.length; j++) if (level.chain[j] !== frames[j].repeatID) return null;
      var parent = frames.length ? frames[frames.length - 1].prefix : "";
      if (step.index > (result.iterations[parent + step.repeat] || 0)) return null;
      var iterationPath = parent + step.repeat + "[" + step.index + "]";
      frames.push(makeFrame(form, level, step.index, frames,
        hasOwn(result.iterationOptions, iterationPath) ? result.iterationOptions[iterationPath] : null));
    }
    return frames;
  }

  function hasOwn(o, k) {
    return Object.prototype.hasOwnProperty.call(o, k);
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
    if (a.k === "n" || a.k === "c" || a.k === "d" || a.k === "b" || a.k === "t" || a.k === "tm" || a.k === "dt") {
      return a.v === b.v;
    }
    return null;
  }

  function order(a, b) {
    if (a == null || b == null || a.k !== b.k) return null;
    if (a.k === "n" || a.k === "c" || a.k === "d" || a.k === "tm" || a.k === "dt") {
      return a.v < b.v ? -1 : a.v === b.v ? 0 : 1;
    }
    return null;
  }

  /**
   * Evaluates expressions against `values` (by instance path). `form` (prepared) is needed only inside repeats:
   * `frames` are the iterations around the expression, `iterations` the iterations that ran by the repeat's
   * instance path (`person`, `person[2].job`), `iterationOptions` each `for each` iteration's option code.
   */
  function Expressions(values, today, form) {
    this.values = values;
    this.today = today;
    this.form = form || null;
    this.frames = [];
    this.iterations = {};
    this.iterationOptions = {};
  }

  /** The instance path of a variable read bare here, or null when no iteration of its repeat is current. */
  Expressions.prototype.path = function (name) {
    if (!this.frames.length || !this.form) return name;
    var depth = this.form._depths[name];
    if (!depth) return name;
    return depth <= this.frames.length ? this.frames[depth - 1].prefix + name : null;
  };

  /** The current iteration of a repeat around the expression, or null. */
  Expressions.prototype.frame = function (id) {
    for (var i = this.frames.length - 1; i >= 0; i--) if (this.frames[i].repeatID === id) return this.frames[i];
    return null;
  };

  Expressions.prototype.read = function (path) {
    return path != null && hasOwn(this.values, path) ? this.values[path] : null;
  };

  /** An aggregate over the iterations of `id` under the current frames (FormExpressionEvaluator.aggregate). */
  Expressions.prototype.aggregate = function (e) {
    var level = this.form ? this.form._levels[e.repeat] : null;
    if (!level) return null;
    var keep = 0;
    var limit = Math.min(this.frames.length, level.chain.length - 1);
    while (keep < limit && this.frames[keep].repeatID === level.chain[keep]) keep++;
    var saved = this.frames;
    this.frames = saved.slice(0, keep);
    var kind = e.aggregate;
    var count = 0, sum = 0, best = null, any = false, all = true;
    var self = this;
    this.eachInstance(level.chain, keep, function () {
      var holds = e.where == null || self.holds(e.where);
      var v = e.value == null ? null : self.value(e.value);
      switch (kind) {
        case "count": if (holds) count++; break;
        case "sum": if (holds && v != null && v.k === "n") sum += v.v; break;
        case "min": case "max":
          if (!holds || v == null) break;
          if (best == null) { if (order(v, v) !== null) best = v; break; }
          var c = order(v, best);
          if (c !== null && (kind === "min" ? c < 0 : c > 0)) best = v;
          break;
        case "any": if (holds) any = true; break;
        case "all": if (!holds) all = false; break;
      }
    });
    this.frames = saved;
    switch (kind) {
      case "count": return { k: "n", v: count };
      case "sum": return isFinite(sum) ? { k: "n", v: sum } : null;
      case "min": case "max": return best;
      case "any": return { k: "b", v: any };
      case "all": return { k: "b", v: all };
    }
    return null;
  };

  /** Calls `body` in every iteration of `chain[i...]` under the current frames, in order. */
  Expressions.prototype.eachInstance = function (chain, i, body) {
    var level = i < chain.length ? this.form._levels[chain[i]] : null;
    if (!level) return;
    var parent = this.frames.length ? this.frames[this.frames.length - 1].prefix : "";
    var count = this.iterations[parent + level.id] || 0;
    var options = repeatChoices(level.item) != null;
    for (var k = 1; k <= count; k++) {
      var ip = parent + level.id + "[" + k + "]";
      var option = options && hasOwn(this.iterationOptions, ip) ? this.iterationOptions[ip] : null;
      this.frames.push(makeFrame(this.form, level, k, this.frames, option));
      if (i + 1 === chain.length) body();
      else this.eachInstance(chain, i + 1, body);
      this.frames.pop();
    }
  };

  Expressions.prototype.holds = function (e) {
    var v = this.value(e);
    return v != null && v.k === "b" && v.v === true;
  };

  Expressions.prototype.value = function (e) {
    if (e["var"] !== undefined) {
      if (e.instance != null) {
        var f = this.frame(e.instance);
        return f && f.source != null ? this.read(f.source + e["var"]) : null;
      }
      return this.read(this.path(e["var"]));
    }
    if (e.index !== undefined) {
      var fi = this.frame(e.index);
      return fi ? { k: "n", v: fi.index } : null;
    }
    if (e.iteration !== undefined) {
      var fo = this.frame(e.iteration);
      return fo && fo.option != null ? { k: "c", v: fo.option } : null;
    }
    if (e.aggregate !== undefined) return this.aggregate(e);
    if (e.attribute !== undefined) return attributeValue(this.candidate, e.attribute);
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
      case "time": {
        a = arg(0);
        var t = a != null && a.k === "t" ? parseTime(a.v) : null;
        return t === null ? null : { k: "tm", v: t };
      }
      case "datetime": {
        a = arg(0);
        var dt = a != null && a.k === "t" ? parseDateTime(a.v) : null;
        return dt === null ? null : { k: "dt", v: dt };
      }
      case "join":
        // A missing text joins as the empty text; the join is missing only when both are.
        a = arg(0);
        b = arg(1);
        if (a == null && b == null) return null;
        return { k: "t", v: (a != null && a.k === "t" ? a.v : "") + (b != null && b.k === "t" ? b.v : "") };
      case "year": case "month": case "day": {
        var days = calendarDays(arg(0));
        if (days === null) return null;
        var ymd = formatDate(days);
        return { k: "n", v: op === "year" ? +ymd.slice(0, 4) : op === "month" ? +ymd.slice(5, 7) : +ymd.slice(8, 10) };
      }
      case "years_between": {
        var from = calendarDays(arg(0)), to = calendarDays(arg(1));
        if (from === null || to === null) return null;
        // Whole years as for an age: YYYYMMDD − YYYYMMDD, divided by 10,000 and cut toward zero.
        function number(days) {
          return +formatDate(days).replace(/-/g, "");
        }
        return { k: "n", v: Math.trunc((number(to) - number(from)) / 10000) };
      }
      case "coalesce":
        a = arg(0);
        return a != null ? a : arg(1);
      case "number": return { k: "n", v: cond(0) ? 1 : 0 };
      case "round":
        a = arg(0);
        if (a == null || a.k !== "n") return null;
        return { k: "n", v: a.v < 0 ? -Math.round(-a.v) : Math.round(a.v) };
      case "matches":
        // The whole text must match (docs/language.md, "Text patterns"); a missing text matches nothing.
        a = arg(0);
        b = arg(1);
        if (a == null || a.k !== "t" || b == null || b.k !== "t") return bool(false);
        c = compiledPatterns[b.v];
        if (c === undefined) {
          // The "u" flag reads the pattern and the text by Unicode code points, as the Swift evaluator does.
          try { c = new RegExp("^(?:" + b.v + ")$", "u"); } catch (e) { c = null; }
          compiledPatterns[b.v] = c;
        }
        return bool(c !== null && c.test(a.v));
      case "min": case "max":
        a = arg(0);
        b = arg(1);
        c = order(a, b);
        if (c === null) return null;
        return (op === "min") === (c <= 0) ? a : b;
    }
    return null;
  };

  /** An attribute of the candidate option of a filter (FormExpressionEvaluator.candidate), or null. */
  function attributeValue(candidate, name) {
    if (!candidate || !candidate.attributes || !hasOwn(candidate.attributes, name)) return null;
    var a = candidate.attributes[name];
    if (a == null) return null;
    if (typeof a === "number") return { k: "n", v: a };
    if (typeof a === "string") return { k: "t", v: a };
    return { k: "c", v: a.code };
  }

  /**
   * The codes offered from a list now (FormOfferedOptions.swift): options whose condition holds and that pass the
   * filter; null when every option is (no filter, and no option of the list has a condition).
   */
  function offeredCodes(form, ex, list, filter) {
    var options = list != null ? form._lists[list] : null;
    if (!options || (filter == null && !form._conditioned[list])) return null;
    var out = [];
    for (var i = 0; i < options.length; i++) {
      var o = options[i];
      if (o.condition != null && !ex.holds(o.condition)) continue;
      if (filter != null) {
        ex.candidate = o;
        var keep = ex.holds(filter);
        ex.candidate = null;
        if (!keep) continue;
      }
      out.push(o.code);
    }
    return out;
  }

  /** The day of a date or a date with a time, or null. */
  function calendarDays(v) {
    if (v == null) return null;
    if (v.k === "d") return v.v;
    if (v.k === "dt") return dateOfDateTime(v.v);
    return null;
  }

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
    var q = variable.kind === "gridRow" || variable.kind === "paradata" ? null : variable.item;
    var type = variable.type;
    var x = answer.v;
    if (variable.kind === "paradata" && type === "text" && answer.k === "t") {
      return { value: x === "" ? null : { k: "t", v: x } };
    }
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
    if (type === "time" && answer.k === "tm") {
      var t = parseTime(x);
      return t === null ? { problem: "notATime" } : { value: { k: "tm", v: t } };
    }
    if (type === "datetime" && answer.k === "dt") {
      var dt = parseDateTime(x);
      return dt === null ? { problem: "notATime" } : { value: { k: "dt", v: dt } };
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
    if (type === "rank" && answer.k === "r") {
      if (x.length === 0) return { value: null };
      var list = form._lists[variable.choices] || [];
      for (var r = 0; r < x.length; r++) if (!option(form, variable.choices, x[r])) return { problem: "unknownOption" };
      // Every option once: a complete ranking.
      if (x.length !== list.length || new Set(x).size !== x.length) return { problem: "incompleteRanking" };
      return { value: { k: "r", v: x.slice() } };
    }
    return { problem: "wrongType" };
  }

  /**
   * Answers from a JSON object (FormModel.answers(fromJSONObject:)); throws an Error naming the bad key. A repeat's
   * answers are an array of objects (or nulls) under its name, one per iteration, read into instance paths.
   */
  function answersFromJSON(form, object) {
    prepare(form);
    if (object === null || typeof object !== "object" || Array.isArray(object)) throw new Error("expected an object");
    var out = {};
    function read(object, prefix, chain, where) {
      Object.keys(object).sort().forEach(function (name) {
        var node = object[name];
        if (node === null) return;
        var at = where + (where ? "." : "") + name;
        function fail(message) {
          throw new Error(at + ": " + message);
        }
        var level = form._levels[name];
        if (level) {
          var outer = level.chain.slice(0, -1);
          if (outer.join(".") !== chain.join(".")) {
            fail('the repeat "' + name + '" is inside "' + outer.join(".") + '": give its answers in each iteration of "' +
              outer.join(".") + '"');
          }
          if (!Array.isArray(node)) fail('expected an array: the answers of each iteration of the repeat "' + name + '", in order');
          node.forEach(function (iteration, i) {
            if (iteration === null) return;
            if (typeof iteration !== "object" || Array.isArray(iteration)) {
              throw new Error(at + "[" + i + "]: expected an object: the answers of iteration " + (i + 1) + ' of "' + name + '"');
            }
            read(iteration, prefix + name + "[" + (i + 1) + "].", level.chain, at + "[" + i + "]");
          });
          return;
        }
        var variable = form._byName[name];
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
        var key = prefix + name;
        var kind = variable ? (variable.kind === "calculate" ? "calculate" : variable.type) : null;
        if (kind === "date") out[key] = { k: "d", v: string(node) };
        else if (kind === "time") out[key] = { k: "tm", v: string(node) };
        else if (kind === "datetime") out[key] = { k: "dt", v: string(node) };
        else if (kind === "text") out[key] = { k: "t", v: string(node) };
        else if (kind === "integer" || kind === "decimal") out[key] = { k: "n", v: number(node) };
        else if (kind === "one") out[key] = { k: "c", v: code(node, variable.choices) };
        else if (kind === "many") out[key] = { k: "s", v: new Set(array(node).map(function (n) { return code(n, variable.choices); })) };
        else if (kind === "rank") out[key] = { k: "r", v: array(node).map(function (n) { return code(n, variable.choices); }) };
        else if (typeof node === "string") out[key] = { k: "t", v: node };
        else if (Array.isArray(node)) out[key] = { k: "s", v: new Set(node.map(function (n) { return code(n, null); })) };
        else out[key] = { k: "n", v: number(node) };
      });
    }
    read(object, "", [], "");
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
      case "tm": return formatTime(value.v);
      case "dt": return formatDateTime(value.v, " ");
      case "b": return value.v ? "true" : "false";
      case "c": return label(value.v);
      case "s": {
        var ordered = list
          ? list.map(function (o) { return o.code; }).filter(function (c) { return value.v.has(c); })
          : Array.from(value.v).sort(function (a, b) { return a - b; });
        return ordered.map(label).join(", ");
      }
      case "r": return value.v.map(label).join(", ");
    }
    return "";
  }

  /**
   * A text in `language` with pipes filled from `values`; "" when it has no template. With `ex` (an Expressions
   * whose frames are the iterations around the text), pipes resolve in those iterations: a variable of the
   * current iteration or outside repeats, `R.index`, `R` (the option of a `for each` over options) and `R.NAME`.
   */
  function fill(form, text, language, values, ex) {
    var t = template(text, language, form.languages);
    if (t === null) return "";
    if (ex && ex.frames.length) {
      return fillTemplate(t, function (name) { return pipeIn(form, name, ex, language); });
    }
    return fillTemplate(t, function (name) {
      return pipeText(form, name, hasOwn(values, name) ? values[name] : null, language);
    });
  }

  /** The text of one pipe inside iterations (FormEvaluator.pipe). */
  function pipeIn(form, name, ex, language) {
    if (form._byName[name]) return pipeText(form, name, ex.value({ "var": name }), language);
    var dot = name.indexOf(".");
    if (dot >= 0) {
      var head = name.slice(0, dot);
      var tail = name.slice(dot + 1);
      var level = form._levels[head];
      var frame = ex.frame(head);
      if (level && frame) {
        if (tail === "index") return String(frame.index);
        var v = form._byName[tail];
        var d = level.item.driver;
        if (d.kind === "repeat" && v && v.repeats[v.repeats.length - 1] === d.repeat) {
          return pipeText(form, tail, ex.value({ "var": tail, instance: head }), language);
        }
        if (v) return pipeText(form, tail, ex.value({ "var": tail }), language);
      }
      return "";
    }
    var lv = form._levels[name];
    var f = ex.frame(name);
    var list = lv ? repeatChoices(lv.item) : null;
    if (list && f && f.option != null) {
      var o = option(form, list, f.option);
      return o ? optionLabel(form, o, language) : String(f.option);
    }
    return "";
  }

  /** An Expressions positioned in the iteration `path` (`person[2]`) of a result, for filling its texts. */
  function at(form, result, path, today) {
    var ex = new Expressions(result.values, today != null ? today : todayDays(), form);
    ex.iterations = result.iterations;
    ex.iterationOptions = result.iterationOptions;
    ex.frames = framesAt(form, path, result) || [];
    return ex;
  }

  // MARK: the interview (FormEvaluator.evaluate)

  /**
   * Evaluates a form for one respondent: `answers` by name, `language` (default the source language), `today`
   * as days (default: today). Besides what the Swift evaluator returns, `branches` gives, per `if` key reached,
   * the index of the branch taken (-1 for none), for the designer panel. `seed` (default 0) is the respondent's
   * seed of shuffled orders; `orders` gives each order shown by the path of its order variable. `collector` is the
   * clock and device that fill the paradata ({now: minutes, device, user}, see fillParadata).
   */
  function evaluate(form, answers, language, today, seed, collector) {
    prepare(form);
    var respondentSeed = seed != null ? seed : 0;
    var orders = {};
    var lang = language != null ? language : form.languages[0] || "";
    var ex = new Expressions({}, today != null ? today : todayDays(), form);
    var shown = [];
    var end = null;
    var failedChecks = [];
    var requiredUnanswered = [];
    var invalidAnswers = [];
    var reached = {};
    var branches = {};
    var offered = {};
    var textVariants = {};
    var defaulted = [];
    var defaults = {};

    function fillNow(text) {
      return fill(form, text, lang, ex.values, ex);
    }

    function setValue(path, v) {
      if (v != null) ex.values[path] = v;
      else delete ex.values[path];
    }

    /** Notes the first variant whose condition holds for the item shown at `path` (none: the plain text). */
    function chooseVariant(item, path) {
      if (!item.variants) return;
      for (var v = 0; v < item.variants.length; v++) {
        if (ex.holds(item.variants[v].condition)) {
          textVariants[path] = v;
          return;
        }
      }
    }

    /** The answer a question's default gives where it is shown (FormInterview.defaultAnswer); null when missing. */
    function defaultAnswer(item) {
      var d = item["default"].value;
      if (d.op === "list") {
        var codes = new Set();
        d.args.forEach(function (a) {
          var c = ex.value(a);
          if (c != null && c.k === "c") codes.add(c.v);
        });
        return codes.size ? { k: "s", v: codes } : null;
      }
      var x = ex.value(d);
      if (x == null || x.k === "b") return null;
      if (x.k === "d") return { k: "d", v: formatDate(x.v) };
      if (x.k === "tm") return { k: "tm", v: formatTime(x.v) };
      if (x.k === "dt") return { k: "dt", v: formatDateTime(x.v) };
      if (x.k === "c" && item.type === "many") return { k: "s", v: new Set([x.v]) };
      if (x.k === "s") return { k: "s", v: new Set(x.v) };
      return { k: x.k, v: x.v };
    }

    /**
     * Records the answer at `path`. A question without an answer (no key at all: `null` means the respondent
     * cleared it) takes its default, when it has one; `defaults` keeps the answer each default gave.
     */
    function answer(name, path, required, item, offeredNow) {
      reached[path] = true;
      var value = null;
      var variable = form._byName[name];
      var given = hasOwn(answers, path) ? answers[path] : undefined;
      if (given === undefined && item && item["default"] && variable) {
        // A default that is not a valid answer here (out of range, say) fills in nothing.
        var filled = defaultAnswer(item);
        var taken = filled != null ? accept(form, filled, variable) : null;
        if (taken && !taken.problem && taken.value != null) {
          defaulted.push(path);
          defaults[path] = filled;
          given = filled;
        } else {
          given = null;
        }
      }
      if (given != null && variable) {
        var r = accept(form, given, variable);
        if (r.problem) invalidAnswers.push({ name: path, problem: r.problem });
        else value = r.value;
      }
      if (offeredNow != null) {
        offered[path] = offeredNow;
        // An option not offered (an earlier answer changed) is cleared; a `many of` answer keeps the others.
        var offeredSet = new Set(offeredNow);
        if (value != null && value.k === "c" && !offeredSet.has(value.v)) {
          invalidAnswers.push({ name: path, problem: "notOffered" });
          value = null;
        } else if (value != null && value.k === "s") {
          var kept = new Set();
          value.v.forEach(function (c) { if (offeredSet.has(c)) kept.add(c); });
          if (kept.size < value.v.size) {
            invalidAnswers.push({ name: path, problem: "notOffered" });
            value = kept.size ? { k: "s", v: kept } : null;
          }
        }
      }
      setValue(path, value);
      if (value == null && required) requiredUnanswered.push(path);
    }

    /**
     * The paradata, as the collector fills them before the first item (FormInterview.fillParadata): a value given
     * with the answers, else the clock's (start and end: `collector.now` in minutes; without a clock, midnight of
     * today for start and the start for end; today: the date) and the device's (`collector.device`, `collector.user`, else missing).
     */
    function fillParadata() {
      var c = collector || {};
      // The start as given, for an end without a clock: an interview never ends before it starts.
      var start = null;
      (form.paradata || []).forEach(function (p) {
        var variable = form._byName[p.variable];
        if (p.kind !== "start" || !variable || !hasOwn(answers, p.variable) || answers[p.variable] == null) return;
        var r = accept(form, answers[p.variable], variable);
        if (!r.problem && r.value) start = r.value;
      });
      (form.paradata || []).forEach(function (p) {
        reached[p.variable] = true;
        var variable = form._byName[p.variable];
        if (hasOwn(answers, p.variable) && answers[p.variable] != null && variable) {
          var r = accept(form, answers[p.variable], variable);
          if (!r.problem) {
            setValue(p.variable, r.value);
            return;
          }
          invalidAnswers.push({ name: p.variable, problem: r.problem });
        }
        var now = c.now != null ? c.now : ex.today * 1440;
        if (p.kind === "start") setValue(p.variable, { k: "dt", v: now });
        else if (p.kind === "end") setValue(p.variable, c.now != null ? { k: "dt", v: c.now } : start || { k: "dt", v: now });
        else if (p.kind === "today") setValue(p.variable, { k: "d", v: ex.today });
        else if (p.kind === "device") setValue(p.variable, c.device != null ? { k: "t", v: c.device } : null);
        else if (p.kind === "user") setValue(p.variable, c.user != null ? { k: "t", v: c.user } : null);
      });
    }

    /**
     * The sample variables, as the sample file gives them before the first item (FormInterview.fillSamples): a
     * value given with the answers (the answers file or the respondent's sample row); missing when not given.
     */
    function fillSamples() {
      (form.sample || []).forEach(function (s) {
        reached[s.variable] = true;
        var variable = form._byName[s.variable];
        if (!variable || !hasOwn(answers, s.variable) || answers[s.variable] == null) return;
        var r = accept(form, answers[s.variable], variable);
        if (r.problem) invalidAnswers.push({ name: s.variable, problem: r.problem });
        else setValue(s.variable, r.value);
      });
    }

    function walk(items) {
      var prefix = ex.frames.length ? ex.frames[ex.frames.length - 1].prefix : "";
      for (var i = 0; i < items.length; i++) {
        if (end) return;
        var item = items[i];
        var path = item.id != null ? prefix + item.id : null;
        switch (item.kind) {
          case "section":
            shown.push(path);
            if (item.shuffle) {
              var sectionItems = item.items;
              var ordered = shuffleOrder(sectionItems.length, respondentSeed, path, function () { return false; })
                .map(function (k) { return sectionItems[k]; });
              orders[prefix + item.shuffle] = ordered.map(function (x) { return x.id != null ? x.id : x.kind; }).join(" ");
              walk(ordered);
            } else {
              walk(item.items);
            }
            break;
          case "question": {
            var offeredNow = offeredCodes(form, ex, item.choices, item.filter);
            // A question with no option to offer is skipped.
            if (offeredNow != null && offeredNow.length === 0) break;
            shown.push(path);
            if (item.shuffle) {
              orders[prefix + item.shuffle] = optionOrder(form, item, respondentSeed, path)
                .map(function (o) { return String(o.code); }).join(" ");
            }
            chooseVariant(item, path);
            answer(item.id, path, item.required, item, offeredNow);
            if (ex.values[path] != null) {
              item.checks.forEach(function (check, n) {
                if (!ex.holds(check.condition)) {
                  var failed = { question: path, check: n, source: check.source, message: fillNow(check.message) };
                  if (check.soft) failed.soft = true;
                  failedChecks.push(failed);
                }
              });
            }
            break;
          }
          case "grid": {
            var offeredRows = offeredCodes(form, ex, item.choices, null);
            if (offeredRows != null && offeredRows.length === 0) break;
            shown.push(path);
            chooseVariant(item, path);
            item.rows.forEach(function (row) { answer(row.id, prefix + row.id, item.required, null, offeredRows); });
            break;
          }
          case "calculate":
            shown.push(path);
            reached[path] = true;
            setValue(path, ex.value(item.formula));
            break;
          case "note":
            shown.push(path);
            chooseVariant(item, path);
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
            branches[prefix + "#" + item._key] = taken;
            if (taken >= 0) walk(item.branches[taken].items);
            break;
          }
          case "end":
            end = { index: item._index, message: fillNow(item.message) };
            break;
          case "repeat":
            walkRepeat(item, path);
            break;
        }
      }
    }

    /** The iterations of a repeat reached at instance path `path` (FormInterview.walkRepeat). */
    function walkRepeat(r, path) {
      shown.push(path);
      var level = form._levels[r.id];
      var d = r.driver;
      var options = [];
      var list, k;
      if (d.kind === "count") {
        var n = ex.value(d.count);
        var count = n != null && n.k === "n" && isFinite(n.v) ? Math.floor(n.v) : 0;
        for (k = 0; k < Math.min(count, r.max); k++) options.push(null);
      } else if (d.kind === "question") {
        var chosen = ex.value({ "var": d.question });
        list = form._lists[d.choices] || [];
        if (chosen != null && chosen.k === "s") {
          for (k = 0; k < list.length && options.length < r.max; k++) if (chosen.v.has(list[k].code)) options.push(list[k].code);
        }
      } else if (d.kind === "choices") {
        list = form._lists[d.choices] || [];
        for (k = 0; k < list.length && k < r.max; k++) options.push(list[k].code);
      } else if (d.kind === "repeat") {
        var source = form._levels[d.repeat];
        var ran = source ? ex.iterations[sourcePrefix(source, ex.frames) + d.repeat] || 0 : 0;
        for (k = 0; k < Math.min(ran, r.max); k++) options.push(null);
      } else if (d.kind === "while") {
        ex.iterations[path] = 0;
        for (k = 1; k <= r.max && !end; k++) {
          ex.iterations[path] = k;
          if (!iterate(level, k, null, d.condition)) break;
        }
        return;
      }
      ex.iterations[path] = options.length;
      for (k = 0; k < options.length; k++) {
        if (end) return;
        if (options[k] != null) ex.iterationOptions[path + "[" + (k + 1) + "]"] = options[k];
        iterate(level, k + 1, options[k], null);
      }
    }

    /** Walks one iteration; returns whether `continuing` (a while condition) holds at its end. */
    function iterate(level, index, option, continuing) {
      var frame = makeFrame(form, level, index, ex.frames, option);
      shown.push(frame.path);
      ex.frames.push(frame);
      walk(level.item.items);
      var more = !end && continuing != null && ex.holds(continuing);
      ex.frames.pop();
      return more;
    }

    fillParadata();
    fillSamples();
    walk(form.items);

    var ignoredAnswers = [];
    Object.keys(answers).sort().forEach(function (path) {
      if (answers[path] == null) return;
      var split = splitPath(path);
      var variable = split ? form._byName[split.name] : null;
      var fits = variable && variable.repeats.length === split.steps.length &&
        split.steps.every(function (s, i) { return variable.repeats[i] === s.repeat; });
      if (!fits) invalidAnswers.push({ name: path, problem: "unknownVariable" });
      else if (variable.kind === "calculate") invalidAnswers.push({ name: path, problem: "notAQuestion" });
      else if (!reached[path]) ignoredAnswers.push(path);
    });
    var calculates = [];
    function listCalculates(items, prefix) {
      items.forEach(function (item) {
        switch (item.kind) {
          case "calculate":
            calculates.push({ id: prefix + item.id, value: ex.values[prefix + item.id] != null ? ex.values[prefix + item.id] : null });
            break;
          case "section":
            listCalculates(item.items, prefix);
            break;
          case "if":
            item.branches.forEach(function (b) { listCalculates(b.items, prefix); });
            break;
          case "repeat": {
            var count = ex.iterations[prefix + item.id] || 0;
            for (var k = 1; k <= count; k++) listCalculates(item.items, prefix + item.id + "[" + k + "].");
            break;
          }
        }
      });
    }
    listCalculates(form.items, "");
    return {
      language: lang, shown: shown, end: end, failedChecks: failedChecks, requiredUnanswered: requiredUnanswered,
      invalidAnswers: invalidAnswers, ignoredAnswers: ignoredAnswers, calculates: calculates, values: ex.values,
      branches: branches, iterations: ex.iterations, iterationOptions: ex.iterationOptions, orders: orders,
      offered: offered, textVariants: textVariants, defaulted: defaulted, defaults: defaults,
    };
  }

  /** The text shown for `item` at instance path `path` in a result: its variant that held, else its text. */
  function shownText(item, result, path) {
    var v = result.textVariants ? result.textVariants[path] : undefined;
    return v != null && item.variants && item.variants[v] ? item.variants[v].text : item.text;
  }

  /**
   * Why an item is not shown in an evaluation: {kind: "ended", end} when the interview stopped before it, or
   * {kind: "condition", branch, source, taken} for the outermost branch around it that was not taken (taken is
   * the branch taken instead, or -1). Null when nothing explains it (it is shown). For an item inside repeats,
   * `iteration` is the path of the iteration asked about (`person[2]`).
   */
  function whyHidden(item, result, iteration) {
    var path = item._path || [];
    var prefixes = [""];
    var split = iteration ? splitPath(iteration + ".x") : null;
    if (split) {
      split.steps.forEach(function (s) {
        prefixes.push(prefixes[prefixes.length - 1] + s.repeat + "[" + s.index + "].");
      });
    }
    for (var i = 0; i < path.length; i++) {
      var step = path[i];
      var depth = (step.node._chain || []).length;
      var taken = result.branches[(prefixes[depth] || "") + "#" + step.node._key];
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
    parseTime: parseTime, formatTime: formatTime, parseDateTime: parseDateTime, formatDateTime: formatDateTime,
    nowMinutes: nowMinutes,
    formatDate: formatDate, formatNumber: formatNumber, todayDays: todayDays, whyHidden: whyHidden,
    universe: universe, Expressions: Expressions, option: option, splitPath: splitPath, at: at,
    repeatChoices: repeatChoices, shuffleOrder: shuffleOrder, optionOrder: optionOrder, shownText: shownText,
  };
})();

if (typeof module !== "undefined" && module.exports) module.exports = QDSLRuntime;

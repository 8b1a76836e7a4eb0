// qdsl preview page: draws the interview of the embedded form JSON with runtime.js and keeps it live. Every
// change of an answer (or of the language) re-runs the whole interview from the start, as docs/outputs.md asks
// of a runtime, and shows or hides each item from the result. A repeat draws one block per iteration that runs:
// blocks appear and disappear as the answers that drive it change (their answers are kept, and come back with
// the block), and an "add another" repeat whose condition is `QUESTION == OPTION` gets a button that gives the
// last iteration that answer. The designer panel shows the data row, one table per repeat (a row per iteration,
// with its key columns), the universe of the focused item and why each hidden item is hidden.
//
// The words a respondent reads (buttons, messages, the language menu) are the page's own words in the current
// language, which the page's JSON holds for every language of the form (QDSLWords); the designer panel is English.
//
// Test hooks: the URL hash may say `lang=sv` and `answer.NAME=VALUE` (an option name, several joined by ",",
// a number, a text or a date; NAME is an instance path such as `person[2].age` inside a repeat, and `add.PATH=1`
// presses the "add another" button of the repeat at PATH); they are applied in order through the same controls a
// respondent uses, after which
// <body> gets data-ready="true". `finish=1` then presses Finish, and `focus=ID` moves the focus to that item.
// <body> also gets data-overflow="true" when the page or a grid is wider than its box (a sideways scroll).
// `seed=N` is the respondent's seed of shuffled options and sections (default: the page's, else 0); a ranking's
// answer in the hash is its option names in order, joined by ",".
"use strict";

(function () {
  var R = QDSLRuntime;
  var form = R.prepare(JSON.parse(document.getElementById("qdsl-form").textContent));
  var start = JSON.parse(document.getElementById("qdsl-start").textContent);
  var pageWords = start.words || {};
  var languageNames = start.languageNames || {};

  // The paradata: the interview starts when the page opens (start and end read this clock); the device is the
  // preview.
  var collector = { now: R.nowMinutes(), device: "preview", user: null };

  var state = {
    language: start.language || form.languages[0],
    answers: {},
    /** What the respondent typed into number fields, so that "12a" stays visible while it is invalid. */
    typed: {},
    touched: {},
    /** Questions whose failed soft checks the respondent confirmed (until the answer changes). */
    confirmed: {},
    finishing: false,
    /** The page word shown beside Finish after it was pressed. */
    finishStatus: null,
    focused: null,
    result: null,
    /** The respondent's seed of shuffled orders (runtime.js shuffleOrder). */
    seed: start.seed || 0,
  };
  var seedParam = new URLSearchParams(location.hash.replace(/^#/, "")).get("seed");
  if (seedParam != null && /^[0-9]+$/.test(seedParam)) state.seed = Number(seedParam);
  try {
    state.answers = R.answersFromJSON(form, start.answers || {});
  } catch (e) {
    state.answers = {};
  }

  var texts = []; // {el, text, attr, iteration}: form texts, filled in their iteration ("" outside repeats)
  var wordTexts = []; // {el, make, attr}: the page's own words, made again at every render
  var itemElements = []; // {item, el, path, iteration}: path is the instance path (`person[2].age`)
  var controls = {}; // instance path → {set(answer), focus}
  var messages = {}; // question or grid instance path → element for messages
  var repeats = []; // the repeats drawn outside iterations: {item, path, el, blocks, button}

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

  /** The page's word `name` in the current language (English when the page has no words for it). */
  function word(name, values) {
    var own = pageWords[state.language] || pageWords[form.languages[0]] || {};
    var text = own[name] != null ? own[name] : name;
    for (var k in values || {}) text = text.split("{" + k + "}").join(String(values[k]));
    return text;
  }

  /** Sets an element's text (or attribute) from the page's words now and at every render. */
  function wordEl(e, make, attr) {
    wordTexts.push({ el: e, make: make, attr: attr });
    return e;
  }

  /**
   * The element of an item's text: with text variants, the text of the variant the last evaluation chose there
   * (else the plain text), filled again at every render.
   */
  function itemTextEl(tag, item, path, attrs) {
    if (!item.variants) return textEl(tag, item.text, attrs);
    var e = el(tag, attrs);
    texts.push({
      el: e, iteration: building.iteration,
      make: function (ex) {
        return R.fill(form, R.shownText(item, state.result, path), state.language, state.result.values, ex);
      },
    });
    return e;
  }

  /** An element whose text is a form text, filled again at every render in the iteration being built. */
  function textEl(tag, text, attrs) {
    var e = el(tag, attrs);
    texts.push({ el: e, text: text, iteration: building.iteration });
    return e;
  }

  /** Where build() is: the iteration path ("" outside repeats) and the prefix of its instance paths. */
  var building = { iteration: "", prefix: "" };

  function safeId(id) {
    return id.replace(/[^A-Za-z0-9_-]/g, "-");
  }

  /** Whether the question answered at `name` (an instance path) has a default. */
  function hasDefault(name) {
    var split = R.splitPath(name);
    var v = form._byName[split ? split.name : name];
    return !!(v && v.kind !== "gridRow" && v.item && v.item["default"]);
  }

  function setAnswer(name, answer) {
    // A cleared answer to a question with a default stays cleared (null): the default fills only a new question.
    if (answer == null && hasDefault(name)) state.answers[name] = null;
    else if (answer == null) delete state.answers[name];
    else state.answers[name] = answer;
    delete state.confirmed[name];
    state.touched[name] = true;
    render();
  }

  // MARK: building the controls

  function numberControl(q, path) {
    var id = "q-" + safeId(path);
    var input = el("input", {
      id: id, type: "text", inputmode: q.type === "integer" ? "numeric" : "decimal", autocomplete: "off",
      "aria-describedby": "m-" + safeId(path) + " h-" + safeId(path), "data-var": path,
    });
    input.addEventListener("input", function () {
      var s = input.value.trim().replace(",", ".");
      state.typed[path] = input.value;
      if (s === "") setAnswer(path, null);
      else if (/^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/.test(s)) setAnswer(path, { k: "n", v: parseFloat(s) });
      else setAnswer(path, { k: "t", v: input.value });
    });
    controls[path] = {
      set: function (a) {
        if (state.typed[path] === undefined) input.value = a && a.k === "n" ? R.formatNumber(a.v) : "";
      },
      focus: input,
    };
    return input;
  }

  function textControl(q, path) {
    var id = "q-" + safeId(path);
    var long = q.type === "text" && (q.maxLength == null || q.maxLength > 200);
    var input = el(long ? "textarea" : "input", {
      id: id, rows: long ? 3 : null,
      type: long ? null : q.type === "date" ? "date" : q.type === "time" ? "time" : q.type === "datetime" ? "datetime-local" : "text",
      "aria-describedby": "m-" + safeId(path) + " h-" + safeId(path), "data-var": path,
    });
    input.addEventListener("input", function () {
      if (q.type === "date") setAnswer(path, input.value === "" ? null : { k: "d", v: input.value });
      // Browsers give HH:MM (and YYYY-MM-DDTHH:MM), with seconds only when asked for a finer step.
      else if (q.type === "time") setAnswer(path, input.value === "" ? null : { k: "tm", v: input.value.slice(0, 5) });
      else if (q.type === "datetime") setAnswer(path, input.value === "" ? null : { k: "dt", v: input.value.slice(0, 16) });
      else setAnswer(path, { k: "t", v: input.value });
    });
    controls[path] = {
      set: function (a) {
        var v = a ? (a.k === "n" ? String(a.v) : String(a.v)) : "";
        if (input.value !== v) input.value = v;
      },
      focus: input,
    };
    return input;
  }

  // An option's label, with its help (description { … }) underneath when it has one.
  function optionLabel(o) {
    if (!o.description) return textEl("span", o.label);
    return el("span", { class: "option-text" }, [textEl("span", o.label), textEl("small", o.description, { class: "option-help" })]);
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
    var clear = el("button", { type: "button", class: "clear" });
    wordEl(clear, function () { return word("clear"); });
    wordEl(clear, function () { return word("clearTheAnswer"); }, "aria-label");
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

  function manyControl(q, list, path) {
    var inputs = [];
    var wrap = el("div", { class: "options", role: "group", "aria-labelledby": "t-" + safeId(path) });
    list.forEach(function (o) {
      var id = "o-" + safeId(path) + "-" + o.code;
      var input = el("input", { type: "checkbox", id: id, value: String(o.code), "data-var": path, "data-option": o.name });
      input.addEventListener("change", function () {
        var current = state.answers[path] && state.answers[path].k === "s" ? new Set(state.answers[path].v) : new Set();
        if (input.checked) {
          // An exclusive option clears the others; another option clears an exclusive one.
          if (o.exclusive) current = new Set();
          else list.forEach(function (x) { if (x.exclusive) current.delete(x.code); });
          current.add(o.code);
        } else {
          current.delete(o.code);
        }
        setAnswer(path, current.size ? { k: "s", v: current } : null);
      });
      inputs.push(input);
      wrap.appendChild(el("label", { for: id, class: "option" + (o.exclusive ? " exclusive" : "") }, [input, optionLabel(o)]));
    });
    controls[path] = {
      set: function (a) {
        inputs.forEach(function (i) { i.checked = a != null && a.k === "s" && a.v.has(+i.value); });
      },
      focus: inputs[0],
    };
    return wrap;
  }

  /**
   * A ranking: the options in a list, first the order shown, then the answer's; each moves up or down a place,
   * which answers with the whole order, and "Rank in this order" answers with the order as it stands.
   */
  function rankControl(shownList, path) {
    var wrap = el("div", { class: "options ranking", role: "group", "aria-labelledby": "t-" + safeId(path) });
    var ol = el("ol", { class: "rank-list" });
    wrap.appendChild(ol);
    var keep = el("button", { type: "button", class: "keep-order", "data-var": path });
    wordEl(keep, function () { return word("keepOrder"); });
    keep.addEventListener("click", function () { setAnswer(path, { k: "r", v: current() }); });
    wrap.appendChild(keep);
    var byCode = {};
    shownList.forEach(function (o) { byCode[o.code] = o; });
    function current() {
      var a = state.answers[path];
      return a && a.k === "r" ? a.v.slice() : shownList.map(function (o) { return o.code; });
    }
    function move(code, by) {
      var order = current();
      var i = order.indexOf(code);
      var j = i + by;
      if (i < 0 || j < 0 || j >= order.length) return;
      order[i] = order[j];
      order[j] = code;
      setAnswer(path, { k: "r", v: order });
    }
    function draw() {
      while (ol.firstChild) ol.removeChild(ol.firstChild);
      current().forEach(function (code) {
        var o = byCode[code];
        if (!o) return;
        var up = el("button", { type: "button", class: "move-up", "data-option": o.name });
        var down = el("button", { type: "button", class: "move-down", "data-option": o.name });
        up.textContent = "↑";
        down.textContent = "↓";
        up.setAttribute("aria-label", word("moveUp"));
        down.setAttribute("aria-label", word("moveDown"));
        up.addEventListener("click", function () { move(code, -1); });
        down.addEventListener("click", function () { move(code, 1); });
        ol.appendChild(el("li", { class: "option", "data-option": o.name }, [optionLabel(o), up, down]));
      });
    }
    draw();
    controls[path] = {
      set: function () { draw(); },
      /** The hash hook: option names in order. */
      setOrder: function (names) {
        var codes = names.map(function (n) { var o = shownList.filter(function (x) { return x.name === n; })[0]; return o ? o.code : null; })
          .filter(function (c) { return c != null; });
        setAnswer(path, { k: "r", v: codes });
      },
      focus: keep,
    };
    return wrap;
  }

  function gridControl(g, list, prefix) {
    var head = el("tr", {}, [el("td")]);
    list.forEach(function (o) { head.appendChild(textEl("th", o.label, { scope: "col" })); });
    var body = el("tbody");
    g.rows.forEach(function (row) {
      var rowPath = prefix + row.id;
      var rowId = "t-" + safeId(rowPath);
      var tr = el("tr", { "data-row": rowPath, role: "radiogroup", "aria-labelledby": rowId });
      tr.appendChild(textEl("th", row.label, { scope: "row", id: rowId }));
      var inputs = [];
      list.forEach(function (o) {
        var input = el("input", { type: "radio", name: "r-" + rowPath, value: String(o.code), "data-var": rowPath,
          "data-option": o.name, class: "grid-radio" });
        input.addEventListener("change", function () { if (input.checked) setAnswer(rowPath, { k: "c", v: o.code }); });
        texts.push({ el: input, text: o.label, attr: "aria-label", iteration: building.iteration });
        inputs.push(input);
        // The option's label beside the button shows only when a narrow screen stacks the rows (page.css).
        tr.appendChild(el("td", {}, [el("label", { class: "grid-choice" }, [input, textEl("span", o.label, { class: "grid-choice-label" })])]));
      });
      body.appendChild(tr);
      controls[rowPath] = {
        set: function (a) {
          inputs.forEach(function (i) { i.checked = a != null && a.k === "c" && String(a.v) === i.value; });
        },
        focus: inputs[0],
      };
    });
    return el("div", { class: "grid-wrap" }, [el("table", { class: "grid" }, [el("thead", {}, [head]), body])]);
  }

  /** Draws items into `container` in the iteration `building` says (outside repeats: its paths are the ids). */
  function build(items, container) {
    var prefix = building.prefix;
    items.forEach(function (item) {
      var e = null;
      var path = item.id != null ? prefix + item.id : null;
      var sid = path ? safeId(path) : null;
      switch (item.kind) {
        case "section":
          e = el("section", { class: "item section", "data-id": path, "aria-labelledby": "t-" + sid });
          if (item.title) e.appendChild(textEl("h2", item.title, { id: "t-" + sid }));
          else e.appendChild(el("h2", { id: "t-" + sid }, [item.id]));
          container.appendChild(e);
          register(item, e, path);
          if (item.shuffle) {
            var sectionItems = item.items;
            build(R.shuffleOrder(sectionItems.length, state.seed, path, function () { return false; })
              .map(function (k) { return sectionItems[k]; }), e);
          } else {
            build(item.items, e);
          }
          return;
        case "if":
          item.branches.forEach(function (b) { build(b.items, container); });
          return;
        case "repeat": {
          e = el("div", { class: "item repeat", "data-id": path, "data-kind": "repeat" });
          var blocks = el("div", { class: "iterations" });
          e.appendChild(blocks);
          var entry = { item: item, path: path, el: e, list: blocks, blocks: [], button: null, add: addAnotherOf(item) };
          if (entry.add) {
            entry.button = wordEl(el("button", { type: "button", class: "add-another", "data-add": path }),
              function () { return word("addAnother"); });
            entry.button.addEventListener("click", function () {
              var last = entry.blocks.length;
              if (last > 0) setAnswer(path + "[" + last + "]." + entry.add.question, { k: "c", v: entry.add.code });
            });
            e.appendChild(entry.button);
          }
          (building.repeats || repeats).push(entry);
          container.appendChild(e);
          register(item, e, path);
          return;
        }
        case "question": {
          // An option's "other, specify" text follows its question, indented under it.
          e = el("div", { class: "item question" + (item.specifies ? " specify-text" : ""), "data-id": path,
            "data-kind": item.type });
          var choice = item.type === "one" || item.type === "many" || item.type === "rank";
          var title = itemTextEl(choice ? "p" : "label", item, path, {
            id: "t-" + sid, class: "qtext", for: choice ? null : "q-" + sid });
          e.appendChild(el("div", { class: "qhead" }, [title, item.required ? requiredMark() : null]));
          e.appendChild(item.hint ? textEl("p", item.hint, { class: "hint", id: "h-" + sid }) : el("p", { class: "hint", id: "h-" + sid, hidden: true }));
          var list = item.choices ? R.optionOrder(form, item, state.seed, path) : [];
          if (item.type === "integer" || item.type === "decimal") e.appendChild(numberControl(item, path));
          else if (item.type === "one") e.appendChild(oneControl(path, list, "t-" + sid));
          else if (item.type === "many") e.appendChild(manyControl(item, list, path));
          else if (item.type === "rank") e.appendChild(rankControl(list, path));
          else e.appendChild(textControl(item, path));
          if (boundsText(item)) e.appendChild(wordEl(el("p", { class: "bounds" }), boundsText.bind(null, item)));
          break;
        }
        case "grid":
          e = el("div", { class: "item grid-item", "data-id": path, "data-kind": "grid" });
          e.appendChild(el("div", { class: "qhead" }, [itemTextEl("p", item, path, { id: "t-" + sid, class: "qtext" }),
            item.required ? requiredMark() : null]));
          if (item.hint) e.appendChild(textEl("p", item.hint, { class: "hint" }));
          e.appendChild(gridControl(item, form._lists[item.choices] || [], prefix));
          break;
        case "note":
          e = el("div", { class: "item note", "data-id": path, "data-kind": "note" }, [itemTextEl("p", item, path)]);
          if (item.hint) e.appendChild(textEl("p", item.hint, { class: "hint" }));
          break;
        case "calculate":
          e = el("div", { class: "item calculate", "data-id": path, "data-kind": "calculate" });
          e.appendChild(el("code", {}, [item.id + " = " + item.source + " → "]));
          e.appendChild(el("output", { class: "calc-value", "data-var": path }));
          break;
        case "end":
          e = el("div", { class: "item end", "data-end": String(item._index), role: "status" });
          e.appendChild(el("p", { class: "end-message" }));
          break;
      }
      if (item.id && item.kind !== "calculate" && item.kind !== "note") {
        var m = el("div", { class: "messages", id: "m-" + sid, "aria-live": "polite" });
        e.appendChild(m);
        messages[path] = m;
      }
      container.appendChild(e);
      register(item, e, path);
    });
  }

  function register(item, e, path) {
    itemElements.push({ item: item, el: e, path: path, iteration: building.iteration });
  }

  /**
   * For an "add another" repeat whose condition is `QUESTION == OPTION` with QUESTION asked in each iteration:
   * {question, code}, the answer the button gives the last iteration. Null for every other repeat.
   */
  function addAnotherOf(r) {
    var c = r.driver.kind === "while" ? r.driver.condition : null;
    if (!c || c.op !== "==" || c.args.length !== 2) return null;
    var v = c.args[0]["var"] !== undefined && c.args[0].instance == null ? c.args[0]["var"] : null;
    var variable = v != null ? form._byName[v] : null;
    var option = c.args[1].code !== undefined ? c.args[1].code : null;
    if (!variable || option === null || variable.repeats[variable.repeats.length - 1] !== r.id) return null;
    if (variable.repeats.length !== r._chain.length + 1) return null;
    return { question: v, code: option };
  }

  /**
   * Makes the iteration blocks of every repeat match the result: a block for each iteration that ran, built when
   * it first appears and removed (with its controls and texts) when it no longer runs; then the same inside each.
   */
  function syncRepeats(entries, result) {
    var removed = false;
    entries.forEach(function (entry) {
      var count = result.iterations[entry.path] || 0;
      while (entry.blocks.length > count) {
        var gone = entry.blocks.pop();
        gone.el.remove();
        removed = true;
      }
      while (entry.blocks.length < count) {
        var k = entry.blocks.length + 1;
        var iteration = entry.path + "[" + k + "]";
        var block = el("fieldset", { class: "iteration", "data-iteration": iteration });
        var saved = building;
        building = { iteration: iteration, prefix: iteration + ".", repeats: [] };
        var legend = el("legend", { class: "iteration-title" });
        block.appendChild(legend);
        if (entry.item.title) texts.push({ el: legend, text: entry.item.title, iteration: iteration });
        else texts.push({ el: legend, text: null, iteration: iteration, make: defaultTitle(entry.item, k) });
        build(entry.item.items, block);
        var nested = building.repeats;
        building = saved;
        entry.list.appendChild(block);
        entry.blocks.push({ el: block, repeats: nested });
      }
      entry.blocks.forEach(function (b) { removed = syncRepeats(b.repeats, result) || removed; });
    });
    return removed;
  }

  /** The heading of an iteration of a repeat without a title: its name and number, and its option's label. */
  function defaultTitle(r, k) {
    return function (ex) {
      var list = R.repeatChoices(r);
      var f = ex.frame(r.id);
      var o = list && f && f.option != null ? R.option(form, list, f.option) : null;
      return r.id + " " + k + (o ? ": " + R.fill(form, o.label, state.language, {}) : "");
    };
  }

  /** Forgets the controls, texts and items of iteration blocks that were removed. */
  function forgetRemoved() {
    texts = texts.filter(function (t) { return t.el.isConnected; });
    wordTexts = wordTexts.filter(function (t) { return t.el.isConnected; });
    itemElements = itemElements.filter(function (e) { return e.el.isConnected; });
    for (var path in controls) if (controls[path].focus && !controls[path].focus.isConnected) delete controls[path];
    for (var m in messages) if (!messages[m].isConnected) delete messages[m];
    if (state.focused && !state.focused.el.isConnected) state.focused = null;
  }

  function requiredMark() {
    return wordEl(el("span", { class: "req" }, ["*"]), function () { return word("required"); }, "aria-label");
  }

  function boundsText(q) {
    if ((q.type === "integer" || q.type === "decimal") && (q.min != null || q.max != null)) {
      if (q.min != null && q.max != null) return q.min + " – " + q.max;
      return q.min != null ? "≥ " + q.min : "≤ " + q.max;
    }
    if (q.type === "text" && q.maxLength != null) return word("atMostCharacters", { max: q.maxLength });
    return null;
  }

  /** The page word of each problem of an answer (runtime.js's names). */
  var problemWords = {
    wrongType: "enterNumber", notAWholeNumber: "enterWholeNumber", tooLong: "textTooLong", notADate: "enterDate",
    unknownOption: "chooseOption", exclusiveWithOthers: "exclusiveWithOthers", incompleteRanking: "rankEveryOption",
  };

  function problemText(problem, variable) {
    if (problem === "outOfRange") {
      var q = variable.item;
      var bounds = { min: q.min, max: q.max };
      if (q.min != null && q.max != null) return word("numberFromTo", bounds);
      return q.min != null ? word("numberAtLeast", bounds) : word("numberAtMost", bounds);
    }
    return problemWords[problem] ? word(problemWords[problem]) : problem;
  }

  // MARK: rendering a result

  /** Clears the options of answers that are no longer offered (an earlier answer changed); whether any were. */
  function clearNotOffered(result) {
    var changed = false;
    result.invalidAnswers.forEach(function (a) {
      var offered = result.offered[a.name];
      var current = state.answers[a.name];
      if (a.problem !== "notOffered" || !offered || !current) return;
      changed = true;
      if (current.k === "s") {
        var kept = new Set();
        current.v.forEach(function (c) { if (offered.indexOf(c) >= 0) kept.add(c); });
        if (kept.size) state.answers[a.name] = { k: "s", v: kept };
        else delete state.answers[a.name];
      } else {
        delete state.answers[a.name];
      }
    });
    return changed;
  }

  function render() {
    var result = R.evaluate(form, state.answers, state.language, undefined, state.seed, collector);
    if (clearNotOffered(result)) result = R.evaluate(form, state.answers, state.language, undefined, state.seed, collector);
    // A default fills a question when it is first shown unanswered; from then on it is the respondent's answer.
    for (var filled in result.defaults) {
      if (!Object.prototype.hasOwnProperty.call(state.answers, filled)) state.answers[filled] = result.defaults[filled];
    }
    state.result = result;
    if (syncRepeats(repeats, result)) forgetRemoved();
    var shown = new Set(result.shown);
    document.documentElement.lang = state.language;
    // One Expressions per iteration, for the pipes of its texts.
    var contexts = {};
    function context(iteration) {
      return contexts[iteration] || (contexts[iteration] = R.at(form, result, iteration));
    }
    texts.forEach(function (t) {
      var ex = t.iteration ? context(t.iteration) : null;
      var s = t.make ? t.make(ex) : R.fill(form, t.text, state.language, result.values, ex);
      if (t.attr) t.el.setAttribute(t.attr, s);
      else if (t.el.textContent !== s) t.el.textContent = s;
    });
    wordTexts.forEach(function (t) {
      var s = t.make();
      if (t.attr) t.el.setAttribute(t.attr, s);
      else if (t.el.textContent !== s) t.el.textContent = s;
    });
    var title = (form.title && R.fill(form, form.title, state.language, {})) || form.survey;
    document.title = title;
    document.getElementById("survey-title").textContent = title;
    for (var name in controls) controls[name].set(state.answers[name]);
    // Only the options offered now are shown (option conditions and question filters).
    var offeredSets = {};
    Array.prototype.forEach.call(document.querySelectorAll("input[data-option]"), function (i) {
      var name = i.getAttribute("data-var");
      var offered = result.offered[name];
      if (offered && !offeredSets[name]) offeredSets[name] = new Set(offered);
      var hide = offered != null && !offeredSets[name].has(+i.value);
      // A grid's radio stands in a table cell: the radio alone is hidden there.
      var target = i.classList.contains("grid-radio") ? i : i.parentNode;
      if (target.hidden !== hide) target.hidden = hide;
      if (hide && i.checked) i.checked = false;
    });
    var failed = {};
    // A soft check is a warning: the respondent may confirm the answer (keep it) and go on.
    result.failedChecks.forEach(function (c) {
      var cls = c.soft ? (state.confirmed[c.question] ? "warning check confirmed" : "warning check") : "error check";
      (failed[c.question] = failed[c.question] || []).push({ cls: cls, text: c.message, soft: !!c.soft });
    });
    var invalid = {};
    result.invalidAnswers.forEach(function (a) { invalid[a.name] = a.problem; });
    var required = new Set(result.requiredUnanswered);
    itemElements.forEach(function (entry) {
      var item = entry.item;
      var e = entry.el;
      var visible = item.kind === "end" ? result.end != null && result.end.index === item._index : shown.has(entry.path);
      e.hidden = !visible;
      e.setAttribute("data-shown", visible ? "true" : "false");
      if (item.kind === "end" && visible) e.querySelector(".end-message").textContent = result.end.message;
      if (item.kind === "calculate") {
        var v = result.values[entry.path];
        e.querySelector("output").textContent = v == null ? "missing" : R.pipeText(form, item.id, v, state.language);
      }
      var m = messages[entry.path];
      if (!m) return;
      var lines = [];
      var prefix = entry.iteration ? entry.iteration + "." : "";
      var names = item.kind === "grid" ? item.rows.map(function (r) { return prefix + r.id; }) : [entry.path];
      names.forEach(function (n) {
        var variable = form._byName[R.splitPath(n) ? R.splitPath(n).name : n];
        if (invalid[n]) lines.push({ cls: "error", text: problemText(invalid[n], variable) });
        if (required.has(n) && (state.finishing || state.touched[n]) && !invalid[n]) {
          lines.push({ cls: "error", text: word(item.kind === "grid" ? "answerEveryRow" : "answerRequired") });
        }
      });
      (failed[entry.path] || []).forEach(function (line) { lines.push(line); });
      var seen = {};
      m.textContent = "";
      lines.forEach(function (l) {
        if (seen[l.text]) return;
        seen[l.text] = true;
        m.appendChild(el("p", { class: l.cls, role: "alert" }, [l.text]));
      });
      // Under failed soft checks: the checkbox with which the respondent keeps the answer.
      if (lines.some(function (l) { return l.soft; })) {
        var box = el("input", { type: "checkbox", "data-confirm": entry.path });
        box.checked = !!state.confirmed[entry.path];
        box.addEventListener("change", function () {
          if (box.checked) state.confirmed[entry.path] = true;
          else delete state.confirmed[entry.path];
          render();
        });
        m.appendChild(el("label", { class: "confirm" }, [box, " " + word("confirmAnswer")]));
      }
      var bad = lines.some(function (l) { return l.cls.indexOf("warning") < 0; });
      e.classList.toggle("has-error", bad);
      e.querySelectorAll("input, textarea").forEach(function (i) { i.setAttribute("aria-invalid", bad ? "true" : "false"); });
    });
    // An iteration whose items are all hidden (a pair of a member with a later one) shows no empty frame.
    Array.prototype.forEach.call(document.querySelectorAll("fieldset.iteration"), function (block) {
      block.hidden = !block.querySelector('[data-shown="true"]');
    });
    showAddButtons(repeats, result);
    renderPanel(result);
  }

  /** The "add another" button of a repeat shows under its last iteration while one more may run. */
  function showAddButtons(entries, result) {
    entries.forEach(function (entry) {
      if (entry.button) {
        var last = entry.blocks.length;
        var answer = last > 0 ? state.answers[entry.path + "[" + last + "]." + entry.add.question] : null;
        var asked = answer != null && answer.k === "c" && answer.v === entry.add.code;
        entry.button.hidden = last === 0 || last >= entry.item.max || asked || result.end != null;
      }
      entry.blocks.forEach(function (b) { showAddButtons(b.repeats, result); });
    });
  }

  function rowValue(variable, value) {
    if (value == null) return "";
    switch (value.k) {
      case "n": return R.formatNumber(value.v);
      case "t": return value.v;
      case "d": return R.formatDate(value.v);
      case "tm": return R.formatTime(value.v);
      case "dt": return R.formatDateTime(value.v);
      case "b": return value.v ? "1" : "0";
      case "c": return String(value.v);
    }
    return "";
  }

  /** The data-file columns of a variable and their values in the data row. */
  function columns(v, value) {
    if (v.kind === "question" && v.type === "rank") {
      var ranked = form._lists[v.choices] || [];
      return v.item.variables.map(function (column, i) {
        var code = ranked[i] ? ranked[i].code : null;
        return { name: column, text: value == null ? "" : String(value.v.indexOf(code) + 1) };
      });
    }
    if (v.kind === "question" && v.type === "many") {
      var list = form._lists[v.choices] || [];
      return v.item.variables.map(function (column, i) {
        var code = list[i] ? list[i].code : null;
        return { name: column, text: value == null ? "" : value.v.has(code) ? "1" : "0" };
      });
    }
    var column = v.kind === "gridRow" ? v.row.variable : v.kind === "paradata" ? v.name : v.item.variable || v.name;
    var text = rowValue(v, value);
    var label = value && value.k === "c" ? R.pipeText(form, v.name, value, state.language) : "";
    return [{ name: column, text: text + (label ? " (" + label + ")" : ""), label: label, derived: v.kind === "calculate" }];
  }

  function renderPanel(result) {
    var tbody = document.getElementById("data-row");
    tbody.textContent = "";
    form._variables.forEach(function (v) {
      if (v.repeats.length) return;
      columns(v, result.values[v.name]).forEach(function (c) {
        tbody.appendChild(el("tr", { class: c.derived ? "derived" : null }, [el("th", { scope: "row" }, [c.name]),
          el("td", { title: c.label || null }, [c.text])]));
      });
    });
    // The orders shown by shuffled questions and sections outside repeats (Q_order, SECTION_order).
    Object.keys(result.orders || {}).forEach(function (name) {
      if (name.indexOf("[") >= 0) return;
      tbody.appendChild(el("tr", { class: "derived" }, [el("th", { scope: "row" }, [name]),
        el("td", {}, [result.orders[name]])]));
    });
    renderLevels(result);

    var focus = document.getElementById("focus");
    focus.textContent = "";
    var entry = state.focused;
    var item = entry ? entry.item : null;
    if (!item) {
      focus.appendChild(el("p", {}, ["Move to a question to see its universe."]));
    } else {
      focus.appendChild(el("p", {}, [el("strong", {}, [entry.path || "end"])]));
      var u = R.universe(item);
      var chain = item._chain || [];
      if (chain.length) {
        focus.appendChild(el("p", {}, ["Asked in each iteration of " + chain.join(" → ") + "."]));
      }
      if (u.length === 0 && !chain.length) focus.appendChild(el("p", {}, ["Asked of everyone who gets this far."]));
      var ex = R.at(form, result, entry.iteration || "");
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
      if (!it.id || shown.has(entry.path)) return;
      var why = R.whyHidden(it, result, entry.iteration);
      var reason;
      if (!why) reason = ["not reached"];
      else if (why.kind === "ended") reason = ["the interview ended (end " + why.end.index + ")"];
      else if (why.taken >= 0 && why.taken < why.branch) {
        var t = why.node.branches[why.taken];
        reason = ["an earlier branch was taken: ", el("code", {}, [t.source || "else"])];
      } else {
        reason = [el("code", {}, [why.node.branches[why.branch].source]), " does not hold"];
      }
      hidden.appendChild(el("li", {}, [el("strong", {}, [entry.path]), ": "].concat(reason)));
    });
    if (!hidden.firstChild) hidden.appendChild(el("li", {}, ["none"]));
    var status = document.getElementById("status");
    function count(n, one, many) { return n + " " + (n === 1 ? one : many); }
    var soft = result.failedChecks.filter(function (c) { return c.soft; }).length;
    var unconfirmed = result.failedChecks.filter(function (c) { return c.soft && !state.confirmed[c.question]; }).length;
    status.textContent = count(result.requiredUnanswered.length, "required question", "required questions") +
      " unanswered, " + count(result.failedChecks.length - soft, "failed check", "failed checks") + ", " +
      (unconfirmed ? count(unconfirmed, "soft check", "soft checks") + " to confirm, " : "") +

      count(result.invalidAnswers.length, "invalid answer", "invalid answers") + "; " +
      (result.end ? "the interview stops at end " + result.end.index + "." : "no end fires.");
  }

  /**
   * One table per repeat, as its data file would hold this respondent: the key columns (`record_id`, the
   * enclosing iterations' numbers, its own, and a `for each` option's code) and its variables, a row per iteration.
   */
  function renderLevels(result) {
    var box = document.getElementById("data-levels");
    if (!box) return;
    box.textContent = "";
    form._levelList.forEach(function (level) {
      var variables = form._variables.filter(function (v) { return v.repeats[v.repeats.length - 1] === level.id; });
      var head = el("tr", {}, level.item.keys.map(function (k) { return el("th", { scope: "col", class: "key" }, [k]); }));
      variables.forEach(function (v) {
        columns(v, null).forEach(function (c) { head.appendChild(el("th", { scope: "col" }, [c.name])); });
      });
      var body = el("tbody", { "data-level": level.id });
      instances(level.chain, 0, "", [], function (prefix, indexes, option) {
        var keys = ["1"].concat(indexes.map(String));
        if (R.repeatChoices(level.item)) keys.push(option == null ? "" : String(option));
        var tr = el("tr", { "data-iteration": prefix.slice(0, -1) },
          keys.slice(0, level.item.keys.length).map(function (k) { return el("td", { class: "key" }, [k]); }));
        variables.forEach(function (v) {
          columns(v, result.values[prefix + v.name]).forEach(function (c) {
            tr.appendChild(el("td", { title: c.label || null, "data-column": c.name }, [c.text]));
          });
        });
        body.appendChild(tr);
      });
      box.appendChild(el("h3", {}, ["Repeat " + level.id + ": a row per iteration"]));
      box.appendChild(el("div", { class: "level-wrap" }, [el("table", { class: "level" }, [el("thead", {}, [head]), body])]));
    });

    /** Calls `row(prefix, indexes, option)` for every iteration of `chain` that ran, in order. */
    function instances(chain, i, prefix, indexes, row) {
      var count = result.iterations[prefix + chain[i]] || 0;
      for (var k = 1; k <= count; k++) {
        var path = prefix + chain[i] + "[" + k + "]";
        var next = indexes.concat([k]);
        if (i + 1 === chain.length) row(path + ".", next, result.iterationOptions[path]);
        else instances(chain, i + 1, path + ".", next, row);
      }
    }
  }

  // MARK: the page

  var select = document.getElementById("lang");
  // A draft language (a translation in progress) is marked with its own word for "draft": a text it lacks is
  // shown in the source language.
  var drafts = form.draftLanguages || [];
  form.languages.forEach(function (l) {
    var draft = drafts.indexOf(l) >= 0;
    var mark = draft ? ", " + ((pageWords[l] || {}).draft || "draft") : "";
    var attributes = draft ? { value: l, "data-draft": "" } : { value: l };
    select.appendChild(el("option", attributes, [(languageNames[l] || l) + " (" + l + mark + ")"]));
  });
  select.value = state.language;
  select.addEventListener("change", function () {
    state.language = select.value;
    render();
  });
  var main = document.getElementById("interview");
  wordEl(document.getElementById("lang-label"), function () { return word("language"); });
  wordEl(main, function () { return word("interview"); }, "aria-label");
  var finishButton = wordEl(document.getElementById("finish"), function () { return word("finish"); });
  var finishStatus = wordEl(document.getElementById("finish-status"), function () {
    return state.finishStatus ? word(state.finishStatus) : "";
  });
  build(form.items, main);
  main.addEventListener("focusin", function (event) {
    var node = event.target.closest ? event.target.closest("[data-id], [data-end]") : null;
    if (!node) return;
    for (var i = itemElements.length - 1; i >= 0; i--) {
      if (itemElements[i].el === node) {
        state.focused = itemElements[i];
        break;
      }
    }
    renderPanel(state.result);
  });
  finishButton.addEventListener("click", function () {
    state.finishing = true;
    render();
    var r = state.result;
    var first = r.invalidAnswers.concat(r.requiredUnanswered.map(function (n) { return { name: n }; }))
      .concat(r.failedChecks.filter(function (c) { return !c.soft || !state.confirmed[c.question]; })
        .map(function (c) { return { name: c.question }; }))[0];
    state.finishStatus = first && controls[first.name] ? "correctMarked" : "allComplete";
    finishStatus.textContent = word(state.finishStatus);
    if (state.finishStatus === "correctMarked") controls[first.name].focus.focus();
  });

  render();

  // Test hooks from the URL hash, applied through the controls.
  var params = new URLSearchParams(location.hash.replace(/^#/, ""));
  params.forEach(function (value, key) {
    if (key === "lang") {
      select.value = value;
      select.dispatchEvent(new Event("change"));
    } else if (key.indexOf("confirm.") === 0) {
      var confirm = document.querySelector('input[data-confirm="' + key.slice(8) + '"]');
      if (confirm) confirm.click();
    } else if (key.indexOf("add.") === 0) {
      var add = document.querySelector('button[data-add="' + key.slice(4) + '"]');
      if (add) add.click();
    } else if (key.indexOf("answer.") === 0) {
      var name = key.slice(7);
      var split = R.splitPath(name);
      var v = split ? form._byName[split.name] : null;
      if (!v) return;
      if (v.type === "rank") {
        if (controls[name] && controls[name].setOrder) controls[name].setOrder(value.split(","));
      } else if (v.type === "one" || v.type === "many") {
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
    var g = itemElements.filter(function (e) { return e.path === focusId && e.item.kind === "grid"; })[0];
    var prefix = g && g.iteration ? g.iteration + "." : "";
    if (g) controls[prefix + g.item.rows[0].id].focus.focus({ preventScroll: true });
  }
  var wide = [document.documentElement].concat(Array.prototype.slice.call(document.querySelectorAll(".grid-wrap")))
    .some(function (e) { return e.scrollWidth > e.clientWidth; });
  document.body.setAttribute("data-overflow", wide ? "true" : "false");
  document.body.setAttribute("data-ready", "true");
})();

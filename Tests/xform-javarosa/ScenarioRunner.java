// Test-only driver of JavaRosa, the form engine of ODK Collect (from inside ODK_Validate.jar): loads an XForm made by
// `qdsl compile --target xform`, enters each scenario's answers as a collector would, and reports the relevant nodes,
// their values, the constraints that fail (with their messages) and the required questions left empty.
//
// Input (UTF-8, tab-separated lines): "form PATH", "language TAG", "today YYYY-MM-DD", "repeat NAME"... (the
// elements that are repeats), then per scenario "scenario NAME", "answer NODE VALUE keep|reject"... (reject: the
// answer breaks the question's declared type, so it is not kept when its constraint fails), "iterations REPEAT N"...
// (how many iterations of an "add another" repeat the collector adds), "change NODE VALUE"... (answers changed
// afterwards: the respondent goes back) and "run". A NODE is a node's key: the last step of its path, after each
// enclosing repeat iteration as NAME[k] and a dot (`person[2].job[1].hours`); a REPEAT is the key of a repeat's
// iterations without the number (`person[2].visitor`). VALUE is the XForm value (codes for selects,
// space-separated for select multiple) with \\, \t and \n escaped.
// Output: "scenario NAME", then "node PATH KEY RELEVANT VALUE" for every node of the primary instance in document
// order (repeat templates left out), "violated NODE MESSAGE", "required NODE" and "text NODE TEXT" (the label of
// every question, group, note and end reached) as they happen; after changes, "changed" and the nodes again. An
// empty VALUE clears the question (a default the respondent removed).

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.FormIndex;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.data.DateData;
import org.javarosa.core.services.IPropertyManager;
import org.javarosa.core.services.PropertyManager;
import org.javarosa.core.services.properties.IPropertyRules;
import org.javarosa.core.model.data.DateTimeData;
import org.javarosa.core.model.data.TimeData;
import org.javarosa.core.model.data.DecimalData;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.IntegerData;
import org.javarosa.core.model.data.MultipleItemsData;
import org.javarosa.core.model.data.SelectMultiData;
import org.javarosa.core.model.data.SelectOneData;
import org.javarosa.core.model.data.StringData;
import org.javarosa.core.model.data.helper.Selection;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.model.instance.TreeElement;
import org.javarosa.core.model.instance.TreeReference;
import org.javarosa.core.model.Constants;
import org.javarosa.core.model.utils.DateUtils;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.xform.util.XFormUtils;

public class ScenarioRunner {
  static PrintStream out;
  /// The names of the repeats' elements.
  static Set<String> repeats = new HashSet<>();
  /// The values of the clock's paradata preloads (start, end, today) in the current scenario.
  static Map<String, String> clock = new HashMap<>();
  /// The values of the sample variables' hidden fields in the current scenario, as the collector prefills them.
  static Map<String, String> prefill = new LinkedHashMap<>();
  /// How many iterations of each "add another" repeat the collector adds, by the key of its iterations.
  static Map<String, Integer> iterations = new HashMap<>();

  public static void main(String[] args) throws Exception {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    PropertyManager.setPropertyManager(new ScenarioProperties());
    out = new PrintStream(System.out, true, "UTF-8");
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String form = null, language = null, today = null, scenario = null;
    Map<String, String> answers = new LinkedHashMap<>();
    Map<String, Boolean> keep = new LinkedHashMap<>();
    List<String[]> changes = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String[] f = line.split("\t", 3);
      switch (f[0]) {
        case "form": form = f[1]; break;
        case "language": language = f[1]; break;
        case "today": today = f[1]; break;
        case "property": ScenarioProperties.values.put(f[1], f[2].isEmpty() ? null : unescape(f[2])); break;
        case "clock": clock.put(f[1], unescape(f[2])); break;
        case "prefill": prefill.put(f[1], unescape(f[2])); break;
        case "repeat": repeats.add(f[1]); break;
        case "iterations": iterations.put(f[1], Integer.parseInt(f[2])); break;
        case "scenario":
          scenario = f[1]; answers.clear(); keep.clear(); changes.clear(); iterations.clear();
          clock.clear(); ScenarioProperties.values.clear(); prefill.clear();
          break;
        case "change": changes.add(new String[] {f[1], unescape(f[2])}); break;
        case "answer":
          String[] a = line.split("\t", 4);
          answers.put(a[1], unescape(a[2]));
          keep.put(a[1], a.length < 4 || !a[3].equals("reject"));
          break;
        case "run": run(form, language, today, scenario, answers, keep, changes); break;
        default: throw new IllegalArgumentException("unknown line: " + line);
      }
    }
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  static void run(String path, String language, String today, String scenario, Map<String, String> answers,
      Map<String, Boolean> keep, List<String[]> changes) throws Exception {
    String xml = new String(Files.readAllBytes(Paths.get(path)), StandardCharsets.UTF_8);
    // The scenarios fix the date of today(); JavaRosa reads the clock, so the driver fixes it in the form.
    if (today != null) xml = xml.replace("today()", "date('" + today + "')");
    // The paradata the clock gives (jr:preload timestamp start and end, date today) are the scenario's: the
    // preloads become calculates of the scenario's values. The device's properties come from ScenarioProperties.
    for (Map.Entry<String, String> c : clock.entrySet()) {
      String preload = c.getKey().equals("today") ? "date" : "timestamp";
      // Other attributes may stand between the two (pyxform's XForm of an exported XLSForm writes the type there).
      xml = xml.replaceAll("jr:preload=\"" + preload + "\"((?:\\s+[\\w:]+=\"[^\"]*\")*?)\\s+jr:preloadParams=\""
          + c.getKey() + "\"", java.util.regex.Matcher.quoteReplacement("calculate=\"'" + c.getValue() + "'\"") + "$1");
    }
    // The sample variables' hidden fields: the collector's prefilled instance (the first, empty node of that name).
    for (Map.Entry<String, String> p : prefill.entrySet()) {
      String value = p.getValue().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      xml = xml.replaceFirst(java.util.regex.Pattern.quote("<" + p.getKey() + "/>"),
          java.util.regex.Matcher.quoteReplacement("<" + p.getKey() + ">" + value + "</" + p.getKey() + ">"));
    }
    FormDef def = XFormUtils.getFormFromInputStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    def.initialize(true, new InstanceInitializationFactory());
    FormEntryModel model = new FormEntryModel(def);
    FormEntryController controller = new FormEntryController(model);
    if (def.getLocalizer() != null) {
      for (String locale : def.getLocalizer().getAvailableLocales()) {
        if (locale.endsWith("(" + language + ")")) controller.setLanguage(locale);
      }
    }
    out.println("scenario\t" + scenario);
    walk(controller, model, answers, keep, true);
    dump(def.getMainInstance().getRoot(), "", "");
    if (changes.isEmpty()) return;
    // A respondent going back: change earlier answers, then go through the form again, answering the questions
    // that have become relevant and have no answer yet; report the instance again.
    for (String[] change : changes) {
      controller.jumpToIndex(FormIndex.createBeginningOfFormIndex());
      int event;
      while ((event = controller.stepToNextEvent()) != FormEntryController.EVENT_END_OF_FORM) {
        if (event == FormEntryController.EVENT_PROMPT_NEW_REPEAT) {
          addAnother(controller, model);
          continue;
        }
        if (event != FormEntryController.EVENT_QUESTION) continue;
        FormEntryPrompt prompt = model.getQuestionPrompt();
        if (!key(prompt.getIndex().getReference(), false).equals(change[0])) continue;
        controller.answerQuestion(prompt.getIndex(), answer(prompt, change[1]), true);
        break;
      }
    }
    controller.jumpToIndex(FormIndex.createBeginningOfFormIndex());
    walk(controller, model, answers, keep, false);
    out.println("changed");
    dump(def.getMainInstance().getRoot(), "", "");
  }

  /// The key of a node: each enclosing repeat iteration as NAME[k] and a dot, then the last step (itself as
  /// NAME[k] when `isRepeat`).
  static String key(TreeReference ref, boolean isRepeat) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < ref.size() - 1; i++) {
      if (repeats.contains(ref.getName(i))) b.append(ref.getName(i)).append('[').append(ref.getMultiplicity(i) + 1).append("].");
    }
    b.append(ref.getNameLast());
    if (isRepeat) b.append('[').append(ref.getMultiplicity(ref.size() - 1) + 1).append(']');
    return b.toString();
  }

  /// At ODK's "add another?" for an "add another" repeat: the collector adds the iterations the scenario has.
  static void addAnother(FormEntryController controller, FormEntryModel model) {
    TreeReference ref = model.getFormIndex().getReference();
    String k = key(ref, false);
    Integer wanted = iterations.get(k);
    if (wanted != null && ref.getMultiplicity(ref.size() - 1) + 1 <= wanted) controller.newRepeat();
  }

  /// Steps through the relevant questions from where the controller is, entering the given answers. The first
  /// time (`first`) every question is answered and the findings reported; later only empty questions.
  static void walk(FormEntryController controller, FormEntryModel model, Map<String, String> answers,
      Map<String, Boolean> keep, boolean first) {
    int event;
    while ((event = controller.stepToNextEvent()) != FormEntryController.EVENT_END_OF_FORM) {
      if (event == FormEntryController.EVENT_PROMPT_NEW_REPEAT) {
        addAnother(controller, model);
        continue;
      }
      if (event == FormEntryController.EVENT_GROUP && first) {
        // A group's label as shown (a grid's text, or its text variant), pipes filled.
        String caption = model.getCaptionPrompt().getQuestionText();
        if (caption != null) {
          out.println("text\t" + key(model.getFormIndex().getReference(), false) + "\t" + caption.replace("\n", "\\n"));
        }
      }
      if (event != FormEntryController.EVENT_QUESTION) continue;
      FormEntryPrompt prompt = model.getQuestionPrompt();
      if (first) {
        // Every question's label as shown (its text variant, when one holds), pipes filled.
        String label = prompt.getQuestionText();
        if (!prompt.isReadOnly() && label != null) {
          out.println("text\t" + key(prompt.getIndex().getReference(), false) + "\t" + label.replace("\n", "\\n"));
        }
      }
      if (prompt.isReadOnly()) {
        // Notes and ends: their text as shown, pipes filled.
        String text = prompt.getQuestionText();
        String name = key(prompt.getIndex().getReference(), false);
        out.println("text\t" + name + "\t" + (text == null ? "" : text.replace("\n", "\\n")));
        continue;
      }
      if (!first && prompt.getAnswerValue() != null) continue;
      String name = key(prompt.getIndex().getReference(), false);
      String given = answers.get(name);
      IAnswerData data = given == null ? null : answer(prompt, given);
      if (data != null) {
        int status = controller.answerQuestion(prompt.getIndex(), data, true);
        if (status == FormEntryController.ANSWER_CONSTRAINT_VIOLATED) {
          // ODK Collect keeps the answer on the screen and in the instance while it shows the message, so the
          // message's pipes see it. The evaluator then keeps an answer whose check fails (it reports the check)
          // and drops one that breaks the question's type (bounds, length, exclusive options); the input says
          // which this answer is.
          controller.saveAnswer(prompt.getIndex(), data, true);
          String message = model.getQuestionPrompt().getConstraintText();
          if (first) out.println("violated\t" + name + "\t" + (message == null ? "" : message.replace("\n", "\\n")));
          if (!keep.get(name)) controller.saveAnswer(prompt.getIndex(), null, true);
        }
      } else if (given != null) {
        // An empty answer: the respondent cleared what was filled in (a default).
        controller.answerQuestion(prompt.getIndex(), null, true);
        if (first && prompt.isRequired()) out.println("required\t" + name);
      } else if (first && prompt.isRequired() && prompt.getAnswerValue() == null) {
        // (A question holding its default is answered.)
        out.println("required\t" + name);
      }
    }
  }

  static IAnswerData answer(FormEntryPrompt prompt, String value) {
    if (value.isEmpty()) return null;
    switch (prompt.getControlType()) {
      case Constants.CONTROL_SELECT_ONE:
        for (SelectChoice c : prompt.getSelectChoices()) {
          if (c.getValue().equals(value)) return new SelectOneData(c.selection());
        }
        // An option the itemset does not offer now (a filter or option condition fails): a collector cannot choose
        // it, as the evaluator clears it (notOffered).
        return null;
      case Constants.CONTROL_SELECT_MULTI:
        List<Selection> chosen = new ArrayList<>();
        for (String v : value.split(" ")) {
          for (SelectChoice c : prompt.getSelectChoices()) {
            if (c.getValue().equals(v)) chosen.add(c.selection());
          }
        }
        return new SelectMultiData(chosen);
      case Constants.CONTROL_RANK:
        // A ranking: every option, in the order given (odk:rank).
        List<Selection> ranked = new ArrayList<>();
        for (String v : value.split(" ")) {
          for (SelectChoice c : prompt.getSelectChoices()) {
            if (c.getValue().equals(v)) ranked.add(c.selection());
          }
        }
        return new MultipleItemsData(ranked);
      default:
        break;
    }
    switch (prompt.getDataType()) {
      case Constants.DATATYPE_INTEGER: return new IntegerData(Integer.parseInt(value));
      case Constants.DATATYPE_DECIMAL: return new DecimalData(Double.parseDouble(value));
      case Constants.DATATYPE_DATE: return new DateData(DateUtils.parseDate(value));
      case Constants.DATATYPE_TIME: return new TimeData(DateUtils.parseTime(value));
      case Constants.DATATYPE_DATE_TIME: return new DateTimeData(DateUtils.parseDateTime(value));
      default: return value.isEmpty() ? null : new StringData(value);
    }
  }

  static void dump(TreeElement e, String parent, String parentKey) {
    for (int i = 0; i < e.getNumChildren(); i++) {
      TreeElement child = e.getChildAt(i);
      if (child.getMultiplicity() == TreeReference.INDEX_TEMPLATE) continue;
      boolean isRepeat = repeats.contains(child.getName()) && child.isRepeatable();
      String path = parent + "/" + child.getName() + (isRepeat ? "[" + (child.getMultiplicity() + 1) + "]" : "");
      String key = parentKey + child.getName() + (isRepeat ? "[" + (child.getMultiplicity() + 1) + "]" : "");
      IAnswerData v = child.getValue();
      String text = v == null ? "" : v.uncast().getString();
      out.println("node\t" + path + "\t" + key + "\t" + (child.isRelevant() ? "1" : "0") + "\t"
          + text.replace("\n", "\\n"));
      dump(child, path, isRepeat ? key + "." : parentKey);
    }
  }
}

/// The device's properties for `jr:preload="property"` (deviceid, username): fixed by the scenario file's
/// paradata, as a collector would report them.
class ScenarioProperties implements IPropertyManager {
  static Map<String, String> values = new HashMap<>();

  public List<String> getProperty(String name) {
    String v = values.get(name);
    List<String> out = new ArrayList<>();
    if (v != null) out.add(v);
    return out;
  }

  public void setProperty(String name, String value) { values.put(name, value); }

  public void setProperty(String name, List<String> value) { values.put(name, value.isEmpty() ? null : value.get(0)); }

  public String getSingularProperty(String name) { return values.get(name); }

  public void addRules(IPropertyRules rules) {}

  public List<IPropertyRules> getRules() { return new ArrayList<>(); }
}

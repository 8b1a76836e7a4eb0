// The constraint of a question in the XForm: its rules (bounds, maximum length, exclusive options, checks), each
// with its condition and the message shown when it fails, and the entries of jr:itext that hold the messages.

import QDSLSemantics

/// One entry of `jr:itext`: a translated text, or a constraint message made of the messages of its rules.
struct XFormText {
  var id: String
  var text: TranslatedText?
  /// The node whose label, hint or message this is, and its level: the pipes are evaluated there.
  var context: String
  var level: LevelID
  /// For a constraint message: the question's rules, of which the message shows those that fail.
  var rules: [XFormRule]? = nil
  /// For a label with text variants: each variant's XPath condition and text, tried in order before `text`.
  var variants: [(condition: String, text: TranslatedText)] = []
  /// For a hint: the list whose options' descriptions are its guidance (`<value form="guidance">`), one line an
  /// option ("Label: description").
  var guidance: ListID? = nil
}

/// One rule of a question's constraint: its XPath condition and the message shown when it does not hold.
struct XFormRule {
  enum Message {
    /// A text in no particular language: the range of a number, the maximum length of a text.
    case fixed(String)
    /// The label of an `exclusive` option chosen together with others.
    case option(ChoiceOption)
    /// A check's message.
    case check(TranslatedText?)
  }

  /// The condition with `.` for the answer, for the bind's `constraint`.
  var condition: String
  /// The same condition with the answer's absolute path, for the message (whose context node is not the answer
  /// in every runtime).
  var messageCondition: String
  var message: Message

  init(_ condition: String, _ messageCondition: String, _ message: Message) {
    self.condition = condition
    self.messageCondition = messageCondition
    self.message = message
  }

  /// A rule on the answer: `condition` gets `.` for the constraint and the answer's absolute path for the message.
  init(answer path: String, _ message: Message, condition: (String) -> String) {
    self.init(condition("."), condition(path), message)
  }

  /// The rule of a number question's bounds, with the range as its message (`1 – 200000`, `≥ 0`, `≤ 10`).
  static func range(_ lo: String?, _ hi: String?, _ path: String) -> XFormRule? {
    switch (lo, hi) {
    case (let lo?, let hi?):
      return XFormRule(answer: path, .fixed("\(lo) – \(hi)")) { "\($0) >= \(lo) and \($0) <= \(hi)" }
    case (let lo?, nil): return XFormRule(answer: path, .fixed("≥ \(lo)")) { "\($0) >= \(lo)" }
    case (nil, let hi?): return XFormRule(answer: path, .fixed("≤ \(hi)")) { "\($0) <= \(hi)" }
    case (nil, nil): return nil
    }
  }
}

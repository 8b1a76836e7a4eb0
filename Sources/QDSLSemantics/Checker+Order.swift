// Order: `shuffle` on a question (its options in a seeded random order, `fixed` options keeping their place),
// `section NAME shuffle` (its items in a random order: the checker proves that no item of the section reads
// another), the data-file variables that record the order shown (`Q_order`, `SECTION_order`), and `rank of LIST`.

import QDSLSyntax

/// A read of a declaration (a variable or a repeat) while shuffled sections are being lowered: where the
/// declaration's name starts, and where it is read.
struct OrderRead {
  var declaredAt: Int
  var range: TextRange
}

extension CheckerState {
  /// The `shuffle` keyword directly in a question or section node.
  func shuffleKeyword(_ n: NodeID) -> TextRange? {
    tree.directTokens(n).first { tree.tokenKind($0) == .kwShuffle }.map(range)
  }

  /// The data-file name that records a shuffled order: `NAME_order`.
  static func orderVariableName(_ owner: String) -> String { "\(owner)_order" }

  /// Records a read for the shuffled sections being lowered (nothing when none is).
  mutating func noteOrderRead(declaredAt: Int, at r: TextRange) {
    if shuffledSectionDepth > 0 { orderReads.append(OrderRead(declaredAt: declaredAt, range: r)) }
  }

  /// The order variable of a shuffled item, its data-file name checked against every other column.
  private mutating func orderVariable(_ owner: String, keyword: TextRange, what: String) -> ShuffleOrder {
    let d = CheckerState.orderVariableName(owner)
    if let (other, otherRange) = dataNames[d] {
      report(
        Diagnostic(
          .dataNameClash,
          "\(what) records the order shown in the data-file variable '\(d)', which '\(survey.variables[other].name)' "
            + "already has", at: keyword, related: [.init(otherRange, "'\(d)' comes from here")],
          help: "rename '\(owner)' or '\(survey.variables[other].name)' so that every column of the data file has its "
            + "own name"))
    }
    return ShuffleOrder(orderVariable: d, keywordRange: keyword)
  }

  /// The shuffle of a question: only options can be shuffled, and at least two must be free to move.
  mutating func lowerQuestionShuffle(_ n: NodeID, _ question: Question) -> ShuffleOrder? {
    guard let keyword = shuffleKeyword(n) else { return nil }
    let variable = survey.variables[question.variable]
    let list: ListID
    switch question.type {
    case .oneOf(let l), .manyOf(let l), .rank(let l): list = l
    case .invalid: return nil
    default:
      report(
        Diagnostic(
          .shuffleHasNoEffect,
          "'shuffle' has no effect here: the question '\(variable.name)' has no options to shuffle", at: keyword,
          help: "remove 'shuffle'; it shuffles the options of 'one of', 'many of' and 'rank of' questions",
          fixes: [.init(title: "remove 'shuffle'", range: keyword, replacement: "")], isUnnecessary: true))
      return nil
    }
    let movable = survey.lists[list].options.lazy.filter { !$0.isFixed }.count
    if movable < 2 {
      report(
        Diagnostic(
          .shuffleHasNoEffect,
          "'shuffle' has no effect here: \(movable == 0 ? "no option" : "only one option") of the list "
            + "'\(survey.lists[list].name)' can move (the others are 'fixed')", at: keyword,
          related: [.init(survey.lists[list].nameRange, "the list")],
          help: "remove 'shuffle', or remove 'fixed' from the options that may move",
          fixes: [.init(title: "remove 'shuffle'", range: keyword, replacement: "")], isUnnecessary: true))
    }
    return orderVariable(variable.name, keyword: keyword, what: "the shuffled question '\(variable.name)'")
  }

  /// Starts lowering a section: a shuffled one collects the reads of its items.
  mutating func beginSection(_ n: NodeID) -> Int? {
    guard shuffleKeyword(n) != nil else { return nil }
    shuffledSectionDepth += 1
    return orderReads.count
  }

  /// Ends lowering a section. For a shuffled one, proves that no item reads another (every such read, every `if`
  /// directly in it and every `end` inside it is an error) and names its order variable.
  mutating func endSection(
    _ n: NodeID, name sectionName: String, items: [Item], ends: [TextRange], readsFrom first: Int?
  )
    -> ShuffleOrder?
  {
    guard let first, let keyword = shuffleKeyword(n) else { return nil }
    shuffledSectionDepth -= 1
    defer { if shuffledSectionDepth == 0 { orderReads.removeAll(keepingCapacity: true) } }
    for item in items {
      guard case .conditional(let c) = item.kind, let keywordRange = c.branches.first?.keywordRange else { continue }
      report(
        Diagnostic(
          .shuffledItemsDepend,
          "the section '\(sectionName)' is shuffled, so its items must stand on their own, but this 'if' makes "
            + "its items depend on answers given in the section", at: keywordRange,
          related: [.init(keyword, "shuffled here")],
          help: "put the 'if' with its items in a section of its own inside '\(sectionName)' (that section moves as "
            + "one item, and is named in the recorded order), or remove 'shuffle'"))
    }
    for endRange in ends {
      report(
        Diagnostic(
          .shuffledItemsDepend,
          "the section '\(sectionName)' is shuffled, so its items must stand on their own, but this 'end' decides "
            + "whether the items after it are asked", at: endRange, related: [.init(keyword, "shuffled here")],
          help: "move the 'end' out of the shuffled section, or remove 'shuffle'"))
    }
    if items.count < 2 {
      report(
        Diagnostic(
          .shuffleHasNoEffect, "'shuffle' has no effect here: the section '\(sectionName)' has fewer than two items",
          at: keyword, help: "remove 'shuffle', or add the items it should shuffle",
          fixes: [.init(title: "remove 'shuffle'", range: keyword, replacement: "")], isUnnecessary: true))
    }
    // Which item of the section holds a position: items are in document order and do not overlap.
    let starts = items.map(\.range.start)
    func itemIndex(_ offset: Int) -> Int? {
      var lo = 0
      var hi = starts.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if starts[mid] <= offset { lo = mid + 1 } else { hi = mid }
      }
      let i = lo - 1
      guard i >= 0, items[i].range.start <= offset, offset < items[i].range.end else { return nil }
      return i
    }
    var reported = Set<Int>()
    for read in orderReads[first...] {
      guard let reader = itemIndex(read.range.start), let declarer = itemIndex(read.declaredAt),
        reader != declarer, reported.insert(reader).inserted
      else { continue }
      let readerName = itemName(items[reader])
      let declarerName = itemName(items[declarer])
      report(
        Diagnostic(
          .shuffledItemsDepend,
          "the section '\(sectionName)' is shuffled, but its item '\(readerName)' reads '\(declarerName)', another "
            + "item of the section, which may come after it", at: read.range,
          related: [
            .init(TextRange(read.declaredAt, read.declaredAt), "'\(declarerName)' is in the same shuffled section"),
            .init(keyword, "shuffled here"),
          ],
          help: "move '\(declarerName)' above the section, or '\(readerName)' below it, or remove 'shuffle'"))
    }
    return orderVariable(sectionName, keyword: keyword, what: "the shuffled section '\(sectionName)'")
  }

  /// The name an item is recorded by in `SECTION_order`.
  func itemName(_ item: Item) -> String { survey.orderName(of: item) }

  /// `rank of LIST`: every option is ranked, so a list with a missing-value code cannot be ranked.
  mutating func checkRankList(_ l: ListID, at listToken: Int) {
    let list = survey.lists[l]
    guard let missing = list.options.first(where: \.isMissing) else { return }
    report(
      Diagnostic(
        .rankWithMissingCode,
        "the list '\(list.name)' cannot be ranked: its option '\(missing.name)' is a missing-value code, and a "
          + "ranking gives every option a rank", at: range(listToken),
        related: [.init(missing.nameRange, "a missing-value code")],
        help: "rank a list of the real alternatives only (declare one without '\(missing.name)'); if respondents may "
          + "decline, ask that first with a 'one of' question and rank under 'if'"))
  }
}

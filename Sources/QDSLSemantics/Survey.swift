// The semantic model of one instrument: header, choice lists, variables, the item tree and universes.

import QDSLSyntax

/// A checked survey. Built by `Checker`; valid even when the source has errors (parts may be missing).
public struct Survey: Sendable {
  public var id: String?
  /// The name after `module` when the file is a module rather than an instrument (`survey`).
  public var moduleName: String?
  public var version: String?
  /// Declared languages; the first is the source language.
  public var languages: [String]
  /// The languages declared after `draft` (a subset of `languages`, in their order): translations in progress, whose
  /// missing texts fall back to the source language.
  public var draftLanguages: [String] = []
  /// For each draft language (in `draftLanguages` order), how many of the `textCount` texts lack it (the checker's
  /// tally, QD4019; `qdsl diff` reports the progress of a translation from it).
  public var draftLacking: [Int] = []
  /// How many texts the instrument has (counted only when it has draft languages).
  public var textCount = 0
  public var title: TranslatedText?
  public var lists: [ChoiceList]
  public var listIndex: [String: ListID]
  public var variables: [Variable]
  /// Variable by expression name (`staff`, `culture.risk`); the first declaration wins.
  public var variableIndex: [String: VariableID]
  public var items: [Item]
  public var universes: [UniverseNode]
  /// The levels of the data: `levels[0]` is the instrument, then one per repeat in document order.
  public var levels: [Level]
  /// Level by repeat name.
  public var levelIndex: [String: LevelID]
  /// The sample variables, in declaration order: values from the sample file, never asked.
  public var samples: [SampleVariable] = []

  public var sourceLanguage: String? { languages.first }

  public func variable(named name: String) -> Variable? { variableIndex[name].map { variables[$0] } }

  public func list(named name: String) -> ChoiceList? { listIndex[name].map { lists[$0] } }

  init() {
    languages = []
    lists = []
    listIndex = [:]
    variables = []
    variableIndex = [:]
    items = []
    universes = [UniverseNode(parent: 0, fact: nil, depth: 0)]
    levels = [Level.instrument]
    levelIndex = [:]
  }
}

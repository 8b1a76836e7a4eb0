// The words a codebook writes itself, one value per language: its headings and field names, the labels of the
// values qdsl makes (selected, true) and the words of conditions written out ("Asked if: a = Yes (1) and not …").

/// The codebook's own words in one language. `Words.codebook(for:)` finds them for a language tag.
public final class CodebookWords: Sendable, Equatable {
  // A class, not a struct: the writers pass the words to every entry, and copying a struct of forty strings
  // retained and released each of them every time (a sixth of the codebooks' time).
  /// The document's name: "Codebook".
  public let codebook: String
  /// The survey's identifier, a field.
  public let survey: String
  /// The survey's version, a field.
  public let version: String
  /// The survey's languages, a field.
  public let languages: String
  /// Marks the language of this codebook in the list of languages.
  public let thisCodebook: String
  /// The heading of the variables (and their count).
  public let variables: String
  /// The table of contents.
  public let contents: String
  /// A variable's label.
  public let label: String
  /// A variable's question text.
  public let question: String
  /// A label that is also the question text.
  public let labelAndQuestion: String
  /// The label in the survey's other languages.
  public let otherLanguages: String
  /// A question's hint.
  public let hint: String
  /// A variable's type.
  public let type: String
  /// A variable's storage format.
  public let storage: String
  /// A number's allowed range.
  public let range: String
  /// A text's maximum length.
  public let maxLength: String
  /// The unit of a maximum length.
  public let characters: String
  /// Whether an answer is required.
  public let required: String
  /// Yes, as a field's value.
  public let yes: String
  /// No, as a field's value.
  public let no: String
  /// The section a variable belongs to.
  public let section: String
  /// Who is asked, a field.
  public let universe: String
  /// Before a universe in words: "Asked if:".
  public let askedIf: String
  /// The universe of a question everyone is asked.
  public let askedAll: String
  /// Before a calculated variable's universe in words.
  public let calculatedIf: String
  /// The universe of a variable calculated for everyone.
  public let calculatedAll: String
  /// A universe written as a qdsl expression.
  public let expression: String
  /// A calculated variable's formula.
  public let formula: String
  /// A check of the answer (its condition in words), a field.
  public let check: String
  /// A check's message to the respondent.
  public let message: String
  /// The code column of a value table.
  public let code: String
  /// The name column of a value table.
  public let name: String
  /// A value that means the answer is missing.
  public let missingValue: String

  /// The label of the value 1 of a `many of` option's flag.
  public let selected: String
  /// The label of the value 0 of a `many of` option's flag.
  public let notSelected: String
  /// The label of the value 1 of a calculated condition.
  public let trueValue: String
  /// The label of the value 0 of a calculated condition.
  public let falseValue: String
  /// `and` in a condition in words.
  public let and: String
  /// `or` in a condition in words.
  public let or: String
  /// `not` in a condition in words.
  public let not: String
  /// `contains` in a condition in words.
  public let includes: String
  /// `in` in a condition in words.
  public let isOneOf: String
  /// `answered(q)` in a condition in words.
  public let isAnswered: String
  /// `matches(t, "p")` written out: `postcode matches the pattern "\d{5}"`.
  public let matchesPattern: String
  /// The universe of an item no respondent can reach.
  public let never: String
  /// The words about levels: data files per repeat, their rows and keys, universes per iteration.
  public let levels: LevelWords

  init(
    codebook: String, survey: String, version: String, languages: String, thisCodebook: String, variables: String,
    contents: String, label: String, question: String, labelAndQuestion: String, otherLanguages: String, hint: String,
    type: String, storage: String, range: String, maxLength: String, characters: String, required: String, yes: String,
    no: String, section: String, universe: String, askedIf: String, askedAll: String, calculatedIf: String,
    calculatedAll: String, expression: String, formula: String, check: String, message: String, code: String,
    name: String, missingValue: String, selected: String, notSelected: String, trueValue: String, falseValue: String,
    and: String, or: String, not: String, includes: String, isOneOf: String, isAnswered: String, never: String,
    levels: LevelWords, matchesPattern: String = "matches the pattern"
  ) {
    self.codebook = codebook
    self.survey = survey
    self.version = version
    self.languages = languages
    self.thisCodebook = thisCodebook
    self.variables = variables
    self.contents = contents
    self.label = label
    self.question = question
    self.labelAndQuestion = labelAndQuestion
    self.otherLanguages = otherLanguages
    self.hint = hint
    self.type = type
    self.storage = storage
    self.range = range
    self.maxLength = maxLength
    self.characters = characters
    self.required = required
    self.yes = yes
    self.no = no
    self.section = section
    self.universe = universe
    self.askedIf = askedIf
    self.askedAll = askedAll
    self.calculatedIf = calculatedIf
    self.calculatedAll = calculatedAll
    self.expression = expression
    self.formula = formula
    self.check = check
    self.message = message
    self.code = code
    self.name = name
    self.missingValue = missingValue
    self.selected = selected
    self.notSelected = notSelected
    self.trueValue = trueValue
    self.falseValue = falseValue
    self.and = and
    self.or = or
    self.not = not
    self.includes = includes
    self.isOneOf = isOneOf
    self.isAnswered = isAnswered
    self.matchesPattern = matchesPattern
    self.never = never
    self.levels = levels
  }

  public static func == (a: CodebookWords, b: CodebookWords) -> Bool {
    a === b
      || (a.codebook == b.codebook && a.survey == b.survey && a.version == b.version && a.languages == b.languages
        && a.thisCodebook == b.thisCodebook && a.variables == b.variables && a.contents == b.contents
        && a.label == b.label && a.question == b.question && a.labelAndQuestion == b.labelAndQuestion
        && a.otherLanguages == b.otherLanguages && a.hint == b.hint && a.type == b.type && a.storage == b.storage
        && a.range == b.range && a.maxLength == b.maxLength && a.characters == b.characters && a.required == b.required
        && a.yes == b.yes && a.no == b.no && a.section == b.section && a.universe == b.universe
        && a.askedIf == b.askedIf && a.askedAll == b.askedAll && a.calculatedIf == b.calculatedIf
        && a.calculatedAll == b.calculatedAll && a.expression == b.expression && a.formula == b.formula
        && a.check == b.check && a.message == b.message && a.code == b.code && a.name == b.name
        && a.missingValue == b.missingValue && a.selected == b.selected && a.notSelected == b.notSelected
        && a.trueValue == b.trueValue && a.falseValue == b.falseValue && a.and == b.and && a.or == b.or
        && a.not == b.not && a.includes == b.includes && a.isOneOf == b.isOneOf && a.isAnswered == b.isAnswered
        && a.matchesPattern == b.matchesPattern
        && a.never == b.never && a.levels == b.levels)
  }
}

extension CodebookWords {
  static let english = CodebookWords(
    codebook: "Codebook", survey: "Survey", version: "Version", languages: "Languages", thisCodebook: "this codebook",
    variables: "Variables", contents: "Contents", label: "Label", question: "Question",
    labelAndQuestion: "Label and question", otherLanguages: "Other languages", hint: "Hint", type: "Type",
    storage: "Storage", range: "Range", maxLength: "Maximum length", characters: "characters", required: "Required",
    yes: "yes", no: "no", section: "Section", universe: "Universe", askedIf: "Asked if:", askedAll: "Asked of everyone",
    calculatedIf: "Calculated if:", calculatedAll: "Calculated for everyone", expression: "qdsl expression",
    formula: "Formula", check: "Check", message: "Message", code: "Code", name: "Name", missingValue: "Missing value",
    selected: "selected",
    notSelected: "not selected", trueValue: "true", falseValue: "false", and: "and", or: "or", not: "not",
    includes: "includes", isOneOf: "is one of", isAnswered: "is answered", never: "never", levels: .english)

  static let finnish = CodebookWords(
    codebook: "Koodikirja", survey: "Kysely", version: "Versio", languages: "Kielet", thisCodebook: "tämä koodikirja",
    variables: "Muuttujat", contents: "Sisällys", label: "Nimiö", question: "Kysymys",
    labelAndQuestion: "Nimiö ja kysymys", otherLanguages: "Muilla kielillä", hint: "Ohje", type: "Tyyppi",
    storage: "Tallennusmuoto", range: "Vaihteluväli", maxLength: "Enimmäispituus", characters: "merkkiä",
    required: "Pakollinen", yes: "kyllä", no: "ei", section: "Osio", universe: "Perusjoukko", askedIf: "Kysytään, jos:",
    askedAll: "Kysytään kaikilta", calculatedIf: "Lasketaan, jos:", calculatedAll: "Lasketaan kaikille",
    expression: "qdsl-lauseke", formula: "Kaava", check: "Tarkistus", message: "Viesti", code: "Koodi", name: "Nimi",
    missingValue: "Puuttuva tieto",
    selected: "valittu", notSelected: "ei valittu", trueValue: "tosi", falseValue: "epätosi", and: "ja", or: "tai",
    not: "ei", includes: "sisältää", isOneOf: "on jokin seuraavista:", isAnswered: "on vastattu", never: "ei koskaan",
    levels: .finnish, matchesPattern: "vastaa mallia")

  static let swedish = CodebookWords(
    codebook: "Kodbok", survey: "Enkät", version: "Version", languages: "Språk", thisCodebook: "denna kodbok",
    variables: "Variabler", contents: "Innehåll", label: "Etikett", question: "Fråga",
    labelAndQuestion: "Etikett och fråga", otherLanguages: "Andra språk", hint: "Hjälptext", type: "Typ",
    storage: "Lagringsformat", range: "Intervall", maxLength: "Maxlängd", characters: "tecken",
    required: "Obligatorisk", yes: "ja", no: "nej", section: "Avsnitt", universe: "Population", askedIf: "Frågas när:",
    askedAll: "Alla tillfrågas", calculatedIf: "Beräknas när:", calculatedAll: "Beräknas för alla",
    expression: "qdsl-uttryck", formula: "Formel", check: "Kontroll", message: "Meddelande", code: "Kod", name: "Namn",
    missingValue: "Saknat värde",
    selected: "vald", notSelected: "inte vald", trueValue: "sant", falseValue: "falskt", and: "och", or: "eller",
    not: "inte", includes: "omfattar", isOneOf: "är något av", isAnswered: "är besvarad", never: "aldrig",
    levels: .swedish, matchesPattern: "matchar mönstret")

  static let norwegianBokmal = CodebookWords(
    codebook: "Kodebok", survey: "Undersøkelse", version: "Versjon", languages: "Språk",
    thisCodebook: "denne kodeboken", variables: "Variabler", contents: "Innhold", label: "Etikett",
    question: "Spørsmål", labelAndQuestion: "Etikett og spørsmål", otherLanguages: "Andre språk", hint: "Hjelpetekst",
    type: "Type", storage: "Lagringsformat", range: "Intervall", maxLength: "Maksimal lengde", characters: "tegn",
    required: "Obligatorisk", yes: "ja", no: "nei", section: "Del", universe: "Populasjon", askedIf: "Spørres hvis:",
    askedAll: "Alle spørres", calculatedIf: "Beregnes hvis:", calculatedAll: "Beregnes for alle",
    expression: "qdsl-uttrykk", formula: "Formel", check: "Kontroll", message: "Melding", code: "Kode", name: "Navn",
    missingValue: "Manglende verdi",
    selected: "valgt", notSelected: "ikke valgt", trueValue: "sant", falseValue: "usant", and: "og", or: "eller",
    not: "ikke", includes: "omfatter", isOneOf: "er ett av", isAnswered: "er besvart", never: "aldri",
    levels: .norwegianBokmal, matchesPattern: "passer til mønsteret")

  static let norwegianNynorsk = CodebookWords(
    codebook: "Kodebok", survey: "Undersøking", version: "Versjon", languages: "Språk", thisCodebook: "denne kodeboka",
    variables: "Variablar", contents: "Innhald", label: "Etikett", question: "Spørsmål",
    labelAndQuestion: "Etikett og spørsmål", otherLanguages: "Andre språk", hint: "Hjelpetekst", type: "Type",
    storage: "Lagringsformat", range: "Intervall", maxLength: "Maksimal lengd", characters: "teikn",
    required: "Obligatorisk", yes: "ja", no: "nei", section: "Del", universe: "Populasjon",
    askedIf: "Vert spurt dersom:", askedAll: "Alle vert spurde", calculatedIf: "Vert rekna ut dersom:",
    calculatedAll: "Vert rekna ut for alle", expression: "qdsl-uttrykk", formula: "Formel", check: "Kontroll",
    message: "Melding", code: "Kode", name: "Namn",
    missingValue: "Manglande verdi", selected: "vald", notSelected: "ikkje vald", trueValue: "sant",
    falseValue: "usant", and: "og", or: "eller", not: "ikkje", includes: "omfattar", isOneOf: "er eitt av",
    isAnswered: "er svara", never: "aldri", levels: .norwegianNynorsk, matchesPattern: "passar til mønsteret")

  static let danish = CodebookWords(
    codebook: "Kodebog", survey: "Undersøgelse", version: "Version", languages: "Sprog", thisCodebook: "denne kodebog",
    variables: "Variabler", contents: "Indhold", label: "Etiket", question: "Spørgsmål",
    labelAndQuestion: "Etiket og spørgsmål", otherLanguages: "Andre sprog", hint: "Hjælpetekst", type: "Type",
    storage: "Lagringsformat", range: "Interval", maxLength: "Maksimal længde", characters: "tegn",
    required: "Obligatorisk", yes: "ja", no: "nej", section: "Afsnit", universe: "Population", askedIf: "Spørges hvis:",
    askedAll: "Alle spørges", calculatedIf: "Beregnes hvis:", calculatedAll: "Beregnes for alle",
    expression: "qdsl-udtryk", formula: "Formel", check: "Kontrol", message: "Meddelelse", code: "Kode", name: "Navn",
    missingValue: "Manglende værdi",
    selected: "valgt", notSelected: "ikke valgt", trueValue: "sandt", falseValue: "falsk", and: "og", or: "eller",
    not: "ikke", includes: "omfatter", isOneOf: "er et af", isAnswered: "er besvaret", never: "aldrig", levels: .danish,
    matchesPattern: "passer til mønstret")
}

// The words a codebook writes about the levels of the data (one file per repeat, one row per iteration): what a
// file's rows are, its key columns, universes per iteration and repeats in conditions written out. Each text
// is a template whose `{name}` placeholders `fill` replaces (`{repeat}`: a repeat's name, `{condition}`: a
// condition in words…).

/// The codebook's words about levels in one language, part of `CodebookWords`.
public final class LevelWords: Sendable, Equatable {
  // A class for the reason CodebookWords is one: the writers pass the words to every entry.
  /// The heading of one level's part of a codebook: "Data file".
  public let dataFile: String
  /// A field: what one row of the file stands for.
  public let rows: String
  /// A field: the key columns of the file.
  public let keyColumns: String
  /// A field of a key column's entry (its value is "yes").
  public let keyColumn: String
  /// The rows of the instrument's own file.
  public let rowPerRecord: String
  /// The rows of a counted repeat: `{repeat}`, `{count}` (in words) and `{max}`.
  public let rowsCounted: String
  /// The rows of a repeat for each option chosen in a question: `{question}`, `{max}`.
  public let rowsChosen: String
  /// The rows of a repeat for each option of a list: `{list}`, `{max}`.
  public let rowsListed: String
  /// The rows of a repeat for each iteration of another: `{source}`, `{max}`.
  public let rowsPerSource: String
  /// The rows of an "add another" repeat: `{repeat}`, `{condition}`, `{max}`.
  public let rowsAddAnother: String
  /// After the rows of a nested repeat: `{parent}`.
  public let withinEachRow: String
  /// The label of the key column `record_id`.
  public let recordKeyLabel: String
  /// The label of the key column `R_index`: `{repeat}`.
  public let indexKeyLabel: String
  /// The label of the key column `R` of a `for each` over options: `{repeat}`.
  public let optionKeyLabel: String
  /// Before a universe per iteration, for a question: "Asked".
  public let asked: String
  /// Before a universe per iteration, for a calculate: "Calculated".
  public let calculated: String
  /// The iterations of a variable's own level: `{repeat}`.
  public let forEachRow: String
  /// After `forEachRow`, the conditions at that level: `{condition}`.
  public let whereRow: String
  /// The conditions at an enclosing repeat's level: `{repeat}`, `{condition}`.
  public let inRowsWhere: String
  /// The conditions at the instrument's level: `{condition}`.
  public let inRecordsWhere: String
  /// `R.index` in a condition: `{repeat}`.
  public let rowNumber: String
  /// The option of the iteration (`R` in `repeat R for each …` over options): `{repeat}`.
  public let rowOption: String
  /// `R.NAME` in `repeat R for each S`: `{variable}`, `{source}`, `{repeat}`.
  public let instanceValue: String
  /// `count(R)`: `{repeat}`.
  public let countRows: String
  /// `sum(R.x)`: `{value}`, `{repeat}`.
  public let sumOverRows: String
  /// `min(R.x)`: `{value}`, `{repeat}`.
  public let smallestOverRows: String
  /// `max(R.x)`: `{value}`, `{repeat}`.
  public let largestOverRows: String
  /// After `countRows`, `sumOverRows`, `smallestOverRows` and `largestOverRows`: `{condition}`.
  public let whereRows: String
  /// `any(R where C)`: `{repeat}`, `{condition}`.
  public let inSomeRow: String
  /// `all(R where C)`: `{repeat}`, `{condition}`.
  public let inEveryRow: String

  init(
    dataFile: String, rows: String, keyColumns: String, keyColumn: String, rowPerRecord: String, rowsCounted: String,
    rowsChosen: String, rowsListed: String, rowsPerSource: String, rowsAddAnother: String, withinEachRow: String,
    recordKeyLabel: String, indexKeyLabel: String, optionKeyLabel: String, asked: String, calculated: String,
    forEachRow: String, whereRow: String, inRowsWhere: String, inRecordsWhere: String, rowNumber: String,
    rowOption: String, instanceValue: String, countRows: String, sumOverRows: String, smallestOverRows: String,
    largestOverRows: String, whereRows: String, inSomeRow: String, inEveryRow: String
  ) {
    self.dataFile = dataFile
    self.rows = rows
    self.keyColumns = keyColumns
    self.keyColumn = keyColumn
    self.rowPerRecord = rowPerRecord
    self.rowsCounted = rowsCounted
    self.rowsChosen = rowsChosen
    self.rowsListed = rowsListed
    self.rowsPerSource = rowsPerSource
    self.rowsAddAnother = rowsAddAnother
    self.withinEachRow = withinEachRow
    self.recordKeyLabel = recordKeyLabel
    self.indexKeyLabel = indexKeyLabel
    self.optionKeyLabel = optionKeyLabel
    self.asked = asked
    self.calculated = calculated
    self.forEachRow = forEachRow
    self.whereRow = whereRow
    self.inRowsWhere = inRowsWhere
    self.inRecordsWhere = inRecordsWhere
    self.rowNumber = rowNumber
    self.rowOption = rowOption
    self.instanceValue = instanceValue
    self.countRows = countRows
    self.sumOverRows = sumOverRows
    self.smallestOverRows = smallestOverRows
    self.largestOverRows = largestOverRows
    self.whereRows = whereRows
    self.inSomeRow = inSomeRow
    self.inEveryRow = inEveryRow
  }

  /// Every word with its name (the property's), in the order above.
  public var named: [(name: String, text: String)] {
    [
      ("dataFile", dataFile), ("rows", rows), ("keyColumns", keyColumns), ("keyColumn", keyColumn),
      ("rowPerRecord", rowPerRecord), ("rowsCounted", rowsCounted), ("rowsChosen", rowsChosen),
      ("rowsListed", rowsListed), ("rowsPerSource", rowsPerSource), ("rowsAddAnother", rowsAddAnother),
      ("withinEachRow", withinEachRow), ("recordKeyLabel", recordKeyLabel), ("indexKeyLabel", indexKeyLabel),
      ("optionKeyLabel", optionKeyLabel), ("asked", asked), ("calculated", calculated), ("forEachRow", forEachRow),
      ("whereRow", whereRow), ("inRowsWhere", inRowsWhere), ("inRecordsWhere", inRecordsWhere),
      ("rowNumber", rowNumber), ("rowOption", rowOption), ("instanceValue", instanceValue),
      ("countRows", countRows), ("sumOverRows", sumOverRows), ("smallestOverRows", smallestOverRows),
      ("largestOverRows", largestOverRows), ("whereRows", whereRows), ("inSomeRow", inSomeRow),
      ("inEveryRow", inEveryRow),
    ]
  }

  public static func == (a: LevelWords, b: LevelWords) -> Bool {
    a === b || a.named.map(\.text) == b.named.map(\.text)
  }

  /// `template` with each `{name}` replaced by its value; an unknown placeholder stays as it is.
  public static func fill(_ template: String, _ values: KeyValuePairs<String, String>) -> String {
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      out += rest[..<open]
      let name = rest[rest.index(after: open)..<close]
      if let value = values.first(where: { $0.key == name })?.value {
        out += value
      } else {
        out += rest[open...close]
      }
      rest = rest[rest.index(after: close)...]
    }
    out += rest
    return out
  }
}

extension LevelWords {
  static let english = LevelWords(
    dataFile: "Data file", rows: "Rows", keyColumns: "Key columns", keyColumn: "Key column",
    rowPerRecord: "one row per record",
    rowsCounted: "one row per {repeat}; as many as {count} (at most {max})",
    rowsChosen: "one row per option chosen in {question} (at most {max})",
    rowsListed: "one row per option of {list} ({max})",
    rowsPerSource: "one row per {source} row (at most {max})",
    rowsAddAnother: "one row per {repeat}; add another while {condition}, at most {max}",
    withinEachRow: "; within each {parent} row",
    recordKeyLabel: "Record identifier (links the rows of every data file)",
    indexKeyLabel: "Number of the {repeat} row, from 1", optionKeyLabel: "Option of the {repeat} row",
    asked: "Asked", calculated: "Calculated", forEachRow: "for each {repeat} row", whereRow: " where {condition}",
    inRowsWhere: "in {repeat} rows where {condition}", inRecordsWhere: "in records where {condition}",
    rowNumber: "the number of the {repeat} row", rowOption: "the option of the {repeat} row",
    instanceValue: "{variable} of the {source} row that the {repeat} row stands for",
    countRows: "the number of {repeat} rows", sumOverRows: "the sum of {value} over {repeat} rows",
    smallestOverRows: "the smallest {value} over {repeat} rows",
    largestOverRows: "the largest {value} over {repeat} rows", whereRows: " where {condition}",
    inSomeRow: "in at least one {repeat} row, {condition}", inEveryRow: "in every {repeat} row, {condition}")

  static let finnish = LevelWords(
    dataFile: "Datatiedosto", rows: "Rivit", keyColumns: "Avainsarakkeet", keyColumn: "Avainsarake",
    rowPerRecord: "yksi rivi per tietue",
    rowsCounted: "yksi rivi per {repeat}; niin monta kuin {count} (enintään {max})",
    rowsChosen: "yksi rivi per kysymyksessä {question} valittu vaihtoehto (enintään {max})",
    rowsListed: "yksi rivi per luettelon {list} vaihtoehto ({max})",
    rowsPerSource: "yksi rivi per {source}-rivi (enintään {max})",
    rowsAddAnother: "yksi rivi per {repeat}; uusi lisätään niin kauan kuin {condition}, enintään {max}",
    withinEachRow: "; kunkin {parent}-rivin sisällä",
    recordKeyLabel: "Tietueen tunniste (yhdistää kaikkien datatiedostojen rivit)",
    indexKeyLabel: "{repeat}-rivin numero, alkaen 1:stä", optionKeyLabel: "{repeat}-rivin vaihtoehto",
    asked: "Kysytään", calculated: "Lasketaan", forEachRow: "jokaisella {repeat}-rivillä",
    whereRow: ", jolla {condition}", inRowsWhere: "{repeat}-riveillä, joilla {condition}",
    inRecordsWhere: "tietueissa, joissa {condition}", rowNumber: "{repeat}-rivin numero",
    rowOption: "{repeat}-rivin vaihtoehto", instanceValue: "sen {source}-rivin {variable}, jota {repeat}-rivi vastaa",
    countRows: "{repeat}-rivien määrä", sumOverRows: "{value}-arvojen summa {repeat}-riveillä",
    smallestOverRows: "pienin {value} {repeat}-riveillä", largestOverRows: "suurin {value} {repeat}-riveillä",
    whereRows: ", joilla {condition}", inSomeRow: "vähintään yhdellä {repeat}-rivillä {condition}",
    inEveryRow: "jokaisella {repeat}-rivillä {condition}")

  static let swedish = LevelWords(
    dataFile: "Datafil", rows: "Rader", keyColumns: "Nyckelkolumner", keyColumn: "Nyckelkolumn",
    rowPerRecord: "en rad per post",
    rowsCounted: "en rad per {repeat}; lika många som {count} (högst {max})",
    rowsChosen: "en rad per alternativ som valts i {question} (högst {max})",
    rowsListed: "en rad per alternativ i {list} ({max})", rowsPerSource: "en rad per {source}-rad (högst {max})",
    rowsAddAnother: "en rad per {repeat}; en till läggs till så länge {condition}, högst {max}",
    withinEachRow: "; inom varje {parent}-rad",
    recordKeyLabel: "Postens identifierare (länkar raderna i alla datafiler)",
    indexKeyLabel: "{repeat}-radens nummer, från 1", optionKeyLabel: "{repeat}-radens alternativ",
    asked: "Frågas", calculated: "Beräknas", forEachRow: "för varje {repeat}-rad", whereRow: " där {condition}",
    inRowsWhere: "i {repeat}-rader där {condition}", inRecordsWhere: "i poster där {condition}",
    rowNumber: "{repeat}-radens nummer", rowOption: "{repeat}-radens alternativ",
    instanceValue: "{variable} på den {source}-rad som {repeat}-raden står för",
    countRows: "antalet {repeat}-rader", sumOverRows: "summan av {value} över {repeat}-rader",
    smallestOverRows: "minsta {value} bland {repeat}-rader", largestOverRows: "största {value} bland {repeat}-rader",
    whereRows: " där {condition}", inSomeRow: "i minst en {repeat}-rad: {condition}",
    inEveryRow: "i varje {repeat}-rad: {condition}")

  static let norwegianBokmal = LevelWords(
    dataFile: "Datafil", rows: "Rader", keyColumns: "Nøkkelkolonner", keyColumn: "Nøkkelkolonne",
    rowPerRecord: "én rad per post",
    rowsCounted: "én rad per {repeat}; like mange som {count} (høyst {max})",
    rowsChosen: "én rad per alternativ valgt i {question} (høyst {max})",
    rowsListed: "én rad per alternativ i {list} ({max})", rowsPerSource: "én rad per {source}-rad (høyst {max})",
    rowsAddAnother: "én rad per {repeat}; en ny legges til så lenge {condition}, høyst {max}",
    withinEachRow: "; innenfor hver {parent}-rad",
    recordKeyLabel: "Postens identifikator (kobler radene i alle datafiler)",
    indexKeyLabel: "{repeat}-radens nummer, fra 1", optionKeyLabel: "{repeat}-radens alternativ",
    asked: "Spørres", calculated: "Beregnes", forEachRow: "for hver {repeat}-rad", whereRow: " der {condition}",
    inRowsWhere: "i {repeat}-rader der {condition}", inRecordsWhere: "i poster der {condition}",
    rowNumber: "{repeat}-radens nummer", rowOption: "{repeat}-radens alternativ",
    instanceValue: "{variable} på den {source}-raden som {repeat}-raden står for",
    countRows: "antall {repeat}-rader", sumOverRows: "summen av {value} over {repeat}-rader",
    smallestOverRows: "minste {value} blant {repeat}-rader", largestOverRows: "største {value} blant {repeat}-rader",
    whereRows: " der {condition}", inSomeRow: "i minst én {repeat}-rad: {condition}",
    inEveryRow: "i hver {repeat}-rad: {condition}")

  static let norwegianNynorsk = LevelWords(
    dataFile: "Datafil", rows: "Rader", keyColumns: "Nøkkelkolonnar", keyColumn: "Nøkkelkolonne",
    rowPerRecord: "éi rad per post",
    rowsCounted: "éi rad per {repeat}; like mange som {count} (høgst {max})",
    rowsChosen: "éi rad per alternativ valt i {question} (høgst {max})",
    rowsListed: "éi rad per alternativ i {list} ({max})", rowsPerSource: "éi rad per {source}-rad (høgst {max})",
    rowsAddAnother: "éi rad per {repeat}; ei ny vert lagd til så lenge {condition}, høgst {max}",
    withinEachRow: "; innanfor kvar {parent}-rad",
    recordKeyLabel: "Identifikator for posten (koplar radene i alle datafilene)",
    indexKeyLabel: "Nummeret til {repeat}-rada, frå 1", optionKeyLabel: "Alternativet til {repeat}-rada",
    asked: "Vert spurt", calculated: "Vert rekna ut", forEachRow: "for kvar {repeat}-rad",
    whereRow: " der {condition}", inRowsWhere: "i {repeat}-rader der {condition}",
    inRecordsWhere: "i postar der {condition}", rowNumber: "nummeret til {repeat}-rada",
    rowOption: "alternativet til {repeat}-rada",
    instanceValue: "{variable} på den {source}-rada som {repeat}-rada står for",
    countRows: "talet på {repeat}-rader", sumOverRows: "summen av {value} over {repeat}-rader",
    smallestOverRows: "minste {value} blant {repeat}-rader", largestOverRows: "største {value} blant {repeat}-rader",
    whereRows: " der {condition}", inSomeRow: "i minst éi {repeat}-rad: {condition}",
    inEveryRow: "i kvar {repeat}-rad: {condition}")

  static let danish = LevelWords(
    dataFile: "Datafil", rows: "Rækker", keyColumns: "Nøglekolonner", keyColumn: "Nøglekolonne",
    rowPerRecord: "én række pr. post",
    rowsCounted: "én række pr. {repeat}; lige så mange som {count} (højst {max})",
    rowsChosen: "én række pr. svarmulighed valgt i {question} (højst {max})",
    rowsListed: "én række pr. svarmulighed i {list} ({max})",
    rowsPerSource: "én række pr. {source}-række (højst {max})",
    rowsAddAnother: "én række pr. {repeat}; en ny tilføjes, så længe {condition}, højst {max}",
    withinEachRow: "; inden for hver {parent}-række",
    recordKeyLabel: "Postens identifikator (forbinder rækkerne i alle datafiler)",
    indexKeyLabel: "{repeat}-rækkens nummer, fra 1", optionKeyLabel: "{repeat}-rækkens svarmulighed",
    asked: "Spørges", calculated: "Beregnes", forEachRow: "for hver {repeat}-række", whereRow: " hvor {condition}",
    inRowsWhere: "i {repeat}-rækker hvor {condition}", inRecordsWhere: "i poster hvor {condition}",
    rowNumber: "{repeat}-rækkens nummer", rowOption: "{repeat}-rækkens svarmulighed",
    instanceValue: "{variable} på den {source}-række, som {repeat}-rækken står for",
    countRows: "antallet af {repeat}-rækker", sumOverRows: "summen af {value} over {repeat}-rækker",
    smallestOverRows: "mindste {value} blandt {repeat}-rækker",
    largestOverRows: "største {value} blandt {repeat}-rækker", whereRows: " hvor {condition}",
    inSomeRow: "i mindst én {repeat}-række: {condition}", inEveryRow: "i hver {repeat}-række: {condition}")
}

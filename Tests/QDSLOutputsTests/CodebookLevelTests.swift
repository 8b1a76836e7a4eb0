// Codebooks of a survey with repeats: the variables grouped by level with each file's key columns first, what a
// file's rows are and universes per iteration in words, repeats in conditions in words (in every language the
// codebooks speak), one SPSS and Stata file per level, DDI's files, the CSV's level column.

import Foundation
import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport
import Testing

@Suite struct CodebookLevelTests {
  static let source = """
    survey hh
    languages en fi
    choices yes_no { 1 yes { en "Yes" fi "Kyllä" } 2 no { en "No" fi "Ei" } }
    choices crops { 1 maize { en "Maize" fi "Maissi" } 2 beans { en "Beans" fi "Pavut" } }
    choices animals { 1 cattle { en "Cattle" fi "Nauta" } 2 goats { en "Goats" fi "Vuohi" } 3 hens { en "Hens" fi "Kana" } }
    question farm: one of yes_no { text { en "Do you farm?" fi "Viljelettekö?" } }
    question household_size: integer 1..20 required { text { en "How many?" fi "Montako?" } }
    if farm == yes {
      repeat person count household_size {
        question age: integer 0..120 required { text { en "Age?" fi "Ikä?" } }
        if age >= 16 and person.index > 1 {
          question jobs: integer 0..5 { text { en "Jobs?" fi "Töitä?" } }
          repeat job count jobs max 3 {
            question hours: decimal 0..80 { text { en "Hours?" fi "Tunnit?" } }
          }
        }
        repeat other for each person {
          if other.index < person.index and other.age > age { question older: one of yes_no { text { en "Older?" fi "Vanhempi?" } } }
        }
      }
    }
    calculate children = count(person where age < 16)
    if count(person where age < 16) > 0 and sum(person.age) >= 18 {
      question school: one of yes_no { text { en "School?" fi "Koulu?" } }
    }
    if min(person.age) < 5 or max(person.age) > 90 or any(person where age > 99) or all(person where age < 1) {
      question care: one of yes_no { text { en "Care?" fi "Hoito?" } }
    }
    question grown: many of crops { text { en "Crops?" fi "Viljat?" } }
    repeat crop for each grown {
      if crop == maize { question area: decimal 0..100 { text { en "Area?" fi "Ala?" } } }
    }
    repeat livestock for each animals {
      question herd: integer 0..500 { text { en "How many {livestock}?" fi "Montako {livestock}?" } }
    }
    repeat visitor max 10 while more == yes {
      question more: one of yes_no required { text { en "More?" fi "Lisää?" } }
    }
    """

  func codebook(_ source: String = Self.source) throws -> Codebook {
    let checked = Checker.check(source: source)
    #expect(!checked.hasErrors, "\(checked.diagnostics.map(\.message))")
    return Codebook(checked.survey, stem: "hh-2024")
  }

  func names(_ codebook: Codebook, _ level: String) -> [String] {
    guard let l = codebook.levels.first(where: { $0.name == level }) else { return [] }
    return codebook.variables[l.variables].map(\.name)
  }

  @Test func testVariablesAreGroupedByLevelWithTheirKeyColumnsFirst() throws {
    let codebook = try codebook()
    #expect(codebook.levels.map(\.name) == ["", "person", "job", "other", "crop", "livestock", "visitor"])
    #expect(
      names(codebook, "") == [
        "record_id", "farm", "household_size", "children", "school", "care", "grown_1", "grown_2",
      ])
    #expect(names(codebook, "person") == ["record_id", "person_index", "age", "jobs"])
    #expect(names(codebook, "job") == ["record_id", "person_index", "job_index", "hours"])
    #expect(names(codebook, "other") == ["record_id", "person_index", "other_index", "older"])
    #expect(names(codebook, "crop") == ["record_id", "crop_index", "crop", "area"])
    #expect(
      codebook.levels.map(\.keys)
        == codebook.levels.map { codebook.variables[$0.variables].filter(\.isKey).map(\.name) })
    // The ranges follow one another and cover every variable; each variable knows its level.
    #expect(codebook.levels.map(\.variables.lowerBound) == [0] + codebook.levels.dropLast().map(\.variables.upperBound))
    #expect(codebook.levels.last?.variables.upperBound == codebook.variables.count)
    for (l, level) in codebook.levels.enumerated() {
      #expect(codebook.variables[level.variables].allSatisfy { $0.level == l })
    }
    #expect(
      codebook.levels.map { $0.dataFile(stem: codebook.stem) }.prefix(2) == ["hh-2024.csv", "hh-2024.person.csv"])
    // Key columns: the iteration numbers with their bounds, the option's code with the list's labels.
    let job = Array(codebook.variables[codebook.levels[2].variables])
    #expect(job[1].source == .key(.index(repeatName: "person")) && job[1].maximum == 20 && job[1].minimum == 1)
    #expect(job[2].source == .key(.index(repeatName: "job")) && job[2].maximum == 3)
    let crop = Array(codebook.variables[codebook.levels[4].variables])[2]
    #expect(crop.source == .key(.option(repeatName: "crop")) && crop.storage == .code)
    #expect(crop.values.map(\.name) == ["maize", "beans"] && crop.typeName == "one of crops")
    #expect(crop.labels["fi"] == "crop-rivin vaihtoehto")
  }

  @Test func testASurveyWithoutRepeatsHasOneLevelAndNoKeyColumns() throws {
    let codebook = try codebook("survey s\nlanguages en\nquestion a: integer { text \"A?\" }\n")
    #expect(codebook.levels.count == 1 && !codebook.hasLevels)
    #expect(codebook.variables.map(\.name) == ["a"])
    #expect(codebook.levels[0].keys == ["record_id"] && codebook.levels[0].variables == 0..<1)
    #expect(!CodebookMarkdown.render(codebook, language: "en").contains("Data file"))
  }

  @Test func testRowsOfEachFileInWords() throws {
    let rows = try codebook().levels.map { $0.rows.text("en") }
    #expect(
      rows == [
        "one row per record",
        "one row per person; as many as household_size (at most 20)",
        "one row per job; as many as jobs (at most 3); within each person row",
        "one row per person row (at most 20); within each person row",
        "one row per option chosen in grown (at most 2)",
        "one row per option of animals (3)",
        "one row per visitor; add another while more = Yes (1), at most 10",
      ])
    #expect(
      try codebook().levels[1].rows.text("fi") == "yksi rivi per person; niin monta kuin household_size (enintään 20)")
  }

  func universe(_ codebook: Codebook, _ name: String, _ language: String = "en") -> String? {
    let v = codebook.variables.first { $0.name == name && !$0.isKey }
    return v.map { Self.universeSentence($0, codebook, language) }
  }

  /// The Markdown codebook's universe field of the variable, its escapes undone.
  static func universeSentence(_ v: CodebookVariable, _ codebook: Codebook, _ language: String) -> String {
    let markdown = CodebookMarkdown.render(codebook, language: language)
    guard let entry = markdown.range(of: "\"></a>" + v.name.replacingOccurrences(of: "_", with: "\\_") + "\n")
    else { return "" }
    // The entry's field whose value says who is asked, in any of the codebooks' languages.
    let verbs =
      ["Asked", "Calculated", "Kysytään", "Lasketaan", "Frågas", "Beräknas", "Spørres", "Beregnes"]
      + ["Vert spurt", "Vert rekna", "Spørges"]
    let lines = markdown[entry.upperBound...].split(separator: "\n").prefix { !$0.hasPrefix("#") }
    guard
      let value = lines.lazy.compactMap({ line in line.range(of: ":** ").map { line[$0.upperBound...] } })
        .first(where: { value in verbs.contains { value.hasPrefix($0) } })
    else { return "" }
    var text = ""
    var escaped = false
    for c in value {
      if c == "\\" && !escaped {
        escaped = true
        continue
      }
      escaped = false
      text.append(c)
    }
    return text
  }

  @Test func testUniversesPerIterationPlaceEachConditionAtItsLevel() throws {
    let codebook = try codebook()
    #expect(universe(codebook, "age") == "Asked for each person row, in records where farm = Yes (1)")
    // The two operands of one `and` are read at different levels.
    #expect(
      universe(codebook, "jobs")
        == "Asked for each person row where age ≥ 16 and the number of the person row > 1, in records where "
        + "farm = Yes (1)")
    #expect(
      universe(codebook, "hours")
        == "Asked for each job row, in person rows where age ≥ 16 and the number of the person row > 1, in records "
        + "where farm = Yes (1)")
    #expect(
      universe(codebook, "older")
        == "Asked for each other row where the number of the other row < the number of the person row and age of the "
        + "person row that the other row stands for > age, in records where farm = Yes (1)")
    #expect(universe(codebook, "area") == "Asked for each crop row where the option of the crop row = Maize (1)")
    #expect(universe(codebook, "herd") == "Asked for each livestock row")
    #expect(
      universe(codebook, "jobs", "fi")
        == "Kysytään jokaisella person-rivillä, jolla age ≥ 16 ja person-rivin numero > 1, tietueissa, joissa "
        + "farm = Kyllä (1)")
    // The qdsl condition stays the whole universe.
    #expect(
      codebook.variables.first { $0.name == "hours" }?.universeExpression
        == "farm == yes and age >= 16 and person.index > 1")
  }

  @Test func testAggregatesInWords() throws {
    let codebook = try codebook()
    #expect(
      universe(codebook, "school")
        == "Asked if: (the number of person rows where age < 16) > 0 and the sum of age over person rows ≥ 18")
    #expect(
      universe(codebook, "care")
        == "Asked if: the smallest age over person rows < 5 or the largest age over person rows > 90 or "
        + "(in at least one person row, age > 99) or (in every person row, age < 1)")
    #expect(
      universe(codebook, "school", "fi")
        == "Kysytään, jos: (person-rivien määrä, joilla age < 16) > 0 ja age-arvojen summa person-riveillä ≥ 18")
  }

  /// Every language the codebooks speak writes repeats in its own words, with every placeholder filled.
  @Test func testEveryCodebookLanguageHasWordsForRepeats() throws {
    var sentences: [String: String] = [:]
    for language in ["en", "fi", "sv", "nb", "nn", "da"] {
      // The survey in that language alone: its texts are the English ones, the codebook's words its own.
      let source = Self.source.replacingOccurrences(of: #" fi "[^"]*""#, with: "", options: .regularExpression)
        .replacingOccurrences(of: "languages en fi", with: "languages \(language)")
        .replacingOccurrences(of: "{ en \"", with: "{ \(language) \"")
      let checked = Checker.check(source: source)
      #expect(checked.diagnostics.map(\.message) == [], "\(language)")
      let codebook = Codebook(checked.survey)
      let markdown = CodebookMarkdown.render(codebook, language: language)
      for placeholder in ["{repeat}", "{condition}", "{value}", "{max}", "{count}", "{source}", "{variable}"] {
        #expect(!markdown.contains(placeholder), "\(language): \(placeholder) left in")
      }
      let levels = codebook.levels.map { $0.rows.text(language) }.joined(separator: "\n")
      sentences[language] =
        levels
        + ["jobs", "hours", "older", "area", "school", "care"].map {
          universe(codebook, $0, language) ?? ""
        }.joined(separator: "\n")
    }
    let english = try #require(sentences["en"])
    for (language, text) in sentences where language != "en" {
      for (line, englishLine) in zip(text.split(separator: "\n"), english.split(separator: "\n")) {
        #expect(line != englishLine, "\(language) is English: \(line)")
      }
      for word in [" row", "number of", "as many as", "for each", "records", "at most"] {
        #expect(!text.contains(word), "\(language) holds the English '\(word)':\n\(text)")
      }
    }
  }

  @Test func testSPSSAndStataWriteOneFilePerDataFile() throws {
    let codebook = try codebook()
    let survey = Checker.check(source: Self.source).survey
    let sps = OutputTarget.spss.renderFiles(survey, codebook: codebook, language: "en")
    #expect(
      sps.map(\.suffix) == [
        ".sps", ".person.sps", ".job.sps", ".other.sps", ".crop.sps", ".livestock.sps", ".visitor.sps",
      ])
    let person = String(decoding: sps[1].bytes, as: UTF8.self)
    #expect(person.contains("VARIABLE LABELS record_id \"Record identifier (links the rows of every data file)\"\n"))
    #expect(person.contains("  /person_index \"Number of the person row, from 1\"\n  /age \"Age?\"\n"))
    #expect(!person.contains("/household_size ") && !person.contains("/hours "), "only the person file's variables")
    #expect(person.contains("* This file labels the data file hh-2024.person.csv: one row per person;"))
    #expect(person.contains("* hh-2024.job.csv is labelled by hh-2024.job.sps.\n"))
    let crop = String(decoding: sps[4].bytes, as: UTF8.self)
    #expect(crop.contains("VALUE LABELS crop\n      1 \"Maize\"\n      2 \"Beans\".\n"))
    let stata = OutputTarget.stata.renderFiles(survey, codebook: codebook, language: "fi")
    #expect(stata.map(\.suffix).last == ".visitor.do")
    let cropDo = String(decoding: stata[4].bytes, as: UTF8.self)
    #expect(cropDo.contains("label variable crop `\"crop-rivin vaihtoehto\"'\n"))
    #expect(cropDo.contains("label values crop crop\n"))
    // Without repeats, one file each, as before.
    let plain = Checker.check(source: "survey s\nlanguages en\nquestion a: integer { text \"A?\" }\n").survey
    #expect(OutputTarget.spss.renderFiles(plain, codebook: Codebook(plain), language: "en").map(\.suffix) == [".sps"])
  }

  @Test func testDDIDescribesEveryFileAndPutsEveryVariableInIt() throws {
    let xml = DDIWriter.render(try codebook())
    #expect(xml.components(separatedBy: "<fileDscr ").count - 1 == 7)
    #expect(xml.contains("<fileDscr ID=\"data-file.person\" URI=\"hh-2024.person.csv\">"))
    #expect(
      xml.contains("<fileCont xml:lang=\"en\">one row per person; as many as household_size (at most 20)</fileCont>"))
    #expect(xml.contains("<recGrp rectype=\"crop\" keyvar=\"key.crop.record_id key.crop.crop_index key.crop.crop\">"))
    #expect(
      xml.contains("<var ID=\"key.job.person_index\" name=\"person_index\" files=\"data-file.job\" intrvl=\"contin\">"))
    #expect(xml.contains("<var ID=\"hours\" name=\"hours\" files=\"data-file.job\" intrvl=\"contin\">"))
    #expect(xml.contains("<var ID=\"farm\" name=\"farm\" files=\"data-file\" intrvl=\"discrete\">"))
    #expect(xml.components(separatedBy: "<var ").count == xml.components(separatedBy: " files=\"data-file").count - 0)
  }

  @Test func testCSVMarksTheLevelOfEveryRow() throws {
    let rows = CodebookCSV.render(try codebook()).components(separatedBy: "\r\n")
    #expect(rows[0].hasPrefix("variable,level,section,"))
    #expect(rows.contains { $0.hasPrefix("farm,,,one of yes_no,code,") })
    #expect(rows.contains { $0.hasPrefix("hours,job,,decimal,decimal,") })
    #expect(
      rows.contains {
        $0.hasPrefix("crop,crop,,one of crops,code,true,,,,,,1,maize,false,Option of the crop row,,Maize,")
      })
    #expect(rows.filter { $0.hasPrefix("record_id,") }.count == 7)
  }

  @Test func testMarkdownAndHTMLGroupTheVariablesByDataFile() throws {
    let codebook = try codebook()
    let markdown = CodebookMarkdown.render(codebook, language: "en")
    #expect(
      markdown.contains(
        "\n## <a id=\"data-file-job\"></a>Data file `hh-2024.job.csv`\n\n"
          + "- **Rows:** one row per job; as many as jobs (at most 3); within each person row\n"
          + "- **Key columns:** `record_id`, `person_index`, `job_index`\n\n### Variables\n\n"
          + "#### <a id=\"var-job-record_id\"></a>record\\_id\n"))
    #expect(markdown.contains("- [Data file `hh-2024.crop.csv`](#data-file-crop): one row per option chosen in grown"))
    #expect(markdown.contains("- **Key column:** yes\n"))
    let html = CodebookHTML.render(codebook, language: "fi")
    #expect(html.contains("<section class=\"level\" aria-labelledby=\"data-file-other-title\" id=\"data-file-other\">"))
    #expect(html.contains("<h2 id=\"data-file-other-title\">Datatiedosto <code>hh-2024.other.csv</code></h2>"))
    #expect(
      html.contains(
        "<dt>Avainsarakkeet</dt><dd><code>record_id</code>, <code>person_index</code>, <code>other_index</code></dd>"))
    #expect(html.contains(".level > h2 {"), "the levels' style")
    // Every anchor once, every link to one of them.
    for text in [markdown, html] {
      let anchors = matches(text, #"id="([^"]+)""#)
      #expect(Set(anchors).count == anchors.count)
      let links = Set(matches(text, ##"\]\(#([^)]+)\)"##) + matches(text, ##"href="#([^"]+)""##))
      #expect(links.isSubset(of: Set(anchors)), "\(links.subtracting(anchors))")
    }
  }

  private func matches(_ text: String, _ pattern: String) -> [String] {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
      Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
  }
}

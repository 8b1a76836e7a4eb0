// The XForm of times, dates with times, ages, joined texts and paradata: the types and preloads of the nodes and
// the XPath each expression becomes (docs/outputs.md, "Expressions"); JavaRosa runs them on the shared scenarios.

import QDSLOutputs
import QDSLSemantics
import QDSLTestSupport
import Testing

@Suite struct XFormTypesTests {
  static let source = """
    survey s
    languages en
    paradata {
      started: start
      finished: end
      day: today
      dev: device
      who: user
    }
    question first: text { text "First?" }
    question wake: time required { text "Woke up?" }
    question visit: datetime { text "Visit?" }
    question birth: date { text "Born?" }
    calculate full = first + " " + first
    calculate early = wake < time("07:30")
    calculate seen = coalesce(visit, started)
    calculate late_seen = seen > datetime("2024-05-01T08:30")
    calculate age = years_between(birth, day)
    calculate born = year(birth)
    note n { text "Seen {seen}, woke {wake}." }

    """

  func xform() -> String {
    let checked = Checker.check(source: Self.source)
    #expect(checked.diagnostics.map(\.message) == [])
    return XFormWriter.render(checked.survey).replacingOccurrences(of: "&apos;", with: "'")
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
  }

  @Test func testParadataAreFirstAndFilledByPreloads() {
    let x = xform()
    #expect(x.contains("<s id=\"s\">\n          <started/>\n          <finished/>\n          <day/>"))
    #expect(
      x.contains("<bind nodeset=\"/s/started\" type=\"dateTime\" jr:preload=\"timestamp\" jr:preloadParams=\"start\"/>")
    )
    #expect(
      x.contains("<bind nodeset=\"/s/finished\" type=\"dateTime\" jr:preload=\"timestamp\" jr:preloadParams=\"end\"/>"))
    #expect(x.contains("<bind nodeset=\"/s/day\" type=\"date\" jr:preload=\"date\" jr:preloadParams=\"today\"/>"))
    #expect(
      x.contains("<bind nodeset=\"/s/dev\" type=\"string\" jr:preload=\"property\" jr:preloadParams=\"deviceid\"/>"))
    #expect(
      x.contains("<bind nodeset=\"/s/who\" type=\"string\" jr:preload=\"property\" jr:preloadParams=\"username\"/>"))
  }

  @Test func testTimesAreReadToTheMinuteAndCalculatedOnesAsStrings() {
    let x = xform()
    #expect(x.contains("<bind nodeset=\"/s/wake\" type=\"time\""))
    #expect(x.contains("<bind nodeset=\"/s/visit\" type=\"dateTime\""))
    #expect(
      x.contains(
        "number(translate(format-date-time(/s/wake, '%H:%M'), '-T:', '')) < number(translate('07:30', '-T:', ''))"))
    // A calculated date with a time is a string node: read as it is, piped with a space for the T.
    #expect(x.contains("<bind nodeset=\"/s/seen\" type=\"string\""))
    #expect(x.contains("number(translate(/s/seen, '-T:', '')) > number(translate('2024-05-01T08:30', '-T:', ''))"))
    #expect(x.contains("<output value=\"translate(/s/seen, 'T', ' ')\"/>"))
    #expect(x.contains("<output value=\"format-date-time(/s/wake, '%H:%M')\"/>"))
  }

  @Test func testAgesYearsAndJoins() {
    let x = xform()
    #expect(
      x.contains(
        "int((number(translate(substr(string(/s/day), 0, 10), '-', '')) - "
          + "number(translate(substr(string(/s/birth), 0, 10), '-', ''))) div 10000)"))
    #expect(x.contains("number(substr(string(/s/birth), 0, 4))"))
    #expect(x.contains("concat(concat(/s/first, ' '), /s/first)"))
  }
}

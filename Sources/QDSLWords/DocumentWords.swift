// The words of the printable questionnaire (`qdsl compile --target document`): its headings, routing, answer
// hints and interviewer notes, per language; a language the table lacks gets English.

/// The printable questionnaire's words in one language. `{n}`, `{what}` and `{max}` are fillers.
public struct DocumentWords: Sendable, Equatable {
  public let question: String
  public let section: String
  public let contents: String
  public let version: String
  public let languages: String
  /// "Ask if {what}": before the questions of a branch.
  public let askIf: String
  /// "If not, go to question {n}": after "Ask if" when the branch is a jump over the questions.
  public let otherwiseGoTo: String
  /// "If not, go to the end of the section" when nothing numbered follows in the section.
  public let otherwiseEnd: String
  public let oneAnswer: String
  public let manyAnswers: String
  public let rankAnswers: String
  public let otherSpecify: String
  public let number: String
  /// "{min} to {max}".
  public let range: String
  public let atMost: String
  public let characters: String
  public let date: String
  public let time: String
  public let dateTime: String
  public let check: String
  public let softCheck: String
  /// "Text if {what}": a text variant and its condition.
  public let textIf: String
  public let defaultAnswer: String
  public let shuffled: String
  public let fixedOption: String
  public let exclusiveOption: String
  public let endIf: String
  public let end: String
  public let fromSample: String
  /// Repeats: "Asked {what} times (at most {max})".
  public let repeatCount: String
  public let repeatForEachChosen: String
  public let repeatForEachOption: String
  public let repeatForEach: String
  public let repeatWhile: String
  public let repeatBlock: String
  public let note: String
  public let calculated: String
  public let offeredIf: String
  public let optionsWhere: String
  public let draftMark: String

  static let english = DocumentWords(
    question: "Question", section: "Section", contents: "Contents", version: "Version", languages: "Languages",
    askIf: "Ask if {what}", otherwiseGoTo: "If not, go to question {n}", otherwiseEnd: "If not, skip to the next part",
    oneAnswer: "One answer", manyAnswers: "All that apply", rankAnswers: "Rank in order (1 = first)",
    otherSpecify: "Other, specify", number: "Number", range: "{min} to {max}", atMost: "at most {max}",
    characters: "characters", date: "Date (YYYY-MM-DD)", time: "Time (HH:MM)", dateTime: "Date and time",
    check: "Check", softCheck: "Soft check (the answer may be confirmed)", textIf: "Text if {what}",
    defaultAnswer: "Default", shuffled: "Options in random order", fixedOption: "fixed place",
    exclusiveOption: "only answer", endIf: "End of interview if {what}", end: "End of interview",
    fromSample: "From the sample (not asked)", repeatCount: "Asked {what} times (at most {max})",
    repeatForEachChosen: "Asked for each option chosen in {what}", repeatForEachOption: "Asked for each of: {what}",
    repeatForEach: "Asked for each {what}", repeatWhile: "Asked again while {what} (at most {max})",
    repeatBlock: "Repeated block", note: "Note", calculated: "Calculated (not asked)", offeredIf: "offered if {what}",
    optionsWhere: "Options offered where {what}", draftMark: "not yet translated")
  static let finnish = DocumentWords(
    question: "Kysymys", section: "Osio", contents: "Sisällys", version: "Versio", languages: "Kielet",
    askIf: "Kysytään, jos {what}", otherwiseGoTo: "Muuten siirry kysymykseen {n}",
    otherwiseEnd: "Muuten siirry seuraavaan osaan", oneAnswer: "Yksi vastaus",
    manyAnswers: "Kaikki sopivat", rankAnswers: "Järjestä (1 = ensimmäinen)", otherSpecify: "Muu, mikä",
    number: "Luku", range: "{min}–{max}", atMost: "enintään {max}", characters: "merkkiä",
    date: "Päivämäärä (VVVV-KK-PP)", time: "Kellonaika (TT:MM)", dateTime: "Päivämäärä ja kellonaika",
    check: "Tarkistus", softCheck: "Pehmeä tarkistus (vastauksen voi vahvistaa)", textIf: "Teksti, jos {what}",
    defaultAnswer: "Oletus", shuffled: "Vaihtoehdot satunnaisessa järjestyksessä", fixedOption: "kiinteä paikka",
    exclusiveOption: "ainoa vastaus", endIf: "Haastattelu päättyy, jos {what}", end: "Haastattelu päättyy",
    fromSample: "Otoksesta (ei kysytä)", repeatCount: "Kysytään {what} kertaa (enintään {max})",
    repeatForEachChosen: "Kysytään jokaisesta kohdassa {what} valitusta",
    repeatForEachOption: "Kysytään jokaisesta: {what}",
    repeatForEach: "Kysytään jokaisesta: {what}", repeatWhile: "Kysytään uudelleen, kun {what} (enintään {max})",
    repeatBlock: "Toistuva osa", note: "Huomautus", calculated: "Laskettu (ei kysytä)",
    offeredIf: "näytetään, jos {what}",
    optionsWhere: "Vaihtoehdot, joille {what}", draftMark: "ei vielä käännetty")
  static let swedish = DocumentWords(
    question: "Fråga", section: "Avsnitt", contents: "Innehåll", version: "Version", languages: "Språk",
    askIf: "Fråga om {what}", otherwiseGoTo: "Om inte, gå till fråga {n}", otherwiseEnd: "Om inte, gå till nästa del",
    oneAnswer: "Ett svar", manyAnswers: "Alla som passar", rankAnswers: "Rangordna (1 = först)",
    otherSpecify: "Annat, ange", number: "Tal", range: "{min}–{max}", atMost: "högst {max}", characters: "tecken",
    date: "Datum (ÅÅÅÅ-MM-DD)", time: "Klockslag (TT:MM)", dateTime: "Datum och klockslag", check: "Kontroll",
    softCheck: "Mjuk kontroll (svaret kan bekräftas)", textIf: "Text om {what}", defaultAnswer: "Förval",
    shuffled: "Alternativen i slumpvis ordning", fixedOption: "fast plats", exclusiveOption: "enda svar",
    endIf: "Intervjun slutar om {what}", end: "Intervjun slutar", fromSample: "Från urvalet (frågas inte)",
    repeatCount: "Frågas {what} gånger (högst {max})", repeatForEachChosen: "Frågas för varje alternativ valt i {what}",
    repeatForEachOption: "Frågas för var och en av: {what}", repeatForEach: "Frågas för varje {what}",
    repeatWhile: "Frågas igen medan {what} (högst {max})", repeatBlock: "Upprepat block", note: "Anmärkning",
    calculated: "Beräknad (frågas inte)", offeredIf: "visas om {what}", optionsWhere: "Alternativ där {what}",
    draftMark: "inte översatt än")
  static let norwegianBokmal = DocumentWords(
    question: "Spørsmål", section: "Del", contents: "Innhold", version: "Versjon", languages: "Språk",
    askIf: "Spør hvis {what}", otherwiseGoTo: "Hvis ikke, gå til spørsmål {n}",
    otherwiseEnd: "Hvis ikke, gå til neste del", oneAnswer: "Ett svar", manyAnswers: "Alle som passer",
    rankAnswers: "Ranger (1 = først)", otherSpecify: "Annet, spesifiser", number: "Tall", range: "{min}–{max}",
    atMost: "høyst {max}", characters: "tegn", date: "Dato (ÅÅÅÅ-MM-DD)", time: "Klokkeslett (TT:MM)",
    dateTime: "Dato og klokkeslett", check: "Kontroll", softCheck: "Myk kontroll (svaret kan bekreftes)",
    textIf: "Tekst hvis {what}", defaultAnswer: "Forhåndsvalg", shuffled: "Alternativene i tilfeldig rekkefølge",
    fixedOption: "fast plass", exclusiveOption: "eneste svar", endIf: "Intervjuet slutter hvis {what}",
    end: "Intervjuet slutter", fromSample: "Fra utvalget (spørres ikke)",
    repeatCount: "Spørres {what} ganger (høyst {max})",
    repeatForEachChosen: "Spørres for hvert alternativ valgt i {what}",
    repeatForEachOption: "Spørres for hver av: {what}", repeatForEach: "Spørres for hver {what}",
    repeatWhile: "Spørres igjen så lenge {what} (høyst {max})", repeatBlock: "Gjentatt blokk", note: "Merknad",
    calculated: "Beregnet (spørres ikke)", offeredIf: "vises hvis {what}", optionsWhere: "Alternativer der {what}",
    draftMark: "ikke oversatt ennå")
  static let norwegianNynorsk = DocumentWords(
    question: "Spørsmål", section: "Del", contents: "Innhald", version: "Versjon", languages: "Språk",
    askIf: "Spør dersom {what}", otherwiseGoTo: "Elles, gå til spørsmål {n}", otherwiseEnd: "Elles, gå til neste del",
    oneAnswer: "Eitt svar", manyAnswers: "Alle som passar", rankAnswers: "Ranger (1 = først)",
    otherSpecify: "Anna, spesifiser", number: "Tal", range: "{min}–{max}", atMost: "høgst {max}", characters: "teikn",
    date: "Dato (ÅÅÅÅ-MM-DD)", time: "Klokkeslett (TT:MM)", dateTime: "Dato og klokkeslett", check: "Kontroll",
    softCheck: "Mjuk kontroll (svaret kan stadfestast)", textIf: "Tekst dersom {what}", defaultAnswer: "Førehandsval",
    shuffled: "Alternativa i tilfeldig rekkjefølgje", fixedOption: "fast plass", exclusiveOption: "einaste svar",
    endIf: "Intervjuet sluttar dersom {what}", end: "Intervjuet sluttar", fromSample: "Frå utvalet (vert ikkje spurd)",
    repeatCount: "Vert spurd {what} gonger (høgst {max})",
    repeatForEachChosen: "Vert spurd for kvart alternativ valt i {what}",
    repeatForEachOption: "Vert spurd for kvar av: {what}",
    repeatForEach: "Vert spurd for kvar {what}", repeatWhile: "Vert spurd igjen så lenge {what} (høgst {max})",
    repeatBlock: "Gjenteken blokk", note: "Merknad", calculated: "Rekna ut (vert ikkje spurd)",
    offeredIf: "vert vist dersom {what}", optionsWhere: "Alternativ der {what}", draftMark: "ikkje omsett enno")

  static let table: [String: DocumentWords] = [
    "en": .english, "fi": .finnish, "sv": .swedish, "nb": .norwegianBokmal, "no": .norwegianBokmal,
    "nn": .norwegianNynorsk,
  ]
}

extension Words {
  /// The printable questionnaire's words for a language tag (English when the table has none for it).
  public static func document(for tag: String) -> DocumentWords {
    Words.lookup(tag, in: DocumentWords.table) ?? .english
  }
}

// The words a codebook writes about sample variables (values from the sample file, never asked): the sentence that
// stands where a question's universe would be.

/// The codebook's words about sample variables in one language.
public struct SampleWords: Sendable, Equatable {
  /// Instead of a universe: the value comes from the sample, for every respondent.
  public let fromSample: String
  /// Instead of a universe, for an `optional` sample variable: from the sample, where the sample has it.
  public let fromSampleOptional: String

  static let english = SampleWords(
    fromSample: "From the sample, for every respondent (not asked)",
    fromSampleOptional: "From the sample, where the sample has it (not asked)")
  static let finnish = SampleWords(
    fromSample: "Otoksesta, jokaiselle vastaajalle (ei kysytä)",
    fromSampleOptional: "Otoksesta, jos otoksessa on tieto (ei kysytä)")
  static let swedish = SampleWords(
    fromSample: "Från urvalet, för varje svarande (frågas inte)",
    fromSampleOptional: "Från urvalet, där urvalet har uppgiften (frågas inte)")
  static let norwegianBokmal = SampleWords(
    fromSample: "Fra utvalget, for hver respondent (spørres ikke)",
    fromSampleOptional: "Fra utvalget, der utvalget har opplysningen (spørres ikke)")
  static let norwegianNynorsk = SampleWords(
    fromSample: "Frå utvalet, for kvar respondent (vert ikkje spurd)",
    fromSampleOptional: "Frå utvalet, der utvalet har opplysninga (vert ikkje spurd)")
  static let danish = SampleWords(
    fromSample: "Fra stikprøven, for hver respondent (spørges ikke)",
    fromSampleOptional: "Fra stikprøven, hvor stikprøven har oplysningen (spørges ikke)")
  static let german = SampleWords(
    fromSample: "Aus der Stichprobe, für jede befragte Person (nicht erfragt)",
    fromSampleOptional: "Aus der Stichprobe, soweit die Stichprobe den Wert hat (nicht erfragt)")
  static let french = SampleWords(
    fromSample: "Issu de l'échantillon, pour chaque répondant (non demandé)",
    fromSampleOptional: "Issu de l'échantillon, lorsque l'échantillon le contient (non demandé)")
  static let spanish = SampleWords(
    fromSample: "De la muestra, para cada persona encuestada (no se pregunta)",
    fromSampleOptional: "De la muestra, cuando la muestra lo incluye (no se pregunta)")

  static let table: [String: SampleWords] = [
    "en": .english, "fi": .finnish, "sv": .swedish, "nb": .norwegianBokmal, "no": .norwegianBokmal,
    "nn": .norwegianNynorsk, "da": .danish, "de": .german, "fr": .french, "es": .spanish,
  ]
}

extension Words {
  /// The sample words for a language tag (English when the table has none for it).
  public static func sample(for tag: String) -> SampleWords {
    Words.lookup(tag, in: SampleWords.table) ?? .english
  }
}

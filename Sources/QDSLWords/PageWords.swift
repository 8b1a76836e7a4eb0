// The words of the `qdsl preview` page that a respondent reads (buttons, the language menu, the messages about
// answers), one value per language; page.js gets those of the page's languages in the page's JSON.

/// The preview page's own words in one language. `Words.page(for:)` finds them for a language tag; a text with
/// `{min}` or `{max}` has the bound put in by the page.
public struct PageWords: Sendable, Equatable {
  /// The label of the language menu.
  public let language: String
  /// The interview's name for assistive technology (the `aria-label` of the page's main part).
  public let interview: String
  /// The name of the mark of a required question, for assistive technology.
  public let required: String
  /// The button that clears the answer of a `one of` question.
  public let clear: String
  /// What that button does, for assistive technology.
  public let clearTheAnswer: String
  /// The button that ends the interview and checks every answer.
  public let finish: String
  /// After Finish, when an answer needs correcting.
  public let correctMarked: String
  /// After Finish, when every answer is complete.
  public let allComplete: String
  /// A required question left unanswered.
  public let answerRequired: String
  /// A required grid with a row left unanswered.
  public let answerEveryRow: String
  /// A number question holding something that is not a number.
  public let enterNumber: String
  /// An integer question holding a number with decimals.
  public let enterWholeNumber: String
  /// A number out of its bounds; `{min}` and `{max}` are replaced by the bounds.
  public let numberFromTo: String
  /// A number below its lower bound (the only bound); `{min}` is replaced by it.
  public let numberAtLeast: String
  /// A number above its upper bound (the only bound); `{max}` is replaced by it.
  public let numberAtMost: String
  /// A text longer than its maximum length.
  public let textTooLong: String
  /// Under a text question with a maximum length; `{max}` is replaced by it.
  public let atMostCharacters: String
  /// A date question holding something that is not a date.
  public let enterDate: String
  /// An answer that is not one of the options.
  public let chooseOption: String
  /// An exclusive option chosen together with others.
  public let exclusiveWithOthers: String
  /// The button under the last iteration of an "add another" repeat that asks for one more.
  public let addAnother: String
  /// The button that moves an option of a ranking one place up, for assistive technology too.
  public let moveUp: String
  /// The button that moves an option of a ranking one place down.
  public let moveDown: String
  /// The button that takes the ranking as it stands.
  public let keepOrder: String
  /// A ranking that does not rank every option once.
  public let rankEveryOption: String
  /// The checkbox under a failed soft check with which the respondent keeps the answer.
  public let confirmAnswer: String
  /// After a draft language's name in the language menu: its translation is in progress, and the texts it lacks
  /// are shown in the source language.
  public let draft: String

  /// Every word with its name (the property's), in the order above, for the page's JSON.
  public var named: [(name: String, text: String)] {
    [
      ("language", language), ("interview", interview), ("required", required), ("clear", clear),
      ("clearTheAnswer", clearTheAnswer), ("finish", finish), ("correctMarked", correctMarked),
      ("allComplete", allComplete), ("answerRequired", answerRequired), ("answerEveryRow", answerEveryRow),
      ("enterNumber", enterNumber), ("enterWholeNumber", enterWholeNumber), ("numberFromTo", numberFromTo),
      ("numberAtLeast", numberAtLeast), ("numberAtMost", numberAtMost), ("textTooLong", textTooLong),
      ("atMostCharacters", atMostCharacters), ("enterDate", enterDate), ("chooseOption", chooseOption),
      ("exclusiveWithOthers", exclusiveWithOthers), ("addAnother", addAnother), ("moveUp", moveUp),
      ("moveDown", moveDown), ("keepOrder", keepOrder), ("rankEveryOption", rankEveryOption),
      ("confirmAnswer", confirmAnswer), ("draft", draft),
    ]
  }
}

extension PageWords {
  static let english = PageWords(
    language: "Language", interview: "Interview", required: "required", clear: "Clear",
    clearTheAnswer: "Clear the answer", finish: "Finish", correctMarked: "Please correct the marked answers.",
    allComplete: "All answers are complete.", answerRequired: "An answer is required.",
    answerEveryRow: "Answer every row.", enterNumber: "Enter a number.", enterWholeNumber: "Enter a whole number.",
    numberFromTo: "Enter a number from {min} to {max}.", numberAtLeast: "Enter a number of at least {min}.",
    numberAtMost: "Enter a number of at most {max}.", textTooLong: "The text is too long.",
    atMostCharacters: "at most {max} characters", enterDate: "Enter a date (YYYY-MM-DD).",
    chooseOption: "Choose one of the options.", exclusiveWithOthers: "This option cannot be combined with others.",
    addAnother: "Add another",
    moveUp: "Move up", moveDown: "Move down", keepOrder: "Rank in this order",
    rankEveryOption: "Rank every option once.", confirmAnswer: "I confirm this answer", draft: "draft")

  static let finnish = PageWords(
    language: "Kieli", interview: "Haastattelu", required: "pakollinen", clear: "Tyhjennä",
    clearTheAnswer: "Tyhjennä vastaus", finish: "Valmis", correctMarked: "Korjaa merkityt vastaukset.",
    allComplete: "Kaikki vastaukset ovat kunnossa.", answerRequired: "Vastaus on pakollinen.",
    answerEveryRow: "Vastaa jokaiseen riviin.", enterNumber: "Anna luku.", enterWholeNumber: "Anna kokonaisluku.",
    numberFromTo: "Anna luku väliltä {min}–{max}.", numberAtLeast: "Anna luku, joka on vähintään {min}.",
    numberAtMost: "Anna luku, joka on enintään {max}.", textTooLong: "Teksti on liian pitkä.",
    atMostCharacters: "enintään {max} merkkiä", enterDate: "Anna päivämäärä (VVVV-KK-PP).",
    chooseOption: "Valitse jokin vaihtoehdoista.", exclusiveWithOthers: "Tätä vaihtoehtoa ei voi yhdistää muihin.",
    addAnother: "Lisää uusi",
    moveUp: "Siirrä ylös", moveDown: "Siirrä alas", keepOrder: "Järjestä tässä järjestyksessä",
    rankEveryOption: "Järjestä jokainen vaihtoehto kerran.", confirmAnswer: "Vahvistan vastauksen", draft: "luonnos")

  static let swedish = PageWords(
    language: "Språk", interview: "Intervju", required: "obligatorisk", clear: "Rensa", clearTheAnswer: "Rensa svaret",
    finish: "Slutför", correctMarked: "Rätta de markerade svaren.", allComplete: "Alla svar är ifyllda.",
    answerRequired: "Ett svar krävs.", answerEveryRow: "Svara på varje rad.", enterNumber: "Ange ett tal.",
    enterWholeNumber: "Ange ett heltal.", numberFromTo: "Ange ett tal från {min} till {max}.",
    numberAtLeast: "Ange ett tal som är minst {min}.", numberAtMost: "Ange ett tal som är högst {max}.",
    textTooLong: "Texten är för lång.", atMostCharacters: "högst {max} tecken",
    enterDate: "Ange ett datum (ÅÅÅÅ-MM-DD).", chooseOption: "Välj ett av alternativen.",
    exclusiveWithOthers: "Det här alternativet kan inte kombineras med andra.", addAnother: "Lägg till en till",
    moveUp: "Flytta upp", moveDown: "Flytta ned", keepOrder: "Rangordna i den här ordningen",
    rankEveryOption: "Rangordna varje alternativ en gång.", confirmAnswer: "Jag bekräftar svaret", draft: "utkast")

  static let norwegianBokmal = PageWords(
    language: "Språk", interview: "Intervju", required: "obligatorisk", clear: "Tøm", clearTheAnswer: "Tøm svaret",
    finish: "Fullfør", correctMarked: "Rett de markerte svarene.", allComplete: "Alle svarene er fullstendige.",
    answerRequired: "Et svar er påkrevd.", answerEveryRow: "Svar på hver rad.", enterNumber: "Skriv inn et tall.",
    enterWholeNumber: "Skriv inn et heltall.", numberFromTo: "Skriv inn et tall fra {min} til {max}.",
    numberAtLeast: "Skriv inn et tall på minst {min}.", numberAtMost: "Skriv inn et tall på høyst {max}.",
    textTooLong: "Teksten er for lang.", atMostCharacters: "høyst {max} tegn",
    enterDate: "Skriv inn en dato (ÅÅÅÅ-MM-DD).", chooseOption: "Velg ett av alternativene.",
    exclusiveWithOthers: "Dette alternativet kan ikke kombineres med andre.", addAnother: "Legg til en til",
    moveUp: "Flytt opp", moveDown: "Flytt ned", keepOrder: "Ranger i denne rekkefølgen",
    rankEveryOption: "Ranger hvert alternativ én gang.", confirmAnswer: "Jeg bekrefter svaret", draft: "utkast")

  static let norwegianNynorsk = PageWords(
    language: "Språk", interview: "Intervju", required: "obligatorisk", clear: "Tøm", clearTheAnswer: "Tøm svaret",
    finish: "Fullfør", correctMarked: "Rett dei markerte svara.", allComplete: "Alle svara er fullstendige.",
    answerRequired: "Eit svar er påkravd.", answerEveryRow: "Svar på kvar rad.", enterNumber: "Skriv inn eit tal.",
    enterWholeNumber: "Skriv inn eit heiltal.", numberFromTo: "Skriv inn eit tal frå {min} til {max}.",
    numberAtLeast: "Skriv inn eit tal på minst {min}.", numberAtMost: "Skriv inn eit tal på høgst {max}.",
    textTooLong: "Teksten er for lang.", atMostCharacters: "høgst {max} teikn",
    enterDate: "Skriv inn ein dato (ÅÅÅÅ-MM-DD).", chooseOption: "Vel eitt av alternativa.",
    exclusiveWithOthers: "Dette alternativet kan ikkje kombinerast med andre.", addAnother: "Legg til ein til",
    moveUp: "Flytt opp", moveDown: "Flytt ned", keepOrder: "Ranger i denne rekkjefølgja",
    rankEveryOption: "Ranger kvart alternativ éin gong.", confirmAnswer: "Eg stadfestar svaret", draft: "utkast")

  static let danish = PageWords(
    language: "Sprog", interview: "Interview", required: "obligatorisk", clear: "Ryd", clearTheAnswer: "Ryd svaret",
    finish: "Afslut", correctMarked: "Ret de markerede svar.", allComplete: "Alle svar er udfyldt.",
    answerRequired: "Et svar er påkrævet.", answerEveryRow: "Besvar hver række.", enterNumber: "Indtast et tal.",
    enterWholeNumber: "Indtast et heltal.", numberFromTo: "Indtast et tal fra {min} til {max}.",
    numberAtLeast: "Indtast et tal på mindst {min}.", numberAtMost: "Indtast et tal på højst {max}.",
    textTooLong: "Teksten er for lang.", atMostCharacters: "højst {max} tegn",
    enterDate: "Indtast en dato (ÅÅÅÅ-MM-DD).", chooseOption: "Vælg en af mulighederne.",
    exclusiveWithOthers: "Denne mulighed kan ikke kombineres med andre.", addAnother: "Tilføj en til",
    moveUp: "Flyt op", moveDown: "Flyt ned", keepOrder: "Rangér i denne rækkefølge",
    rankEveryOption: "Rangér hver mulighed én gang.", confirmAnswer: "Jeg bekræfter svaret", draft: "udkast")

  static let german = PageWords(
    language: "Sprache", interview: "Interview", required: "erforderlich", clear: "Löschen",
    clearTheAnswer: "Antwort löschen", finish: "Abschließen",
    correctMarked: "Bitte korrigieren Sie die markierten Antworten.", allComplete: "Alle Antworten sind vollständig.",
    answerRequired: "Eine Antwort ist erforderlich.", answerEveryRow: "Bitte beantworten Sie jede Zeile.",
    enterNumber: "Geben Sie eine Zahl ein.", enterWholeNumber: "Geben Sie eine ganze Zahl ein.",
    numberFromTo: "Geben Sie eine Zahl von {min} bis {max} ein.",
    numberAtLeast: "Geben Sie eine Zahl von mindestens {min} ein.",
    numberAtMost: "Geben Sie eine Zahl von höchstens {max} ein.", textTooLong: "Der Text ist zu lang.",
    atMostCharacters: "höchstens {max} Zeichen", enterDate: "Geben Sie ein Datum ein (JJJJ-MM-TT).",
    chooseOption: "Wählen Sie eine der Optionen.",
    exclusiveWithOthers: "Diese Option kann nicht mit anderen kombiniert werden.", addAnother: "Weitere hinzufügen",
    moveUp: "Nach oben", moveDown: "Nach unten", keepOrder: "In dieser Reihenfolge ordnen",
    rankEveryOption: "Ordnen Sie jede Option genau einmal.", confirmAnswer: "Ich bestätige diese Antwort",
    draft: "Entwurf")

  static let french = PageWords(
    language: "Langue", interview: "Entretien", required: "obligatoire", clear: "Effacer",
    clearTheAnswer: "Effacer la réponse", finish: "Terminer",
    correctMarked: "Veuillez corriger les réponses signalées.", allComplete: "Toutes les réponses sont complètes.",
    answerRequired: "Une réponse est requise.", answerEveryRow: "Répondez à chaque ligne.",
    enterNumber: "Saisissez un nombre.", enterWholeNumber: "Saisissez un nombre entier.",
    numberFromTo: "Saisissez un nombre de {min} à {max}.", numberAtLeast: "Saisissez un nombre d’au moins {min}.",
    numberAtMost: "Saisissez un nombre d’au plus {max}.", textTooLong: "Le texte est trop long.",
    atMostCharacters: "{max} caractères au maximum", enterDate: "Saisissez une date (AAAA-MM-JJ).",
    chooseOption: "Choisissez l’une des options.",
    exclusiveWithOthers: "Cette option ne peut pas être combinée avec d’autres.", addAnother: "En ajouter un autre",
    moveUp: "Monter", moveDown: "Descendre", keepOrder: "Classer dans cet ordre",
    rankEveryOption: "Classez chaque option une fois.", confirmAnswer: "Je confirme cette réponse", draft: "brouillon")

  static let spanish = PageWords(
    language: "Idioma", interview: "Entrevista", required: "obligatoria", clear: "Borrar",
    clearTheAnswer: "Borrar la respuesta", finish: "Finalizar", correctMarked: "Corrija las respuestas marcadas.",
    allComplete: "Todas las respuestas están completas.", answerRequired: "Se requiere una respuesta.",
    answerEveryRow: "Responda a cada fila.", enterNumber: "Introduzca un número.",
    enterWholeNumber: "Introduzca un número entero.", numberFromTo: "Introduzca un número de {min} a {max}.",
    numberAtLeast: "Introduzca un número de al menos {min}.",
    numberAtMost: "Introduzca un número de como máximo {max}.", textTooLong: "El texto es demasiado largo.",
    atMostCharacters: "máximo {max} caracteres", enterDate: "Introduzca una fecha (AAAA-MM-DD).",
    chooseOption: "Elija una de las opciones.", exclusiveWithOthers: "Esta opción no se puede combinar con otras.",
    addAnother: "Añadir otro",
    moveUp: "Subir", moveDown: "Bajar", keepOrder: "Ordenar así", rankEveryOption: "Ordene cada opción una vez.",
    confirmAnswer: "Confirmo esta respuesta", draft: "borrador")
}

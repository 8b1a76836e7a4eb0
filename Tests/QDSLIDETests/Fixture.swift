// The instrument most IDE tests run on: two languages, a grid, pipes in every translation, a check, options.

enum Fixture {
  /// Markers are added by each test; this is the plain text.
  static let survey = """
    survey barometer
    languages fi en

    choices yes_no {
      1 yes { fi "Kyllä" en "Yes" }
      2 no { fi "Ei" en "No" }
    }

    choices agreement {
      1 low { fi "Vähän" en "Little" }
      2 high { fi "Paljon" en "Much" }
    }

    question staff: integer 1..500 required {
      text { fi "Montako työntekijää?" en "How many staff?" }
    }

    question adopted: one of yes_no {
      text { fi "Otettiinko käyttöön ({staff})?" en "Adopted ({staff})?" }
    }

    if adopted == yes {
      grid culture: one of agreement {
        text { fi "Kulttuuri" en "Culture" }
        rows {
          risk { fi "Riski" en "Risk" }
        }
      }
      calculate big = staff > 100 and culture.risk == high
    }

    note thanks {
      text { fi "Kiitos, {staff} on paljon 😀" en "Thanks, {staff} is a lot" }
    }

    """
}

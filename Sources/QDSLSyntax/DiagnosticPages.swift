// Generated from docs/diagnostics/*.md by `QDSL_BLESS=1 swift test --filter GeneratedFilesTests`; do not edit.
// swift-format-ignore-file

/// The long explanation of every diagnostic code, shown by `qdsl explain` and in editors.
public enum DiagnosticPages {
  public static let pages: [String: String] = [
    "QD1001": #"""
# QD1001: syntax error: something unexpected, or something missing

The file does not follow the shape of the language at this point: a word, symbol or
block is missing, or something appears where it cannot. A typical case is a
question without the `:` between its name and its answer type, or a `{` that is
never closed. This is an error: the survey cannot be compiled into a form or a
codebook until it is fixed.

qdsl keeps reading after a syntax error, so one run also reports the problems
further down the file. Fix the first syntax error first: a single missing brace
can make the lines after it look wrong too.

A `{` that is never closed is reported at the `{` itself, with the place where
qdsl noticed it as a related location: the next item that cannot be inside the
block, or the end of the file. Braces pair up innermost first, so when a file
ends inside a block, the `}` that is missing may belong to a block further up;
in an indented file qdsl uses the indentation to point at the block whose lines
return to the indentation of its `{` line without a `}`.

## Example

```qdsl
survey library_visits
languages en

question visits integer 0..365 {
  text "How many times did you visit the library in the last 12 months?"
}
```

## Fix

Write a `:` between the question's name and its answer type:

```qdsl
survey library_visits
languages en

question visits: integer 0..365 {
  text "How many times did you visit the library in the last 12 months?"
}
```
"""#,
    "QD1002": #"""
# QD1002: a string is not closed

A text in double quotes must end with a closing `"` on the same line. When the
closing quote is missing, qdsl cannot tell where the question text ends and
where the rest of the questionnaire begins. This is an error.

It usually happens when a text is too long for one line and is broken in two,
or when a quote is deleted by accident. A text that needs several lines is
written in triple quotes, `"""…"""`.

## Example

```qdsl
survey library_visits
languages en

question visits: integer 0..365 {
  text "How many times did you visit the library in the last 12 months?
}
```

## Fix

Close the text with `"`; for a text over several lines, use `"""` at both ends:

```qdsl
survey library_visits
languages en

question visits: integer 0..365 {
  text "How many times did you visit the library in the last 12 months?"
}
```
"""#,
    "QD1003": #"""
# QD1003: an unknown escape sequence in a string

Inside a text, a backslash `\` starts an escape: a way to write a character
that cannot be typed directly. Only `\"` (a quote), `\\` (a backslash), `\n` (a
new line), `\t` (a tab) and `\u{XXXX}` (any Unicode character by its hexadecimal
number, e.g. `\u{E4}` for ä) exist. Any other letter after a backslash is an
error, because qdsl cannot know which character the respondent should see.

This often happens with folder paths or instructions copied from other
documents. To show a backslash itself, write it twice.

## Example

```qdsl
survey staff_wellbeing
languages en

question absences: integer 0..365 {
  text "How many days were you on sick leave last year?"
  hint "You can check this in the HR portal under Absences\Sick leave."
}
```

## Fix

Write `\\` where the respondent should see a backslash:

```qdsl
survey staff_wellbeing
languages en

question absences: integer 0..365 {
  text "How many days were you on sick leave last year?"
  hint "You can check this in the HR portal under Absences\\Sick leave."
}
```
"""#,
    "QD1004": #"""
# QD1004: a character that cannot appear outside strings and comments

Outside texts in quotes and comments after `#`, a questionnaire may contain
only names (the letters a–z and A–Z, digits and `_`), numbers and the symbols of
the language such as `{ } ( ) : = == < >`. Any other character is an error. Names
become variable names in the data file, and statistics software such as SPSS,
Stata and R reliably accepts only these plain characters, so a name like
`tyytyväisyys` has to be written without `ä`.

The usual causes are letters such as `ä`, `å` or `ø` in a name, symbols such as
`$`, `%` or `€`, dashes pasted from a word processor, and a `;` at the end of a
line out of habit from other software. (A text between typographic or single
quotes is [QD1009](QD1009.md); a comment started with `//` is
[QD1010](QD1010.md).)

## Example

```qdsl
survey library_budget
languages en

question budget: decimal 0..10000000 { text "What was the library's acquisitions budget last year, in euros?" }
question residents: integer 1..1000000 { text "How many residents does the library serve?" }
calculate budget_per_resident = budget / residents;
```

## Fix

Remove the character; a line needs no `;` at its end. Characters such as `ä`
or `€` may be used freely inside texts in quotes:

```qdsl
survey library_budget
languages en

question budget: decimal 0..10000000 { text "What was the library's acquisitions budget last year, in euros?" }
question residents: integer 1..1000000 { text "How many residents does the library serve?" }
calculate budget_per_resident = budget / residents
```
"""#,
    "QD1005": #"""
# QD1005: conditions, sections or expressions nested too deeply

qdsl accepts at most 100 levels of nesting: sections inside sections,
conditions (`if`) inside conditions, and brackets and operators inside a
formula all count. Deeper nesting is an error. No questionnaire written by
hand needs that many levels; it usually appears in files generated by another
tool, for example a formula in which every step is wrapped in its own
parentheses. The limit keeps checking, formatting and editor support fast and
safe on any file.

The example below wraps a single answer in 101 pairs of parentheses.

## Example

```qdsl
survey library_visits
languages en

question visits: integer 0..365 { text "How many times did you visit the library in the last 12 months?" }
calculate weekly_visits = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((visits / 52)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
```

## Fix

Remove the parentheses that change nothing. A long formula is easier to read
and to check when it is split into several `calculate`s, and deeply nested
conditions can be combined with `and`:

```qdsl
survey library_visits
languages en

question visits: integer 0..365 { text "How many times did you visit the library in the last 12 months?" }
calculate weekly_visits = visits / 52
```
"""#,
    "QD1007": #"""
# QD1007: a number that is malformed

A number in the questionnaire, such as a bound of a range or a value in a
condition, cannot be read as a number: it has letters in it (`12abc`), an
exponent (`1e5`), a point without digits after it (`3.`), or two points
(`1.5.2`). This is an error. Whole numbers are written with digits only, and
decimals with a point and digits on both sides; there are no exponents or
thousands separators.

A number that is well formed but too large is [QD3010](QD3010.md).

## Example

```qdsl
survey municipal_finances
languages en

question population: integer 0..1e7 {
  text "How many residents did your municipality have at the end of last year?"
}
```

## Fix

Write the number out in digits:

```qdsl
survey municipal_finances
languages en

question population: integer 0..10000000 {
  text "How many residents did your municipality have at the end of last year?"
}
```
"""#,
    "QD1008": #"""
# QD1008: a brace in a text that is not a complete pipe

Inside a text, braces have a special meaning: `{staff}` shows the respondent an
earlier answer (a pipe). Every `{` must therefore start a complete pipe, a
variable name followed by `}`, and every `}` must close one. A brace that does
neither is an error, because the respondent would otherwise see a broken
placeholder, and translators could not tell literal braces from pipes.

To show a brace itself, write it twice: `{{` and `}}`.

## Example

```qdsl
survey library_services
languages en

question rating: integer 1..5 {
  text "How would you rate the library's e-book service?"
  hint "Answer on a scale {1–5}, where 5 is the best."
}
```

## Fix

Double the braces that the respondent should see (or use parentheses instead):

```qdsl
survey library_services
languages en

question rating: integer 1..5 {
  text "How would you rate the library's e-book service?"
  hint "Answer on a scale {{1–5}}, where 5 is the best."
}
```
"""#,
    "QD1009": #"""
# QD1009: a string in typographic or single quotes instead of straight double quotes

A text is written between straight double quotes, `"…"`. Word processors, some
keyboard layouts and many web pages type typographic quotes instead: `“…”` in
English, `”…”` in Finnish and Swedish, `„…“` in German, `«…»` in French, or
single quotes `‘…’`. A questionnaire pasted from such a document, or a text
written between single quotes `'…'` as some other languages allow, has no
string that qdsl can read. This is an error.

qdsl reads the text between the quotes as the string that was meant, so the
rest of the line and the file is checked as usual, and the error's fix writes
the same text between straight double quotes (escaping any `"` inside).
Typographic quotes *inside* a string are ordinary characters and stay as they
are: `"Vastaa ”kyllä” tai ”ei”"` is fine.

## Example

```qdsl
survey library_visits
languages en fi

question visits: integer 0..365 {
  text {
    en “How many times did you visit the library in the last 12 months?”
    fi ”Kuinka monta kertaa kävit kirjastossa viimeisten 12 kuukauden aikana?”
  }
}
```

## Fix

Write the texts between straight double quotes; in most editors, turn off
"smart quotes" for questionnaire files:

```qdsl
survey library_visits
languages en fi

question visits: integer 0..365 {
  text {
    en "How many times did you visit the library in the last 12 months?"
    fi "Kuinka monta kertaa kävit kirjastossa viimeisten 12 kuukauden aikana?"
  }
}
```
"""#,
    "QD1010": #"""
# QD1010: a comment that starts with `//` instead of `#`

A comment starts with `#` and runs to the end of the line. Many programming
languages start comments with `//` instead; in qdsl `/` only divides, so a line
that starts with `//` is not a comment but an error.

qdsl reads such a line as the comment that was meant, so the rest of the file
is checked as usual, and the error's fix replaces `//` with `#`. Inside a
string, `//` is ordinary text (`"https://example.org"`).

## Example

```qdsl
survey library_visits
languages en

// Asked of every respondent.
question visits: integer 0..365 {
  text "How many times did you visit the library in the last 12 months?"
}
```

## Fix

Start the comment with `#`:

```qdsl
survey library_visits
languages en

# Asked of every respondent.
question visits: integer 0..365 {
  text "How many times did you visit the library in the last 12 months?"
}
```
"""#,
    "QD2001": #"""
# QD2001: a name that is not declared

A condition, check, formula or pipe names a question, grid or calculated
variable that does not exist in the questionnaire. This is an error:
qdsl cannot know which answer the routing or calculation should use. The most
common cause is a typing mistake, or a question that has been renamed or
deleted while a condition elsewhere still refers to its old name.

The message suggests the closest declared name when there is one.

## Example

```qdsl
survey innovation_barometer
languages en

choices yes_no {
  1 yes "Yes"
  2 no "No"
}

question adopted: one of yes_no required { text "Has your organisation adopted innovations in the last two years?" }

if adpoted == yes {
  question benefits: text max 500 { text "What benefits have the innovations brought?" }
}
```

## Fix

Correct the name so that it matches the question's name exactly:

```qdsl
survey innovation_barometer
languages en

choices yes_no {
  1 yes "Yes"
  2 no "No"
}

question adopted: one of yes_no required { text "Has your organisation adopted innovations in the last two years?" }

if adopted == yes {
  question benefits: text max 500 { text "What benefits have the innovations brought?" }
}
```
"""#,
    "QD2002": #"""
# QD2002: a reference to a variable declared later

A condition, check, formula or pipe uses an answer to a question that comes
later in the questionnaire. Respondents answer in order, so when this point is
reached the later answer does not exist yet. This is an error. The rule also
guarantees that routing can never go round in a circle.

A `check` may name its own question; everything else it names must come before it.
The survey's `title` is shown before any question is asked, so a pipe in it is
always this error.

## Example

```qdsl
survey innovation_barometer
languages en

question innovation_staff: integer 0..200000 {
  text "How many of your staff work on innovation?"
  check innovation_staff <= staff "This cannot be more than the number of staff."
}
question staff: integer 1..200000 required { text "How many people does your organisation employ?" }
```

## Fix

Move the question that is referred to before the place that uses it:

```qdsl
survey innovation_barometer
languages en

question staff: integer 1..200000 required { text "How many people does your organisation employ?" }
question innovation_staff: integer 0..200000 {
  text "How many of your staff work on innovation?"
  check innovation_staff <= staff "This cannot be more than the number of staff."
}
```
"""#,
    "QD2003": #"""
# QD2003: a variable that refers to itself

A calculated variable uses its own value in its formula. Such a value can never
be worked out: `calculate total = total + 1` has no starting point. This is an
error. (A `check` is the one exception: it may, and usually does, name its own
question.)

This often comes from spreadsheet habits, where a running total is updated in
place. In a questionnaire, each calculated variable is computed once, from
answers given before it.

## Example

```qdsl
survey library_visits
languages en

question visits_in_person: integer 0..365 { text "How many times did you visit the library in person in the last 12 months?" }
question visits_online: integer 0..365 { text "How many times did you use the library's online services in the last 12 months?" }
calculate visits_total = visits_total + visits_online
```

## Fix

Compute the value from the earlier answers only:

```qdsl
survey library_visits
languages en

question visits_in_person: integer 0..365 { text "How many times did you visit the library in person in the last 12 months?" }
question visits_online: integer 0..365 { text "How many times did you use the library's online services in the last 12 months?" }
calculate visits_total = visits_in_person + visits_online
```
"""#,
    "QD2004": #"""
# QD2004: a variable declared twice

Two questions, grids or calculated variables have the same name. Each name
becomes a column of the data file and a row of the codebook, so it must be
unique in the whole questionnaire, even across sections. This is an error:
analysts could not tell the two answers apart, and conditions naming it would
be ambiguous. The message points to the later declaration and shows the earlier
one.

## Example

```qdsl
survey staff_wellbeing
languages en

choices rating { 1 poor "Poor" 2 fair "Fair" 3 good "Good" }

section workload {
  title "Workload"
  question satisfaction: one of rating { text "How would you rate your current workload?" }
}
section leadership {
  title "Leadership"
  question satisfaction: one of rating { text "How would you rate the support you get from your supervisor?" }
}
```

## Fix

Give each question its own name:

```qdsl
survey staff_wellbeing
languages en

choices rating { 1 poor "Poor" 2 fair "Fair" 3 good "Good" }

section workload {
  title "Workload"
  question workload_rating: one of rating { text "How would you rate your current workload?" }
}
section leadership {
  title "Leadership"
  question support_rating: one of rating { text "How would you rate the support you get from your supervisor?" }
}
```
"""#,
    "QD2005": #"""
# QD2005: a choice list declared twice

Two choice lists have the same name. Questions refer to a list by its name, so
qdsl could not know which options to show, and the codebook would have two
different sets of value labels under one name. This is an error. It often
happens when a list is copied from another questionnaire and pasted in, while
a list with that name already exists.

## Example

```qdsl
survey library_users
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices yes_no { 1 yes "Yes" 2 no "No" -1 dont_know "Don't know" missing }

question library_card: one of yes_no { text "Do you have a library card?" }
question uses_ebooks: one of yes_no { text "Have you borrowed e-books in the last 12 months?" }
```

## Fix

Remove the extra list, or give it its own name and use that name where it is meant:

```qdsl
survey library_users
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices yes_no_dk { 1 yes "Yes" 2 no "No" -1 dont_know "Don't know" missing }

question library_card: one of yes_no { text "Do you have a library card?" }
question uses_ebooks: one of yes_no_dk { text "Have you borrowed e-books in the last 12 months?" }
```
"""#,
    "QD2006": #"""
# QD2006: two options of one list with the same name

Two options of a choice list have the same name. Conditions refer to options by
name (`frequency == monthly`), so each name must be unique within its list, or
the routing would be ambiguous. This is an error. It usually comes from copying
an option line and changing its label but not its name.

## Example

```qdsl
survey library_users
languages en

choices frequency {
  1 weekly "Every week"
  2 monthly "Every month"
  3 monthly "A few times a year"
  4 never "Never"
}

question visit_frequency: one of frequency { text "How often do you visit the library?" }
```

## Fix

Give each option its own name:

```qdsl
survey library_users
languages en

choices frequency {
  1 weekly "Every week"
  2 monthly "Every month"
  3 yearly "A few times a year"
  4 never "Never"
}

question visit_frequency: one of frequency { text "How often do you visit the library?" }
```
"""#,
    "QD2007": #"""
# QD2007: two options of one list with the same code

Two options of a choice list have the same numeric code. The code is what is
stored in the data file, so two options with one code could not be told apart
by analysts: the answers would be silently merged. This is an error. It
usually comes from copying an option line and forgetting to change its code.

## Example

```qdsl
survey library_users
languages en

choices branch {
  1 main "Main library"
  2 harbour "Harbour branch"
  2 mobile "Mobile library"
}

question usual_branch: one of branch { text "Which library do you use most often?" }
```

## Fix

Give each option its own code. Once data has been collected, keep the codes
that are already in use and give the new option a new code:

```qdsl
survey library_users
languages en

choices branch {
  1 main "Main library"
  2 harbour "Harbour branch"
  3 mobile "Mobile library"
}

question usual_branch: one of branch { text "Which library do you use most often?" }
```
"""#,
    "QD2008": #"""
# QD2008: a choice list that is not declared

A `one of` or `many of` question, or a grid, names a choice list that does not
exist. Without the list, qdsl does not know which options to show the
respondent or which codes and value labels go into the data file. This is an
error. It is usually a typing mistake in the list's name; the message suggests
the closest declared list when there is one.

## Example

```qdsl
survey staff_wellbeing
languages en

choices agreement { 1 disagree "Disagree" 2 neutral "Neither agree nor disagree" 3 agree "Agree" }

question meaningful: one of agreement { text "My work feels meaningful." }
question recognised: one of agrement { text "My work is recognised by my supervisor." }
```

## Fix

Correct the list's name (or declare the list with `choices` if it is missing):

```qdsl
survey staff_wellbeing
languages en

choices agreement { 1 disagree "Disagree" 2 neutral "Neither agree nor disagree" 3 agree "Agree" }

question meaningful: one of agreement { text "My work feels meaningful." }
question recognised: one of agreement { text "My work is recognised by my supervisor." }
```
"""#,
    "QD2009": #"""
# QD2009: an option that is not in the list of the other operand

A condition compares an answer with an option name that its choice list does
not have. In `org == company`, the option `company` is looked up in the list
of the question `org`; if the list has no such option, the condition could
never be true as intended. This is an error. It usually happens after an option
has been renamed, or when the name of its label is used instead of the
option's name.

## Example

```qdsl
survey municipal_services
languages en

choices org_type {
  1 municipality "Municipality"
  2 joint_authority "Joint municipal authority"
  3 company "Municipally owned company"
}

question org: one of org_type required { text "What kind of organisation do you work for?" }

if org == municipal_company {
  question owners: integer 1..400 { text "How many municipalities own the company?" }
}
```

## Fix

Use the name of an option of the question's list (or write `org_type.company`
to name the list explicitly):

```qdsl
survey municipal_services
languages en

choices org_type {
  1 municipality "Municipality"
  2 joint_authority "Joint municipal authority"
  3 company "Municipally owned company"
}

question org: one of org_type required { text "What kind of organisation do you work for?" }

if org == company {
  question owners: integer 1..400 { text "How many municipalities own the company?" }
}
```
"""#,
    "QD2010": #"""
# QD2010: two rows of one grid with the same name

Two rows of a grid have the same name. Each row becomes its own variable in the
data file (`culture_experiments`, `culture_risk`) and is named as `culture.risk`
in conditions, so row names must be unique within their grid. This is an error.
It usually comes from copying a row line and changing only its label.

## Example

```qdsl
survey innovation_barometer
languages en

choices agreement { 1 disagree "Disagree" 2 neutral "Neither agree nor disagree" 3 agree "Agree" }

grid culture: one of agreement {
  text "How well does each statement describe your organisation?"
  rows {
    experiments "We encourage experiments"
    risk "Risk-taking is accepted"
    experiments "We learn from experiments that fail"
  }
}
```

## Fix

Give each row its own name:

```qdsl
survey innovation_barometer
languages en

choices agreement { 1 disagree "Disagree" 2 neutral "Neither agree nor disagree" 3 agree "Agree" }

grid culture: one of agreement {
  text "How well does each statement describe your organisation?"
  rows {
    experiments "We encourage experiments"
    risk "Risk-taking is accepted"
    learning "We learn from experiments that fail"
  }
}
```
"""#,
    "QD2011": #"""
# QD2011: two variables that get the same name in the data file

Some items become several columns in the data file: a `many of` question `q5`
becomes one 0/1 column per option, named after the option's code (`q5_1`,
`q5_2`, …), and a grid `culture` becomes one column per row (`culture_risk`).
When such a generated name is the same as the name of another question, grid
row or calculated variable, the data file would have two columns with one name.
This is an error: the data could not be exported, or one column would
overwrite the other.

It often happens with numbered question names, where a follow-up to question 5
is called `q5_1`.

With repeats, every data file also has key columns: `record_id`, and for each
repeat `R` the column `R_index` (and `R`, the option's code, for a `for each`
over options). A variable with one of those names is this error too, and so is
a repeat named `codebook`, whose data file `STEM.codebook.csv` would have the
name of the CSV codebook.

## Example

```qdsl
survey library_users
languages en

choices service {
  1 lending "Borrowing books"
  2 events "Events and courses"
  3 study_space "Study space"
  4 other "Something else"
}

question q5: many of service { text "Which library services have you used this year?" }
question q5_1: text max 200 { text "If you used something else, what was it?" }
```

## Fix

Rename the question so that its name cannot collide with the generated columns:

```qdsl
survey library_users
languages en

choices service {
  1 lending "Borrowing books"
  2 events "Events and courses"
  3 study_space "Study space"
  4 other "Something else"
}

question q5: many of service { text "Which library services have you used this year?" }
question q5_other: text max 200 { text "If you used something else, what was it?" }
```
"""#,
    "QD2012": #"""
# QD2012: a function that does not exist

A formula or condition calls a function that qdsl does not have. This is an
error. The functions are `count(many)`, `answered(x)`, `length(text)`,
`date("YYYY-MM-DD")`, `today()`, `coalesce(x, fallback)`, `number(condition)`,
`round(x)`, `min(a, b)` and `max(a, b)`, and the aggregates over a repeat
`count`, `sum`, `min`, `max`, `any` and `all` (see [QD3011](QD3011.md)). Names
familiar from spreadsheets or statistics software, such as `total` or `avg`, are
not among them: write such formulas with the operators `+ - * /`.

## Example

```qdsl
survey staff_wellbeing
languages en

question full_time: integer 0..100000 required { text "How many full-time staff does your unit have?" }
question part_time: integer 0..100000 required { text "How many part-time staff does your unit have?" }
calculate staff_total = total(full_time, part_time)
```

## Fix

Write the sum with `+` (and use `coalesce(part_time, 0)` if an answer may be missing):

```qdsl
survey staff_wellbeing
languages en

question full_time: integer 0..100000 required { text "How many full-time staff does your unit have?" }
question part_time: integer 0..100000 required { text "How many part-time staff does your unit have?" }
calculate staff_total = full_time + part_time
```
"""#,
    "QD2013": #"""
# QD2013: a required header declaration is missing

Every questionnaire starts with two header lines: `survey ID`, which gives the
instrument its identifier in every output, and `languages …`, which lists the
languages of its texts (the first is the source language). Without them qdsl
does not know which survey the data belongs to, or in which languages every
text must be translated. A missing header is an error.

## Example

```qdsl
survey library_visits

question visits: integer 0..365 { text "How many times did you visit the library in the last 12 months?" }
```

## Fix

Add the missing header, here the list of languages:

```qdsl
survey library_visits
languages en

question visits: integer 0..365 { text "How many times did you visit the library in the last 12 months?" }
```
"""#,
    "QD2014": #"""
# QD2014: a header declaration given twice

One of the header declarations `survey`, `version`, `languages` or `title`
appears more than once. The questionnaire has one identifier, one version,
one list of languages and one title, so qdsl could not know which one to carry
into the form, the codebooks and the data. This is an error. It usually happens
when a new version line is added without removing the old one.

## Example

```qdsl
survey staff_wellbeing
version "2024.1"
languages en
version "2024.2"

question stress: integer 0..10 { text "On a scale from 0 to 10, how stressed have you felt at work this month?" }
```

## Fix

Keep only one declaration:

```qdsl
survey staff_wellbeing
version "2024.2"
languages en

question stress: integer 0..10 { text "On a scale from 0 to 10, how stressed have you felt at work this month?" }
```
"""#,
    "QD2015": #"""
# QD2015: a section, note or repeat that shares its name with another item

A section, a note or a repeat has the name of another item: a question, grid,
calculate, section, note or repeat declared earlier in the file. Questions,
grids, calculates, sections, notes and repeats share one set of names, because the form, the
preview and the simulator tell the items of an interview apart by their names:
a section named like a question would be shown, hidden and counted as if it
were that question. This is an error. The message points to the later name and
shows the earlier item.

Two questions, grids or calculates of one name are [QD2004](QD2004.md). Choice
lists have names of their own and may share a name with an item, and so may
the rows of a grid.

## Example

```qdsl
survey family_survey
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question children: one of yes_no required { text "Do you have children?" }
if children == yes {
  section children {
    question child_count: integer 1..20 required { text "How many children do you have?" }
  }
}
```

## Fix

Give the section (or note) a name of its own:

```qdsl
survey family_survey
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question children: one of yes_no required { text "Do you have children?" }
if children == yes {
  section about_children {
    question child_count: integer 1..20 required { text "How many children do you have?" }
  }
}
```
"""#,
    "QD2016": #"""
# QD2016: an answer of a repeat read outside its iteration

A condition, formula or pipe reads a question or calculate of a repeat where
there is no current iteration of that repeat: after the repeat, before it, or
inside another repeat. Inside `repeat person …`, `age` is the current person's
age; outside it there is one `age` per person, so a bare `age` has no single
value. This is an error.

Read the answers of a repeat from outside through an aggregate:
`count(person)`, `count(person where age < 16)`, `sum(person.income)`,
`min(person.age)`, `max(person.age)`, `any(person where employed == yes)`,
`all(person where age >= 18)`. Inside `repeat other for each person`, write
`other.name` for the name of the person that the iteration stands for.
`person.index` (the iteration's number) exists inside `person` only.

## Example

```qdsl
survey household
languages en

question household_size: integer 1..20 required { text "How many people live in your household?" }
repeat person count household_size {
  question age: integer 0..120 required { text "How old is this person?" }
}
if age < 16 {
  question childcare: integer 0..20 { text "How many hours of childcare do you use a week?" }
}
```

## Fix

Ask about the household with an aggregate over the repeat:

```qdsl
survey household
languages en

question household_size: integer 1..20 required { text "How many people live in your household?" }
repeat person count household_size {
  question age: integer 0..120 required { text "How old is this person?" }
}
if any(person where age < 16) {
  question childcare: integer 0..20 { text "How many hours of childcare do you use a week?" }
}
```
"""#,
    "QD2017": #"""
# QD2017: an attribute that the choice list does not declare

A list declares the attributes of its options after its name, with their types:
`choices region (country: country, population: integer) { … }`. An option gives a
value of each (`country = finland`), and a question's filter reads them as
`option.country`. This error means that an option gives, or a filter reads, an
attribute that its list does not declare: it is misspelt, or the list needs it
declared. A filter on a list without that attribute can never be evaluated.

## Example

```qdsl
survey library_users
languages en

choices country {
  1 finland "Finland"
  2 sweden "Sweden"
}
choices region (country: country) {
  1 uusimaa "Uusimaa" country = finland
  2 stockholm "Stockholm" country = sweden
}

question home: one of country required { text "Which country do you live in?" }
question home_region: one of region where option.contry == home { text "Which region do you live in?" }
```

## Fix

Use an attribute the list declares (or declare it, and give every option a value):

```qdsl
survey library_users
languages en

choices country {
  1 finland "Finland"
  2 sweden "Sweden"
}
choices region (country: country) {
  1 uusimaa "Uusimaa" country = finland
  2 stockholm "Stockholm" country = sweden
}

question home: one of country required { text "Which country do you live in?" }
question home_region: one of region where option.country == home { text "Which region do you live in?" }
```
"""#,
    "QD2018": #"""
# QD2018: a list attribute not given exactly once by an option, or declared twice

Every option of a list with attributes gives a value of each attribute, once:
a filter such as `where option.country == home` must know every option's
country to decide whether it is offered. This error marks an option that leaves
an attribute out, one that gives it twice, or a list that declares an attribute
twice.

## Example

```qdsl
survey library_users
languages en

choices country {
  1 finland "Finland"
  2 sweden "Sweden"
}
choices region (country: country) {
  1 uusimaa "Uusimaa" country = finland
  2 stockholm "Stockholm"
}

question home: one of country required { text "Which country do you live in?" }
question home_region: one of region where option.country == home { text "Which region do you live in?" }
```

## Fix

Give the attribute on every option, once:

```qdsl
survey library_users
languages en

choices country {
  1 finland "Finland"
  2 sweden "Sweden"
}
choices region (country: country) {
  1 uusimaa "Uusimaa" country = finland
  2 stockholm "Stockholm" country = sweden
}

question home: one of country required { text "Which country do you live in?" }
question home_region: one of region where option.country == home { text "Which region do you live in?" }
```
"""#,
    "QD2019": #"""
# QD2019: a paradata field of an unknown kind, or a kind recorded twice

A field of a `paradata` block names what the collector records about the
interview: `start` and `end` (date and time), `today` (the date), `device` (the
device's identifier) and `user` (the user name on the device). A field whose
kind is none of these, or a second field of a kind already recorded, is an
error: the collector fills each kind once, and an unknown kind has no meaning
in any collector.

## Example

```qdsl
survey household_visit
languages en

paradata {
  started: start
  interview_day: date
  began: start
}

question household_size: integer 1..20 { text "How many people live here?" }
```

## Fix

Use one of the five kinds, each once:

```qdsl
survey household_visit
languages en

paradata {
  started: start
  interview_day: today
}

question household_size: integer 1..20 { text "How many people live here?" }
```
"""#,
    "QD2020": #"""
# QD2020: a calculate that writes to a sample variable

A `sample` variable holds a value that comes from the sample file (the
organisation's name, the address): the collector or the preview supplies it
before the interview starts, and nothing in the questionnaire changes it. A
`calculate` with the name of a sample variable would overwrite that value, so
it is an error.

## Example

```qdsl
survey business_panel
languages en

sample org_name: text { text "Organisation's name" }

calculate org_name = "Unknown"

question staff: integer 0..100000 { text "How many people work at {org_name}?" }
```

## Fix

Give the calculate a name of its own and read the sample variable in its
formula:

```qdsl
survey business_panel
languages en

sample org_name: text { text "Organisation's name" }

calculate org_label = "Organisation: " + org_name

question staff: integer 0..100000 { text "How many people work at {org_name}?" }
```
"""#,
    "QD2021": #"""
# QD2021: a sample variable with a set of options, or with parts of an asked question

A `sample` variable is never asked: it holds one value from the sample file.
It has a type (`text`, `integer`, `decimal`, `date`, `time`, `datetime` or
`one of LIST`) and a text that says what the value is. A `many of` type, or a
hint, check or row in its body, is an error: a sample row gives one value, and
nobody answers a sample variable.

## Example

```qdsl
survey business_panel
languages en

choices sector { 1 industry "Industry"  2 services "Services" }

sample sectors: many of sector { text "Sectors of the business" }

sample org_name: text {
  text "Organisation's name"
  hint "As in the business register"
}
```

## Fix

Give one value, and keep only the text:

```qdsl
survey business_panel
languages en

choices sector { 1 industry "Industry"  2 services "Services" }

sample main_sector: one of sector { text "Main sector of the business" }

sample org_name: text { text "Organisation's name (as in the business register)" }
```
"""#,
    "QD2030": #"""
# QD2030: a module file that is missing or cannot be read

A `use` line loads a module file, with a path relative to the folder of the
file that holds the `use`. When there is no file at that path, or it cannot be
read (it is a folder, or it may not be read), the instrument is incomplete: its
included items and the module's choice lists are missing. This is an error,
located at the `use` line.

In the examples below each block is one file; its first line names it, and
the first block is the instrument.

## Example

```qdsl
# file: barometer.qdsl
survey barometer
languages en
use "backgrund.qdsl"

include background
```

```qdsl
# file: background.qdsl
module background
languages en

question staff: integer 0..100000 { text "How many people work in your organisation?" }
```

## Fix

Correct the path (it is relative to the using file's folder):

```qdsl
# file: barometer.qdsl
survey barometer
languages en
use "background.qdsl"

include background
```

```qdsl
# file: background.qdsl
module background
languages en

question staff: integer 0..100000 { text "How many people work in your organisation?" }
```
"""#,
    "QD2031": #"""
# QD2031: modules that use each other in a cycle

A module may use other modules, but never itself, directly or through others:
`a.qdsl` using `b.qdsl` which uses `a.qdsl` again has no first file to load.
This is an error, located at the `use` line that closes the cycle; the message
names the files of the cycle in order.

In the examples below each block is one file; its first line names it, and
the first block is the instrument.

## Example

```qdsl
# file: barometer.qdsl
survey barometer
languages en
use "background.qdsl"

include background
```

```qdsl
# file: background.qdsl
module background
languages en
use "barometer.qdsl"

question staff: integer 0..100000 { text "How many people work in your organisation?" }
```

## Fix

Remove the `use` that closes the cycle; what two files share belongs in a
module that uses neither:

```qdsl
# file: barometer.qdsl
survey barometer
languages en
use "background.qdsl"

include background
```

```qdsl
# file: background.qdsl
module background
languages en

question staff: integer 0..100000 { text "How many people work in your organisation?" }
```
"""#,
    "QD2032": #"""
# QD2032: a module file that is not UTF-8

qdsl files are UTF-8. A module saved in another encoding (Latin-1, UTF-16)
would reach every output as broken characters, so a module whose bytes are not
UTF-8 is not loaded. This is an error, located at the `use` line that loads it;
the message gives the offset of the first byte that is not UTF-8.

In the examples below each block is one file; its first line names it, and
the first block is the instrument. A block cannot show bytes that are not
UTF-8: picture `background.qdsl` saved as Latin-1, its `ä` one byte `0xE4`.

## Example

```qdsl
# file: barometer.qdsl
survey barometer
languages fi
use "background.qdsl"

include background
```

```qdsl
# file: background.qdsl
# encoding: latin-1
module background
languages fi

question staff: integer 0..100000 { text "Montako henkilöä organisaatiossanne työskentelee?" }
```

## Fix

Save the module as UTF-8 (every editor can: "Save with encoding", "Reopen
with encoding"):

```qdsl
# file: barometer.qdsl
survey barometer
languages fi
use "background.qdsl"

include background
```

```qdsl
# file: background.qdsl
module background
languages fi

question staff: integer 0..100000 { text "Montako henkilöä organisaatiossanne työskentelee?" }
```
"""#,
    "QD2033": #"""
# QD2033: a `use` path that is not a relative path to a .qdsl file

The path of a `use` line is relative to the folder of the file that holds it,
separates folders with `/` (the same on every system), and names a `.qdsl`
file with its extension. `..` goes up a folder and may leave the instrument's
folder, for a folder of modules shared by several instruments beside it. An
absolute path (`/home/…`, `C:/…`), a `\` or a name without `.qdsl` would make
the instrument depend on one machine or guess at a file, so they are errors,
located at the `use` line.

In the examples below each block is one file; its first line names it, and
the first block is the instrument.

## Example

```qdsl
# file: barometer.qdsl
survey barometer
languages en
use "shared\background"

include background
```

```qdsl
# file: shared/background.qdsl
module background
languages en

question staff: integer 0..100000 { text "How many people work in your organisation?" }
```

## Fix

```qdsl
# file: barometer.qdsl
survey barometer
languages en
use "shared/background.qdsl"

include background
```

```qdsl
# file: shared/background.qdsl
module background
languages en

question staff: integer 0..100000 { text "How many people work in your organisation?" }
```
"""#,
    "QD2034": #"""
# QD2034: a `use` of a file that is not a module

`use` loads modules: files that start with `module NAME` and hold the choice
lists and items that instruments share. A file that starts with `survey` is an
instrument of its own, with its own header, and a file without either header
is not known to be meant for sharing; loading one is an error, located at the
`use` line.

In the examples below each block is one file; its first line names it, and
the first block is the instrument.

## Example

```qdsl
# file: barometer.qdsl
survey barometer
languages en
use "background.qdsl"

include background
```

```qdsl
# file: background.qdsl
survey background
languages en

question staff: integer 0..100000 { text "How many people work in your organisation?" }
```

## Fix

Start the shared file with `module` instead of `survey`:

```qdsl
# file: barometer.qdsl
survey barometer
languages en
use "background.qdsl"

include background
```

```qdsl
# file: background.qdsl
module background
languages en

question staff: integer 0..100000 { text "How many people work in your organisation?" }
```
"""#,
    "QD2035": #"""
# QD2035: two modules of one instrument with the same name

`include NAME` names a module, so the modules an instrument loads (directly or
through other modules) need names of their own. Two files that both start with
`module background` would make `include background` ambiguous. This is an
error, located at the `use` line that loads the second file; the other
module's declaration is shown beside it, in its own file.

In the examples below each block is one file; its first line names it, and
the first block is the instrument.

## Example

```qdsl
# file: barometer.qdsl
survey barometer
languages en
use "background.qdsl"
use "strategy.qdsl"

include background
include strategy
```

```qdsl
# file: background.qdsl
module background
languages en

question staff: integer 0..100000 { text "How many people work in your organisation?" }
```

```qdsl
# file: strategy.qdsl
module background
languages en

question has_strategy: one of yes_no { text "Does your organisation have a strategy?" }

choices yes_no {
  1 yes "Yes"
  2 no "No"
}
```

## Fix

```qdsl
# file: barometer.qdsl
survey barometer
languages en
use "background.qdsl"
use "strategy.qdsl"

include background
include strategy
```

```qdsl
# file: background.qdsl
module background
languages en

question staff: integer 0..100000 { text "How many people work in your organisation?" }
```

```qdsl
# file: strategy.qdsl
module strategy
languages en

question has_strategy: one of yes_no { text "Does your organisation have a strategy?" }

choices yes_no {
  1 yes "Yes"
  2 no "No"
}
```
"""#,
    "QD2036": #"""
# QD2036: a module without a language that its instrument declares

A module's `languages` line says which languages its texts are written in. An
instrument that includes it is asked in every language of its own `languages`
line, so each module it loads must provide all of them (a module may provide
more, for other instruments). A module that lacks one would leave its texts
untranslated in that language. This is an error, located at the `use` line that
loads the module, with the module's `languages` line beside it.

In the examples below each block is one file; its first line names it, and
the first block is the instrument.

## Example

```qdsl
# file: barometer.qdsl
survey barometer
languages fi en
use "background.qdsl"

include background
```

```qdsl
# file: background.qdsl
module background
languages en

question staff: integer 0..100000 { text "How many people work in your organisation?" }
```

## Fix

Add the language to the module and translate its texts:

```qdsl
# file: barometer.qdsl
survey barometer
languages fi en
use "background.qdsl"

include background
```

```qdsl
# file: background.qdsl
module background
languages fi en

question staff: integer 0..100000 {
  text {
    fi "Montako henkilöä organisaatiossanne työskentelee?"
    en "How many people work in your organisation?"
  }
}
```
"""#,
    "QD2037": #"""
# QD2037: a title, version or paradata declared in a module instead of its instrument

A module shares what several instruments have in common: choice lists, sample
variables and items. The title, the version and the paradata describe one
instrument (its form, its release, what its collector records), so they stand
in the instrument's header. A module that declared them would have them
silently lost, or two modules would disagree; it is an error, located at the
declaration in the module.

In the examples below each block is one file; its first line names it, and
the first block is the instrument.

## Example

```qdsl
# file: barometer.qdsl
survey barometer
languages en
use "background.qdsl"

include background
```

```qdsl
# file: background.qdsl
module background
languages en
title { en "Background" }

question staff: integer 0..100000 { text "How many people work in your organisation?" }
```

## Fix

Move the declaration into the instrument's header (a module's sections have
titles of their own):

```qdsl
# file: barometer.qdsl
survey barometer
languages en
title { en "Innovation barometer" }
use "background.qdsl"

include background
```

```qdsl
# file: background.qdsl
module background
languages en

question staff: integer 0..100000 { text "How many people work in your organisation?" }
```
"""#,
    "QD3001": #"""
# QD3001: an operator or function used with values of the wrong type

An operator or function is given a kind of value it cannot work with: for
example a date compared with a plain number, a text added to a number, or `and`
applied to an answer that is not true or false. This is an error, because the
condition or formula has no sensible meaning, and a data-collection app could
not evaluate it. The message says which kind of value was expected and which
was found.

Two slips get a help that names the fix: an option written in quotes
(`condition == "good"`; options are written by name, `condition == good`), and
a `many of` answer compared with `==` (`services == loans`; a set of answers is
tested with `services contains loans`).

## Example

```qdsl
survey library_buildings
languages en

choices condition { 1 good "Good" 2 needs_repair "Needs repair" 3 poor "Poor" }

question opened: date { text "When was the library building opened?" }

if opened < 1980 {
  question building_state: one of condition { text "What condition is the building in?" }
}
```

## Fix

Compare like with like: here, write the year as a date with `date("YYYY-MM-DD")`:

```qdsl
survey library_buildings
languages en

choices condition { 1 good "Good" 2 needs_repair "Needs repair" 3 poor "Poor" }

question opened: date { text "When was the library building opened?" }

if opened < date("1980-01-01") {
  question building_state: one of condition { text "What condition is the building in?" }
}
```
"""#,
    "QD3002": #"""
# QD3002: a condition that is not true or false

The condition of an `if` or a `check` must be something that is either true or
false, such as a comparison (`staff > 10`), `answered(x)`, or such conditions
joined with `and`, `or` and `not`. Here it is a number, a text or an answer
instead. This is an error: qdsl does not guess whether, say, a number means
"shown" or "not shown", so routing never depends on a hidden convention.

## Example

```qdsl
survey innovation_barometer
languages en

choices innovation_kind { 1 product "Product" 2 service "Service" 3 process "Process" }

question kinds: many of innovation_kind { text "Which kinds of innovation did your organisation adopt?" }

if count(kinds) {
  question main_innovation: text max 300 { text "Describe your most important innovation." }
}
```

## Fix

Write the comparison that is meant:

```qdsl
survey innovation_barometer
languages en

choices innovation_kind { 1 product "Product" 2 service "Service" 3 process "Process" }

question kinds: many of innovation_kind { text "Which kinds of innovation did your organisation adopt?" }

if count(kinds) > 0 {
  question main_innovation: text max 300 { text "Describe your most important innovation." }
}
```
"""#,
    "QD3003": #"""
# QD3003: a function called with the wrong number or kind of arguments

A function is called with too many or too few values in its brackets, or with a
value of a kind it does not accept, such as `count` of a number question. This
is an error. The functions take: `count(many)` a `many of` answer,
`answered(x)` any variable, `length(text)` a text, `date("YYYY-MM-DD")` one
date in quotes, `today()` nothing, `coalesce(x, fallback)` a value and its
fallback, `number(condition)` a condition, `round(x)` one number, and
`min(a, b)` and `max(a, b)` two numbers.

A common case is `round(x, 1)` from spreadsheets: `round` always rounds to a
whole number.

## Example

```qdsl
survey innovation_barometer
languages en

question staff: integer 1..200000 required { text "How many people does your organisation employ?" }
question innovation_staff: integer 0..200000 { text "How many of them work on innovation?" }
calculate innovation_share = round(innovation_staff / staff * 100, 1)
```

## Fix

Call the function with the arguments it takes:

```qdsl
survey innovation_barometer
languages en

question staff: integer 1..200000 required { text "How many people does your organisation employ?" }
question innovation_staff: integer 0..200000 { text "How many of them work on innovation?" }
calculate innovation_share = round(innovation_staff / staff * 100)
```
"""#,
    "QD3004": #"""
# QD3004: a number used where an option name is needed

A condition compares the answer to a `one of` or `many of` question with a bare
number, as in `adopted == 1`. Options are named in conditions, never referred
to by their codes: codes are for the data file, and they may differ between
lists or change between survey rounds, while `adopted == yes` always says what
is meant. This is an error; the message names the option that has the code.

## Example

```qdsl
survey innovation_barometer
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question adopted: one of yes_no required { text "Has your organisation adopted innovations in the last two years?" }

if adopted == 1 {
  question benefits: text max 500 { text "What benefits have the innovations brought?" }
}
```

## Fix

Name the option instead of its code:

```qdsl
survey innovation_barometer
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question adopted: one of yes_no required { text "Has your organisation adopted innovations in the last two years?" }

if adopted == yes {
  question benefits: text max 500 { text "What benefits have the innovations brought?" }
}
```
"""#,
    "QD3005": #"""
# QD3005: a range whose minimum is above its maximum

The allowed answers of an `integer` or `decimal` question are given as a range
`MIN..MAX`, and here the first number is larger than the second. No answer
could ever be accepted, so respondents would be stuck at the question. This is
an error. It is usually a typing mistake in one of the bounds, or the bounds
written the wrong way round.

## Example

```qdsl
survey library_buildings
languages en

question completed: integer 1800..1025 { text "In which year was the library building completed?" }
```

## Fix

Correct the bounds so that the smaller number comes first:

```qdsl
survey library_buildings
languages en

question completed: integer 1800..2025 { text "In which year was the library building completed?" }
```
"""#,
    "QD3006": #"""
# QD3006: a bound that does not fit its type

A limit on the answers does not fit the question's type: a decimal bound such
as `37.5` on an `integer` question, which only accepts whole numbers, or a
maximum text length that is zero or negative, as in `text max 0`, which would
accept no answer at all. This is an error, because the form and the codebook
would describe answers that can never be given.

## Example

```qdsl
survey staff_wellbeing
languages en

question contract_hours: integer 0..37.5 { text "How many hours a week does your employment contract specify?" }
```

## Fix

Make the type match the answers you expect: a `decimal` question for hours
with fractions, or whole-number bounds for an `integer` question:

```qdsl
survey staff_wellbeing
languages en

question contract_hours: decimal 0..37.5 { text "How many hours a week does your employment contract specify?" }
```
"""#,
    "QD3007": #"""
# QD3007: an `exclusive` option in a list used by a `one of` question

`exclusive` marks an option, such as "None of these", that clears the other
choices in a `many of` question. A `one of` question allows only one answer
anyway, so there the mark has no meaning, and it usually shows that the list
was meant for a different question or that the question should allow several
answers. This is an error; the message also points to the `one of` question
that uses the list.

## Example

```qdsl
survey staff_wellbeing
languages en

choices source {
  1 colleagues "Colleagues"
  2 training "Training sessions"
  3 online "Online guides"
  97 none "None of these" exclusive
}

question main_source: one of source { text "Where did you learn most about the new booking system?" }
```

## Fix

Remove `exclusive` when the question takes one answer (or make the question
`many of` if respondents should be able to choose several):

```qdsl
survey staff_wellbeing
languages en

choices source {
  1 colleagues "Colleagues"
  2 training "Training sessions"
  3 online "Online guides"
  97 none "None of these"
}

question main_source: one of source { text "Where did you learn most about the new booking system?" }
```
"""#,
    "QD3008": #"""
# QD3008: a choice list without options

A choice list has no options. A question that uses it would show the respondent
nothing to choose from, and the codebook would have no values to label. This is
an error. It usually happens when a list is created as a placeholder and its
options are never filled in.

## Example

```qdsl
survey staff_wellbeing
languages en

choices department { }

question dept: one of department { text "Which department do you work in?" }
```

## Fix

Add the options, each with a code, a name and a label:

```qdsl
survey staff_wellbeing
languages en

choices department {
  1 education "Education"
  2 social_health "Social and health services"
  3 technical "Technical services"
}

question dept: one of department { text "Which department do you work in?" }
```
"""#,
    "QD3009": #"""
# QD3009: a date that is not a valid YYYY-MM-DD date

A date written as `date("…")` is not a real calendar date in the form
year-month-day, such as `date("2024-03-01")`. It may have the wrong shape
(`"1.3.2024"`), a month above 12, or a day that the month does not have
(`"2023-02-29"`: 2023 is not a leap year). This is an error, because a condition
or formula with an impossible date cannot be evaluated the same way by every
data-collection app.

## Example

```qdsl
survey staff_wellbeing
languages en

question started: date { text "When did you start in your current position?" }
calculate recent_hire = number(started >= date("2023-02-29"))
```

## Fix

Write a date that exists, as four-digit year, month and day:

```qdsl
survey staff_wellbeing
languages en

question started: date { text "When did you start in your current position?" }
calculate recent_hire = number(started >= date("2023-03-01"))
```
"""#,
    "QD3010": #"""
# QD3010: a whole number beyond ±9007199254740991, or a decimal too large

A whole number in the questionnaire (an option code, a bound of a range, the
maximum length of a text, or a number in a condition or formula) lies outside
−9007199254740991 to 9007199254740991, that is ±(2⁵³ − 1). This is an error.

Every output reads numbers as double-precision floating point somewhere on the
way: the form JSON in most languages' JSON readers, the preview's JavaScript,
the XPath of an XForm. Doubles hold every whole number up to 2⁵³ exactly, but
beyond it they skip numbers, so a larger code or bound would silently become a
different one. qdsl therefore accepts exactly the whole numbers that every
output carries unchanged. A decimal (written with a point) may be as large as
a double allows, about 10³⁰⁸.

It usually happens when a long row of 9s is typed to mean "no upper limit", or
when an identifier such as a business ID is used as an option code.

## Example

```qdsl
survey municipal_finances
languages en

choices department {
  1 education "Education"
  90000000000000001 other "Other"
}

question population: integer 0..99999999999999999999 {
  text "How many residents did your municipality have at the end of last year?"
}
question department: one of department { text "Which department do you work in?" }
```

## Fix

Give options small codes, and choose a plausible bound (which also catches
typing mistakes by respondents), or leave out the range for no limit:

```qdsl
survey municipal_finances
languages en

choices department {
  1 education "Education"
  99 other "Other"
}

question population: integer 0..10000000 {
  text "How many residents did your municipality have at the end of last year?"
}
question department: one of department { text "Which department do you work in?" }
```
"""#,
    "QD3011": #"""
# QD3011: an aggregate (count, sum, min, max, any, all) that does not read a repeat

`count`, `sum`, `min`, `max`, `any` and `all` read a value over the iterations
of a repeat: `count(person where age < 16)`, `sum(person.income)`,
`max(person.age)`, `any(person where employed == yes)`. This error says that
one of them is used in a way that does not fit:

- `sum`, `any` and `all` of something that is not a repeat (`sum(a, b)`: write
  `a + b`);
- `sum`, `min` or `max` without the value to read (`sum(person)`: write
  `sum(person.income)`), or of a value that is not a number (or, for `min` and
  `max`, a date);
- `count(person.age)`, `any(person)` or `all(person)`: `count` counts
  iterations and `any`/`all` test a condition, written after `where`;
- an aggregate over a repeat inside that same repeat, which would read
  iterations not asked yet: compute it after the repeat;
- `where` after anything but a repeat.

`count(many_of_question)`, `min(a, b)` and `max(a, b)` keep their meaning.

## Example

```qdsl
survey household
languages en

question household_size: integer 1..20 required { text "How many people live in your household?" }
repeat person count household_size {
  question income: integer 0..1000000 { text "What was this person's income last month, in euros?" }
}
calculate household_income = sum(person)
```

## Fix

Name the value that is summed:

```qdsl
survey household
languages en

question household_size: integer 1..20 required { text "How many people live in your household?" }
repeat person count household_size {
  question income: integer 0..1000000 { text "What was this person's income last month, in euros?" }
}
calculate household_income = sum(person.income)
```
"""#,
    "QD3012": #"""
# QD3012: a repeat driven by something that cannot drive it

A repeat runs once per iteration of its driver, and the driver does not fit:

- `for each NAME` where NAME is not a `many of` question (one iteration per
  option chosen), a choice list (one per option) or an earlier repeat (one per
  iteration of it): a text or number question, for example. To repeat as many
  times as a number says, write `count NAME`;
- `count EXPR` where the expression is not a whole number;
- `for each R` where R is nested inside another repeat that does not also
  enclose this one, so there is no one set of its iterations here;
- two drivers on one repeat (`count n for each crops`).

## Example

```qdsl
survey farm
languages en

question crops: text { text "Which crops do you grow?" }
repeat crop for each crops {
  question area: decimal 0..10000 { text "How many hectares?" }
}
```

## Fix

Ask a `many of` question and repeat for each option chosen:

```qdsl
survey farm
languages en

choices crop_list { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question crops: many of crop_list { text "Which crops do you grow?" }
repeat crop for each crops {
  question area: decimal 0..10000 { text "How many hectares of {crop}?" }
}
```
"""#,
    "QD3013": #"""
# QD3013: a repeat whose most iterations are not known

Every repeat has a most number of iterations: data-collection apps, the XForm
and the codebooks need it, and it catches typing mistakes (a household of 200
people). qdsl finds it from the driver: the options of a `for each` list or
question, the upper bound of the question a `count` reads (`integer 1..20`),
or a `max N` you write. This error says there is none:

- `count EXPR` where the expression has no upper bound (a question without a
  range, a calculate) and no `max` is given;
- a count that can be more than 10,000 (a repeat runs at most 10,000 times)
  and no smaller `max`;
- an "add another" repeat (`while`) without `max`;
- a repeat with no driver at all.

## Example

```qdsl
survey household
languages en

question household_size: integer required { text "How many people live in your household?" }
repeat person count household_size {
  question age: integer 0..120 required { text "How old is this person?" }
}
```

## Fix

Give the count's question a range (or write `count household_size max 20`):

```qdsl
survey household
languages en

question household_size: integer 1..20 required { text "How many people live in your household?" }
repeat person count household_size {
  question age: integer 0..120 required { text "How old is this person?" }
}
```
"""#,
    "QD3014": #"""
# QD3014: an "other, specify" option in a list that a grid uses

`specify { … }` on an option gives every question that uses the list a text
variable, `QUESTION_OPTION`, asked when the option is chosen. A grid answers
many rows with one list and has no place for a text per row, so a list with a
`specify` option cannot be a grid's list. This is an error at the `specify`;
the message also points to the grid.

## Example

```qdsl
survey culture_pulse
languages en

choices agreement {
  1 disagree "Disagree"
  2 agree "Agree"
  96 other "It depends" specify "On what does it depend?"
}

grid culture: one of agreement {
  text "How well does each statement describe your organisation?"
  rows {
    experiments "We encourage experiments"
    risk "Risk-taking is accepted"
  }
}
```

## Fix

Remove the `specify { … }` part (the fix does), or give the grid its own list
without it and ask for the explanation in a question after the grid:

```qdsl
survey culture_pulse
languages en

choices agreement {
  1 disagree "Disagree"
  2 agree "Agree"
  96 other "It depends"
}

grid culture: one of agreement {
  text "How well does each statement describe your organisation?"
  rows {
    experiments "We encourage experiments"
    risk "Risk-taking is accepted"
  }
}
```
"""#,
    "QD3015": #"""
# QD3015: `specify` on an exclusive option of a `many of` list

In a `many of` question, an `exclusive` option (such as "None of these" or
"Don't know") clears every other choice: it says that none of the options
applies. `specify { … }` asks the respondent to name something the list lacks,
which is another choice, not the absence of one. An option cannot be both when
a `many of` question uses its list: this is an error at the `specify`, and the
message points to the `many of` questions.

## Example

```qdsl
survey innovation_barometer
languages en

choices partner {
  1 university "Universities"
  2 firm "Private companies"
  96 other "Another partner only" exclusive specify "Which partner?"
}

question partners: many of partner { text "Whom did you work with on the innovation?" }
```

## Fix

Remove `exclusive` (the fix does) so that the other partner can be chosen
together with the listed ones, or remove `specify { … }` if the option really
means "none of these":

```qdsl
survey innovation_barometer
languages en

choices partner {
  1 university "Universities"
  2 firm "Private companies"
  96 other "Another partner" specify "Which partner?"
}

question partners: many of partner { text "Whom did you work with on the innovation?" }
```
"""#,
    "QD3016": #"""
# QD3016: a default that does not fit the question's answer

`default EXPR` fills in an answer when the question is first shown unanswered;
the respondent can change it. The value must be an answer the question
accepts:

- a whole number for `integer`, a number for `decimal`, inside the question's
  range when the default is a number written out;
- a text for `text`, no longer than its `max`;
- a date for `date` (`today()`, `date("2024-01-31")` or an earlier date answer);
- an option of the question's list for `one of` (or an earlier answer from the
  same list);
- an option, a list of options (`[web, phone]`) or an earlier answer from the
  same list for `many of`, and an `exclusive` option only on its own.

The default may read earlier answers, like a calculate (the order rule); when
they are missing, there is no default.

## Example

```qdsl
survey services
languages en

question visits: integer 0..50 default 60 { text "How many times did you use our services this year?" }
```

## Fix

Choose a default the question accepts:

```qdsl
survey services
languages en

question visits: integer 0..50 default 0 { text "How many times did you use our services this year?" }
```
"""#,
    "QD3017": #"""
# QD3017: a text variant after the plain text, or without one

`text if COND { … }` gives a question, grid or note another wording when its
condition holds. The first variant whose condition holds is shown; when none
holds, the plain `text { … }` is. So the variants come first and the plain text
last, and an item with variants still needs its plain text: it is the wording
when no variant holds, and the one codebooks give first.

## Example

```qdsl
survey census
languages en

question person_number: integer 1..20 required { text "Which person of the household is this?" }
question birth_date: date required {
  text "What is their date of birth?"
  text if person_number == 1 { en "What is your date of birth?" }
}
```

## Fix

Put the variants before the plain text:

```qdsl
survey census
languages en

question person_number: integer 1..20 required { text "Which person of the household is this?" }
question birth_date: date required {
  text if person_number == 1 { en "What is your date of birth?" }
  text "What is their date of birth?"
}
```
"""#,
    "QD3018": #"""
# QD3018: an attribute of the wrong type, or a value that does not fit its type

An attribute is an `integer`, a `decimal`, a `text`, or an option of a choice
list (written as the list's name: `country: country`). Each option's value must
fit: a whole number for an integer, a number for a decimal, a quoted text for a
text, and an option name of the list for a list. This error marks a value of
another kind, or an attribute declared with a type that attributes cannot have
(such as `date` or `boolean`).

## Example

```qdsl
survey library_users
languages en

choices branch (visitors: integer) {
  1 main "Main library" visitors = "many"
  2 mobile "Mobile library" visitors = 1200
}

question usual: one of branch where option.visitors > 1000 { text "Which library do you use most?" }
```

## Fix

Give a value of the attribute's type:

```qdsl
survey library_users
languages en

choices branch (visitors: integer) {
  1 main "Main library" visitors = 250000
  2 mobile "Mobile library" visitors = 1200
}

question usual: one of branch where option.visitors > 1000 { text "Which library do you use most?" }
```
"""#,
    "QD3019": #"""
# QD3019: `option.ATTR` or a `where` filter where there is no candidate option

In a question's filter, `where option.country == home`, `option` stands for each
option of the question's list in turn, and `option.country` for its attribute:
the options for which the filter holds are offered. Anywhere else there is no
such option, so `option.ATTR` means nothing; `option` alone names nothing even in
a filter (name an attribute); and a question that is not answered from a list
(`integer`, `text`, …) has no options to filter.

## Example

```qdsl
survey library_users
languages en

choices branch (visitors: integer) {
  1 main "Main library" visitors = 250000
  2 mobile "Mobile library" visitors = 1200
}

question usual: one of branch { text "Which library do you use most?" }
if option.visitors > 1000 {
  question busy: integer 0..7 { text "On how many days a week do you visit it?" }
}
```

## Fix

Compare the answer with options instead (or filter the question's options with
`where`):

```qdsl
survey library_users
languages en

choices branch (visitors: integer) {
  1 main "Main library" visitors = 250000
  2 mobile "Mobile library" visitors = 1200
}

question usual: one of branch { text "Which library do you use most?" }
if usual == main {
  question busy: integer 0..7 { text "On how many days a week do you visit it?" }
}
```
"""#,
    "QD3020": #"""
# QD3020: a shuffled section whose items depend on each other

`section NAME shuffle { … }` asks the section's items in a random order, a
different one for each respondent. That is only sound when no item of the
section depends on another: an item that shows, checks or is conditioned on the
answer to another item of the same section might be asked before that answer
exists. The checker proves that no item reads another (in conditions, pipes,
checks, formulas, repeat drivers and aggregates), and reports each item that
does, naming both. An `if` directly in a shuffled section and an `end` anywhere
inside it are errors too: they decide whether the items after them are asked.

## Example

```qdsl
survey staff_wellbeing
languages en

choices agreement { 1 disagree "Disagree" 2 neutral "Neither" 3 agree "Agree" }

section workload shuffle {
  question hours_ok: one of agreement required { text "My working hours are reasonable." }
  question breaks: one of agreement {
    text "I can take breaks when I need them (you said {hours_ok} about your hours)."
  }
}
```

## Fix

Move the item that is read above the shuffled section (or the item that reads it
below), or remove `shuffle`. To keep a conditional group among the shuffled
items, put the `if` in a section of its own inside the shuffled one: that
section moves as one item.

```qdsl
survey staff_wellbeing
languages en

choices agreement { 1 disagree "Disagree" 2 neutral "Neither" 3 agree "Agree" }

question hours_ok: one of agreement required { text "My working hours are reasonable." }
section workload shuffle {
  question pace_ok: one of agreement { text "The pace of work is manageable." }
  question breaks: one of agreement {
    text "I can take breaks when I need them (you said {hours_ok} about your hours)."
  }
}
```
"""#,
    "QD3021": #"""
# QD3021: a ranking over a list with a missing-value code

`rank of LIST` asks the respondent to put every option of the list in order, and
the data file gets one rank per option (`QUESTION_OPTION`, 1 for the first). A
missing-value code such as "Don't know" is not an alternative to rank: it would
get a rank of its own, mixed with the real ones. So a list with a `missing`
option cannot be ranked.

## Example

```qdsl
survey staff_wellbeing
languages en

choices benefit {
  1 flexible "Flexible hours"
  2 remote "Remote work"
  3 training "Training"
  -1 dont_know "Don't know" missing
}

question benefit_rank: rank of benefit { text "Rank the benefits from most to least important." }
```

## Fix

Rank a list of the real alternatives only. If respondents may decline, ask that
first with a `one of` question and rank under an `if`.

```qdsl
survey staff_wellbeing
languages en

choices benefit {
  1 flexible "Flexible hours"
  2 remote "Remote work"
  3 training "Training"
}

question benefit_rank: rank of benefit { text "Rank the benefits from most to least important." }
```
"""#,
    "QD3022": #"""
# QD3022: a time or date-time that is not a valid HH:MM or YYYY-MM-DDTHH:MM

A time written as `time("…")` must be hours 00–23 and minutes 00–59 as
`"HH:MM"`, such as `time("08:30")`; a date and time written as
`datetime("…")` must be an existing date, a `T` and such a time, as in
`datetime("2024-05-01T08:30")` (local time, to the minute, no time zone). A
literal of another shape (`"8.30"`, `"24:00"`, `"2024-02-30T10:00"`) cannot be
evaluated the same way by every data-collection app, so it is an error.

## Example

```qdsl
survey clinic_visit
languages en

question arrival: time { text "When did you arrive?" }
calculate before_opening = arrival < time("7.30")
```

## Fix

Write the time as two-digit hours and minutes with a colon:

```qdsl
survey clinic_visit
languages en

question arrival: time { text "When did you arrive?" }
calculate before_opening = arrival < time("07:30")
```
"""#,
    "QD3023": #"""
# QD3023: the interview's end (paradata `end`) read during the interview

A paradata field of kind `end` records when the interview ends. The collector
fills it when the respondent finishes, so while any question is asked it has no
value: a condition, formula, check or pipe that reads it would always see it
missing. Reading it anywhere in the instrument is an error. It is still in the
data file, where the duration of the interview can be computed.

## Example

```qdsl
survey household_visit
languages en

paradata {
  started: start
  finished: end
}

question household_size: integer 1..20 { text "How many people live here?" }
calculate same_day = year(finished) == year(started)
```

## Fix

Read the start (or `today`) during the interview, and compute durations when
analysing the data:

```qdsl
survey household_visit
languages en

paradata {
  started: start
  finished: end
}

question household_size: integer 1..20 { text "How many people live here?" }
calculate started_this_year = year(started) == 2024
```
"""#,
    "QD3024": #"""
# QD3024: a pattern of matches() that is not in the pattern dialect

The pattern of `matches(x, "pattern")` uses something outside the one
regular-expression dialect that qdsl's evaluator, the preview and the XForm's
`regex()` all read alike (see [Text patterns](../language.md#text-patterns)): a
lazy `+?`, a lookahead `(?=…)`, a word boundary `\b`, a back reference, a count
that is not closed, a lone `{` `}` `]`, a range that runs backwards (`[9-0]`)…
The error is at the offending character of the string, and the help says how
to write it. Remember that the pattern is a qdsl string: a backslash is written
`\\` and a brace `{{` or `}}`, so the pattern `\d{5}` is written `"\\d{{5}}"`.

## Example

```qdsl
survey library_users
languages en

question postcode: text max 10 { text "What is your postcode?" }
calculate valid_postcode = matches(postcode, "\\d{{5}}?+")
```

## Fix

Write the pattern with the dialect's parts only: characters, `.`, `\d \w \s`
and their capitals, brackets such as `[0-9]` and `[^ ]`, groups `( … )` with
`|`, the repetitions `* + ?` and `{m}` `{m,}` `{m,n}`, and `^` `$`. A character
that means something (`. * + ? ( ) [ ] { } | ^ $ \ /`) is matched with a
backslash before it.

```qdsl
survey library_users
languages en

question postcode: text max 10 { text "What is your postcode?" }
calculate valid_postcode = matches(postcode, "\\d{{5}}")
```
"""#,
    "QD3025": #"""
# QD3025: the pattern of matches() is not a fixed string in quotes

The second argument of `matches(x, "pattern")` must be a string written in
quotes, without pipes: the pattern is checked when the file is checked
([QD3024](QD3024.md)) and written into every output as it is, so it cannot be an
answer, a calculate or a string that pipes one in.

## Example

```qdsl
survey library_users
languages en

question postcode: text max 10 { text "What is your postcode?" }
question postcode_format: text max 20 { text "Which pattern do postcodes follow?" }
calculate valid_postcode = matches(postcode, postcode_format)
```

## Fix

Write the pattern itself; to compare two answers, use `==`.

```qdsl
survey library_users
languages en

question postcode: text max 10 { text "What is your postcode?" }
calculate valid_postcode = matches(postcode, "\\d{{5}}")
```
"""#,
    "QD4001": #"""
# QD4001: a text without a translation for a declared language

A text, such as a question, hint, option label or check message, has no
version in one of the languages listed in `languages`. Respondents who answer
in that language would see an empty question, or text in a language they may
not read. This is an error. The message names the missing languages, so that
the list can be handed to translators.

A language still being translated can be declared a draft
(`languages fi sv draft en`, see
[Draft languages](../language.md#draft-languages)): its missing texts are not
errors, they fall back to the source language, and the language is reported
once ([QD4019](QD4019.md)).

## Example

```qdsl
survey library_users
languages fi sv

question visits: integer 0..365 {
  text {
    fi "Kuinka monta kertaa kävit kirjastossa viimeisten 12 kuukauden aikana?"
  }
}
```

## Fix

Add the missing translation:

```qdsl
survey library_users
languages fi sv

question visits: integer 0..365 {
  text {
    fi "Kuinka monta kertaa kävit kirjastossa viimeisten 12 kuukauden aikana?"
    sv "Hur många gånger besökte du biblioteket under de senaste 12 månaderna?"
  }
}
```
"""#,
    "QD4002": #"""
# QD4002: a text in a language the survey does not declare

A text has a translation in a language that is not listed in `languages`. That
translation would never be shown, and it would not be checked or kept complete
like the others, so it easily goes out of date. This is an error. It usually
means either that a language was left out of the `languages` line, or that a
wrong language tag was typed (`se` is Northern Sámi, not Swedish).

## Example

```qdsl
survey library_users
languages fi sv

question visits: integer 0..365 {
  text {
    fi "Kuinka monta kertaa kävit kirjastossa viimeisten 12 kuukauden aikana?"
    sv "Hur många gånger besökte du biblioteket under de senaste 12 månaderna?"
    en "How many times did you visit the library in the last 12 months?"
  }
}
```

## Fix

Add the language to `languages` (every text then needs it), or remove the
translation:

```qdsl
survey library_users
languages fi sv en

question visits: integer 0..365 {
  text {
    fi "Kuinka monta kertaa kävit kirjastossa viimeisten 12 kuukauden aikana?"
    sv "Hur många gånger besökte du biblioteket under de senaste 12 månaderna?"
    en "How many times did you visit the library in the last 12 months?"
  }
}
```
"""#,
    "QD4003": #"""
# QD4003: a language given twice in one text

One text block has two translations for the same language. Only one of them
could be shown, and nobody can tell which wording is the current one. This is
an error. It usually happens when a revised wording is added without removing
the old one, or when a translation is pasted under the wrong language tag.

## Example

```qdsl
survey library_users
languages fi sv

question visits: integer 0..365 {
  text {
    fi "Kuinka monta kertaa kävit kirjastossa viime vuonna?"
    sv "Hur många gånger besökte du biblioteket under de senaste 12 månaderna?"
    fi "Kuinka monta kertaa kävit kirjastossa viimeisten 12 kuukauden aikana?"
  }
}
```

## Fix

Keep one translation per language:

```qdsl
survey library_users
languages fi sv

question visits: integer 0..365 {
  text {
    fi "Kuinka monta kertaa kävit kirjastossa viimeisten 12 kuukauden aikana?"
    sv "Hur många gånger besökte du biblioteket under de senaste 12 månaderna?"
  }
}
```
"""#,
    "QD4004": #"""
# QD4004: a branch that is never shown, because its conditions contradict

The conditions that lead to a block of questions can never all be true at the
same time, so no respondent will ever see it: for example `if adopted == no`
inside `if adopted == yes`, `staff > 500 and staff < 50`, a range the question
itself does not allow, or an `else if` whose cases the earlier branches already
cover. The questions in it would always be empty in the data. This is a
warning: the file still compiles, but the routing almost certainly does not do
what was intended. It is often caused by a closing brace in the wrong place.

## Example

```qdsl
survey innovation_barometer
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question adopted: one of yes_no required { text "Has your organisation adopted innovations in the last two years?" }

if adopted == yes {
  question benefits: text max 500 { text "What benefits have the innovations brought?" }
  if adopted == no {
    question obstacles: text max 500 { text "What has prevented your organisation from innovating?" }
  }
}
```

## Fix

Place the block where its condition can hold, here as the `else` of the first
condition:

```qdsl
survey innovation_barometer
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question adopted: one of yes_no required { text "Has your organisation adopted innovations in the last two years?" }

if adopted == yes {
  question benefits: text max 500 { text "What benefits have the innovations brought?" }
} else {
  question obstacles: text max 500 { text "What has prevented your organisation from innovating?" }
}
```
"""#,
    "QD4005": #"""
# QD4005: a pipe of an answer that may be missing where the text is shown

A text shows an earlier answer with a pipe such as `{staff}`, but that answer
may not exist when the text is shown: the question is not `required`, or it is
asked only under a condition that does not hold for everyone who sees the text.
The respondent would then read a sentence with a gap in it, such as "How many
of your  employees…". This is a warning. When both reasons apply, one warning
names both, and its help lists changes that each clear it: show the text only
under `if answered(x)`, or make the question `required` and show the text only
under the question's own condition.

## Example

```qdsl
survey innovation_barometer
languages en

question staff: integer 1..200000 { text "How many people does your organisation employ?" }
question innovation_staff: integer 0..200000 { text "How many of your {staff} employees work on innovation?" }
```

## Fix

Make the piped question `required`, so that the answer always exists; or show
the text only to those who answered, under `if answered(staff)` (a comparison
such as `if staff > 10` also guarantees an answer); or word the text so that it
reads well without the answer:

```qdsl
survey innovation_barometer
languages en

question staff: integer 1..200000 required { text "How many people does your organisation employ?" }
question innovation_staff: integer 0..200000 { text "How many of your {staff} employees work on innovation?" }
```
"""#,
    "QD4006": #"""
# QD4006: translations of one text that use different pipes

The translations of one text do not show the same earlier answers: one
language has the pipe `{staff}` and another does not, or they pipe different
questions. Respondents in different languages would then see different
questions, which makes the answers hard to compare. This is a warning. It
usually means that a pipe was added to the source text after it was translated.

## Example

```qdsl
survey innovation_barometer
languages fi en

question staff: integer 1..200000 required {
  text {
    fi "Kuinka monta henkilöä organisaationne työllistää?"
    en "How many people does your organisation employ?"
  }
}
question innovation_staff: integer 0..200000 {
  text {
    fi "Kuinka moni organisaationne {staff} työntekijästä työskentelee innovaatioiden parissa?"
    en "How many of your employees work on innovation?"
  }
}
```

## Fix

Use the same pipes in every translation:

```qdsl
survey innovation_barometer
languages fi en

question staff: integer 1..200000 required {
  text {
    fi "Kuinka monta henkilöä organisaationne työllistää?"
    en "How many people does your organisation employ?"
  }
}
question innovation_staff: integer 0..200000 {
  text {
    fi "Kuinka moni organisaationne {staff} työntekijästä työskentelee innovaatioiden parissa?"
    en "How many of your {staff} employees work on innovation?"
  }
}
```
"""#,
    "QD4007": #"""
# QD4007: a choice list that no question uses

A choice list is declared but no question or grid uses it. It still has to be
translated and maintained, and it may be a sign that a question was meant to
use it but names another list by mistake. This is a warning.

## Example

```qdsl
survey library_users
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices agreement { 1 disagree "Disagree" 2 neutral "Neither agree nor disagree" 3 agree "Agree" }

question library_card: one of yes_no { text "Do you have a library card?" }
```

## Fix

Remove the list, or use it in the question it was meant for:

```qdsl
survey library_users
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question library_card: one of yes_no { text "Do you have a library card?" }
```
"""#,
    "QD4008": #"""
# QD4008: a variable name that analysis software rejects

The name of a question, grid row or calculated variable becomes a variable name
in the data file, and this one would be rejected by common analysis software:
it is longer than 32 characters, or it is a word that SPSS reserves (`ALL`,
`AND`, `BY`, `EQ`, `GE`, `GT`, `LE`, `LT`, `NE`, `NOT`, `OR`, `TO`, `WITH`, in
any mix of capitals). Analysts would have to rename the variable by hand before
they could open the data. This is a warning.

## Example

```qdsl
survey library_users
languages en

choices rating { 1 poor "Poor" 2 fair "Fair" 3 good "Good" }

question satisfaction_with_library_opening_hours: one of rating { text "How satisfied are you with the library's opening hours?" }
```

## Fix

Choose a shorter name that is not a reserved word:

```qdsl
survey library_users
languages en

choices rating { 1 poor "Poor" 2 fair "Fair" 3 good "Good" }

question opening_hours_rating: one of rating { text "How satisfied are you with the library's opening hours?" }
```
"""#,
    "QD4009": #"""
# QD4009: two questions with the same source-language text

Two questions have exactly the same text in the source language. Respondents
cannot tell them apart, and neither can analysts reading the codebook or
translators working on the texts, since the question's text is all they see.
This is a warning, reported at the later text. It usually happens when a
question is copied into another section and its text is not made specific.

## Example

```qdsl
survey library_users
languages en

choices satisfaction { 1 dissatisfied "Dissatisfied" 2 neutral "Neither" 3 satisfied "Satisfied" }

section opening_hours {
  title "Opening hours"
  question hours_rating: one of satisfaction { text "How satisfied are you?" }
}
section collection {
  title "Collection"
  question collection_rating: one of satisfaction { text "How satisfied are you?" }
}
```

## Fix

Make each text say what it asks about:

```qdsl
survey library_users
languages en

choices satisfaction { 1 dissatisfied "Dissatisfied" 2 neutral "Neither" 3 satisfied "Satisfied" }

section opening_hours {
  title "Opening hours"
  question hours_rating: one of satisfaction { text "How satisfied are you with the opening hours?" }
}
section collection {
  title "Collection"
  question collection_rating: one of satisfaction { text "How satisfied are you with the collection?" }
}
```
"""#,
    "QD4010": #"""
# QD4010: a language declared twice

A language appears more than once in the `languages` line. Each language is
declared once; the first one listed is the source language. A repeated
language is an error, because it would make it unclear which languages texts
must be translated into and in which order outputs list them.

## Example

```qdsl
survey library_users
languages fi sv fi

question visits: integer 0..365 {
  text {
    fi "Kuinka monta kertaa kävit kirjastossa viimeisten 12 kuukauden aikana?"
    sv "Hur många gånger besökte du biblioteket under de senaste 12 månaderna?"
  }
}
```

## Fix

List each language once:

```qdsl
survey library_users
languages fi sv

question visits: integer 0..365 {
  text {
    fi "Kuinka monta kertaa kävit kirjastossa viimeisten 12 kuukauden aikana?"
    sv "Hur många gånger besökte du biblioteket under de senaste 12 månaderna?"
  }
}
```
"""#,
    "QD4011": #"""
# QD4011: a language tag that is not a valid BCP 47 tag

Languages are named with the standard short codes (BCP 47 tags) that
translation tools, data-collection apps and archives understand: `fi`, `sv`,
`nb`, `en`, `se`, or with a region, `sv-FI`. A tag in another form, such as the
full name `english` or `sv_FI` with an underscore as in some software's
locale settings, is an error: other tools could not recognise the language.

## Example

```qdsl
survey library_users
languages fi sv_FI

question visits: integer 0..365 {
  text {
    fi "Kuinka monta kertaa kävit kirjastossa viimeisten 12 kuukauden aikana?"
    sv_FI "Hur många gånger besökte du biblioteket under de senaste 12 månaderna?"
  }
}
```

## Fix

Write the tag with a hyphen, `sv-FI` (or just `sv`), in `languages` and in the texts:

```qdsl
survey library_users
languages fi sv-FI

question visits: integer 0..365 {
  text {
    fi "Kuinka monta kertaa kävit kirjastossa viimeisten 12 kuukauden aikana?"
    sv-FI "Hur många gånger besökte du biblioteket under de senaste 12 månaderna?"
  }
}
```
"""#,
    "QD4012": #"""
# QD4012: a repeat that never runs, because its count is always 0

The count of a repeat can never be more than 0: it is the literal `0`, or it
reads a question whose range ends at 0 or below. None of the repeat's
questions is ever asked. This is a warning.

## Example

```qdsl
survey household
languages en

question other_adults: integer -5..0 { text "How many other adults live with you?" }
repeat adult count other_adults {
  question age: integer 18..120 required { text "How old is this adult?" }
}
```

## Fix

Count a question whose range allows 1 or more:

```qdsl
survey household
languages en

question other_adults: integer 0..10 { text "How many other adults live with you?" }
repeat adult count other_adults {
  question age: integer 18..120 required { text "How old is this adult?" }
}
```
"""#,
    "QD4013": #"""
# QD4013: a repeat nested too deeply, or an `end` inside a repeat

Repeats nest at most 3 deep (a household, its members, each member's jobs, and
one level more), so that every level's data file stays linked to its parent
by a few key columns. A deeper repeat is an error: link it with
`for each` instead of nesting.

Nested repeats may together run at most 10,000 times in one interview (the
product of their most iterations: a household of 30 with a loop over pairs of
members is 900). Beyond that no interview could be completed, so it is an
error too: lower the most iterations, or do not nest.

An `end` inside a repeat is an error too: it would end the whole interview
because of one iteration's answers, and leave the other members of a
household unasked. Put the rest of the iteration under an `if` instead.

## Example

```qdsl
survey household
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question household_size: integer 1..20 required { text "How many people live in your household?" }
repeat person count household_size {
  question consent: one of yes_no required { text "May we ask about this person?" }
  if consent == no { end "Thank you for your time." }
  question age: integer 0..120 required { text "How old is this person?" }
}
```

## Fix

Skip the rest of the iteration with an `if`:

```qdsl
survey household
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question household_size: integer 1..20 required { text "How many people live in your household?" }
repeat person count household_size {
  question consent: one of yes_no required { text "May we ask about this person?" }
  if consent == yes {
    question age: integer 0..120 required { text "How old is this person?" }
  }
}
```
"""#,
    "QD4014": #"""
# QD4014: a loop over pairs that reads the answers of members not asked yet

Inside `repeat person …`, a nested `repeat other for each person` runs once
for every person of the household: this is how relationships between members
are asked. But while the roster is being filled in, `other` also stands for
the persons *after* the current one, whose answers are not given yet: for
person 1, `other.name` of person 3 is still empty, so a text shows an empty
name and a condition on it is false. This is a warning.

Ask each pair once, about the members already listed, with
`if other.index < person.index` (`<=` includes the member itself, whose answers
before the loop are known), or list everyone first and ask the pairs in a
repeat after the roster, where every answer is known.

## Example

```qdsl
survey household
languages en

choices relations { 1 spouse "Spouse or partner" 2 child "Child" 3 parent "Parent" 4 other_relative "Other relative" 5 not_related "Not related" }

question household_size: integer 1..12 required { text "How many people live in your household?" }
repeat person count household_size {
  question name: text required { text "What is the first name of person {person.index}?" }
  repeat other for each person {
    if other.index != person.index {
      question relation: one of relations required { text "What is {other.name} to {name}?" }
    }
  }
}
```

## Fix

Ask about the members listed before this one:

```qdsl
survey household
languages en

choices relations { 1 spouse "Spouse or partner" 2 child "Child" 3 parent "Parent" 4 other_relative "Other relative" 5 not_related "Not related" }

question household_size: integer 1..12 required { text "How many people live in your household?" }
repeat person count household_size {
  question name: text required { text "What is the first name of person {person.index}?" }
  repeat other for each person {
    if other.index < person.index {
      question relation: one of relations required { text "What is {other.name} to {name}?" }
    }
  }
}
```
"""#,
    "QD4015": #"""
# QD4015: a text variant, or the plain text after variants, that is never shown

The variants of an item are tried in order, and the first whose condition holds
is shown. qdsl reasons about the conditions as it does for "never shown" items
(QD4004): a variant whose condition cannot hold where the item is shown, or
that an earlier variant always covers, is never shown; and a variant that always
holds there hides the later variants and the plain text. This is a warning: the
wording is dead, or a condition is wrong.

## Example

```qdsl
survey census
languages en

question person_number: integer 1..20 required { text "Which person of the household is this?" }
question birth_date: date required {
  text if person_number <= 2 { en "What is your or your partner's date of birth?" }
  text if person_number == 1 { en "What is your date of birth?" }
  text "What is their date of birth?"
}
```

## Fix

Put the narrower variant first (or correct the condition):

```qdsl
survey census
languages en

question person_number: integer 1..20 required { text "Which person of the household is this?" }
question birth_date: date required {
  text if person_number == 1 { en "What is your date of birth?" }
  text if person_number == 2 { en "What is your partner's date of birth?" }
  text "What is their date of birth?"
}
```
"""#,
    "QD4016": #"""
# QD4016: a question filter that leaves no option for some reachable answer

A filter `where option.region == home_region` offers the options whose
attribute matches the earlier answer. When, for some answer the respondent can
give where the question is asked, no option passes, the question has nothing to
offer and is skipped. The check counts the options once per value of the
attribute (so it stays fast on lists of thousands of options), and takes the
conditions around the question into account: an answer excluded by an enclosing
`if` is not reported. An unanswered earlier question leaves no option either,
unless it is required. A filter that no option can pass whatever the answers is
reported too. This is a warning.

## Example

```qdsl
survey library_users
languages en

choices country {
  1 finland "Finland"
  2 sweden "Sweden"
  3 norway "Norway"
}
choices region (country: country) {
  1 uusimaa "Uusimaa" country = finland
  2 stockholm "Stockholm" country = sweden
}

question home: one of country required { text "Which country do you live in?" }
question home_region: one of region where option.country == home { text "Which region do you live in?" }
```

## Fix

Give options for every answer, or ask the question only where it has options:

```qdsl
survey library_users
languages en

choices country {
  1 finland "Finland"
  2 sweden "Sweden"
  3 norway "Norway"
}
choices region (country: country) {
  1 uusimaa "Uusimaa" country = finland
  2 stockholm "Stockholm" country = sweden
}

question home: one of country required { text "Which country do you live in?" }
if home != norway {
  question home_region: one of region where option.country == home { text "Which region do you live in?" }
}
```
"""#,
    "QD4017": #"""
# QD4017: option conditions that can all fail together, leaving no option

An option marked `if (COND)` is offered only while its condition holds. When
every option a question can offer has a condition and, for some respondent who
reaches the question, all of them can be false at once, the question has nothing
to offer and is skipped. The conditions are reasoned about like those of `if`
(an answer that may be missing makes a comparison false); when the reasoning
cannot decide, nothing is reported. This is a warning.

## Example

```qdsl
survey library_users
languages en

choices service {
  1 reading_room "Reading room" if (age >= 18)
  2 story_time "Story time" if (age < 12)
}

question age: integer 0..120 required { text "How old are you?" }
question used: many of service { text "Which services have you used?" }
```

## Fix

Give at least one option no condition (or make the conditions cover every
case):

```qdsl
survey library_users
languages en

choices service {
  1 reading_room "Reading room" if (age >= 18)
  2 story_time "Story time" if (age < 12)
  3 lending "Lending"
}

question age: integer 0..120 required { text "How old are you?" }
question used: many of service { text "Which services have you used?" }
```
"""#,
    "QD4018": #"""
# QD4018: `shuffle` where nothing can move

`shuffle` on a question shuffles its options (`one of`, `many of` and `rank of`
questions), keeping options marked `fixed` in their place; on a section it
shuffles the section's items. A `shuffle` on a question without options, on a
list with fewer than two options that are not `fixed`, or on a section with fewer
than two items changes nothing, which usually means that the wrong item is
marked. This is a warning.

## Example

```qdsl
survey staff_wellbeing
languages en

choices scale { 1 low "Low" fixed 2 high "High" fixed }

question hours: integer 0..80 shuffle { text "How many hours did you work last week?" }
question stress: one of scale shuffle { text "How would you rate your stress?" }
```

## Fix

Remove `shuffle`, or remove `fixed` from the options that should move:

```qdsl
survey staff_wellbeing
languages en

choices scale { 1 low "Low" 2 high "High" }

question hours: integer 0..80 { text "How many hours did you work last week?" }
question stress: one of scale shuffle { text "How would you rate your stress?" }
```
"""#,
    "QD4019": #"""
# QD4019: a draft language: a translation in progress, with the texts it lacks

A language written after `draft` in the `languages` line is a translation in
progress (see [Draft languages](../language.md#draft-languages)). A text that
lacks it is not an error: when the form runs, that text is shown in the source
language instead. Rather than one complaint per text, `qdsl check` reports each
draft language once, at its tag in the `languages` line: how many of the
instrument's texts lack it, and where three of them are. A draft language that
every text has is reported too, so that `draft` is removed once the translation
is complete.

This is a warning, so a draft instrument can be tested, previewed and fielded in
a pilot; `qdsl check --warnings-as-errors` fails while any language is a draft,
which keeps a draft out of a release.

## Example

```qdsl
survey staff_survey
languages fi sv draft nb
title { fi "Henkilöstökysely" sv "Personalenkät" nb "Personalundersøkelse" }

question staff: integer 0..500 {
  text { fi "Montako työntekijää yrityksessä on?" sv "Hur många anställda har företaget?" }
}
```

```text
warning[QD4019]: Norwegian Bokmål (nb) is a draft: 1 of 2 texts lack it
```

## Fix

Translate the texts that lack the language, then remove `draft` (the language
server offers to insert each missing translation, and to remove `draft` once
nothing is missing):

```qdsl
survey staff_survey
languages fi sv nb
title { fi "Henkilöstökysely" sv "Personalenkät" nb "Personalundersøkelse" }

question staff: integer 0..500 {
  text {
    fi "Montako työntekijää yrityksessä on?"
    sv "Hur många anställda har företaget?"
    nb "Hvor mange ansatte har bedriften?"
  }
}
```
"""#,
    "QD4020": #"""
# QD4020: the source language declared a draft

The first language of the `languages` line is the source language: every text
has it, and the texts that a [draft language](../language.md#draft-languages)
lacks are shown in it instead. It cannot itself be a draft, so `draft` must come
after it.

## Example

```qdsl
survey staff_survey
languages draft fi sv
title { fi "Henkilöstökysely" sv "Personalenkät" }
```

## Fix

Remove `draft` from before the source language; write it after the source
language, before the languages still being translated (`languages fi draft sv`),
if Swedish is a translation in progress:

```qdsl
survey staff_survey
languages fi sv
title { fi "Henkilöstökysely" sv "Personalenkät" }
```
"""#,
    "QD5101": #"""
# QD5101: an integer range beyond the whole numbers of an XForm

`qdsl compile --target xform` reports this warning. An `integer` question becomes an XForm `int`, which
JavaRosa, the form engine of ODK Collect, holds in 32 bits: from -2147483648 to 2147483647. qdsl's whole
numbers go much further, so a question whose range reaches beyond that, such as a budget in euros or cents,
allows answers that ODK Collect cannot take. The XForm keeps the range in its constraint, but the larger
answers cannot be entered. The other targets are not affected, and `qdsl check` does not report it.

## Example

```qdsl
survey municipal_finances
languages en

question budget: integer 0..50000000000 {
  text "What was the municipality's budget last year, in euros?"
}
```

## Fix

Keep the range within 2147483647, for instance by asking in thousands of euros, or make the question a
`decimal` (an XForm `decimal` holds such numbers exactly):

```qdsl
survey municipal_finances
languages en

question budget: integer 0..50000000 {
  text "What was the municipality's budget last year, in thousands of euros?"
}
```
"""#,
    "QD5102": #"""
# QD5102: something the XLSForm cannot hold as the XForm does (pyxform changes it)

`qdsl compile --target xlsform` reports this warning. The XLSForm restates the XForm of `--target xform` row by
row, and pyxform (the converter of ODK Central and KoboToolbox) turns it back into an XForm. A few things do not
survive that trip, and each is reported where it happens:

- **Typographic quotes** (‘ ’ “ ”): pyxform replaces them with straight quotes in every cell, so the texts that
  respondents see show `"new"` instead of `“new”` (reported once, at the first item with such a text). Inside
  expressions the export writes such texts with straight quotes already, so that they keep working.
- **Line breaks inside computed texts**, such as the message that lists the failing checks of a question one per
  line: pyxform writes expressions into XML attributes, where a line break becomes a space (reported once, at the
  first item, with how many more).
- **A question set by several rules** (a default read from earlier answers and the dropping of options no longer
  offered): an XLSForm row has one `calculation` for all its `trigger`s; the first rule is kept.

The XForm (`--target xform`) has none of these limits: upload it to ODK Central or KoboToolbox instead of the
XLSForm when they matter. `qdsl check` does not report this warning.

## Example

```qdsl
survey library_visits
languages en

question opinion: text {
  text "What do you think of the “new” library?"
}
```

## Fix

Write straight quotes (escaped in a qdsl text), or field the XForm:

```qdsl
survey library_visits
languages en

question opinion: text {
  text "What do you think of the \"new\" library?"
}
```
"""#,
    "QD5201": #"""
# QD5201: a data-file variable removed in a revision

A variable of the old revision is not in the new one. Its column disappears from
the data file, so every trend line that used it ends. This is a breaking change:
`qdsl diff` exits with status 1. A question that is renamed with near-identical
text is reported as a likely rename (QD5208) instead.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_pulse
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }
```

## Fix

Keep the question while earlier waves are compared. If it should no longer be
asked of everyone, put it under a condition; the data file keeps its column.

```qdsl
survey staff_pulse
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }
```
"""#,
    "QD5202": #"""
# QD5202: a variable whose type, storage or formula changed in a revision

A variable keeps its name but holds another kind of value: a number became a
choice, a text became a date, or a calculated value gets a new formula. Old and
new values cannot be compared or stacked in one column. This is a breaking
change.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_pulse
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

choices commute_band { 1 short "Under 30 minutes" 2 long "30 minutes or more" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: one of commute_band { text "How many minutes is your commute?" }
```

## Fix

Keep the old question as it was and ask the new one under a new name.

```qdsl
survey staff_pulse
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

choices commute_band { 1 short "Under 30 minutes" 2 long "30 minutes or more" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }

question commute_band: one of commute_band { text "Is your commute shorter than 30 minutes?" }
```
"""#,
    "QD5203": #"""
# QD5203: an option code removed in a revision

A code of a choice list is gone. Old answers with that code have no label in the
new codebook, and respondents who would have chosen it now choose something
else. This is a breaking change for every variable that uses the list.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_pulse
version "2023"
languages en

choices mode { 1 car "Car" 2 bus "Bus" 3 bike "Bike" }

question travel: one of mode { text "How do you usually travel to work?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices mode { 1 car "Car" 2 bus "Bus" }

question travel: one of mode { text "How do you usually travel to work?" }
```

## Fix

Keep the option. To stop offering it, keep it in the list and add a new list for
new questions, or leave it as it is: a code that is never chosen does no harm.

```qdsl
survey staff_pulse
version "2023"
languages en

choices mode { 1 car "Car" 2 bus "Bus" 3 bike "Bike" }

question travel: one of mode { text "How do you usually travel to work?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices mode { 1 car "Car" 2 bus "Bus" 3 bike "Bike" }

question travel: one of mode { text "How do you usually travel to work?" }
```
"""#,
    "QD5204": #"""
# QD5204: an existing option code given another meaning in a revision

A code keeps its number but gets another name or another label in the source
language (or becomes, or stops being, a missing-value code). Old answers with
that code meant something else, and the two waves cannot be pooled. This is a
breaking change; a translation edited in another language is compatible
(QD5212).

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_pulse
version "2023"
languages en

choices mode { 1 car "Car" 2 bus "Bus" 3 bike "Bike" }

question travel: one of mode { text "How do you usually travel to work?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices mode { 1 car "Car" 2 bus "Bus" 3 walk "On foot" }

question travel: one of mode { text "How do you usually travel to work?" }
```

## Fix

Give the new answer a new code and keep the old one:

```qdsl
survey staff_pulse
version "2023"
languages en

choices mode { 1 car "Car" 2 bus "Bus" 3 bike "Bike" }

question travel: one of mode { text "How do you usually travel to work?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices mode { 1 car "Car" 2 bus "Bus" 3 bike "Bike" 4 walk "On foot" }

question travel: one of mode { text "How do you usually travel to work?" }
```
"""#,
    "QD5205": #"""
# QD5205: a range of allowed values narrowed in a revision

The new revision allows fewer values than the old one: a higher minimum, a lower
maximum, or a shorter maximum length for a text. Old answers outside the new
range could not be given any more, so the two waves are not measured on the same
scale. This is a breaking change.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_pulse
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..120 { text "How many minutes is your commute?" }
```

## Fix

Keep the old range (a wider range is compatible, QD5214):

```qdsl
survey staff_pulse
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..600 { text "How many minutes is your commute?" }
```
"""#,
    "QD5206": #"""
# QD5206: a change in who is asked a question

The conditions under which a question is asked (its universe) changed: it is
asked of fewer or other respondents, or of everyone where it had a condition.
The answers of the two waves come from different groups, so totals and shares
are not comparable. This is a breaking change.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_pulse
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

if remote == no {
  question commute: integer 0..300 { text "How many minutes is your commute?" }
}
```

## Fix

Keep asking the same respondents; ask a new question if a subgroup needs one:

```qdsl
survey staff_pulse
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }

if remote == no {
  question commute_days: integer 0..7 { text "On how many days a week do you commute?" }
}
```
"""#,
    "QD5207": #"""
# QD5207: a question made optional, or required, in a revision

A required question became optional, or the reverse. Where it was required,
every respondent who was asked answered; where it is optional, some did not. The
rate of missing answers changes between waves, so the distributions are not
comparable. This is a breaking change.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_pulse
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 required { text "How many minutes is your commute?" }
```

## Fix

Keep the question as required, or as optional, as it was:

```qdsl
survey staff_pulse
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }
```
"""#,
    "QD5208": #"""
# QD5208: a variable that was probably renamed in a revision

A variable of the old revision is gone and a new one has the same type, the same
options and near-identical text. It is most likely the same question under a new
name, which changes its column name in the data file: analyses that use the old
name break. This is a breaking change, reported once for the pair instead of a
removal and an addition.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_pulse
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute_minutes: integer 0..300 { text "How many minutes is your commute?" }
```

## Fix

Keep the old name, so the data-file variable keeps it too:

```qdsl
survey staff_pulse
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }
```
"""#,
    "QD5209": #"""
# QD5209: a language removed in a revision

A language of the old revision is no longer declared. Its texts and labels
disappear from the form and the codebook, and respondents who answered in it
cannot be asked the same way. This is a breaking change.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_pulse
version "2023"
languages en sv

question commute: integer 0..300 {
  text { en "How many minutes is your commute?" sv "Hur många minuter pendlar du?" }
}
```

```qdsl
survey staff_pulse
version "2024"
languages en

question commute: integer 0..300 {
  text { en "How many minutes is your commute?" }
}
```

## Fix

Keep the language and its translations while earlier waves are compared in it:

```qdsl
survey staff_pulse
version "2023"
languages en sv

question commute: integer 0..300 {
  text { en "How many minutes is your commute?" sv "Hur många minuter pendlar du?" }
}
```

```qdsl
survey staff_pulse
version "2024"
languages en sv

question commute: integer 0..300 {
  text { en "How many minutes is your commute?" sv "Hur många minuter pendlar du?" }
}
```
"""#,
    "QD5210": #"""
# QD5210: a data-file variable added in a revision

The new revision has a variable the old one does not: a new question, calculate,
grid row or (for a question that is new as a whole) its `many of` flags. Old
data simply has no column for it. This is a compatible change.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_pulse
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }
```
"""#,
    "QD5211": #"""
# QD5211: an option added with a new code in a revision

A choice list has an option with a code the old revision did not use. Old
answers keep their meaning; the new code just did not occur before (for a `many
of` question, a new 0/1 variable is added). This is a compatible change.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_pulse
version "2023"
languages en

choices mode { 1 car "Car" 2 bus "Bus" 3 bike "Bike" }

question travel: one of mode { text "How do you usually travel to work?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices mode { 1 car "Car" 2 bus "Bus" 3 bike "Bike" 4 walk "On foot" }

question travel: one of mode { text "How do you usually travel to work?" }
```
"""#,
    "QD5212": #"""
# QD5212: a question text, hint, label or translation edited in a revision

The wording of a question text, a hint or a grid row changed, or a translation
of a text or an option label. Old and new texts are both shown, so the change
can be reviewed: a small edit keeps the question comparable, a new meaning calls
for a new question. This is a compatible change; an option label changed in the
source language is breaking (QD5204).

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_pulse
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes does your commute to work take?" }
```
"""#,
    "QD5213": #"""
# QD5213: a language added in a revision

The new revision declares a language the old one did not. Every text has a
translation in it; old data is not affected. This is a compatible change.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_pulse
version "2023"
languages en

question commute: integer 0..300 {
  text { en "How many minutes is your commute?" }
}
```

```qdsl
survey staff_pulse
version "2024"
languages en sv

question commute: integer 0..300 {
  text { en "How many minutes is your commute?" sv "Hur många minuter pendlar du?" }
}
```
"""#,
    "QD5214": #"""
# QD5214: a range of allowed values widened in a revision

The new revision allows more values than the old one: a lower minimum, a higher
maximum or a longer text. Every old answer is still valid, so the waves stay
comparable. This is a compatible change.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_pulse
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..300 { text "How many minutes is your commute?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }

question commute: integer 0..600 { text "How many minutes is your commute?" }
```
"""#,
    "QD5215": #"""
# QD5215: a variable or repeat moved into, out of or between repeats in a revision

A variable is identified by its level and its name: the level is the instrument's
own (one row per record in the main data file) or a repeat's (one row per
iteration in that repeat's data file). A variable that moves into a repeat, out
of one or from one repeat to another keeps its name, but its answers move to
another file, with other rows and keys: its old and new answers can no longer be
put side by side. A repeat that moves into another repeat, or out of one, keeps
its file, but the file's key columns change (`person_index` is added or
dropped). Both are breaking changes.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey household
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question household_size: integer 1..20 required { text "How many people live here?" }
question grown: many of crops { text "Which crops do you grow?" }
question guests: one of yes_no { text "Did anyone visit you last week?" }

repeat person count household_size {
  title "Person {person.index}"
  question age: integer 0..120 required { text "How old is person {person.index}?" }
}

question employed: one of yes_no { text "Does anyone here have a paid job?" }
```

```qdsl
survey household
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question household_size: integer 1..20 required { text "How many people live here?" }
question grown: many of crops { text "Which crops do you grow?" }
question guests: one of yes_no { text "Did anyone visit you last week?" }

repeat person count household_size {
  title "Person {person.index}"
  question age: integer 0..120 required { text "How old is person {person.index}?" }
  question employed: one of yes_no { text "Does person {person.index} have a paid job?" }
}
```

## Fix

Keep the variable at its level. To ask a question per person as well, give the
new one a new name, and keep the old one while the waves are compared.

```qdsl
survey household
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question household_size: integer 1..20 required { text "How many people live here?" }
question grown: many of crops { text "Which crops do you grow?" }
question guests: one of yes_no { text "Did anyone visit you last week?" }

repeat person count household_size {
  title "Person {person.index}"
  question age: integer 0..120 required { text "How old is person {person.index}?" }
}

question employed: one of yes_no { text "Does anyone here have a paid job?" }
```

```qdsl
survey household
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question household_size: integer 1..20 required { text "How many people live here?" }
question grown: many of crops { text "Which crops do you grow?" }
question guests: one of yes_no { text "Did anyone visit you last week?" }

repeat person count household_size {
  title "Person {person.index}"
  question age: integer 0..120 required { text "How old is person {person.index}?" }
  question has_job: one of yes_no { text "Does person {person.index} have a paid job?" }
}

question employed: one of yes_no { text "Does anyone here have a paid job?" }
```
"""#,
    "QD5216": #"""
# QD5216: a repeat removed in a revision

A repeat of the old revision is not in the new one: its data file (one row per
iteration) is gone, with the variables declared in it, which are listed in the
change rather than reported one by one. This is a breaking change. A repeat with
the same variables under a new name is reported as renamed (QD5218); a variable
of it that the new revision keeps elsewhere is reported as moved (QD5215).

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey household
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question household_size: integer 1..20 required { text "How many people live here?" }
question grown: many of crops { text "Which crops do you grow?" }
question guests: one of yes_no { text "Did anyone visit you last week?" }

repeat crop for each grown {
  question area: decimal 0..1000 { text "How many hectares of {crop} do you grow?" }
}
```

```qdsl
survey household
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question household_size: integer 1..20 required { text "How many people live here?" }
question grown: many of crops { text "Which crops do you grow?" }
question guests: one of yes_no { text "Did anyone visit you last week?" }
```

## Fix

Keep the repeat while earlier waves are compared. To stop asking it of some
respondents, put it under a condition: its data file stays, with fewer rows.

```qdsl
survey household
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question household_size: integer 1..20 required { text "How many people live here?" }
question grown: many of crops { text "Which crops do you grow?" }
question guests: one of yes_no { text "Did anyone visit you last week?" }

repeat crop for each grown {
  question area: decimal 0..1000 { text "How many hectares of {crop} do you grow?" }
}
```

```qdsl
survey household
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question household_size: integer 1..20 required { text "How many people live here?" }
question grown: many of crops { text "Which crops do you grow?" }
question guests: one of yes_no { text "Did anyone visit you last week?" }

repeat crop for each grown {
  question area: decimal 0..1000 { text "How many hectares of {crop} do you grow?" }
}
```
"""#,
    "QD5217": #"""
# QD5217: a repeat whose count, `for each` or `while` changed in a revision

What drives a repeat decides what its iterations stand for and how many there
are: the count expression (`count household_size`), what it runs for each of
(the options chosen in a `many of` question, every option of a list, or every
iteration of an earlier repeat) or its `while` condition. When it changes, the
rows of the repeat's data file mean something else: one row per crop grown is
not one row per crop. This is a breaking change. Its maximum is compared like a
range: lowered is QD5205 (breaking), raised QD5214 (compatible).

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey household
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question household_size: integer 1..20 required { text "How many people live here?" }
question grown: many of crops { text "Which crops do you grow?" }
question guests: one of yes_no { text "Did anyone visit you last week?" }

repeat crop for each grown {
  question area: decimal 0..1000 { text "How many hectares of {crop} do you grow?" }
}
```

```qdsl
survey household
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question household_size: integer 1..20 required { text "How many people live here?" }
question grown: many of crops { text "Which crops do you grow?" }
question guests: one of yes_no { text "Did anyone visit you last week?" }

repeat crop for each crops {
  question area: decimal 0..1000 { text "How many hectares of {crop} do you grow?" }
}
```

## Fix

Keep the old driver. If the new rows are what you need, make them a new repeat
under a new name (its variables need new names too), and keep the old one while
the waves are compared.

```qdsl
survey household
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question household_size: integer 1..20 required { text "How many people live here?" }
question grown: many of crops { text "Which crops do you grow?" }
question guests: one of yes_no { text "Did anyone visit you last week?" }

repeat crop for each grown {
  question area: decimal 0..1000 { text "How many hectares of {crop} do you grow?" }
}
```

```qdsl
survey household
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question household_size: integer 1..20 required { text "How many people live here?" }
question grown: many of crops { text "Which crops do you grow?" }
question guests: one of yes_no { text "Did anyone visit you last week?" }

repeat crop for each grown {
  question area: decimal 0..1000 { text "How many hectares of {crop} do you grow?" }
}
```
"""#,
    "QD5218": #"""
# QD5218: a repeat renamed in a revision

A repeat of the old revision is gone and a new one holds the same variables:
the repeat was renamed. A repeat's name names its data file
(`STEM.person.csv`) and its key columns (`person_index`, and for a `for each`
over options the option column `person`), also in the files of the repeats
inside it, so scripts that read them break even though every answer means what
it meant. This is a breaking change. Formulas, conditions and pipes that only
follow the new name are not reported as changed.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey household
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question household_size: integer 1..20 required { text "How many people live here?" }
question grown: many of crops { text "Which crops do you grow?" }
question guests: one of yes_no { text "Did anyone visit you last week?" }

repeat person count household_size {
  title "Person {person.index}"
  question age: integer 0..120 required { text "How old is person {person.index}?" }
  question employed: one of yes_no { text "Does person {person.index} have a paid job?" }
}
```

```qdsl
survey household
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question household_size: integer 1..20 required { text "How many people live here?" }
question grown: many of crops { text "Which crops do you grow?" }
question guests: one of yes_no { text "Did anyone visit you last week?" }

repeat member count household_size {
  title "Person {member.index}"
  question age: integer 0..120 required { text "How old is person {member.index}?" }
  question employed: one of yes_no { text "Does person {member.index} have a paid job?" }
}
```

## Fix

Keep the repeat's name; to change what respondents see, change its `title`.

```qdsl
survey household
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question household_size: integer 1..20 required { text "How many people live here?" }
question grown: many of crops { text "Which crops do you grow?" }
question guests: one of yes_no { text "Did anyone visit you last week?" }

repeat person count household_size {
  title "Person {person.index}"
  question age: integer 0..120 required { text "How old is person {person.index}?" }
  question employed: one of yes_no { text "Does person {person.index} have a paid job?" }
}
```

```qdsl
survey household
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question household_size: integer 1..20 required { text "How many people live here?" }
question grown: many of crops { text "Which crops do you grow?" }
question guests: one of yes_no { text "Did anyone visit you last week?" }

repeat person count household_size {
  title "Household member {person.index}"
  question age: integer 0..120 required { text "How old is person {person.index}?" }
  question employed: one of yes_no { text "Does person {person.index} have a paid job?" }
}
```
"""#,
    "QD5219": #"""
# QD5219: a repeat added in a revision

The new revision has a repeat the old one does not: a new data file, one row per
iteration, with its key columns and the new variables declared in it (listed in
the change rather than reported one by one). Nothing the old data means changes.
This is a compatible change. A variable that was in the old revision and is now
in the new repeat is reported as moved (QD5215).

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey household
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question household_size: integer 1..20 required { text "How many people live here?" }
question grown: many of crops { text "Which crops do you grow?" }
question guests: one of yes_no { text "Did anyone visit you last week?" }
```

```qdsl
survey household
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }
choices crops { 1 maize "Maize" 2 beans "Beans" 3 rice "Rice" }

question household_size: integer 1..20 required { text "How many people live here?" }
question grown: many of crops { text "Which crops do you grow?" }
question guests: one of yes_no { text "Did anyone visit you last week?" }

if guests == yes {
  repeat visitor max 10 while more == yes {
    question visitor_age: integer 0..120 { text "How old is the visitor?" }
    question more: one of yes_no required { text "Was there another visitor?" }
  }
}
```
"""#,
    "QD5220": #"""
# QD5220: a question that became an "other, specify" text, or one that became a question

A text question of the old revision is gone, and the new revision has an
option's `specify` text with near-identical wording (or the other way round):
the second question that used to ask "Which other partner?" became the
`specify { … }` of the list's "other" option. The answers continue, but a
specify text is always named `QUESTION_OPTION` (`partners_other`), so the data
file's column changes its name and analyses that use the old name break. This
is a breaking change, reported once for the pair instead of a removal and an
addition; the help says which old column to read as which new one.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey innovation_barometer
version "2023"
languages en

choices partner {
  1 university "Universities"
  96 other "Other partners"
}

question partners: many of partner { text "Whom did you work with on the innovation?" }

if partners contains other {
  question partners_which: text { text "Which other partners?" }
}
```

```qdsl
survey innovation_barometer
version "2024"
languages en

choices partner {
  1 university "Universities"
  96 other "Other partners" specify "Which other partners?"
}

question partners: many of partner { text "Whom did you work with on the innovation?" }
```

## Fix

Nothing in the questionnaire keeps the old name: the change is worth making
(one declaration, no repeated texts) but its column is new. When putting the
waves together, read the old wave's `partners_which` as `partners_other`; or,
to keep the old column name, keep the second question:

```qdsl
survey innovation_barometer
version "2023"
languages en

choices partner {
  1 university "Universities"
  96 other "Other partners"
}

question partners: many of partner { text "Whom did you work with on the innovation?" }

if partners contains other {
  question partners_which: text { text "Which other partners?" }
}
```

```qdsl
survey innovation_barometer
version "2024"
languages en

choices partner {
  1 university "Universities"
  96 other "Other partners"
}

question partners: many of partner { text "Whom did you work with on the innovation?" }

if partners contains other {
  question partners_which: text { text "Which other partners?" }
}
```
"""#,
    "QD5221": #"""
# QD5221: a question's default added, removed or changed in a revision

A `default` fills in an answer when the question is first shown; the
respondent may change it. Respondents tend to keep what is filled in, so a new,
removed or different default can shift the answers between waves even though
the question and its values are the same. This is a compatible change: the
data keeps its meaning, but compare the waves' answers with the default in
mind.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_pulse
version "2023"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no required { text "Do you work remotely most days?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question remote: one of yes_no default no required { text "Do you work remotely most days?" }
```
"""#,
    "QD5222": #"""
# QD5222: a check made soft or hard in a revision

A `soft check` shows its message when it fails and lets the respondent confirm
the answer and go on, so answers may break it; a `check` does not. When a check
becomes soft, the new wave may hold answers the old one could not; when it
becomes hard, the old wave may hold answers the new one cannot. The values keep
their meaning, so this is a compatible change, but an analyst who relies on the
check should know which waves enforced it.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_pulse
version "2023"
languages en

question hours: integer 0..100 {
  text "How many hours did you work last week?"
  check hours <= 60 { en "Please check: more than 60 hours." }
}
```

```qdsl
survey staff_pulse
version "2024"
languages en

question hours: integer 0..100 {
  text "How many hours did you work last week?"
  soft check hours <= 60 { en "More than 60 hours: please confirm." }
}
```
"""#,
    "QD5223": #"""
# QD5223: a filter or option condition added, removed or changed in a revision

A question's `where` filter, or an option's `if (COND)`, decides which options
respondents can choose from. When it changes, old and new answers keep their
codes and meanings, but the respondents of the two waves chose from different
options. This is a compatible change; the codebook shows the filter and the
conditions of each wave.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey library_users
version "2024"
languages en

choices country {
  1 finland "Finland"
  2 sweden "Sweden"
}
choices region (country: country) {
  1 uusimaa "Uusimaa" country = finland
  2 stockholm "Stockholm" country = sweden
}

question home: one of country required { text "Which country do you live in?" }
question home_region: one of region { text "Which region do you live in?" }
```

```qdsl
survey library_users
version "2025"
languages en

choices country {
  1 finland "Finland"
  2 sweden "Sweden"
}
choices region (country: country) {
  1 uusimaa "Uusimaa" country = finland
  2 stockholm "Stockholm" country = sweden
}

question home: one of country required { text "Which country do you live in?" }
question home_region: one of region where option.country == home { text "Which region do you live in?" }
```
"""#,
    "QD5224": #"""
# QD5224: a list's attributes or an option's attribute value changed in a revision

The attributes of a list's options (`country = finland`) are what filters read:
declaring, removing or retyping an attribute, or giving an option another value
(a municipality moved to another region), changes which options the filters
offer. Codes keep their meaning in the data, so this is a compatible change.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey library_users
version "2024"
languages en

choices region {
  1 north "North"
  2 south "South"
}
choices municipality (region: region) {
  1 oulu "Oulu" region = north
  2 kuopio "Kuopio" region = north
  3 turku "Turku" region = south
}

question home_region: one of region required { text "Which region do you live in?" }
question home_town: one of municipality where option.region == home_region { text "Which municipality?" }
```

```qdsl
survey library_users
version "2025"
languages en

choices region {
  1 north "North"
  2 south "South"
}
choices municipality (region: region) {
  1 oulu "Oulu" region = north
  2 kuopio "Kuopio" region = south
  3 turku "Turku" region = south
}

question home_region: one of region required { text "Which region do you live in?" }
question home_town: one of municipality where option.region == home_region { text "Which municipality?" }
```
"""#,
    "QD5225": #"""
# QD5225: options added to or removed from a ranked list in a revision

A `rank of LIST` question stores one rank per option (1 for the first). When the
list gains or loses options, every rank changes its scale: a rank of 3 out of 3
is last, a rank of 3 out of 5 is in the middle. Old and new ranks cannot be
compared, so this is a breaking change even when the codes of the remaining
options stay the same.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_pulse
version "2023"
languages en

choices benefit { 1 flexible "Flexible hours" 2 remote "Remote work" 3 training "Training" }

question benefit_rank: rank of benefit { text "Rank the benefits from most to least important." }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices benefit { 1 flexible "Flexible hours" 2 remote "Remote work" 3 training "Training" 4 gym "Gym" }

question benefit_rank: rank of benefit { text "Rank the benefits from most to least important." }
```

## Fix

Keep the ranked list as it was (a relabelled option keeps its place in the scale), or give the new ranking a new
name, so that the two scales end up in different variables:

```qdsl
survey staff_pulse
version "2023"
languages en

choices benefit { 1 flexible "Flexible hours" 2 remote "Remote work" 3 training "Training" }

question benefit_rank: rank of benefit { text "Rank the benefits from most to least important." }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices benefit { 1 flexible "Flexible working hours" 2 remote "Remote work" 3 training "Training" }

question benefit_rank: rank of benefit { text "Rank the benefits from most to least important." }
```
"""#,
    "QD5226": #"""
# QD5226: a question's options or a section's items shuffled, or no longer, in a revision

A question or section gained or lost `shuffle`. The answers keep their meaning,
but the order respondents see changes, and with it order effects: compare the
two revisions with care. The data file gains (or loses) the variable that
records the order shown (`QUESTION_order` or `SECTION_order`). This is a
compatible change.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_pulse
version "2023"
languages en

choices mode { 1 car "Car" 2 bus "Bus" 3 bike "Bike" }

question travel: one of mode { text "How do you usually travel to work?" }
```

```qdsl
survey staff_pulse
version "2024"
languages en

choices mode { 1 car "Car" 2 bus "Bus" 3 bike "Bike" }

question travel: one of mode shuffle { text "How do you usually travel to work?" }
```

## Fix

Nothing to fix; say in the release notes that the order is now randomised (or no
longer), and analyse order effects with `travel_order`.
"""#,
    "QD5227": #"""
# QD5227: a paradata variable that records something else in a revision

A paradata variable of the old revision keeps its name in the new one but
records another kind (`start` became `end`, or `device` became `user`). Its
column in the data file keeps its name while its values mean something else,
so the two waves cannot be compared. This is a breaking change.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey household_visit
version "2023"
languages en

paradata {
  interview_time: start
}

question household_size: integer 1..20 { text "How many people live here?" }
```

```qdsl
survey household_visit
version "2024"
languages en

paradata {
  interview_time: end
}

question household_size: integer 1..20 { text "How many people live here?" }
```

## Fix

Keep the old field as it was, and record the new kind under a new name:

```qdsl
survey household_visit
version "2023"
languages en

paradata {
  interview_time: start
}

question household_size: integer 1..20 { text "How many people live here?" }
```

```qdsl
survey household_visit
version "2024"
languages en

paradata {
  interview_time: start
  finished: end
}

question household_size: integer 1..20 { text "How many people live here?" }
```
"""#,
    "QD5228": #"""
# QD5228: a translation that may be stale: its source text changed in a revision and the translation did not

The source-language wording of a text changed between two revisions, but a translation of the same text
(matched by its translation id, such as `question.commute.text`, so moving or reformatting the question does
not matter) is exactly what it was. The translation may still be right (the edit fixed a typo), or it may now
say something the source no longer says. Both source texts are shown so that a translator can decide. This is a
compatible change for analysts; it is a task for translators.

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.
`qdsl translations export FILE --lang L --since OLD.qdsl` (or `--git REV`) marks the same translations for
review in the exported file (XLIFF `state="initial"` with `subState="qdsl:stale"`, PO `#, fuzzy` with the old
source as `#| msgid`, CSV `needs-review`); see [translations](../translations.md).

## Example

```qdsl
survey staff_pulse
version "2023"
languages en fi

question commute: integer 0..300 {
  text {
    en "How many minutes is your commute?"
    fi "Montako minuuttia työmatkasi kestää?"
  }
}
```

```qdsl
survey staff_pulse
version "2024"
languages en fi

question commute: integer 0..300 {
  text {
    en "How many minutes is your commute, one way?"
    fi "Montako minuuttia työmatkasi kestää?"
  }
}
```

## Fix

Have the translation reviewed: update it to match the new source text (or, when the source edit changes
nothing a translation carries, keep it; the warning goes away in the next revision). Export with
`qdsl translations export FILE --lang fi --since OLD.qdsl -o fi.xlf` to hand the stale texts to a translator
marked for review.
"""#,
    "QD5229": #"""
# QD5229: a language that became a draft, left draft status, or whose translation progressed

A language of both revisions became a [draft](../language.md#draft-languages)
(a translation in progress, whose missing texts are shown in the source
language), stopped being one, or stayed a draft with more or fewer texts
translated. The data file does not change and every answer keeps its meaning,
so this is a compatible change; it is reported once per language, with how many
texts lack the language on each side, so that a translation's progress between
two revisions reads in one line. A language added as a draft is reported as an
added language ([QD5213](QD5213.md)).

Reported by `qdsl diff`, not by `qdsl check`: the example is a pair, the old revision first.

## Example

```qdsl
survey staff_survey
version "2024"
languages fi sv ru

question staff: integer 0..500 { text { fi "Montako työntekijää?" sv "Hur många anställda?" ru "Сколько сотрудников?" } }
```

```qdsl
survey staff_survey
version "2025"
languages fi sv draft ru

question staff: integer 0..500 { text { fi "Montako työntekijää?" sv "Hur många anställda?" ru "Сколько сотрудников?" } }
question remote: integer 0..500 { text { fi "Montako etätyössä?" sv "Hur många på distans?" } }
```

## Fix

Nothing needs fixing: the change is compatible. Translate the texts the draft
lacks and remove `draft` before the release (`qdsl check --warnings-as-errors`
fails while a language is a draft):

```qdsl
survey staff_survey
version "2024"
languages fi sv ru

question staff: integer 0..500 { text { fi "Montako työntekijää?" sv "Hur många anställda?" ru "Сколько сотрудников?" } }
```

```qdsl
survey staff_survey
version "2025"
languages fi sv ru

question staff: integer 0..500 { text { fi "Montako työntekijää?" sv "Hur många anställda?" ru "Сколько сотрудников?" } }
question remote: integer 0..500 {
  text { fi "Montako etätyössä?" sv "Hur många på distans?" ru "Сколько работает удалённо?" }
}
```
"""#,
    "QD6001": #"""
# QD6001: a column of a data file that the instrument's level does not have

A data file has a column that its level of the instrument does not have: a column added by hand or by another tool, a variable renamed since the data were collected, or the file of another level or another instrument. Its cells are not checked. The finding is on the header (line 1), once per column.

## Example

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
```

```csv survey.csv
record_id,has_car,car_km,age,car_colour
1,1,120,34,red
2,2,,67,
```

`qdsl validate-data survey.qdsl survey.csv` reports:

```text
survey.csv:1: error[QD6001] car_colour: a column the instrument's main file does not have

1 error, 0 notes in 0 of 2 records
by rule:
  QD6001       1  a column of a data file that the instrument's level does not have
by variable (the 1 with the most findings):
       1  car_colour
```

## Fix

Remove the column, or rename it to the instrument's name for it (the codebook lists the columns of each level):

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
```

```csv survey.csv
record_id,has_car,car_km,age
1,1,120,34
2,2,,67
```
"""#,
    "QD6002": #"""
# QD6002: a column of the instrument's level that a data file lacks

A column of the instrument's level is not in the data file, so no record can have an answer there: the routing, required answers and checks that read it see it as missing. A missing key column (`record_id`, a repeat's `_index`) means the file's rows cannot be joined to their records: its rows are not checked.

## Example

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
```

```csv survey.csv
record_id,has_car,age
1,1,34
2,2,67
```

`qdsl validate-data survey.qdsl survey.csv` reports:

```text
survey.csv:1: error[QD6002] car_km: a column of the instrument's main file is missing

1 error, 0 notes in 0 of 2 records
by rule:
  QD6002       1  a column of the instrument's level that a data file lacks
by variable (the 1 with the most findings):
       1  car_km
```

## Fix

Export the data with every column of the level (an empty cell is a missing answer):

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
```

```csv survey.csv
record_id,has_car,car_km,age
1,1,120,34
2,2,,67
```
"""#,
    "QD6003": #"""
# QD6003: a cell that is not a value of its column's type

A cell is not a value of its column's type: text in a number column, a code that is not a whole number, `2` in a 0/1 column of a `many of` question, a date that is not YYYY-MM-DD. The value cannot be used: the record is checked as if the answer were missing, and what follows from that (a required answer missing, a condition that no longer holds) is reported under it as its consequences.

## Example

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
```

```csv survey.csv
record_id,has_car,car_km,age
1,1,120,abc
2,2,,67
```

`qdsl validate-data survey.qdsl survey.csv` reports:

```text
survey.csv:2: error[QD6003] record 1, age: not a value of this type (a whole number), given 'abc'

1 error, 0 notes in 1 of 2 records
by rule:
  QD6003       1  a cell that is not a value of its column's type
by variable (the 1 with the most findings):
       1  age
```

## Fix

Correct the value (an empty cell is a missing answer):

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
```

```csv survey.csv
record_id,has_car,car_km,age
1,1,120,34
2,2,,67
```
"""#,
    "QD6004": #"""
# QD6004: a value the question does not accept (range, list, length, pattern)

A cell is a value of the column's type, but not an answer the question accepts: a number out of the question's range, a code that is not in the list, a text longer than its `max` or not matching its pattern, a decimal for an `integer`. The value is read as missing, like a malformed one (QD6003), and its consequences are grouped under it.

## Example

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
```

```csv survey.csv
record_id,has_car,car_km,age
1,1,120,150
2,2,,67
```

`qdsl validate-data survey.qdsl survey.csv` reports:

```text
survey.csv:2: error[QD6004] record 1, age: not an answer the question accepts: out of range, given '150'

1 error, 0 notes in 1 of 2 records
by rule:
  QD6004       1  a value the question does not accept (range, list, length, pattern)
by variable (the 1 with the most findings):
       1  age
```

## Fix

Correct the value to one the question accepts:

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
```

```csv survey.csv
record_id,has_car,car_km,age
1,1,120,34
2,2,,67
```
"""#,
    "QD6005": #"""
# QD6005: an answer where the routing did not ask the question

A question has an answer in a record where the routing did not ask it: its `if` condition was false for the record's other answers, an `end` stopped the interview before it, or its repeat did not run that iteration. Either the answer or the routing answer that skipped it is wrong. The first variable of the deciding condition is reported as the root cause and the answers it skipped are grouped under it (`cause`).

## Example

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
```

```csv survey.csv
record_id,has_car,car_km,age
1,1,120,34
2,2,50,67
```

`qdsl validate-data survey.qdsl survey.csv` reports:

```text
survey.csv:3: record 2: because has_car = 2, these were answered but not asked:
  survey.csv:3: error[QD6005] record 2, car_km: answered, but the routing did not ask it, given '50'

1 error, 0 notes in 1 of 2 records
by rule:
  QD6005       1  an answer where the routing did not ask the question
by variable (the 1 with the most findings):
       1  car_km
```

## Fix

Correct the routing answer, or clear the answers the routing did not ask:

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
```

```csv survey.csv
record_id,has_car,car_km,age
1,1,120,34
2,2,,67
```
"""#,
    "QD6006": #"""
# QD6006: a required question that was asked but has no answer

A `required` question was asked (the routing reached it) but the record has no answer to it. A collector does not let this happen, so the record was changed after collection, or the question was made required later.

## Example

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
```

```csv survey.csv
record_id,has_car,car_km,age
1,1,120,
2,2,,67
```

`qdsl validate-data survey.qdsl survey.csv` reports:

```text
survey.csv:2: error[QD6006] record 1, age: required and asked, but not answered

1 error, 0 notes in 1 of 2 records
by rule:
  QD6006       1  a required question that was asked but has no answer
by variable (the 1 with the most findings):
       1  age
```

## Fix

Fill in the answer, or find why it is missing:

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
```

```csv survey.csv
record_id,has_car,car_km,age
1,1,120,34
2,2,,67
```
"""#,
    "QD6007": #"""
# QD6007: an answer that fails a hard check

An answer fails one of its question's `check`s: the collector would not have accepted it. The finding names the check's condition.

## Example

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
```

```csv survey.csv
record_id,has_car,car_km,age
1,1,120,15
2,2,,67
```

`qdsl validate-data survey.qdsl survey.csv` reports:

```text
survey.csv:2: error[QD6007] record 1, age: fails its check age >= 16, given '15'

1 error, 0 notes in 1 of 2 records
by rule:
  QD6007       1  an answer that fails a hard check
by variable (the 1 with the most findings):
       1  age
```

## Fix

Correct the answer so the check holds:

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
```

```csv survey.csv
record_id,has_car,car_km,age
1,1,120,34
2,2,,67
```
"""#,
    "QD6008": #"""
# QD6008: an answer that fails a soft check

An answer fails one of its question's `soft check`s: the respondent was asked to confirm it and may have. It is a note: it does not change the exit status of `qdsl validate-data`. The finding names the check's condition, so the answers can be reviewed.

## Example

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
```

```csv survey.csv
record_id,has_car,car_km,age
1,1,120,95
2,2,,67
```

`qdsl validate-data survey.qdsl survey.csv` reports:

```text
survey.csv:2: note[QD6008] record 1, age: fails its soft check age <= 90, given '95'

0 errors, 1 note in 1 of 2 records
by rule:
  QD6008       1  an answer that fails a soft check
by variable (the 1 with the most findings):
       1  age
```

## Fix

Nothing has to change; review the answer if it looks wrong:

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
```

```csv survey.csv
record_id,has_car,car_km,age
1,1,120,34
2,2,,67
```
"""#,
    "QD6009": #"""
# QD6009: a calculate that disagrees with what the instrument computes

A calculate's column holds another value than the instrument computes from the record's answers (at every level of the record): the data were changed after collection, or the calculate was computed by another formula. The finding gives the value the instrument computes.

## Example

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
question members: integer 1..10 required { text "How many people live in your household?" }
repeat person count members {
  question person_age: integer 0..120 required { text "How old is person {person.index}?" }
}
calculate adults = count(person where person_age >= 18)
```

```csv survey.csv
record_id,has_car,car_km,age,members,adults
1,1,120,34,2,2
2,2,,67,1,1
```

```csv survey.person.csv
record_id,person_index,person_age
1,1,34
1,2,8
2,1,67
```

`qdsl validate-data survey.qdsl survey.csv survey.person.csv` reports:

```text
survey.csv:2: error[QD6009] record 1, adults: the instrument computes '1' from the answers, given '2'

1 error, 0 notes in 1 of 2 records
by rule:
  QD6009       1  a calculate that disagrees with what the instrument computes
by variable (the 1 with the most findings):
       1  adults
```

## Fix

Recompute the column, or correct the answers it is computed from:

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
question members: integer 1..10 required { text "How many people live in your household?" }
repeat person count members {
  question person_age: integer 0..120 required { text "How old is person {person.index}?" }
}
calculate adults = count(person where person_age >= 18)
```

```csv survey.csv
record_id,has_car,car_km,age,members,adults
1,1,120,34,2,1
2,2,,67,1,1
```

```csv survey.person.csv
record_id,person_index,person_age
1,1,34
1,2,8
2,1,67
```
"""#,
    "QD6010": #"""
# QD6010: a record id, or a repeat row's key, used twice

Two rows have the same key: a record id used twice in the instrument's file, or two rows of a repeat's file for the same record and iteration. The second row is reported; in a repeat's file it is not used.

## Example

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
question members: integer 1..10 required { text "How many people live in your household?" }
repeat person count members {
  question person_age: integer 0..120 required { text "How old is person {person.index}?" }
}
calculate adults = count(person where person_age >= 18)
```

```csv survey.csv
record_id,has_car,car_km,age,members,adults
1,1,120,34,2,1
2,2,,67,1,1
```

```csv survey.person.csv
record_id,person_index,person_age
1,1,34
1,2,8
1,2,9
2,1,67
```

`qdsl validate-data survey.qdsl survey.csv survey.person.csv` reports:

```text
survey.person.csv:4: error[QD6010] record 1, person[2].person_index: this iteration of the record is given by an earlier row, given '2'

1 error, 0 notes in 1 of 2 records
by rule:
  QD6010       1  a record id, or a repeat row's key, used twice
by variable (the 1 with the most findings):
       1  person_index
```

## Fix

Give each record its own id and each iteration its own number:

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
question members: integer 1..10 required { text "How many people live in your household?" }
repeat person count members {
  question person_age: integer 0..120 required { text "How old is person {person.index}?" }
}
calculate adults = count(person where person_age >= 18)
```

```csv survey.csv
record_id,has_car,car_km,age,members,adults
1,1,120,34,2,1
2,2,,67,1,1
```

```csv survey.person.csv
record_id,person_index,person_age
1,1,34
1,2,8
2,1,67
```
"""#,
    "QD6011": #"""
# QD6011: a repeat row without its parent record or iteration

A row of a repeat's file has no parent: its record id is not in the instrument's file, or its enclosing iteration is not in the enclosing repeat's file. The files are read together in the main file's record order: a repeat row whose record came earlier in the main file is out of order, and the message says to sort the files by record_id in the main file's order.

## Example

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
question members: integer 1..10 required { text "How many people live in your household?" }
repeat person count members {
  question person_age: integer 0..120 required { text "How old is person {person.index}?" }
}
calculate adults = count(person where person_age >= 18)
```

```csv survey.csv
record_id,has_car,car_km,age,members,adults
1,1,120,34,2,1
2,2,,67,1,1
```

```csv survey.person.csv
record_id,person_index,person_age
1,1,34
1,2,8
2,1,67
3,1,40
```

`qdsl validate-data survey.qdsl survey.csv survey.person.csv` reports:

```text
survey.person.csv:5: error[QD6011] record 3, person[1].record_id: record 3 is not in the main file

1 error, 0 notes in 0 of 2 records
by rule:
  QD6011       1  a repeat row without its parent record or iteration
by variable (the 1 with the most findings):
       1  record_id
```

## Fix

Remove the row, or add its record (and put the rows in the main file's order):

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
question members: integer 1..10 required { text "How many people live in your household?" }
repeat person count members {
  question person_age: integer 0..120 required { text "How old is person {person.index}?" }
}
calculate adults = count(person where person_age >= 18)
```

```csv survey.csv
record_id,has_car,car_km,age,members,adults
1,1,120,34,2,1
2,2,,67,1,1
```

```csv survey.person.csv
record_id,person_index,person_age
1,1,34
1,2,8
2,1,67
```
"""#,
    "QD6012": #"""
# QD6012: repeat rows that do not match what drives the repeat

The rows of a repeat do not match what drives it: a `count` says 3 and the file has 2 rows, the `for each` options are not the ones chosen, or the iteration numbers are not 1 to n. One finding per parent row, on the driver's variable; the answers missing or extra because of it are its consequences.

## Example

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
question members: integer 1..10 required { text "How many people live in your household?" }
repeat person count members {
  question person_age: integer 0..120 required { text "How old is person {person.index}?" }
}
calculate adults = count(person where person_age >= 18)
```

```csv survey.csv
record_id,has_car,car_km,age,members,adults
1,1,120,34,3,1
2,2,,67,1,1
```

```csv survey.person.csv
record_id,person_index,person_age
1,1,34
1,2,8
2,1,67
```

`qdsl validate-data survey.qdsl survey.csv survey.person.csv` reports:

```text
survey.csv:2: error[QD6012] record 1, members: the repeat person runs 3 times for these answers, but its file has 2 rows (iterations 1, 2)
  survey.csv:2: error[QD6006] record 1, person[3].person_age: required and asked, but not answered

2 errors, 0 notes in 1 of 2 records
by rule:
  QD6006       1  a required question that was asked but has no answer
  QD6012       1  repeat rows that do not match what drives the repeat
by variable (the 2 with the most findings):
       1  members
       1  person_age
```

## Fix

Add the missing rows, remove the extra ones, or correct the driver:

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
question members: integer 1..10 required { text "How many people live in your household?" }
repeat person count members {
  question person_age: integer 0..120 required { text "How old is person {person.index}?" }
}
calculate adults = count(person where person_age >= 18)
```

```csv survey.csv
record_id,has_car,car_km,age,members,adults
1,1,120,34,2,1
2,2,,67,1,1
```

```csv survey.person.csv
record_id,person_index,person_age
1,1,34
1,2,8
2,1,67
```
"""#,
    "QD6013": #"""
# QD6013: a data file that cannot be read past a point, or is not this instrument's

A data file cannot be read past a point: it is empty, its cells are separated by semicolons or tabs, it is not UTF-8, a quote is not closed, a row has another number of cells than the header, the last line is cut off, or its header is not this instrument's data (too few of its columns are known). The finding gives the line and column; the rest of that file is not checked, and the other files still are. A UTF-8 byte order mark and CRLF line ends (as Excel and ODK Central write them) are read.

## Example

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
```

```csv survey.csv
record_id;has_car;car_km;age
1;1;120;34
```

`qdsl validate-data survey.qdsl survey.csv` reports:

```text
survey.csv:1:1: error[QD6013] line 1, column 1: the header is one column separated by semicolons: separate cells with commas; the rest of this file is not checked

1 error, 0 notes in 0 of 0 records
by rule:
  QD6013       1  a data file that cannot be read past a point, or is not this instrument's
by variable (the 0 with the most findings):
```

## Fix

Save the file as UTF-8 CSV with commas between cells:

```qdsl
survey commute
languages en

choices yes_no { 1 yes "Yes" 2 no "No" }

question has_car: one of yes_no required { text "Do you have a car?" }
if has_car == yes {
  question car_km: integer 0..2000 { text "How many kilometres a week do you drive?" }
}
question age: integer 15..99 required {
  text "How old are you?"
  check age >= 16 "Respondents are 16 or older."
  soft check age <= 90 "Please check the age."
}
```

```csv survey.csv
record_id,has_car,car_km,age
1,1,120,34
2,2,,67
```
"""#,
  ]
}

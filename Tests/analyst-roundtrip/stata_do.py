"""A static check of the Stata do-file of `qdsl compile`, for want of Stata: the file is read the way Stata reads
a do-file, every command is checked against the forms the writer may use, and the labels and extended missing
values it defines are compared with the codebook CSV.

Stata's rules applied (Stata User's Guide [U] 16 "Do-files", [U] 18.3 "Macros", and the Stata FAQ "Backslashes
and macros"):
- a line whose first non-blank character is `*` is a comment; `//` after a blank (or at the start) comments out
  the rest of the line; `///` after a blank does too and joins the next line to this one;
- a string is `"…"` (no `"` inside) or a compound string `` `"…"' ``, which may nest;
- before a command runs, Stata expands `$name` / `${name}` (global macros) and `` `name' `` (local macros)
  everywhere, inside strings too; `\$` stands for `$`, `` \` `` for `` ` `` and `\\` for `\`. So an
  unescaped `$` before a name or an unescaped `` ` `` that opens no compound quote would change the label;
- names are 1 to 32 letters, digits and `_`, not starting with a digit, and not one of Stata's reserved names;
- `label define` values are integers or the extended missing values `.a` to `.z`.
"""
import re

from codebook import label, truncate_characters

NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,31}$")
RESERVED = set(
    "_all _b byte _coef _cons double float if in int long _n _N _pi _pred _rc _skip strL using with".split()
    + ["str%d" % n for n in range(1, 2046)]
)
VARIABLE_LABEL_CHARACTERS = 80
VALUE_LABEL_CHARACTERS = 32000


class DoFileError(Exception):
    pass


def logical_lines(text):
    """The commands of a do-file: comments dropped, `///` continuations joined. Yields (line number, text)."""
    pending, start = None, 0
    for number, line in enumerate(text.split("\n"), 1):
        if pending is None and line.lstrip().startswith("*"):
            continue
        body, continued = strip_comments(line, number)
        if pending is None:
            pending, start = body, number
        else:
            pending += " " + body
        if not continued:
            if pending.strip():
                yield start, pending.strip()
            pending = None
    if pending is not None:
        raise DoFileError("line %d: the file ends inside a `///` continuation" % start)


def strip_comments(line, number):
    """A physical line without its `//` or `///` comment, and whether `///` continues it. Quotes are respected."""
    i, depth, simple = 0, 0, False
    while i < len(line):
        c = line[i]
        if c == "\\" and i + 1 < len(line):
            i += 2
            continue
        if simple:
            simple = c != '"'
        elif line.startswith('`"', i):
            depth += 1
            i += 2
            continue
        elif depth and line.startswith("\"'", i):
            depth -= 1
            i += 2
            continue
        elif c == '"' and not depth:
            simple = True
        elif not depth and line.startswith("//", i) and (i == 0 or line[i - 1] in " \t"):
            return line[:i], line.startswith("///", i)
        i += 1
    if depth or simple:
        raise DoFileError("line %d: a string is not closed on its line" % number)
    return line, False


def tokens(line, number):
    """Words and strings of a command after macro expansion: a string's text with Stata's escapes undone. Raises
    when a macro would be expanded."""
    out, i = [], 0

    def unescape(c, j):
        """One character of text at j: (text, next index); a macro character that Stata would expand raises."""
        if c == "\\" and j + 1 < len(line) and line[j + 1] in "\\$`":
            return line[j + 1], j + 2
        if c == "$" and j + 1 < len(line) and (line[j + 1].isalnum() or line[j + 1] in "_{"):
            raise DoFileError("line %d: `%s` would expand a global macro" % (number, line[j : j + 12]))
        if c == "`" and not line.startswith('`"', j):
            raise DoFileError("line %d: `%s` would expand a local macro" % (number, line[j : j + 12]))
        return c, j + 1

    while i < len(line):
        c = line[i]
        if c in " \t":
            i += 1
        elif line.startswith('`"', i):
            depth, j, text = 1, i + 2, []
            while True:
                if j >= len(line):
                    raise DoFileError("line %d: an unclosed compound quote" % number)
                if line.startswith("\"'", j):
                    depth -= 1
                    if depth == 0:
                        break
                    text.append("\"'")
                    j += 2
                elif line.startswith('`"', j):
                    depth += 1
                    text.append('`"')
                    j += 2
                else:
                    t, j = unescape(line[j], j)
                    text.append(t)
            out.append(("string", "".join(text)))
            i = j + 2
        elif c == '"':
            j = line.find('"', i + 1)
            if j < 0:
                raise DoFileError("line %d: an unclosed string" % number)
            out.append(("string", line[i + 1 : j]))
            i = j + 1
        elif line.startswith("==", i):
            out.append(("word", "=="))
            i += 2
        elif c in "=,":
            out.append(("punct", c))
            i += 1
        else:
            j = i
            while j < len(line) and line[j] not in " \t=,\"":
                if line[j] in "$`":
                    unescape(line[j], j)
                j += 1
            out.append(("word", line[i:j]))
            i = j
    return out


def name(tok, number, what):
    if tok[0] != "word" or not NAME.match(tok[1]) or tok[1] in RESERVED:
        raise DoFileError("line %d: %r is not a valid Stata %s name" % (number, tok[1], what))
    return tok[1]


def read(text):
    """What the do-file does: variable labels, value-label definitions, attachments and missing-value recodes."""
    result = {"version": None, "variable_labels": {}, "defines": {}, "values": {}, "recodes": {}}
    for number, line in logical_lines(text):
        t = tokens(line, number)
        words = [x[1] for x in t]
        if words[:1] == ["version"]:
            if len(t) != 2 or not re.match(r"^\d+(\.\d+)?$", words[1]):
                raise DoFileError("line %d: version wants one number" % number)
            result["version"] = float(words[1])
        elif words[:2] == ["label", "variable"]:
            if len(t) != 4 or t[3][0] != "string":
                raise DoFileError("line %d: label variable NAME \"LABEL\" expected" % number)
            variable = name(t[2], number, "variable")
            if variable in result["variable_labels"]:
                raise DoFileError("line %d: %s labelled twice" % (number, variable))
            result["variable_labels"][variable] = t[3][1]
        elif words[:2] == ["label", "define"]:
            label = name(t[2], number, "value label")
            if words[-2:] != [",", "replace"] or (len(t) - 5) % 2:
                raise DoFileError("line %d: label define NAME (VALUE \"LABEL\")… , replace expected" % number)
            pairs = {}
            for k in range(3, len(t) - 2, 2):
                value, text = t[k], t[k + 1]
                if value[0] != "word" or not re.match(r"^(-?\d+|\.[a-z])$", value[1]) or text[0] != "string":
                    raise DoFileError("line %d: %r is no value of a value label" % (number, value[1]))
                if value[1] in pairs:
                    raise DoFileError("line %d: value %s defined twice" % (number, value[1]))
                pairs[value[1]] = text[1]
            if label in result["defines"]:
                raise DoFileError("line %d: value label %s defined twice" % (number, label))
            result["defines"][label] = pairs
        elif words[:2] == ["label", "values"]:
            if len(t) < 4:
                raise DoFileError("line %d: label values VARIABLES NAME expected" % number)
            label = name(t[-1], number, "value label")
            if label not in result["defines"]:
                raise DoFileError("line %d: value label %s is attached before it is defined" % (number, label))
            for tok in t[2:-1]:
                result["values"][name(tok, number, "variable")] = label
        elif words[:1] == ["replace"]:
            if (len(t) != 8 or words[2] != "=" or not re.match(r"^\.[a-z]$", words[3]) or words[4] != "if"
                    or words[5] != words[1] or words[6] != "==" or not re.match(r"^-?\d+$", words[7])):
                raise DoFileError("line %d: replace V = .x if V == CODE expected, got %r" % (number, line))
            result["recodes"].setdefault(name(t[1], number, "variable"), {})[int(words[7])] = words[3]
        else:
            raise DoFileError("line %d: unexpected command %r" % (number, line[:60]))
    return result


def expected_label(text, limit):
    """A label as the do-file must give it: one line, cut to `limit` characters, and the two sequences that would
    open or close a compound quote (and a final backtick) written with typographic quotes, as docs/outputs.md says."""
    text = label(text, truncate_characters, limit)
    text = text.replace('`"', '\u2018"').replace("\"'", '"\u2019')
    return text[:-1] + "\u2018" if text.endswith("`") else text


def check(text, variables, problems):
    try:
        do = read(text)
    except DoFileError as e:
        problems.append(str(e))
        return
    if do["version"] != 14:
        problems.append("version %r, expected 14" % do["version"])
    letters = {}
    for v in variables:
        want = expected_label(v.label, VARIABLE_LABEL_CHARACTERS)
        have = do["variable_labels"].get(v.name, "")
        if have != want:
            problems.append("%s: variable label %r, expected %r" % (v.name, have, want))
        recodes = do["recodes"].get(v.name, {})
        if not v.is_coded:
            if v.name in do["values"] or recodes:
                problems.append("%s: value labels or recodes on a variable without values" % v.name)
            continue
        # Each missing code becomes one extended missing value for the whole file, and only missing codes do.
        missing = {c for c, _, m in v.values if m}
        if set(recodes) - missing:
            problems.append("%s: recodes non-missing codes %s" % (v.name, sorted(set(recodes) - missing)))
        for code, letter in recodes.items():
            if letters.setdefault(code, letter) != letter:
                problems.append("%s: code %d is %s, elsewhere %s" % (v.name, code, letter, letters[code]))
        label = do["values"].get(v.name)
        if label is None:
            problems.append("%s: no value label attached" % v.name)
            continue
        want = {recodes.get(c, str(c)): expected_label(l, VALUE_LABEL_CHARACTERS) for c, l, _ in v.values}
        if do["defines"][label] != want:
            problems.append("%s: value label %s is %r, expected %r" % (v.name, label, do["defines"][label], want))
        unmapped = missing - set(recodes)
        if unmapped and len(letters) < 26:
            problems.append("%s: missing codes %s are not extended missing values" % (v.name, sorted(unmapped)))
    extra = set(do["variable_labels"]) - {v.name for v in variables}
    if extra:
        problems.append("labels for variables the codebook does not have: %s" % sorted(extra))

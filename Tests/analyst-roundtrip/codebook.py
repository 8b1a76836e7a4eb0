"""The codebook CSV (`qdsl compile --target codebook-csv`) as the round trip needs it: each variable with its
storage, bounds and values, the labels that the SPSS and Stata files must give it (the documented rules for
control characters, line breaks and the packages' length limits), and a data file of simulated respondents.
"""
import csv
import unicodedata


class Variable:
    def __init__(self, row, language):
        self.name = row["variable"]
        # The repeat whose data file holds the variable (STEM.NAME.csv); empty for the instrument's (STEM.csv).
        self.level = row.get("level", "")
        self.storage = row["storage"]
        self.min = row["min"]
        self.max = row["max"]
        self.max_length = int(row["max_length"]) if row["max_length"] else None
        self.label = row["label_" + language]
        self.values = []  # (code, label, missing)

    @property
    def is_coded(self):
        """Whether the SPSS and Stata files give the variable value labels (numbers with values)."""
        return bool(self.values) and self.storage not in ("text", "date")

    @property
    def is_numeric(self):
        return self.storage not in ("text", "date", "time", "datetime")


def read_codebook(path):
    """The variables of a codebook CSV in data-file order, and the source language (the first one). A variable
    of a repeat is in its level's data file: group them with `by_level`."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    header = list(rows[0].keys())
    language = next(c for c in header if c.startswith("label_"))[len("label_"):]
    variables, by_name = [], {}
    for row in rows:
        key = (row.get("level", ""), row["variable"])
        v = by_name.get(key)
        if v is None:
            v = by_name[key] = Variable(row, language)
            variables.append(v)
        if row["value_code"] != "":
            v.values.append((int(row["value_code"]), row["value_label_" + language], row["value_missing"] == "true"))
    return variables, language


def by_level(variables):
    """The variables of each data file, in the codebook's order of levels: [(level name, variables)], the
    instrument's level ('') first. A key column such as record_id is in several files, once in each."""
    levels = {}
    for v in variables:
        levels.setdefault(v.level, []).append(v)
    return list(levels.items())


# Control characters and line breaks, as docs/outputs.md says every output treats them.
LINE_BREAKS = {"\n", "\x0b", "\x0c", "\r", "\x85", "\u2028", "\u2029"}


def is_replaced(c):
    o = ord(c)
    return (o < 0x20 and not 0x09 <= o <= 0x0D) or o == 0x7F or (0x80 <= o <= 0x9F and o != 0x85) or o in (0xFFFE, 0xFFFF)


def single_line(text):
    """A label on one line: tabs and line breaks (CR LF once) are spaces, other control characters U+FFFD."""
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\r" and text[i + 1 : i + 2] == "\n":
            i += 1
        if c == "\t" or c in LINE_BREAKS:
            out.append(" ")
        elif is_replaced(c):
            out.append("\ufffd")
        else:
            out.append(c)
        i += 1
    return "".join(out)


def label(text, truncate, limit):
    """A label as the SPSS and Stata files give it: one line, without spaces at either end, cut to the limit."""
    return truncate(single_line(text).strip(" "), limit).rstrip(" ")


def _extends(c):
    """Whether a code point joins the character before it (an approximation of grapheme clusters that is enough for
    the fixtures: combining marks, joiners, variation selectors, emoji modifiers)."""
    return (unicodedata.combining(c) != 0 or unicodedata.category(c) in ("Mn", "Me", "Mc")
            or c in ("\u200d", "\u200c") or 0xFE00 <= ord(c) <= 0xFE0F or 0x1F3FB <= ord(c) <= 0x1F3FF)


def _cut(text, n):
    """The first n code points, backed off so that no character is split."""
    while 0 < n < len(text) and (_extends(text[n]) or text[n - 1] == "\u200d"):
        n -= 1
    return text[:n]


def truncate_bytes(text, limit):
    """The longest prefix of whole characters with at most `limit` UTF-8 bytes (SPSS's label limits)."""
    size, n = 0, 0
    for c in text:
        size += len(c.encode("utf-8"))
        if size > limit:
            return _cut(text, n)
        n += 1
    return text


def truncate_characters(text, limit):
    """The longest prefix of whole characters with at most `limit` code points (Stata's label limits)."""
    return text if len(text) <= limit else _cut(text, limit)


TEXTS = ["plain", "Hyvä, \"kiitos\" – ok", "it's $HOME `x' \\ path", "ÅÄÖ åäö 😀", "a, b; c"]


def simulate(variables, respondents):
    """Rows of answers, one per respondent, as strings ('' for none): every code of a coded variable (missing
    codes too) comes up in turn, every seventh answer is left empty, and numbers, texts and dates stay within
    the variable's bounds and length."""
    rows = []
    for r in range(respondents):
        row = []
        for k, v in enumerate(variables):
            if (r + k) % 7 == 6:
                row.append("")
            elif v.values:
                row.append(str(v.values[(r + k) % len(v.values)][0]))
            elif v.storage == "integer":
                lo = int(v.min) if v.min else -5
                hi = int(v.max) if v.max else lo + 100
                row.append(str(lo + (r * 37 + k) % (min(hi - lo, 10_000) + 1)))
            elif v.storage == "decimal":
                lo = float(v.min) if v.min else -5.0
                hi = float(v.max) if v.max else lo + 100
                row.append(repr(round(lo + (hi - lo) * ((r * 13 + k) % 17) / 16, 2)))
            elif v.storage == "date":
                row.append("2024-%02d-%02d" % (1 + r % 12, 1 + (r * 3 + k) % 28))
            elif v.storage == "time":
                row.append("%02d:%02d" % ((r * 5 + k) % 24, (r * 7) % 60))
            elif v.storage == "datetime":
                row.append("2024-%02d-%02dT%02d:%02d" % (1 + r % 12, 1 + (r * 3 + k) % 28, (r + k) % 24, (r * 7) % 60))
            else:
                text = TEXTS[(r + k) % len(TEXTS)]
                # SPSS pads strings with spaces, so a text never ends in one.
                row.append((truncate_characters(text, v.max_length) if v.max_length else text).rstrip(" "))
        rows.append(row)
    return rows


def write_data(path, variables, rows):
    """The data file as CSV with a header of variable names, UTF-8, RFC 4180 quoting."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow([v.name for v in variables])
        w.writerows(rows)

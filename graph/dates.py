"""Publication dates and sources named by the articles themselves.

A date is written ISO 8601: ``2024-06-12``, or ``--06-12`` when the text gives no year
(« PARIS, 12 juin (AFP) - »). Sources are the agency of a dateline or the page's site.
"""

from __future__ import annotations

import re

from graph.patterns import NEWS_AGENCIES

MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_FRENCH_DATE = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>(?i:{_MONTH}))(?:\s+(?P<year>\d{{4}}))?\b"
)
_ISO_DATE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)")
_NUMERIC_DATE = re.compile(r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4})\b")
# « PARIS, 12 juin (AFP) - », « 5 mai 2030. - », « BRUXELLES (Reuters) — »
_DATELINE = re.compile(
    r"^\s*(?:(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’. -]*[A-ZÀ-Ý])\s*,?\s*)?"
    rf"(?P<date>\d{{1,2}}(?:er)?\s+(?i:{_MONTH})(?:\s+\d{{4}})?)?\s*\.?\s*"
    r"(?:\((?P<agency>[^()\n]{2,30})\))?\s*\.?\s*[-–—]\s"
)
# « Ljubljana, 3 septembre (AFP) - », « La Valette (AFP) - »: a place written in small letters
# opens a dateline only with the agency in brackets after it
_TITLED_DATELINE = re.compile(
    r"^\s*(?P<place>[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ýa-zà-ÿ][\w'’.-]*){0,3}?)\s*,?\s*"
    rf"(?P<date>\d{{1,2}}(?:er)?\s+(?i:{_MONTH})(?:\s+\d{{4}})?)?\s*\.?\s*"
    r"\((?P<agency>[^()\n]{2,30})\)\s*\.?\s*[-–—]\s"
)


def parse_date(text: str) -> str:
    """The first date written in *text*, ISO 8601 (``--MM-DD`` without a year), or "".

    Examples
    --------
    >>> parse_date("1er juillet 2012"), parse_date("12 Juin"), parse_date("2024-03-05T10:00")
    ('2012-07-01', '--06-12', '2024-03-05')
    >>> parse_date("05/03/2024"), parse_date("mardi dernier"), parse_date("31 février 2024")
    ('2024-03-05', '', '')
    """
    found = []
    for pattern in (_ISO_DATE, _FRENCH_DATE, _NUMERIC_DATE):
        m = pattern.search(text)
        if m:
            found.append(m)
    for m in sorted(found, key=lambda m: m.start()):
        month = m.group("month")
        month = MONTHS[month.lower()] if not month.isdigit() else int(month)
        day, year = int(m.group("day")), m.group("year")
        if not _valid(int(year) if year else 2024, month, day):
            continue
        return f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    return ""


def _valid(year: int, month: int, day: int) -> bool:
    import datetime

    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def dateline(line: str) -> tuple[str, str, int]:
    """The (date, agency, length) of a dateline opening *line*; ("", "", 0) when none.

    Examples
    --------
    >>> dateline("PARIS, 12 juin (AFP) - Le gouvernement a annoncé…")
    ('--06-12', 'AFP', 23)
    >>> dateline("3 juillet 2031. - Les deux pays ont signé…")
    ('2031-07-03', '', 18)
    >>> dateline("BRUXELLES (Reuters) — La Commission…")
    ('', 'Reuters', 22)
    >>> dateline("Le maire a parlé - longuement.")
    ('', '', 0)
    >>> dateline("La Valette, 3 mai 2031 (AFP) - Les deux pays ont signé…")
    ('2031-05-03', 'AFP', 31)
    >>> dateline("Le maire (photo) a parlé - longuement.")
    ('', '', 0)
    >>> dateline("Ljubljana (AFP) - L'armée …"), dateline("Paul Vexa (PS) - 45 %")
    (('', 'AFP', 18), ('', '', 0))
    """
    m = _DATELINE.match(line)
    if m is None:
        m = _TITLED_DATELINE.match(line)
        if m is not None and not m.group("date") \
                and m.group("agency").strip().upper() not in NEWS_AGENCIES:
            return "", "", 0  # (« Paul Vexa (PS) - … »: a name and a party, no dateline)
    if not m or not (m.group("date") or m.group("agency")):
        return "", "", 0
    if not m.group("date") and not m.group("place"):
        return "", "", 0  # « (photo) - » alone is not a dateline
    return parse_date(m.group("date") or ""), (m.group("agency") or "").strip(), m.end()


_MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre")


def french_date(iso: str | None) -> str:
    """An ISO date (or ``--MM-DD``) written in French; "" for anything else.

    Examples
    --------
    >>> french_date("2024-03-05"), french_date("--06-01"), french_date(None)
    ('5 mars 2024', '1er juin', '')
    """
    m = re.fullmatch(r"(\d{4}|-)-(\d{2})-(\d{2})", iso or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return ""
    day = int(m.group(3))
    text = f"{'1er' if day == 1 else day} {_MONTH_NAMES[int(m.group(2)) - 1]}"
    return text if m.group(1) == "-" else f"{text} {m.group(1)}"

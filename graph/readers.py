"""From a file's bytes to an article's plain text: decoding, web pages, Markdown, language.

- `decode`: UTF-8, else the encoding `charset_normalizer` finds (the French reading among
  its candidates), with a note saying so; else a message saying how to convert.
- `html_text`: main text, title, date, author and site of a saved web page, by
  `trafilatura` (navigation, scripts, comments and side bars left out).
- `markdown_text`: the plain text of Markdown from `markdown-it-py` tokens; the
  metadata of a front matter (``Date:``, ``Source:``…).
- `language`: the language a text is written in, judged by its function words.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from graph.model import TemoinError


@dataclass(frozen=True)
class Extracted:
    """The plain text of a document and what it says about itself (empty when unknown)."""

    text: str
    title: str = ""
    date: str = ""
    author: str = ""
    source: str = ""


# ----------------------------------------------------------------------------- decoding
_FRENCH_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ")


def _french_score(text: str) -> int:
    """Letters a French text uses, minus a penalty for letters and controls it does not."""
    good = bad = 0
    for c in text:
        if c.isalpha():
            if c.lower() in _FRENCH_LETTERS:
                good += 1
            else:
                bad += 1
        elif not c.isprintable() and c not in "\n\r\t":
            bad += 1
    return good - 5 * bad


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(raw: bytes) -> str:
    """The encoding a web page declares in a ``<meta>`` of its head, or "".

    Examples
    --------
    >>> declared_charset(b'<html><head><meta charset="windows-1252"><title>')
    'windows-1252'
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=latin-1">')
    'latin-1'
    """
    m = _META_CHARSET.search(raw[:8192])
    if not m:
        return ""
    name = m.group(1).decode("ascii")
    try:
        codecs.lookup(name)
    except LookupError:
        return ""
    return name


def decode(raw: bytes, name: str = "", declared: str = "") -> tuple[str, str]:
    """The text of *raw* and a note (empty for UTF-8) naming the encoding it was read in.

    A byte order mark of UTF-8 stays in the text (offsets count it); UTF-16 with its mark
    is read as such. *declared* is the encoding the file names for itself (a web page's
    ``<meta charset>``), tried before detection.

    Examples
    --------
    >>> decode("Élu à Nîmes".encode())
    ('Élu à Nîmes', '')
    >>> decode("Le député a été réélu à Nîmes".encode("cp1252"))
    ('Le député a été réélu à Nîmes', 'not UTF-8: read as cp1252')

    Raises
    ------
    TemoinError
        For a binary file, or a text whose encoding is not recognised.
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            text = ""
        if _french_score(text) > 0:
            return text, "not UTF-8: read as UTF-16"
    if b"\x00" in raw:
        raise TemoinError(f"{name}: binary file, not text")
    try:
        return raw.decode("utf-8"), ""
    except UnicodeDecodeError as exc:
        position = exc.start
    if declared and codecs.lookup(declared).name != "utf-8":
        try:
            return raw.decode(declared), f"not UTF-8: read as {declared}, as the file declares"
        except UnicodeDecodeError:
            pass  # a wrong declaration: detect
    import charset_normalizer

    candidates = [(str(m), m.encoding) for m in charset_normalizer.from_bytes(raw)]
    candidates = [(t, e) for t, e in candidates if t.strip()]
    if candidates:
        # the candidates in the detector's order; the one that reads most like French wins
        text, encoding = max(candidates, key=lambda c: _french_score(c[0]))
        if _french_score(text) > 0:
            return text, f"not UTF-8: read as {encoding}"
    raise TemoinError(
        f"{name}: not UTF-8 text (byte {position}) and its encoding is not recognised; "
        f"convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8 {name} > converted.txt"
    )


# ----------------------------------------------------------------------------- web pages
def html_text(html: str) -> Extracted:
    """The main text of a web page, with its title, date, author and site.

    The text is the page's title (when the extracted text does not begin with it) and its
    paragraphs, one a line; navigation, scripts, styles, comments, side bars and footers
    are left out by `trafilatura`.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False,
    )
    if doc is None:
        return Extracted("")
    title = _one_line(doc.title or "")
    lines = [_one_line(line) for line in (doc.text or "").split("\n")]
    lines = [line for line in lines if line]
    if title and (not lines or lines[0] != title):
        lines.insert(0, title)
    return Extracted(
        "\n\n".join(lines) + "\n" if lines else "",
        title=title,
        date=doc.date or "",
        author=_one_line(doc.author or ""),
        source=_one_line(doc.sitename or doc.hostname or ""),
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


# ----------------------------------------------------------------------------- Markdown
_FRONT_KEYS = {
    "title": "title", "titre": "title", "date": "date", "publié le": "date",
    "published": "date", "source": "source", "site": "source", "agence": "source",
    "author": "author", "auteur": "author", "par": "author",
}
_FRONT_LINE = re.compile(r"^\s*([A-Za-zÀ-ÿ][\wÀ-ÿ ]{0,20}?)\s*:\s*(.*?)\s*$")


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """The metadata at the head of a document and where its body starts.

    Either a YAML block between ``---`` lines, or ``Key: value`` lines up to the first
    blank line, when every one of them has a known key (``Title``/``Titre``, ``Date``,
    ``Source``/``Site``/``Agence``, ``Author``/``Auteur``).

    Examples
    --------
    >>> front_matter("Date: 12 juin 2024\\nSource: AFP\\n\\n# Titre\\n")
    ({'date': '12 juin 2024', 'source': 'AFP'}, 32)
    >>> front_matter("---\\ntitle: \\"Un pont\\"\\n---\\nTexte")
    ({'title': 'Un pont'}, 25)
    >>> front_matter("Crues : la région appelle à l'aide\\n\\nTexte")
    ({}, 0)
    """
    start = 1 if text.startswith("\ufeff") else 0
    yaml = re.match(r"---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|$)", text[start:], re.DOTALL)
    if yaml:
        block, end = yaml.group(1), start + yaml.end()
    else:
        head = re.match(r"(.*?)(?:\r?\n[ \t]*\r?\n|$)", text[start:], re.DOTALL)
        block, end = head.group(1), start + head.end()
    meta: dict[str, str] = {}
    for line in block.splitlines():
        if not line.strip():
            continue
        m = _FRONT_LINE.match(line)
        key = _FRONT_KEYS.get(m.group(1).lower()) if m else None
        if key is None:
            if yaml:
                continue  # other YAML keys are not ours
            return {}, 0
        meta[key] = m.group(2).strip().strip("\"'")
    return meta, end if meta or yaml else 0


def markdown_text(source: str) -> Extracted:
    """The plain text of a Markdown document: one line per heading, paragraph or list item,
    from the `markdown-it-py` tokens (no ``#``, emphasis marks, link targets, images, code
    blocks, tables or HTML). The title is the front matter's, else the first heading.

    Examples
    --------
    >>> md = "# Un *pont* neuf\\n\\nLe [maire](https://ex.fr/m) a parlé\\nlongtemps.\\n"
    >>> markdown_text(md).text
    'Un pont neuf\\n\\nLe maire a parlé longtemps.\\n'
    >>> markdown_text(md).title
    'Un pont neuf'
    """
    from markdown_it import MarkdownIt

    meta, start = front_matter(source)
    tokens = MarkdownIt("commonmark").enable("table").parse(source[start:])
    blocks: list[str] = []
    heading = ""
    in_table = False
    for i, tok in enumerate(tokens):
        if tok.type in {"table_open", "table_close"}:
            in_table = tok.type == "table_open"  # figures in cells are not prose
        if tok.type != "inline" or in_table:
            continue
        line = _one_line(_inline_text(tok.children or []))
        if not line:
            continue
        if i > 0 and tokens[i - 1].type == "heading_open" and not heading:
            heading = line
        blocks.append(line)
    title = meta.get("title") or heading
    if title and (not blocks or blocks[0] != title):
        blocks.insert(0, title)
    return Extracted(
        "\n\n".join(blocks) + "\n" if blocks else "",
        title=title, date=meta.get("date", ""), author=meta.get("author", ""),
        source=meta.get("source", ""),
    )


def _inline_text(children) -> str:
    """The words of an inline token: text and code; no image, HTML or link target."""
    out = []
    for tok in children:
        if tok.type in {"text", "code_inline"}:
            out.append(tok.content)
        elif tok.type in {"softbreak", "hardbreak"}:
            out.append(" ")
    return "".join(out)


# ----------------------------------------------------------------------------- language
_FUNCTION_WORDS = {
    "fr": "le la les des du au aux et est sont que qui dans pour pas une un sur avec ce cette "
          "il elle ils ont été être par mais ou où nous vous leur leurs son sa ses aussi",
    "en": "the and of to in is was that for with on as by at from this have has are were be "
          "been it its which their they he she an or not but",
    "es": "el los las del y es que en por para con una se lo al como más pero sus fue han "
          "este esta muy también",
    "de": "der die das und ist nicht mit von zu den dem des ein eine auf für sich auch wird "
          "wurde sind hat",
    "it": "il gli della di che è non per con una sono nel alla come anche più degli delle "
          "questo sul",
}
_FUNCTION_SETS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
LANGUAGE_NAMES = {"fr": "French", "en": "English", "es": "Spanish", "de": "German",
                  "it": "Italian"}


def language(text: str, min_words: int = 30) -> str:
    """The language of *text* ("fr", "en", "es", "de", "it"), or "" when too short to tell.

    Examples
    --------
    >>> language("Le maire de la ville a inauguré le pont avec les élus de la région, et il "
    ...          "a remercié les habitants pour leur patience pendant les travaux qui ont duré "
    ...          "deux ans sur la rivière.")
    'fr'
    >>> language("The mayor of the town opened the new bridge with the councillors of the "
    ...          "region, and he thanked the residents for their patience during the works "
    ...          "that lasted two years on the river.")
    'en'
    >>> language("Trop court.")
    ''
    """
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < min_words:
        return ""
    scores = {lang: sum(w in s for w in words) for lang, s in _FUNCTION_SETS.items()}
    best = max(scores, key=lambda lang: (scores[lang], lang == "fr"))
    if not scores[best]:
        return ""
    # a French page quoting English (a tweet, a footer) stays French: the other language
    # must clearly dominate
    return best if scores[best] > 1.5 * scores["fr"] else "fr"

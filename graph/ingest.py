"""Read article files and tell article prose from the page furniture around it.

Nothing is removed from the text: the result is a list of *body* line spans
(article prose) and *boilerplate* spans, all offsets into the original text.

The cues are general properties of web pages, not strings of particular sites:

- a line that is not a sentence (short, no final punctuation) is a heading,
  label, byline or widget caption: never a source of entities;
- ``Key: value`` lines (categories, author, credits);
- relative timestamps ("8 secondes ago", "il y a 3 minutes") mark a side bar
  of recent posts: the block from its header to the end of the page;
- embedded tweets (a ``— Name (@handle) date`` line and the text before it)
  and bare URLs;
- the tail of the page: after the last prose line that shares vocabulary with
  the article, lines that are off-topic or not French (comment prompts, author
  bios, teasers) are not the article.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from pathlib import Path

from graph.dates import dateline, parse_date
from graph.model import Article, Span, TemoinError
from graph.readers import (
    LANGUAGE_NAMES,
    Extracted,
    declared_charset,
    decode,
    front_matter,
    html_text,
    language,
    markdown_text,
)
from graph.text import fold

_SENTENCE_END = re.compile(r"[.!?…»”\"')\]:]\s*$")
_RELATIVE_TIME = re.compile(
    r"^\s*(?:il y a\s+)?(?:\d+|une?|quelques)\s+"
    r"(?:s|sec|secondes?|seconds?|min|minutes?|h|heures?|hours?|jours?|days?|semaines?|weeks?|mois|months?)"
    r"\s*(?:ago)?\s*$",
    re.IGNORECASE,
)
_KEY_VALUE = re.compile(r"^\s*[\w\u00C0-\u017F][\w\u00C0-\u017F' -]{0,30}\s?:\s+\S")
_TWEET_SIGNATURE = re.compile(r"^\s*[—–-]\s+.*\(@\w+\)")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

# Function words: a line made of French prose has many of the first, little of the second.
_FRENCH_FUNCTION = frozenset(
    "le la les un une des du de au aux et ou mais donc car ne pas que qui quoi dont où ce cette "
    "ces son sa ses leur leurs il elle ils elles nous vous on est sont a ont été être avec pour "
    "par dans sur sous entre vers chez en à y se sans plus très aussi".split()
)
_ENGLISH_FUNCTION = frozenset(
    "the a an and or but of in on at to for from with by is are was were been have has had i "
    "you he she we they it this that these those my our your their of as into about".split()
)
# Words too common to say anything about a line's topic.
_STOP = _FRENCH_FUNCTION | frozenset(
    "cette cet ces tout tous toute toutes autre autres même comme avant après depuis selon lors "
    "fait faire dit plus moins bien très avoir être deux trois premier première dernier dernière "
    "année années jour jours mois semaine".split()
)

MIN_PROSE_WORDS = 8


#: the kinds of article file, by extension.
ARTICLE_KINDS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
                 ".htm": "html"}
ACCEPTED_KINDS = ".txt, .md, .html or .htm"


class NotFrenchError(TemoinError):
    """An article that is not written in French: skipped, with this message."""


#: a body paragraph longer than this (in characters) is parsed in pieces cut at sentence
#: bounds: spaCy refuses texts over its ``max_length`` and needs memory in proportion.
MAX_PARAGRAPH = 5_000
#: an article longer than this (in characters) is refused: its build time grows in proportion
#: to its length (benchmarks/long_article.py: some 1.5 minutes of CPU per MB on a 2 GHz core),
#: but a 5 MB article is a whole book, not a news article.
MAX_ARTICLE_CHARS = 5_000_000
#: a line longer than this (spaCy's own default ``max_length``) is not prose but a dump: the
#: file is refused, where an article of that length in paragraphs builds.
MAX_LINE_CHARS = 1_000_000
#: a title longer than this is shortened (at a word) for display; the text keeps it whole.
MAX_TITLE = 300


def file_kind(mode: int) -> str:
    """What a file of this ``st_mode`` is, in words.

    Examples
    --------
    >>> import stat
    >>> file_kind(stat.S_IFIFO | 0o644)
    'a named pipe (FIFO)'
    """
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "a regular file" if stat.S_ISREG(mode) else "a special file"


def _read_regular(path: Path) -> bytes:
    """The bytes of *path*, which must be a regular file: a named pipe or a device is
    refused before it is opened (opening a FIFO for reading would wait for a writer)."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise TemoinError(f"{path}: not a regular file but {file_kind(st.st_mode)}")
        if st.st_size > 4 * MAX_ARTICLE_CHARS:  # more characters than that, whatever they are
            raise TemoinError(f"{path}: {_too_long(st.st_size, 'bytes')}")
        # O_NONBLOCK: should the file be swapped for a FIFO after the check, open() returns
        # at once instead of waiting, and the fstat below refuses it
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise TemoinError(f"{path}: {_os_reason(exc)}") from exc
    with os.fdopen(fd, "rb") as fh:
        try:
            mode = os.fstat(fh.fileno()).st_mode
            if not stat.S_ISREG(mode):
                raise TemoinError(f"{path}: not a regular file but {file_kind(mode)}")
            return fh.read()
        except OSError as exc:
            raise TemoinError(f"{path}: {_os_reason(exc)}") from exc


def _too_long(size: int, unit: str) -> str:
    return (f"too long: {size:,} {unit}, more than the {MAX_ARTICLE_CHARS:,} characters "
            "one article may hold; split it into several files")


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    return (exc.strerror or str(exc)).lower()


def read_article(path: str | Path) -> Article:
    """Read one article file and mark its body and boilerplate.

    A ``.txt`` file is its own text; a web page (``.html``, ``.htm``) and Markdown
    (``.md``) give their plain text (see `graph.readers`). Files that are not UTF-8 are
    decoded in the encoding detected, and ``note`` says which.

    Body paragraphs longer than :data:`MAX_PARAGRAPH` characters are cut at sentence
    bounds (at white space inside a sentence longer than that) into several body spans.

    Raises
    ------
    TemoinError
        If the file is not a regular file (a folder, a FIFO, a device, a link loop), is not
        of a known kind, cannot be read or decoded, holds no text (empty, white space, a
        byte order mark), more than :data:`MAX_ARTICLE_CHARS` characters or a line of more
        than :data:`MAX_LINE_CHARS`; `NotFrenchError` if its text is in another language.
    """
    path = Path(path)
    kind = ARTICLE_KINDS.get(path.suffix.lower())
    if kind is None:
        raise TemoinError(f"{path}: not an article file ({path.suffix or 'no extension'}); "
                          f"Témoin reads {ACCEPTED_KINDS} files")
    raw = _read_regular(path)
    text, note = decode(raw, str(path), declared_charset(raw) if kind == "html" else "")
    if "\x00" in text:
        raise TemoinError(f"{path}: binary file, not text")
    if kind == "html":
        extracted = html_text(text)
    elif kind == "markdown":
        extracted = markdown_text(text)
    else:
        meta, _ = front_matter(text)
        extracted = Extracted(text, date=meta.get("date", ""), source=meta.get("source", ""),
                              author=meta.get("author", ""))
    text = extracted.text
    if len(text) > MAX_ARTICLE_CHARS:
        raise TemoinError(f"{path}: {_too_long(len(text), 'characters')}")
    if not text.strip():
        raise TemoinError(f"{path}: empty file" if kind == "text" or not raw.strip()
                          else f"{path}: no article text found in the {kind} file")
    lines = list(_lines(text))
    if not lines:
        raise TemoinError(f"{path}: empty file (only a byte order mark and white space)")
    longest = max(e - s for s, e in lines)
    if longest > MAX_LINE_CHARS:
        raise TemoinError(f"{path}: too long a paragraph: {longest:,} characters without a line "
                          f"break, more than the {MAX_LINE_CHARS:,} one paragraph may hold; "
                          "break it into paragraphs")
    if not any(ch.isalnum() for ch in text):
        raise TemoinError(f"{path}: holds no word (no letter or digit)")
    lang = language(text)
    if lang and lang != "fr":
        raise NotFrenchError(f"{path}: the text is {LANGUAGE_NAMES[lang]}, not French; skipped")
    body, boilerplate = segment(text, lines)
    date, agency = _dateline(text, body, boilerplate)
    title_line = body[0] if body else lines[0]
    title = extracted.title or short_title(text[title_line[0] : title_line[1]])
    return Article(
        id=path.stem,
        path=str(path),
        title=title,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        body=tuple(piece for s, e in body for piece in split_paragraph(text, s, e)),
        boilerplate=tuple(boilerplate),
        date=parse_date(extracted.date) or date,
        source=extracted.source or agency,
        note=note,
        author=extracted.author,
    )


def short_title(title: str, limit: int = MAX_TITLE) -> str:
    """*title*, cut at a word with « … » when longer than *limit* characters.

    Examples
    --------
    >>> short_title("Un titre bien trop long", limit=12)
    'Un titre…'
    """
    if len(title) <= limit:
        return title
    cut = title[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"


def split_paragraph(
    text: str, start: int, end: int, limit: int = MAX_PARAGRAPH
) -> list[tuple[int, int]]:
    """The span ``text[start:end]`` as pieces of at most *limit* characters.

    Pieces end at sentence bounds; a sentence longer than *limit* is cut at white space
    (or, with none, every *limit* characters). Offsets stay those of *text*.

    Examples
    --------
    >>> t = "Une phrase. Une autre phrase. La dernière phrase."
    >>> [t[s:e] for s, e in split_paragraph(t, 0, len(t), limit=30)]
    ['Une phrase. Une autre phrase.', 'La dernière phrase.']
    """
    if end - start <= limit:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    for s, e in split_sentences(text[start:end]):
        s, e = s + start, e + start
        if cur is not None and e - cur[0] <= limit:
            cur = (cur[0], e)
            continue
        if cur is not None:
            pieces.append(cur)
        cur = None
        while e - s > limit:  # one sentence too long: cut at the last space within the limit
            cut = text.rfind(" ", s + 1, s + limit)
            cut = cut if cut > s else s + limit
            head_end = cut
            while head_end > s and text[head_end - 1].isspace():
                head_end -= 1
            pieces.append((s, head_end))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            cur = (s, e)
    if cur is not None:
        pieces.append(cur)
    return pieces


def _dateline(text: str, body: list[tuple[int, int]], boilerplate: list[Span],
              max_lines: int = 6) -> tuple[str, str]:
    """The date and agency of a dateline (« PARIS, 12 juin (AFP) - ») opening one of the
    first body lines. The dateline leaves the body for the boilerplate (kind
    ``"dateline"``): its place and agency are not what the article is about."""
    for i, (s, e) in enumerate(body[:max_lines]):
        date, agency, length = dateline(text[s:e])
        if length:
            rest = s + length
            while rest < e and text[rest].isspace():
                rest += 1
            if rest < e:
                body[i] = (rest, e)
            else:
                del body[i]
            boilerplate.append(Span(s, rest, "dateline"))
            boilerplate.sort(key=lambda sp: sp.start)
            return date, agency
    return "", ""


def _lines(text: str):
    """Non-empty lines as (start, end) offsets, surrounding white space excluded."""
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and (text[s].isspace() or text[s] == "\ufeff"):  # a byte order mark too
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield (s, e)


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def is_prose(line: str) -> bool:
    """Does *line* look like a sentence rather than a heading, label or caption?

    Examples
    --------
    >>> is_prose("Laisser un commentaire")
    False
    >>> is_prose("Le ministre a inauguré mardi le nouveau pont sur la Loire.")
    True
    """
    words = _words(line)
    if len(words) >= MIN_PROSE_WORDS:
        return True
    return len(words) >= 4 and bool(_SENTENCE_END.search(line)) and not line.rstrip().endswith(":")


def _is_label(line: str) -> bool:
    """A "Key: value" line: a one- or two-word key and a short value ("Catégories :
    Politique", "Photo : AFP / X"); a headline "Trois mots clés : une phrase" is not one.

    Examples
    --------
    >>> _is_label("Photo : AFP / Jean Dupuis")
    True
    >>> _is_label("Crues dans le Sud : la région lance un appel")
    False
    """
    if not _KEY_VALUE.match(line):
        return False
    key, _, value = line.partition(":")
    return len(_words(key)) <= 2 and len(_words(value)) <= 5


def is_french(line: str) -> bool:
    """Is *line* French rather than English, judged by its function words?"""
    words = [w.lower() for w in _words(line)]
    fr = sum(w in _FRENCH_FUNCTION for w in words)
    en = sum(w in _ENGLISH_FUNCTION for w in words)
    return fr >= en


def _content(line: str) -> set[str]:
    return {fold(w)[:6] for w in _words(line) if len(w) > 3 and w.lower() not in _STOP}


def segment(text: str, lines: list[tuple[int, int]]) -> tuple[list, list]:
    """Split the lines of *text* into body spans and boilerplate `Span` s.

    The title is the first line that is not a label, URL or tweet; it always
    belongs to the body, even when it is not a sentence.
    """
    kinds: list[str | None] = [None] * len(lines)
    line_text = [text[s:e] for s, e in lines]

    # 1. side bars of recent posts: a relative timestamp line marks one; the bar
    #    runs from the heading before its first teaser to the end of the page.
    stamps = [i for i, t in enumerate(line_text) if _RELATIVE_TIME.match(t)]
    if len(stamps) >= 2:
        start = max(stamps[0] - 2, 1)  # at least the teaser's headline and snippet
        for j in range(stamps[0] - 1, max(stamps[0] - 5, 0), -1):
            if not is_prose(line_text[j]) and len(_words(line_text[j])) <= 3:
                start = j  # the bar's own heading
                break
        for i in range(start, len(lines)):
            kinds[i] = "sidebar"

    # 2. embedded tweets: the signature line and the tweet text just before it.
    for i, t in enumerate(line_text):
        if _TWEET_SIGNATURE.match(t):
            kinds[i] = "tweet"
            if i > 1 and _URL.search(line_text[i - 1]):
                kinds[i - 1] = "tweet"

    # 3. line shape: labels, bylines, widget captions, bare URLs, foreign text.
    title = None
    for i, t in enumerate(line_text):
        if kinds[i]:
            continue
        if _URL.fullmatch(t.strip()):
            kinds[i] = "url"
        elif _is_label(t):
            kinds[i] = "label"
        elif title is None:
            title = i
        elif not is_prose(t):
            kinds[i] = "heading"
        elif not is_french(t):
            kinds[i] = "foreign"

    # 4. the tail: after the last on-topic prose line, off-topic prose is page furniture.
    prose = [i for i in range(len(lines)) if kinds[i] is None and i != title]
    if prose:
        vocabulary: dict[str, int] = {}
        for i in prose + ([title] if title is not None else []):
            for w in _content(line_text[i]):
                vocabulary[w] = vocabulary.get(w, 0) + 1
        # only prose that comes after page furniture (a byline, a widget caption…) can be
        # the page's tail; the lead paragraphs are the article by definition
        furniture = [i for i in range(len(lines)) if kinds[i] and i > prose[min(1, len(prose) - 1)]]
        for i in reversed([i for i in prose[2:] if furniture and i > furniture[0]]):
            words = _content(line_text[i])
            if not words:
                kinds[i] = "tail"
                continue
            if sum(vocabulary.get(w, 0) > 1 for w in words) >= 2:
                break
            kinds[i] = "tail"

    body, boilerplate = [], []
    for (s, e), kind in zip(lines, kinds, strict=True):
        if kind is None:
            body.append((s, e))
        else:
            boilerplate.append(Span(s, e, kind))
    # bare URLs glued inside body lines are not prose either
    for s, e in body:
        for m in _URL.finditer(text, s, e):
            boilerplate.append(Span(m.start(), m.end(), "url"))
    boilerplate.sort(key=lambda sp: sp.start)
    return body, boilerplate


# A sentence ends at . ! ? or … (with any closing quotes or brackets) followed by space and
# a capital, a digit or an opening quote; not after a lone initial or a common abbreviation.
_SENTENCE_BREAK = re.compile(
    r"""(?<=[.!?…])(?:\s?[»”"')\]])*\s+(?=[«“"(\[A-ZÀ-ÖØ-Þ0-9])"""
)
_ABBREVIATIONS = frozenset(
    "m mm mme mmes mlle dr pr me st ste av apr env etc cf p pp vol no art al gén col cdt lt sgt"
    .split()
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph, as (start, end) offsets without outer white space.

    Examples
    --------
    >>> t = "M. Dupont est arrivé. Il a parlé « longtemps ». Puis il est parti."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['M. Dupont est arrivé.', 'Il a parlé « longtemps ».', 'Puis il est parti.']
    """
    spans, start = [], 0
    for m in _SENTENCE_BREAK.finditer(text):
        # only the end of the text before the break matters (bounded: linear time even
        # when many breaks in a row are not sentence ends)
        before = text[max(start, m.start() - 64) : m.start()].rstrip("»”\"')] ")
        last_word = re.findall(r"(\w+)\.$", before)
        if last_word and (last_word[0].lower() in _ABBREVIATIONS or len(last_word[0]) == 1):
            continue
        end = m.start() + len(m.group(0).rstrip())
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out

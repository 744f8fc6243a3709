"""Wire copies: the same dispatch republished, as is or lightly edited, is one report.

Exact duplicates (the same text) are found by hash and built once; near-duplicates by
MinHash signatures of word shingles of the article prose, indexed in a `datasketch`
LSH so that finding them stays close to linear in the number of articles (no pairwise
comparison). Each article gets the id of its *group*: the first article of its copies, in
input order. Corroboration counts groups, not articles.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from graph.model import Article
from graph.nlp import EntryFolder
from graph.text import fold

if TYPE_CHECKING:
    import numpy as np

#: words per shingle, and the Jaccard similarity of shingles from which two articles are
#: copies of one dispatch (a few words changed, a sentence added, another title).
SHINGLE_WORDS = 4
THRESHOLD = 0.5
NUM_PERM = 128


def prose(article: Article) -> str:
    """The article prose: its body lines (the page furniture, which differs from one site
    to another, left out), or its whole text when nothing was marked as body."""
    if not article.body:
        return article.text
    return "\n".join(article.text[s:e] for s, e in article.body)


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    """The *k*-word shingles of *text*, folded (case, accents, punctuation ignored).

    Examples
    --------
    >>> sorted(shingles("Le Maire a parlé, hier.", k=3))
    [b'a parle hier', b'le maire a', b'maire a parle']
    >>> shingles("Deux mots", k=3)
    {b'deux mots'}
    """
    words = fold(text).split()
    if len(words) <= k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


def exact_duplicates(articles: Sequence[Article]) -> dict[str, str]:
    """Articles whose text is the same as an earlier one's: ``{copy id: first id}``.

    The same text, character for character: a copy shares the sentences (offsets) of the
    article it repeats. The same prose among other page furniture is a near-duplicate.

    Examples
    --------
    >>> a = Article("a", "a.txt", "T", "Un texte.", "")
    >>> b = Article("b", "b.txt", "T", "Un texte.", "")
    >>> exact_duplicates([a, b, Article("c", "c.txt", "T", "Autre.", "")])
    {'b': 'a'}
    """
    first: dict[str, str] = {}
    same: dict[str, str] = {}
    for a in articles:
        key = hashlib.sha256(a.text.encode("utf-8", "surrogatepass")).hexdigest()
        if key in first:
            same[a.id] = first[key]
        else:
            first[key] = a.id
    return same


def signature_tag(num_perm: int = NUM_PERM, seed: int = 1) -> str:
    """What, besides an article's prose, its MinHash signature depends on: the shingles,
    the permutations and the code that makes them (this module, `graph.text`), and the
    version of `datasketch`."""
    from importlib.metadata import version

    root = Path(__file__).parent
    digest = hashlib.sha256()
    for name in ("copies.py", "text.py"):
        digest.update((root / name).read_bytes() + b"\0")
    return (f"minhash {SHINGLE_WORDS} {num_perm} {seed} datasketch {version('datasketch')} "
            f"{digest.hexdigest()}")


class SignatureCache(EntryFolder):
    """MinHash signatures on disk, one per distinct prose: ``DIR/ab/abcd….minhash``, the
    signature's values (8 bytes each) after a checksum of them.

    Reading never fails: an entry that is missing, unreadable, cut short or damaged is a
    miss (counted in :attr:`bad` unless missing), computed again and rewritten. Writing is
    atomic; a failure to write is no error, the first is kept in :attr:`error`.

    Examples
    --------
    >>> import numpy as np, tempfile
    >>> cache = SignatureCache(tempfile.mkdtemp())
    >>> cache.put("ab12", np.arange(4, dtype=np.uint64))
    >>> cache.get("ab12", 4).tolist(), cache.get("ab12", 8), cache.get("cd34", 4)
    ([0, 1, 2, 3], None, None)
    """

    suffix = ".minhash"
    MAGIC = b"TMH1"

    def get(self, key: str, num_perm: int) -> np.ndarray | None:
        """The *num_perm* values kept under *key* (a numpy array), or None."""
        import numpy as np

        data = self.read(key)
        if data is None:
            return None
        head = len(self.MAGIC) + 16
        values = data[head:]
        if not data.startswith(self.MAGIC) or len(values) != 8 * num_perm \
                or hashlib.sha256(values).digest()[:16] != data[len(self.MAGIC):head]:
            self.bad += 1
            return None
        return np.frombuffer(values, dtype="<u8").astype(np.uint64)

    def put(self, key: str, values: np.ndarray) -> None:
        """Keep the signature *values* (a numpy array of uint64) under *key*."""
        data = values.astype("<u8").tobytes()
        self.write(key, self.MAGIC + hashlib.sha256(data).digest()[:16] + data)


#: cache folders whose near-duplicate index this process keeps (`keep_in_memory`).
_KEPT: dict[tuple[str, float, int], CopyIndex | None] = {}


def keep_in_memory(cache_dir: str | os.PathLike) -> None:
    """Keep the near-duplicate index of the builds of this process that use the cache
    folder *cache_dir* (a long-running process that builds the same corpus again and again:
    ``temoin serve``'s live additions): the next `copy_groups` looks up only the articles
    it has not indexed yet, instead of indexing them all again (some 0.1 s at 1,000
    articles). The groups are the same either way."""
    _KEPT.setdefault((str(Path(cache_dir).resolve()), THRESHOLD, NUM_PERM), None)


class CopyIndex:
    """The proses indexed so far (by their signature key) and which of them are copies of
    which: an LSH of their MinHash signatures, each new prose compared with the indexed
    ones its bands meet (as `MinHashLSH.query` finds them, a symmetric relation, so the
    pairs do not depend on the order the proses came in)."""

    def __init__(self, threshold: float, num_perm: int,
                 cache: SignatureCache | None = None) -> None:
        from datasketch import MinHash, MinHashLSH

        self.threshold, self.num_perm, self.cache = threshold, num_perm, cache
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.template = MinHash(num_perm=num_perm)
        self.tag = signature_tag(num_perm, self.template.seed)
        self.signatures: dict[str, np.ndarray] = {}  # key → its values (8 bytes each)
        self.copies: dict[str, set[str]] = {}  # key → the keys of its copies
        self.empty: set[str] = set()  # keys of proses without a shingle (never a copy)

    def key(self, text: str) -> str:
        """The key of the prose *text* (that of its signature in the cache folder)."""
        return hashlib.sha256(f"{self.tag}\0{text}".encode(
            "utf-8", "surrogatepass")).hexdigest()

    def add(self, key: str, text: str) -> None:
        """Index the prose *text* (key *key*) if it is not indexed yet."""
        from datasketch import MinHash

        if key in self.signatures or key in self.empty:
            return
        values = self.cache.get(key, self.num_perm) if self.cache is not None else None
        template = self.template
        if values is not None:  # the shingles were not empty: their signature was kept
            m = MinHash(num_perm=self.num_perm, permutations=template.permutations,
                        scheme=template.scheme, hashvalues=values)
        else:
            grams = shingles(text)
            if not grams:
                self.empty.add(key)
                return
            m = MinHash(num_perm=self.num_perm, permutations=template.permutations,
                        scheme=template.scheme)
            m.update_batch(list(grams))
            if self.cache is not None:
                self.cache.put(key, m.hashvalues)
        mine = self.copies[key] = set()
        for other in self.lsh.query(m):
            if float((m.hashvalues == self.signatures[other]).mean()) >= self.threshold:
                mine.add(other)
                self.copies[other].add(key)
        self.lsh.insert(key, m)
        self.signatures[key] = m.hashvalues


def copy_groups(articles: Sequence[Article], threshold: float = THRESHOLD,
                num_perm: int = NUM_PERM,
                cache_dir: str | os.PathLike | None = None) -> dict[str, str]:
    """The group of every article: ``{article id: id of the first article of its copies}``.

    Two articles are copies when the Jaccard similarity of their prose shingles, as
    estimated by MinHash, reaches *threshold*; groups are the connected copies. With a
    *cache_dir*, the signature of a prose seen before is read from it
    (:class:`SignatureCache`) instead of computed, and with `keep_in_memory` the index of
    the proses met by earlier calls is taken up again.

    Examples
    --------
    >>> text = ("La coopérative agricole a racheté mardi le moulin de la vallée, fermé "
    ...         "depuis l'automne, a annoncé son président devant les salariés réunis.")
    >>> arts = [Article("a", "", "", text, ""),
    ...         Article("b", "", "", text.replace("mardi", "lundi"), ""),
    ...         Article("c", "", "", "Le club de rugby a gagné son dernier match.", "")]
    >>> copy_groups(arts)
    {'a': 'a', 'b': 'a', 'c': 'c'}
    """
    kept = None
    if cache_dir is not None:
        kept = (str(Path(cache_dir).resolve()), threshold, num_perm)
    index = _KEPT.get(kept) if kept is not None else None
    if index is None:
        index = CopyIndex(threshold, num_perm,
                          SignatureCache(cache_dir) if cache_dir is not None else None)
        if kept in _KEPT:
            _KEPT[kept] = index
    texts = [prose(a) for a in articles]
    keys = [index.key(text) for text in texts]
    for key, text in zip(keys, texts, strict=True):
        index.add(key, text)
    # the groups: articles joined by the copies among them, each named by its first
    first: dict[str, str] = {}  # key → the first article with that prose
    parent: dict[str, str] = {}
    order = {a.id: i for i, a in enumerate(articles)}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, key in zip(articles, keys, strict=True):
        parent[a.id] = a.id
        if key in index.empty:
            continue
        for other in [key, *index.copies[key]]:
            if other in first:
                ra, rb = root(a.id), root(first[other])
                if ra != rb:  # the earlier article names the group
                    earlier, later = sorted((ra, rb), key=order.__getitem__)
                    parent[later] = earlier
        first.setdefault(key, a.id)
    return {a.id: root(a.id) for a in articles}

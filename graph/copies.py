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


def copy_groups(articles: Sequence[Article], threshold: float = THRESHOLD,
                num_perm: int = NUM_PERM,
                cache_dir: str | os.PathLike | None = None) -> dict[str, str]:
    """The group of every article: ``{article id: id of the first article of its copies}``.

    Two articles are copies when the Jaccard similarity of their prose shingles, as
    estimated by MinHash, reaches *threshold*; groups are the connected copies. With a
    *cache_dir*, the signature of a prose seen before is read from it
    (:class:`SignatureCache`) instead of computed.

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
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    template = MinHash(num_perm=num_perm)
    cache = tag = None
    if cache_dir is not None:
        cache, tag = SignatureCache(cache_dir), signature_tag(num_perm, template.seed)
    permutations = template.permutations  # made once, shared by all
    signatures: dict = {}  # article id → its MinHash values (a numpy array)
    parent: dict[str, str] = {}
    order = {a.id: i for i, a in enumerate(articles)}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a in articles:
        parent[a.id] = a.id
        text = prose(a)
        key = values = None
        if cache is not None:
            key = hashlib.sha256(f"{tag}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()
            values = cache.get(key, num_perm)
        if values is not None:  # the shingles were not empty: their signature was kept
            m = MinHash(num_perm=num_perm, permutations=permutations, scheme=template.scheme,
                        hashvalues=values)
        else:
            grams = shingles(text)
            if not grams:
                continue
            m = MinHash(num_perm=num_perm, permutations=permutations, scheme=template.scheme)
            m.update_batch(list(grams))
            if cache is not None:
                cache.put(key, m.hashvalues)
        for other in lsh.query(m):
            if float((m.hashvalues == signatures[other]).mean()) >= threshold:
                ra, rb = root(a.id), root(other)
                if ra != rb:  # the earlier article names the group
                    first, second = sorted((ra, rb), key=order.__getitem__)
                    parent[second] = first
        lsh.insert(a.id, m)
        signatures[a.id] = m.hashvalues  # the signature alone: 8 bytes a permutation
    return {a.id: root(a.id) for a in articles}

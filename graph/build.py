"""The networkx graph: nodes are entities, edges are relations holding their evidence."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

import networkx as nx

from graph.model import Article, Entity, Mention, Sentence, Triple


def evidence_dict(ev) -> dict:
    return {
        "article": ev.article_id, "sentence": ev.sentence_index, "start": ev.start,
        "end": ev.end, "text": ev.text, "modality": ev.modality,
        "attributed_to": ev.attributed_to, "verb": ev.verb,
        "highlights": [list(h) for h in ev.highlights],
    }


def claim_status(evidence) -> str:
    """How an edge stands overall: "asserted" if any quote asserts it, else "reported",
    else the weakest status its quotes give ("alleged", "hypothetical", "denied")."""
    kinds = {ev.modality for ev in evidence}
    for k in ("asserted", "reported", "alleged", "hypothetical", "denied"):
        if k in kinds:
            return k
    return "asserted"


def build_graph(
    articles: list[Article],
    sentences: dict[str, list[Sentence]],
    entities: dict[str, Entity],
    mentions: list[Mention],
    triples: list[Triple],
    groups: Mapping[str, str] | None = None,
    same_as: Mapping[str, str] | None = None,
) -> nx.MultiDiGraph:
    """A `networkx.MultiDiGraph` with one edge per (subject, relation, object).

    Named entities are nodes even without relations; common-noun concepts only when a
    relation uses them. *groups* gives each article the id of its group of wire copies
    (see `graph.copies`): an edge's ``sources`` counts groups, independent reports, and
    its ``copies`` the articles that carry it. *same_as* names, for an exact duplicate
    (built once, not extracted), the article it repeats: it shares its sentences.

    Examples
    --------
    >>> from graph.model import Entity
    >>> g = build_graph([], {}, {"x": Entity("x", "X", "PER")}, [], [])
    >>> g.nodes["x"]["label"], g.number_of_edges()
    ('X', 0)
    """
    groups = dict(groups or {})
    same_as = dict(same_as or {})
    group_size = Counter(groups.get(a.id, a.id) for a in articles)
    repeats = Counter(same_as.values())  # exact duplicates of each extracted article
    g = nx.MultiDiGraph()
    g.graph["articles"] = [
        {"id": a.id, "title": a.title, "path": a.path, "sha256": a.sha256, "text": a.text,
         "date": a.date or None, "source": a.source or None, "author": a.author or None,
         "sentences": [[s.start, s.end]
                       for s in sentences.get(same_as.get(a.id, a.id), [])],
         "boilerplate": [[b.start, b.end, b.kind] for b in a.boilerplate],
         "group": groups.get(a.id, a.id), "copies": group_size[groups.get(a.id, a.id)],
         "copy_of": same_as.get(a.id)}
        for a in articles
    ]
    used = {t.subject_id for t in triples} | {t.object_id for t in triples}
    used |= {ev.attributed_to for t in triples for ev in t.evidence if ev.attributed_to}
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_entity[m.entity_id].append(m)
    texts = {a.id: a.text for a in articles}
    spans = {(s.article_id, s.index): s for ss in sentences.values() for s in ss}
    cut: dict[tuple[str, int], str] = {}  # each sentence's text made once, for every node
    # that quotes it (some 40 million characters of quotes at 10,000 articles)
    for eid in sorted(entities):
        e = entities[eid]
        if e.type == "CONCEPT" and eid not in used:
            continue
        ms = sorted(by_entity.get(eid, []), key=lambda m: (m.article_id, m.start))
        quotes: dict[tuple[str, int], dict] = {}
        for m in ms:
            s = spans[(m.article_id, m.sentence_index)]
            q = quotes.get((m.article_id, s.index))
            if q is None:
                text = cut.get((m.article_id, s.index))
                if text is None:
                    text = cut[m.article_id, s.index] = texts[m.article_id][s.start:s.end]
                q = quotes[m.article_id, s.index] = {
                    "article": m.article_id, "sentence": s.index, "start": s.start,
                    "end": s.end, "text": text, "highlights": []}
            if s.start <= m.start < m.end <= s.end:
                q["highlights"].append([m.start, m.end])
        g.add_node(eid, label=e.label, type=e.type, aliases=list(e.aliases), parts=list(e.parts),
                   mentions=len(ms), articles=sorted({m.article_id for m in ms}),
                   evidence=list(quotes.values()))
    for t in triples:
        evs = [evidence_dict(ev) for ev in t.evidence]
        arts = sorted({ev.article_id for ev in t.evidence})
        denied = {ev.article_id for ev in t.evidence if ev.modality == "denied"}
        affirmed = {ev.article_id for ev in t.evidence if ev.modality in {"asserted", "reported"}}
        g.add_edge(t.subject_id, t.object_id, key=t.relation, relation=t.relation,
                   sources=len({groups.get(a, a) for a in arts}),
                   copies=len(arts) + sum(repeats[a] for a in arts), articles=arts, evidence=evs,
                   contradicted=bool(denied and affirmed - denied),
                   status=claim_status(t.evidence))
    return g

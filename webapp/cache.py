"""Answers kept in memory: the graph changes only with a correction (or a live addition, which
empties the cache the same way: `webapp.live.swap_graph`), so until then the same URL
always gets the same answer; the heavy ones (the page, the graph view, the relations list, a
well-connected node) are computed once instead of once per request. A correction calls
`ResponseCache.clear`: every answer kept before it is forgotten."""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from flask import Response, current_app, make_response, request

#: at most this many answers are kept, and at most this many bytes of them (least recently
#: used first out).
MAX_ENTRIES = 512
MAX_BYTES = 64 * 1024 * 1024


class ResponseCache:
    """A thread-safe LRU of answer bodies by URL, bounded in count and in bytes.

    Examples
    --------
    >>> cache = ResponseCache(max_entries=2, max_bytes=10)
    >>> cache.put("a", b"12345", "text/plain"); cache.put("b", b"678", "text/plain")
    >>> cache.put("c", b"9", "text/plain")  # over two entries: "a" goes
    >>> cache.get("a") is None, cache.get("c")
    (True, (b'9', 'text/plain'))
    """

    def __init__(self, max_entries: int | None = None, max_bytes: int | None = None) -> None:
        self.max_entries = MAX_ENTRIES if max_entries is None else max_entries
        self.max_bytes = MAX_BYTES if max_bytes is None else max_bytes
        self._items: OrderedDict[Any, tuple[bytes, str]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        #: bumped by `clear`: an answer computed from the graph before a correction is put
        #: under the old generation, where no request looks any more.
        self.generation = 0

    def clear(self) -> None:
        """Forget every answer (the graph they were made from has changed)."""
        with self._lock:
            self._items.clear()
            self._bytes = 0
            self.generation += 1

    def get(self, key: Any) -> tuple[bytes, str] | None:
        with self._lock:
            item = self._items.get(key)
            if item is not None:
                self._items.move_to_end(key)
            return item

    def put(self, key: Any, body: bytes, content_type: str) -> None:
        if len(body) > self.max_bytes // 4 or not self.max_entries:
            return  # one huge answer would push out everything else
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= len(old[0])
            self._items[key] = (body, content_type)
            self._bytes += len(body)
            while self._items and (len(self._items) > self.max_entries
                                   or self._bytes > self.max_bytes):
                _, (dropped, _) = self._items.popitem(last=False)
                self._bytes -= len(dropped)


def cached(view: Callable[..., Any]) -> Callable[..., Any]:
    """Serve a GET route's 200 answers from the app's `ResponseCache` (key: the URL)."""

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        cache: ResponseCache | None = current_app.extensions.get("temoin_cache")
        if cache is None:
            return view(*args, **kwargs)
        key = (cache.generation, request.script_root, request.path, request.query_string)
        hit = cache.get(key)
        if hit is not None:
            return Response(hit[0], 200, content_type=hit[1])
        response = make_response(view(*args, **kwargs))
        if response.status_code == 200 and not response.is_streamed:
            cache.put(key, response.get_data(), response.content_type)
        return response

    return wrapper

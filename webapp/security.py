"""Writes from the same origin only: a CSRF token kept in the session, and the Origin (or
Referer) of every POST checked against this server.

The token lives in Flask's signed session cookie (``SameSite=Strict``, ``HttpOnly``); a page
gets it from ``GET /api/csrf`` (never cached) or in a form's hidden ``csrf_token`` field, and
sends it back in the ``X-CSRF-Token`` header or that field.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from urllib.parse import urlsplit

from flask import abort, current_app, request, session

#: the session key and the form field of the token; the header a script sends it in.
TOKEN_KEY = "csrf_token"
TOKEN_HEADER = "X-CSRF-Token"


def csrf_token() -> str:
    """The session's CSRF token (made on first use)."""
    token = session.get(TOKEN_KEY)
    if not isinstance(token, str) or len(token) < 32:
        token = secrets.token_urlsafe(32)
        session[TOKEN_KEY] = token
    return token


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def same_origin() -> bool:
    """Whether the request says it comes from a page of this server: its ``Origin`` header,
    or without one its ``Referer``, names this server's scheme, host and port."""
    here = _origin(request.host_url)
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin.lower() == here
    referer = request.headers.get("Referer")
    return bool(referer) and _origin(referer) == here


def trusted_host() -> bool:
    """Whether the request was sent to this server by an address, ``localhost`` or a name in
    ``WRITE_HOSTS`` (the ``--host`` of ``temoin serve``): a page of another site whose name
    was made to point here (DNS rebinding) is its own origin, and must not write."""
    host = request.host.lower()
    if host.startswith("["):
        host = host[1:].split("]", 1)[0]
    elif host.count(":") == 1:
        host = host.split(":", 1)[0]
    if host == "localhost" or host in (current_app.config.get("WRITE_HOSTS") or ()):
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def check_write() -> None:
    """Refuse (403, with the reason) a write that is not allowed: on a read-only server,
    sent to a host name this server does not answer to, from another origin, or without
    the session's CSRF token."""
    if not current_app.config.get("CORRECTIONS_WRITABLE"):
        abort(403, "this explorer is read-only: corrections cannot be made here "
                   "(temoin serve without --read-only allows them)")
    check_sender(
        host=f"refused: corrections are made through 127.0.0.1, localhost or the --host of "
             f"temoin serve, not {request.host!r}",
        origin="refused: the request does not come from a page of this server (Origin or "
               "Referer of another site, or none)",
        token="refused: missing or wrong CSRF token (reload the page and try again)")


def check_sender(host: str, origin: str, token: str) -> None:
    """Refuse (403) a write sent to a host name this server does not answer to (*host*:
    the message), from another origin (*origin*) or without the session's CSRF token
    (*token*): the rules every writing route shares, each with its own words."""
    if not trusted_host():
        abort(403, host)
    if not same_origin():
        abort(403, origin)
    sent = request.headers.get(TOKEN_HEADER) or request.form.get(TOKEN_KEY) or ""
    kept = session.get(TOKEN_KEY)
    if not isinstance(kept, str) or not sent or not hmac.compare_digest(sent, kept):
        abort(403, token)

"""The interview's state, carried by the person's own browser in a signed hidden form field.

The server keeps nothing between requests. The answers travel as compact JSON with an HMAC-SHA256 tag, so
a tampered page is refused. The printed receipt is signed with itsdangerous (a Flask dependency) and
compressed, so it fits a QR code; the per-step token is not compressed, because it rides in a hidden field
where size matters less than time (itsdangerous' compress-and-sign was 60 µs of every step, measured).
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
from dataclasses import dataclass, field
from functools import lru_cache

from itsdangerous import BadSignature, URLSafeSerializer

SALT = "pathway-navigator-answers-v1"
RECEIPT_SALT = "pathway-navigator-receipt-v1"


@dataclass
class State:
    answers: dict = field(default_factory=dict)     # fact id -> JSON value (as accepted by navigator.facts)
    skipped: list = field(default_factory=list)     # facts answered "I don't know"
    history: list = field(default_factory=list)     # facts in the order they were asked (for Back)

    def to_json(self):
        return {"a": self.answers, "s": self.skipped, "h": self.history}

    @classmethod
    def from_json(cls, data):
        if not isinstance(data, dict):
            raise ValueError("state must be an object")
        answers, skipped, history = data.get("a", {}), data.get("s", []), data.get("h", [])
        if not isinstance(answers, dict) or not isinstance(skipped, list) or not isinstance(history, list):
            raise ValueError("malformed state")
        return cls(dict(answers), [str(x) for x in skipped], [str(x) for x in history])


@lru_cache(maxsize=8)
def _signer(secret: str, salt: str) -> URLSafeSerializer:
    return URLSafeSerializer(secret, salt=salt)


_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=True).encode
_MACS: dict = {}


def _tag(payload: bytes, secret: str) -> bytes:
    keyed = _MACS.get(secret)
    if keyed is None:       # keyed once per secret, copied per token
        keyed = _MACS[secret] = hmac.new(secret.encode(), SALT.encode() + b"\0", hashlib.sha256)
    mac = keyed.copy()
    mac.update(payload)
    return base64.urlsafe_b64encode(mac.digest()[:18])


def dumps(state: State, secret: str) -> str:
    payload = base64.urlsafe_b64encode(_ENCODE(state.to_json()).encode())
    return (payload + b"." + _tag(payload, secret)).decode()


def loads(token: str | None, secret: str) -> State:
    """An empty or absent token starts a new interview; a tampered one raises ValueError."""
    if not token:
        return State()
    if len(token) > 16_000:
        raise ValueError("state too large")
    payload, _, tag = token.encode("ascii", "replace").rpartition(b".")
    if not hmac.compare_digest(tag, _tag(payload, secret)):
        raise ValueError("the answers could not be verified")
    try:
        return State.from_json(json.loads(base64.urlsafe_b64decode(payload)))
    except (binascii.Error, UnicodeDecodeError, json.JSONDecodeError):
        raise ValueError("the answers could not be read") from None


def receipt(state: State, as_of: dt.date, rulebook_set: str, secret: str) -> str:
    """A code for the print view's QR: answers, as-of date and rulebook set, signed."""
    return _signer(secret, RECEIPT_SALT).dumps(
        {"a": state.answers, "s": state.skipped, "d": as_of.isoformat(), "r": rulebook_set[:16]})


def open_receipt(code: str, secret: str):
    try:
        data = _signer(secret, RECEIPT_SALT).loads(code.strip())
        return State(dict(data["a"]), list(data.get("s", []))), dt.date.fromisoformat(data["d"]), data["r"]
    except (BadSignature, KeyError, TypeError, ValueError):
        raise ValueError("this receipt code is not valid") from None

"""The interview's state, carried by the person's own browser in an encrypted hidden form field.

The server keeps nothing between requests. The answers travel encrypted and authenticated with Fernet
(AES-128-CBC + HMAC-SHA256, from the `cryptography` package): without the server's key nobody can read them
from the page source, a saved form or a photo of the receipt, and a tampered token is refused.

- A page token carries its issue time and expires after the kiosk's idle time; it also names the browser it
  was given to (its CSRF cookie, web/csrf.py), so a copied page does not open in another browser, nor in the
  same one after "Exit" or the idle wipe (both drop that cookie).
- The printed receipt is compressed before it is encrypted, so it fits a QR code, and expires after a period
  the clinic sets (RECEIPT_DAYS, 90 days by default).
- Key rotation: each key is derived (HKDF-SHA256, one per purpose) from the app's secret; the current secret
  encrypts, and older secrets (NAVIGATOR_OLD_SECRET_KEYS) still decrypt until they are removed.
"""
from __future__ import annotations

import base64
import datetime as dt
import hmac
import json
import zlib
from dataclasses import dataclass, field
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

STATE_PURPOSE = b"pathway-navigator-answers-v2"
RECEIPT_PURPOSE = b"pathway-navigator-receipt-v2"
MAX_TOKEN = 16_000


class Expired(ValueError):
    """A token or receipt whose time is up (said so to the person, distinct from a tampered one)."""


@dataclass
class State:
    answers: dict = field(default_factory=dict)     # fact id -> JSON value (as accepted by navigator.facts)
    skipped: list = field(default_factory=list)     # facts answered "I don't know"
    history: list = field(default_factory=list)     # facts in the order they were asked (for Back)
    as_of: str | None = None                         # a reopened receipt's date of the law (ISO), kept to print

    def to_json(self):
        data = {"a": self.answers, "s": self.skipped, "h": self.history}
        if self.as_of:
            data["d"] = self.as_of
        return data

    @classmethod
    def from_json(cls, data):
        if not isinstance(data, dict):
            raise ValueError("state must be an object")
        answers, skipped, history = data.get("a", {}), data.get("s", []), data.get("h", [])
        if not isinstance(answers, dict) or not isinstance(skipped, list) or not isinstance(history, list):
            raise ValueError("malformed state")
        as_of = data.get("d")
        if as_of is not None:
            try:
                as_of = dt.date.fromisoformat(str(as_of)).isoformat()
            except ValueError:
                raise ValueError("malformed state") from None
        return cls(dict(answers), [str(x) for x in skipped], [str(x) for x in history], as_of)


def _secrets(secret) -> tuple:
    """The current secret first, then older ones still accepted (a str is one secret)."""
    return (secret,) if isinstance(secret, (str, bytes)) else tuple(secret)


@lru_cache(maxsize=16)
def _cipher(secrets: tuple, purpose: bytes) -> MultiFernet:
    """One Fernet key per secret and purpose (a page token never opens as a receipt, nor the reverse)."""
    keys = []
    for secret in secrets:
        raw = secret.encode() if isinstance(secret, str) else secret
        derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(raw)
        keys.append(Fernet(base64.urlsafe_b64encode(derived)))
    return MultiFernet(keys)


_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=True).encode


def _browser_tag(browser: str | None) -> str:
    return (browser or "")[:16]


def dumps(state: State, secret, browser: str | None = None) -> str:
    """The page token: the state, the browser it belongs to, encrypted with its issue time."""
    data = state.to_json()
    data["b"] = _browser_tag(browser)
    return _cipher(_secrets(secret), STATE_PURPOSE).encrypt(_ENCODE(data).encode()).decode()


def loads(token: str | None, secret, browser: str | None = None, ttl: int | None = None) -> State:
    """An empty or absent token starts a new interview; a tampered, foreign or expired one raises ValueError."""
    if not token:
        return State()
    if len(token) > MAX_TOKEN:
        raise ValueError("state too large")
    cipher = _cipher(_secrets(secret), STATE_PURPOSE)
    raw = _decrypt(cipher, token, ttl, "the answers could not be verified", "the answers have expired")
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValueError("the answers could not be read") from None
    if not isinstance(data, dict) or not hmac.compare_digest(str(data.get("b", "")).encode("utf-8", "surrogatepass"),
                                                       _browser_tag(browser).encode("utf-8", "surrogatepass")):
        raise ValueError("these answers belong to another browser")
    return State.from_json(data)


def _decrypt(cipher, token, ttl, invalid, expired):
    try:
        token_bytes = token.encode("ascii")
    except UnicodeEncodeError:
        raise ValueError(invalid) from None
    try:
        return cipher.decrypt(token_bytes, ttl=ttl)
    except InvalidToken:
        pass
    try:              # authentic but too old? (Fernet says only "invalid"; tell the person the truth)
        cipher.decrypt(token_bytes)
    except InvalidToken:
        raise ValueError(invalid) from None
    raise Expired(expired)


def receipt(state: State, as_of: dt.date, rulebook_set: str, secret) -> str:
    """A code for the print view's QR: answers, as-of date and rulebook set, compressed then encrypted."""
    data = _ENCODE({"a": state.answers, "s": state.skipped, "d": as_of.isoformat(), "r": rulebook_set[:16]})
    return _cipher(_secrets(secret), RECEIPT_PURPOSE).encrypt(zlib.compress(data.encode(), 9)).decode()


def open_receipt(code: str, secret, ttl: int | None = None):
    """(State, as-of date, rulebook set) of a receipt; ValueError if invalid, Expired if too old."""
    code = "".join((code or "").split())          # a code typed from paper may carry spaces or line breaks
    if not code or len(code) > MAX_TOKEN:
        raise ValueError("this receipt code is not valid")
    raw = _decrypt(_cipher(_secrets(secret), RECEIPT_PURPOSE), code, ttl, "this receipt code is not valid",
                   "this receipt code has expired")
    try:
        data = json.loads(zlib.decompressobj().decompress(raw, 256 * 1024))
        answers, skipped = data["a"], data.get("s", [])
        if not isinstance(answers, dict) or not isinstance(skipped, list):
            raise TypeError
        return State(dict(answers), [str(s) for s in skipped]), dt.date.fromisoformat(data["d"]), str(data["r"])
    except (zlib.error, KeyError, TypeError, ValueError):
        raise ValueError("this receipt code is not valid") from None

"""Live reload: the running server picks up edited rulebooks without a restart.

An edit is checked in a background thread; a set that fails the checker is refused (each problem logged as
file:line:column: reason, nothing else) and the last good set keeps serving. A good set is compiled in full
before it replaces the old one in a single assignment, so no request ever sees half a set.
"""
from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

log = logging.getLogger("navigator.reload")


def signature(*folders: Path) -> tuple:
    """What changed on disk: every YAML file's path, size and modification time."""
    items = []
    for folder in folders:
        for path in sorted(Path(folder).rglob("*.yaml")):
            try:
                st = path.stat()
            except OSError:
                continue
            items.append((str(path), st.st_size, st.st_mtime_ns))
    return tuple(items)


class Reloader:
    def __init__(self, holder: dict, key: str, pathways_dir: Path, rules_dir: Path, interval: float = 2.0,
                 grace: float = 30.0):
        self.holder, self.key = holder, key
        self.pathways_dir, self.rules_dir = Path(pathways_dir), Path(rules_dir)
        self.interval, self.grace = interval, grace
        self._seen = signature(self.pathways_dir, self.rules_dir)
        self._last_poll = time.monotonic()
        self._busy = threading.Lock()
        self.refused = 0
        self.reloaded = 0
        self.last_problems: list[str] = []

    def poll(self):
        """Cheap, called on requests: at most every `interval` seconds, check the files in the background."""
        now = time.monotonic()
        if now - self._last_poll < self.interval or self._busy.locked():
            return
        self._last_poll = now
        threading.Thread(target=self.check_now, daemon=True, name="rulebook-reload").start()

    def check_now(self):
        if not self._busy.acquire(blocking=False):
            return
        try:
            current = signature(self.pathways_dir, self.rules_dir)
            if current == self._seen:
                return
            self._seen = current
            self._load()
        finally:
            self._busy.release()

    def _load(self):
        from .evaluate import Navigator
        from .loader import check_files
        from .reference import load_blocs
        from .vocabulary import load_vocabulary
        vocab = blocs = None    # read afresh here; the cached tables requests use are never cleared (issue 15)
        try:
            vocab = load_vocabulary(self.rules_dir / "facts.yaml")
            blocs = load_blocs(self.rules_dir / "blocs.yaml")
            rulebooks, problems = check_files(self.pathways_dir, None, self.rules_dir, vocab=vocab, blocs_=blocs)
        except Exception as exc:  # noqa: BLE001  (a vocabulary that does not load is a refused edit too)
            rulebooks, problems = None, getattr(exc, "problems", None) or [f"{type(exc).__name__}: {exc}"]
        if rulebooks is None:
            self.last_problems = [str(p) for p in problems if getattr(p, "severity", "error") == "error"]
            self.refused += 1
            for p in self.last_problems:
                log.warning("rulebook edit refused: %s", p)
            log.warning("the last good rulebook set keeps serving")
            return
        try:
            fresh = Navigator(self.pathways_dir, rulebooks=rulebooks, rules_dir=self.rules_dir, vocab=vocab,
                              blocs=blocs)
        except Exception as exc:  # noqa: BLE001  (the compiler's problems: more than the engine can take)
            self.refused += 1
            self.last_problems = [str(p) for p in getattr(exc, "problems", None) or [f"{type(exc).__name__}: {exc}"]]
            for p in self.last_problems:
                log.warning("rulebook edit refused: %s", p)
            log.warning("the last good rulebook set keeps serving")
            return
        old = self.holder.get(self.key)
        self.holder[self.key] = fresh
        self.reloaded += 1
        log.warning("rulebooks reloaded: %d pathways, set %s", len(rulebooks.pathways), rulebooks.sha256[:12])
        if old is not None:
            threading.Timer(self.grace, old.close).start()

"""Rendering sessions kept warm between requests: one per language, paper, mode and brand."""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict

from worksheets.content import available_languages
from worksheets.models import PrintSettings
from worksheets.session import Inputs, Session
from worksheets.web.config import WebConfig

KEEP = 12  # sessions kept warm; each holds its content, fonts and a WeasyPrint setup


class Sessions:
    """Hand out sessions, made once for each set of print settings and the brand as saved now.

    Saving the brand changes the file's time, so the next request gets a fresh session.
    """

    def __init__(self, config: WebConfig):
        self.config = config
        self._lock = threading.Lock()
        self._made: OrderedDict[tuple, tuple[Session, threading.Lock]] = OrderedDict()

    def languages(self) -> list[str]:
        return available_languages(list(self.config.content_dirs))

    def get_documents(self, lang: str) -> dict:
        """Return one language's documents (id -> spec) in the library's order."""
        return self.get(PrintSettings(lang=lang), use_brand=False).documents

    def brand_file(self, use_brand: bool = True):
        path = self.config.brand_file
        return path if use_brand and path.is_file() else None

    def get(self, settings: PrintSettings | None = None, use_brand: bool = True) -> Session:
        """Return a session for these settings (and the saved brand, if any and wanted)."""
        return self._entry(settings or PrintSettings(), use_brand)[0]

    @contextlib.contextmanager
    def using(self, settings: PrintSettings | None = None, use_brand: bool = True):
        """Lend a session to one request at a time: a WeasyPrint setup is not shared between threads."""
        session, lock = self._entry(settings or PrintSettings(), use_brand)
        with lock:
            yield session

    def _entry(self, settings: PrintSettings, use_brand: bool) -> tuple[Session, threading.Lock]:
        brand = self.brand_file(use_brand)
        key = (settings, str(brand), brand.stat().st_mtime_ns if brand else None)
        with self._lock:
            entry = self._made.get(key)
            if entry is not None:
                self._made.move_to_end(key)
                return entry
        inputs = Inputs(self.config.content_dirs, self.config.templates_dirs, brand)
        entry = (Session(inputs, settings), threading.Lock())
        with self._lock:
            entry = self._made.setdefault(key, entry)
            while len(self._made) > KEEP:
                self._made.popitem(last=False)
        return entry

"""Image thumbnails decoded from the archive in a worker thread, kept in memory only.

The conversation asks for a thumbnail while painting; the first ask queues the decode and
paints a placeholder, and ``ready`` tells the view to repaint when the image is there.
The worker reads through its own connection (Archive.reopen) and stops on lock.
"""

from __future__ import annotations

import queue
import threading
from collections import OrderedDict

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage

from wamigrate.core.archive.exporter import attachment_data
from wamigrate.core.archive.store import Archive

THUMBNAIL = QSize(240, 180)
_IMAGE_LIMIT = 32 << 20  # bigger files show as a card: decoding them would stall the worker
_KEEP = 400  # thumbnails kept in memory (about 170 kB each at most)


class Thumbnails(QObject):
    ready = Signal(str)  # sha256
    _decoded = Signal(str, QImage)  # from the worker; a null image when it cannot be shown

    def __init__(self, archive: Archive, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._images: OrderedDict[str, QImage | None] = OrderedDict()
        self._pending: set[str] = set()
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._decoded.connect(self._store)  # queued: the cache is touched on the GUI thread only

    def get(self, sha256: str) -> QImage | None:
        """The thumbnail if decoded; None while it loads or when it cannot be shown."""
        if sha256 in self._images:
            self._images.move_to_end(sha256)
            return self._images[sha256]
        if sha256 not in self._pending:
            self._pending.add(sha256)
            self._queue.put(sha256)
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="wamigrate-thumbnails", daemon=True)
                self._thread.start()
        return None

    def failed(self, sha256: str) -> bool:
        """True when the image was tried and cannot be decoded (show a card instead)."""
        return sha256 in self._images and self._images[sha256] is None

    def _store(self, sha256: str, image: QImage) -> None:
        if sha256 not in self._pending:  # stopped meanwhile
            return
        self._pending.discard(sha256)
        self._images[sha256] = None if image.isNull() else image
        while len(self._images) > _KEEP:
            self._images.popitem(last=False)
        self.ready.emit(sha256)

    def _work(self) -> None:
        reader = self._archive.reopen()
        try:
            while (sha256 := self._queue.get()) is not None:
                data = attachment_data(reader, sha256, _IMAGE_LIMIT)
                image = QImage.fromData(data) if data else QImage()
                if not image.isNull() and (image.width() > THUMBNAIL.width() or image.height() > THUMBNAIL.height()):
                    image = image.scaled(
                        THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                    )
                self._decoded.emit(sha256, image)
        finally:
            reader.close()

    def stop(self) -> None:
        """Stop the worker and forget every image (on lock or close)."""
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(5)
            self._thread = None
        self._images.clear()
        self._pending.clear()

"""Guard against a PySide6 regression that crashed the browser.

PySide6-Essentials 6.12.0 drops a reference to None whenever a Python model returns None
(as every model does for the roles it does not serve). On Python 3.11, where None is not
immortal, the interpreter aborts after a few thousand repaints. pyproject pins <6.12; this
test fails if a future version brings the bug back.
"""

import sys

import pytest

pytestmark = pytest.mark.gui


def test_models_returning_none_keep_none_alive(qtbot):
    from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
    from PySide6.QtWidgets import QListView

    class Model(QAbstractListModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: B008
            return 30

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return f"row {index.row()}" if role == Qt.ItemDataRole.DisplayRole else None

    model = Model()
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    before = sys.getrefcount(None)
    for _ in range(50):
        view.viewport().repaint()
    for _ in range(2000):
        model.index(0).data(Qt.ItemDataRole.UserRole + 1)
    assert sys.getrefcount(None) >= before - 50

"""The coordinator's dialogs for the hub directory: a hub's name, place and kind (to add or edit
one), the hub another is merged into, and the hub a name met in the data stands for. Enter
accepts, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.hubs import KIND_LABELS, KINDS
from mandrivna.services.hub_service import HubEntry


def kind_label(kind: str | None) -> str:
    """A kind of service point in the user's language (a dash when not set: a hub a laptop
    proposed, which the coordinator has not described yet)."""
    if kind not in KIND_LABELS:
        return "—"
    return QCoreApplication.translate("hubs", KIND_LABELS[kind])


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class HubDialog(QDialog):
    """A hub's name, settlement, oblast and kind; empty for a new hub."""

    def __init__(self, entry: HubEntry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New hub") if entry is None else self.tr("Edit hub"))
        self.setMinimumWidth(480)
        self.name = QLineEdit(entry.name if entry else "")
        self.settlement = QLineEdit((entry.hub.settlement or "") if entry else "")
        self.oblast = QLineEdit((entry.hub.oblast or "") if entry else "")
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        if entry is not None and entry.hub.kind in KINDS:
            self.kind.setCurrentIndex(KINDS.index(entry.hub.kind))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Settlement:"), self.settlement)
        form.addRow(self.tr("Oblast:"), self.oblast)
        form.addRow(self.tr("Kind:"), self.kind)
        layout = QVBoxLayout(self)
        if entry is not None:
            note = QLabel(
                self.tr(
                    "A new name is shown everywhere at once: on every laptop after its next "
                    "sync, in every report. What was recorded under the old name stays counted "
                    "for this hub."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Save")))
        self.name.setFocus()

    def values(self) -> tuple[str, str, str, str]:
        """(name, settlement, oblast, kind) as entered."""
        return (
            self.name.text(),
            self.settlement.text(),
            self.oblast.text(),
            str(self.kind.currentData()),
        )


class MergeDialog(QDialog):
    """Which hub ``away`` is merged into (one of ``others``)."""

    def __init__(
        self, away: HubEntry, others: list[HubEntry], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge hubs"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "«%1» and the hub chosen below are one hub. Everything recorded under either "
                "name will count for the hub chosen, on every laptop after its next sync; the "
                "name «%1» is kept as another spelling of it."
            ).replace("%1", away.name)
        )
        intro.setWordWrap(True)
        self.keep = QComboBox()
        for entry in others:
            self.keep.addItem(entry.name, entry.id)
        form = QFormLayout()
        form.addRow(self.tr("Merge into:"), self.keep)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Merge")))
        self.keep.setFocus()

    def chosen(self) -> str:
        return str(self.keep.currentData())


class AttachDialog(QDialog):
    """Which hub of the directory a name met in the data stands for."""

    def __init__(
        self,
        names: list[str],
        entries: list[HubEntry],
        chosen: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attach to a hub"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "The name is another spelling of the hub chosen below: everything recorded "
                "under it will count for that hub, on every laptop after its next sync."
            )
        )
        intro.setWordWrap(True)
        self.name = QComboBox()
        self.name.addItems(names)
        if chosen in names:
            self.name.setCurrentIndex(names.index(chosen))
        self.hub = QComboBox()
        for entry in entries:
            self.hub.addItem(entry.name, entry.id)
        form = QFormLayout()
        form.addRow(self.tr("Name met in the data:"), self.name)
        form.addRow(self.tr("Hub:"), self.hub)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Attach")))
        self.hub.setFocus()

    def chosen(self) -> tuple[str, str]:
        """(the name, the hub's id)."""
        return self.name.currentText(), str(self.hub.currentData())

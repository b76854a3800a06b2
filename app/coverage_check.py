"""The coverage check behind the student chooser: how well each listed base's tokenizer covers
the project's language (core.coverage), run in the background whenever the project, its texts or
the list of bases changes; the verdicts and the recommendation go to the BaseChooser.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional, Sequence

from PySide6.QtCore import QObject

from app.base_chooser import BaseChooser
from app.i18n import local_name
from app.pages.base import describe_error
from app.tasks import TaskRunner
from core.coverage import coverage_report, project_texts
from core.errors import ModelFolderError
from core.project import Project


def project_coverage(project_path: str, bases: Sequence[tuple[str, Path]]) -> Optional[dict[str, Any]]:
    """core.coverage.coverage_report for the project's texts (None when it has none yet). A base
    whose tokenizer cannot be read is left out rather than spoiling the others' verdicts. Runs in
    a worker thread, so it opens the project itself (a SQLite connection stays in its thread)."""
    with Project.open(project_path) as project:
        texts = project_texts(project)
        language = local_name(project.language.code, project.language.name)
    if not texts:
        return None
    try:
        return coverage_report(texts, language, bases)
    except ModelFolderError:
        readable = []
        for base in bases:
            try:
                coverage_report(texts[:20], language, [base])
            except ModelFolderError:
                continue
            readable.append(base)
        return coverage_report(texts, language, readable)



class CoverageCheck(QObject):
    """Keeps a chooser's verdicts current: ``update(project)`` re-runs the check only when what it
    depends on changed (cheap to call on every refresh)."""

    def __init__(self, chooser: BaseChooser, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.chooser = chooser
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._show)
        self.runner.failed.connect(lambda e: chooser.show_coverage_note(describe_error(e)))
        self._key: Optional[tuple[Any, ...]] = None
        self._language = ""

    def update(self, project: Optional[Project]) -> None:
        if project is None:
            self.stop()
            return
        bases = self.chooser.coverage_bases()
        counts = sorted((k, c["accepted"], c["pending"]) for k, c in project.counts().items())
        key = (str(project.path), tuple(counts), len(project.sample_ids(source="gold")),
               len(project.texts(unannotated=False)), tuple((n, str(p)) for n, p in bases))
        if key == self._key:
            return
        self._key = key
        self._language = language = local_name(project.language.code, project.language.name)
        if not bases:
            self.runner.cancel()
            self.chooser.show_coverage_note(self.tr(
                "No pretrained base is on this computer yet: the quick student works for any "
                "script. Choose a model folder or type a model id to check how well a base "
                "covers {language}.").format(language=language))
            return
        self.chooser.show_coverage_note(self.tr("Checking how well each base covers {language}…"
                                                ).format(language=language))
        path = str(project.path)  # the worker opens the project itself and touches no widget
        self.runner.start(lambda progress, should_cancel: project_coverage(path, bases))

    def stop(self) -> None:
        self.runner.cancel()
        self._key = None

    def _show(self, report: Optional[dict[str, Any]]) -> None:
        if report is None:
            self.chooser.show_coverage_note(self.tr(
                "There are no {language} texts yet: once samples are generated or texts are "
                "imported, each base's coverage of the language is checked here."
            ).format(language=self._language))
        else:
            self.chooser.show_coverage(report)

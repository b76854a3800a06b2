"""The Generate page's results in words: a run's summary, an estimate, an annotation run."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.discards_dialog import discard_counts_text
from core.annotation import AnnotationResult
from core.generation import Estimate, GenerationResult


def _tr(text: str) -> str:
    return QCoreApplication.translate("GeneratePage", text)


def duration_text(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    if minutes == 1:
        return _tr("about 1 minute")
    if minutes < 120:
        return _tr("about {n} minutes").format(n=minutes)
    return _tr("about {h:.1f} hours").format(h=minutes / 60)


def discarded_text(discarded: dict[str, int]) -> str:
    n = sum(discarded.values())
    if not n:
        return _tr("no reply was discarded")
    return _tr("discarded {n} replies ({reasons})").format(
        n=n, reasons=discard_counts_text(discarded))


def _per_label(added: dict[str, int]) -> str:
    return ", ".join(f"{label}: {n}" for label, n in added.items())


def generation_summary(result: GenerationResult) -> str:
    parts = [_tr("Added {n} samples").format(n=sum(result.added.values()))]
    if result.added:
        parts[0] += f" ({_per_label(result.added)})"
    parts.append(discarded_text(result.discarded))
    parts.append(_tr("{s:.0f} s").format(s=result.seconds))
    text = " · ".join(parts) + ". "
    if result.short:
        text += _tr("Some labels got fewer samples than asked for, because too many replies "
                    "failed the checks: {labels}. ").format(labels=", ".join(result.short))
    return text + _tr("Review them in the next step.")


def estimate_summary(guess: Estimate) -> str:
    text = _tr("About {n} requests, {time}.").format(n=guess.requests,
                                                     time=duration_text(guess.seconds))
    if guess.cost is not None:
        text += " " + _tr("Cost: about {cost:.2f} at your price ({tokens} tokens).").format(
            cost=guess.cost, tokens=guess.completion_tokens)
    return text + " " + _tr("In the test, {v:.1f} usable texts per request.").format(
        v=guess.valid_per_request)


def annotation_summary(imported: int, result: AnnotationResult) -> str:
    added = sum(result.added.values())
    text = _tr("Read {n} texts. ").format(n=imported) if imported else ""
    text += _tr("Labelled {n}").format(n=added)
    if added:
        text += f" ({_per_label({k: v for k, v in result.added.items() if v})})"
    text += " · " + discarded_text(result.discarded) + ". "
    return text + _tr("Review them in the next step.")

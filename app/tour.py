"""A screenshot of every page: ``python -m app.tour OUTDIR [--language CODE]``.

Builds a small demo project in a temporary folder (Swahili SMS from farmers, three labels, twenty
samples in mixed review states; no teacher, no model), opens it in the main window offscreen and
saves each page as a PNG. Pages show their idle state; closed steps show why they are closed.
With ``--language`` the pages are drawn in that interface language (fr, sw, es, pt, ar, …).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Optional, Sequence

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts: no display needed

from core.languages import find_language  # noqa: E402
from core.project import Label, NewSample, Project  # noqa: E402

WINDOW_SIZE = (1100, 720)
FILE_NAMES = ("01-language-task.png", "02-teacher.png", "03-generate.png", "04-review.png",
              "05-train.png", "06-score.png", "07-export.png", "08-try-it.png")

DEMO_LABELS = [
    Label("weather", "Rain, drought, wind or forecasts that affect the farm"),
    Label("market", "Prices, buyers and selling produce"),
    Label("pests & disease", "Sick crops or animals, pests, and what to treat them with"),
]
# (text, label, status, reject reason). Written for the demo; the English one is a rejected sample.
DEMO_SAMPLES = [
    ("Mvua kubwa imenyesha usiku kucha na mashamba yamejaa maji.", "weather", "accepted", None),
    ("Jua kali limekausha mahindi yetu wiki hii.", "weather", "accepted", None),
    ("Bei ya mahindi sokoni imepanda hadi shilingi elfu moja kwa kilo.", "market", "accepted", None),
    ("Majani ya mihogo yana madoa ya njano, ni ugonjwa gani?", "pests & disease", "accepted", None),
    ("Wanunuzi wa kahawa wanalipa kidogo sana msimu huu.", "market", "accepted", None),
    ("Viwavi jeshi wamevamia shamba langu la mahindi.", "pests & disease", "accepted", None),
    ("The weather is nice today.", "weather", "rejected", "wrong_language"),
    ("Nauza magunia kumi ya maharage, nani anahitaji?", "pests & disease", "rejected", "wrong_label"),
    ("Maize prices went up at the market.", "market", "rejected", "wrong_language"),
    ("My goats are coughing, what should I do?", "pests & disease", "rejected", "wrong_language"),
    ("Je, mvua za vuli zitaanza lini mwaka huu?", "weather", "pending", None),
    ("Bei ya mbolea imepanda mara mbili tangu mwaka jana.", "market", "pending", None),
    ("Nyanya zangu zinanyauka na kufa ghafla.", "pests & disease", "pending", None),
    ("Upepo mkali umeangusha migomba kijijini kwetu.", "weather", "pending", None),
    ("Soko la Jumamosi limefungwa kwa sababu ya barabara mbovu.", "market", "pending", None),
    ("Kuku wangu wanakohoa na hawali chakula.", "pests & disease", "pending", None),
    ("Hakuna mvua tangu mwezi uliopita, visima vimekauka.", "weather", "pending", None),
    ("Maziwa yanauzwa shilingi mia nane kwa lita mjini.", "market", "pending", None),
    ("Ninahitaji dawa ya kuua wadudu kwenye maharage.", "pests & disease", "pending", None),
    ("Baridi kali asubuhi inaharibu miche ya nyanya.", "weather", "pending", None),
    ("Tunatafuta soko la ndizi zetu nje ya wilaya.", "market", "pending", None),
    ("Migomba inaoza kutoka ndani, tufanye nini?", "pests & disease", "pending", None),
]


def make_demo_project(folder: Path) -> Path:
    """Write the demo project into ``folder``; returns the project file's path."""
    project = Project.create(folder / "farmer-sms", find_language("Swahili"), DEMO_LABELS,
                             task="Sort SMS messages from farmers by topic.")
    with project:
        # Two generation rounds, so the Generate page has per-round figures to show.
        rounds = [(project.start_job("generate", {"per_label": 4, "strategy": strategy}), strategy)
                  for strategy in ("zero-shot", "few-shot")]
        for job_id, _ in rounds:
            project.finish_job(job_id, "done")
        ids = project.add_samples(
            NewSample(text, label, provenance={"job_id": rounds[i % 2][0], "strategy": rounds[i % 2][1],
                                               "teacher": {"kind": "gguf", "file": "gemma-3-4b-it.gguf"}})
            for i, (text, label, _, _) in enumerate(DEMO_SAMPLES))
        for sample_id, (_, _, status, reason) in zip(ids, DEMO_SAMPLES):
            if status != "pending":
                project.set_status([sample_id], status, reason)
        return project.path


def render_tour(out_dir: Path, project_path: Path, language: Optional[str] = None) -> list[Path]:
    from app import i18n
    from app.main_window import MainWindow, make_application

    app = make_application()
    if language is not None and i18n.apply_language(app, language) != language:
        raise ValueError(f"Shule has no translation for {language!r}; it has "
                         + ", ".join(code for code, _ in i18n.interface_languages()))
    window = MainWindow()
    window.resize(*WINDOW_SIZE)
    window.show()
    window.open_project(project_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for index, name in enumerate(FILE_NAMES):
        window.show_step(index, force=True)  # closed steps too: the shot shows why they are closed
        app.processEvents()
        path = out_dir / name
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
    window.close()
    return written


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="shule tour", description="A screenshot of every page.")
    parser.add_argument("out", type=Path, help="the folder for the PNG files")
    parser.add_argument("--language", help="the interface language (a code: fr, sw, ar, …)")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    os.environ["SHULE_NO_FIRST_RUN"] = "1"  # the screenshots show the pages, not the guide
    with tempfile.TemporaryDirectory(prefix="shule-tour-") as tmp:
        project_path = make_demo_project(Path(tmp))
        try:
            written = render_tour(args.out, project_path, args.language)
        except ValueError as e:
            print(e, file=sys.stderr)
            return 2
        for path in written:
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Export and Try it as a user meets them: export a model, compare its versions, take it to a device.

Real widgets offscreen, real project files, a real quick student trained and exported in child
processes: no mocks. Only the native dialogs (save file, file manager) are replaced.
"""

from __future__ import annotations

import shutil
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt  # conftest.py has set QT_QPA_PLATFORM=offscreen before this

import app.dialogs
from app.export_table import AGREEMENT, F1, RAW, RECOMMENDED, SIZE
from app.main_window import EXPORT, TRY
from app.pages.export_page import ExportPage
from app.pages.try_page import TryPage
from core.export import export
from core.languages import find_language
from core.project import Label, Project
from core.training import QUICK, TrainingConfig, train
from tests.fixtures.projects import add_samples, make_project

EXPORT_TIMEOUT_MS = 180_000
HEAVY = ("torch", "transformers", "optimum")
ARABIC = {
    "weather": ["المطر يهطل على القرية طوال الليل", "الشمس حارة والسماء صافية اليوم",
                "رياح قوية ومطر غدا في المساء", "صباح بارد مع ضباب فوق التلال",
                "توقف المطر وصفت السماء", "عاصفة رعدية ضربت الساحل",
                "موسم جاف بلا مطر هذا الشهر", "غيوم ومطر خفيف بعد الظهر"],
    "sports": ["فاز فريق كرة القدم بالمباراة النهائية", "سجلت هدفين في المباراة",
               "فاز العداؤون بالذهب في السباق", "اختار المدرب قائدا جديدا للفريق",
               "انتهت المباراة بالتعادل بعد الوقت الإضافي", "هتف المشجعون عندما سجل الفريق",
               "احتفظ بطل الملاكمة بلقبه", "تدرب اللاعبون بجد قبل مباراة الدوري"],
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[Path, str, dict]:
    """(project path, model id, core's export result): the TOY project, a quick student, a bundle."""
    folder = tmp_path_factory.mktemp("export-gui")
    path = make_project(folder / "toy")
    model_id = train(path, QUICK, TrainingConfig(epochs=5, threads=1))
    return path, model_id, export(path, model_id, folder / "bundle")


@pytest.fixture
def export_page(qtbot):
    page = ExportPage()
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def try_page(qtbot):
    page = TryPage()
    qtbot.addWidget(page)
    page.show()
    return page


def _bundle_files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def _row_cells(table, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


# ---- the Export page ----------------------------------------------------------------------------
def test_export_through_the_page_compares_both_versions(qtbot, window, exported, tmp_path):
    heavy_before = {m for m in HEAVY if m in sys.modules}
    path, model_id, _ = exported
    assert window.open_project(path)
    window.show_step(EXPORT)
    page = window.pages[EXPORT]
    assert page.model_combo.currentData() == model_id and page.int8.isChecked()
    assert page.max_drop.value() == 1.0 and "Macro-F1" in page.max_drop.toolTip()
    assert not page.outcome.isVisible()
    bundle = tmp_path / "bundle"
    page.out_field.setText(str(bundle))
    with qtbot.waitSignal(page.exported, timeout=EXPORT_TIMEOUT_MS) as announced:
        qtbot.mouseClick(page.export_button, Qt.LeftButton)
    assert Path(announced.args[0]) == bundle
    qtbot.waitUntil(lambda: not page.runner.is_running(), timeout=5000)
    assert not page.error.isVisible(), page.error.text()
    assert page.summary.text().startswith(f"Exported to {bundle}")

    table = page.table
    assert table.rowCount() == 2
    assert [table.verticalHeaderItem(r).text() for r in range(2)] == ["Full (fp32)", "Small (int8)"]
    for row, name in ((0, "model.onnx"), (1, "model.int8.onnx")):
        assert table.item(row, SIZE).data(RAW) == (bundle / name).stat().st_size
        assert table.item(row, AGREEMENT).text().endswith(
            ("vs the trained model", "vs the full model")[row])
        assert not table.item(row, SIZE).flags() & Qt.ItemIsEditable
    recommended = [r for r in range(2) if table.item(r, RECOMMENDED).data(RAW)]
    assert len(recommended) == 1 and table.item(recommended[0], RECOMMENDED).text()
    assert table.item(recommended[0], SIZE).font().bold()

    assert page.device.isVisible()
    named = page.device_files.text()
    assert "pip install" in page.device_install.text() and "predict.py" in page.device_run.text()
    assert "predict.py" in named and any(n in named for n in ("model.onnx", "model.int8.onnx"))
    assert page.open_button.isEnabled() and page.zip_button.isEnabled()

    # The new bundle is waiting in Try it.
    try_box = window.pages[TRY].try_box
    assert try_box.folder == bundle and try_box.input.isEnabled()
    page.try_button.click()
    assert window.current_step() == TRY
    assert {m for m in HEAVY if m in sys.modules} == heavy_before  # the GUI process stayed light


def test_warnings_and_unlabelled_checks_are_put_in_words(export_page, exported):
    _, _, result = exported
    worse = {**result,
             "recommended": "fp32",
             "verification": {
                 "on": "samples", "n_texts": 40, "max_f1_drop_points": 1.0,
                 "reference_macro_f1": None,
                 "fp32": {"max_abs_logit_diff": 3e-6, "argmax_agreement": 1.0, "macro_f1": None},
                 "int8": {"max_abs_logit_diff": 0.2, "argmax_agreement": 0.97, "macro_f1": None,
                          "f1_delta_points": None}},
             "warnings": [{"code": "int8_f1_drop", "points": 1.7, "threshold": 1.0},
                          {"code": "int8_disagrees", "agreement": 0.97},
                          {"code": "fp32_mismatch", "max_abs_logit_diff": 0.01}]}
    worse.pop("device", None)
    export_page.show_result(worse)
    words = export_page.warnings.text().splitlines()
    assert export_page.warnings.isVisible() and len(words) == 3
    assert words[0] == ("The small model scores 1.7 points lower than the full model (more than "
                        "the 1.0 you allow): Shule recommends the full model.")
    assert "on 3% of the test texts" in words[1] and "0.01" in words[2]
    assert "40 unlabelled texts" in export_page.summary.text()
    table = export_page.table
    assert table.item(0, F1).text() == "—" and table.item(1, F1).text() == "—"
    assert table.item(0, RECOMMENDED).data(RAW) and not table.item(1, RECOMMENDED).data(RAW)
    assert table.item(1, AGREEMENT).text().startswith("97.0%")
    assert not export_page.device.isVisible()  # nothing known about a device: nothing said

    export_page.show_result({**result, "warnings": []})  # a clean export says nothing more
    assert not export_page.warnings.isVisible()


def test_save_as_zip_and_open_folder(qtbot, export_page, exported, tmp_path, monkeypatch):
    _, _, result = exported
    bundle = Path(result["out_dir"])
    assert not export_page.zip_button.isEnabled()  # nothing exported yet
    export_page.show_result(result)
    opened = []
    monkeypatch.setattr(app.dialogs, "show_folder", lambda folder: opened.append(folder) or True)
    qtbot.mouseClick(export_page.open_button, Qt.LeftButton)
    assert opened == [bundle]

    target = tmp_path / "for-the-field.zip"
    monkeypatch.setattr(app.dialogs, "ask_zip_path", lambda parent, start="": target)
    qtbot.mouseClick(export_page.zip_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not export_page.zip_runner.is_running(), timeout=60_000)
    assert not export_page.error.isVisible(), export_page.error.text()
    assert export_page.zip_message.text() == f"Saved {target}."
    with zipfile.ZipFile(target) as z:
        names = {n for n in z.namelist() if not n.endswith("/")}
    assert names == {f"{bundle.name}/{name}" for name in _bundle_files(bundle)}


# ---- Try it -------------------------------------------------------------------------------------
def test_try_it_needs_no_project_and_labels_as_you_type(qtbot, window, exported):
    from core.predict import Predictor

    _, _, result = exported
    bundle = Path(result["out_dir"])
    assert window.project is None and window.sidebar.is_open(TRY)
    window.show_step(TRY)
    page = window.pages[TRY]
    box = page.try_box
    assert not box.input.isEnabled() and box.predictor is None
    assert page.load_bundle(bundle)
    assert str(bundle) in box.bundle.text() and box.variant.isVisible()
    assert box.variant_name() == result["recommended"]

    text = "the football team scored in the final match"
    qtbot.keyClicks(box.input, text)
    expected = Predictor(bundle, box.variant_name()).predict([text])[0]
    qtbot.waitUntil(lambda: box.prediction.text() == expected["label"], timeout=5000)
    values = {name: bar.value() / 1000 for name, bar in box.bars.items()}
    assert set(values) == set(expected["scores"])
    assert sum(values.values()) == pytest.approx(1.0, abs=0.002 * len(values))
    for name, probability in expected["scores"].items():
        assert values[name] == pytest.approx(probability, abs=0.001)
        assert box.bars[name].format() == f"{probability:.1%}"

    pasted = "heavy rain fell on the village\nand the wind blew all night"
    box.input.setPlainText(pasted)  # a pasted paragraph, lines and all
    expected = Predictor(bundle, box.variant_name()).predict([pasted])[0]
    qtbot.waitUntil(lambda: box.prediction.text() == expected["label"], timeout=5000)

    other = "fp32" if box.variant_name() == "int8" else "int8"
    box.variant.setCurrentIndex(box.variant.findData(other))
    box.variant.activated.emit(box.variant.currentIndex())
    assert box.variant_name() == other and box.prediction.text()
    box.input.clear()
    qtbot.waitUntil(lambda: box.prediction.text() == "", timeout=5000)
    assert all(bar.value() == 0 for bar in box.bars.values())


def test_a_damaged_or_foreign_folder_is_refused_and_the_model_stays(try_page, exported, tmp_path):
    _, _, result = exported
    box = try_page.try_box
    assert try_page.load_bundle(result["out_dir"])
    predictor, folder = box.predictor, box.folder
    box.input.setPlainText("doctors treat fever at the hospital")
    label = box.predict_now()["label"]

    not_a_bundle = tmp_path / "holiday photos"
    not_a_bundle.mkdir()
    (not_a_bundle / "beach.jpg").write_bytes(b"\xff\xd8")
    assert not try_page.load_bundle(not_a_bundle)
    assert box.error.isVisible() and "not an exported Shule model" in box.error.text()
    assert box.predictor is predictor and box.folder == folder
    assert box.predict_now()["label"] == label


def test_a_tampered_bundle_is_refused_and_the_model_stays(try_page, exported, tmp_path):
    _, _, result = exported
    box = try_page.try_box
    assert try_page.load_bundle(result["out_dir"])
    predictor, folder = box.predictor, box.folder

    tampered = tmp_path / "tampered"
    shutil.copytree(result["out_dir"], tampered)
    model = tampered / ("model.int8.onnx" if box.variant_name() == "int8" else "model.onnx")
    data = bytearray(model.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit, in the middle of the weights
    model.write_bytes(bytes(data))
    assert not try_page.load_bundle(tampered)
    assert box.error.isVisible() and box.error.text()
    assert box.predictor is predictor and box.folder == folder
    assert str(folder) in box.bundle.text()


def test_a_right_to_left_bundle_turns_the_text_box(qtbot, try_page, exported, tmp_path):
    labels = [Label(name, f"Texts about {name}.") for name in ARABIC]
    with Project.create(tmp_path / "arabic", find_language("ar"), labels, task="topics") as p:
        add_samples(p, ARABIC)
        path = p.path
    model_id = train(path, QUICK, TrainingConfig(epochs=5, threads=1))
    bundle = Path(export(path, model_id, tmp_path / "arabic-bundle")["out_dir"])

    box = try_page.try_box
    assert try_page.load_bundle(bundle)
    assert box.input.layoutDirection() == Qt.RightToLeft
    assert "Arabic" in box.input.placeholderText()
    box.input.insertPlainText("فاز الفريق بالمباراة")  # pasted: QTest types Latin-1 only
    qtbot.waitUntil(lambda: box.prediction.text() in ARABIC, timeout=5000)

    assert try_page.load_bundle(exported[2]["out_dir"])  # back to an English model
    assert box.input.layoutDirection() == Qt.LeftToRight

"""MODEL_CARD.md of an exported bundle: a Hugging Face model card (YAML front matter + Markdown).

``render_card`` writes the text from the facts ``core.card_facts.card_facts`` gathered from the
project and what the exporter measured; ``warning_sentence`` words an export warning, for the card
and the command line alike. Standard library only. Names, task text and label descriptions come
from the user or the teacher (untrusted): they are escaped so the card renders them as plain text.
"""

from __future__ import annotations

import json
import math
import re
import time
from typing import Any, Optional

SOURCES = {"generated": "written by the teacher (synthetic)",
           "annotated": "the user's texts, labelled by the teacher (synthetic labels)",
           "imported": "imported from a file by the user", "gold": "the user's own test set"}
REASONS = {"wrong_language": "wrong language", "wrong_label": "wrong label",
           "unnatural": "unnatural text", "harmful": "harmful content"}

_NOT_YAML_PRINTABLE = re.compile("[\x7f-\x84\x86-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def _y(text: str) -> str:
    """A YAML scalar: a JSON string (always valid YAML) without characters YAML forbids raw."""
    return _NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}",
                                   json.dumps(str(text), ensure_ascii=False))


def _md(text: Any) -> str:
    """Untrusted text as one line of literal Markdown (safe in a table cell too)."""
    line = " ".join("".join(c if c.isprintable() else " " for c in str(text)).split())
    line = line.replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"^([#+=-])", r"\\\1", re.sub(r"([|`*_\[\]~])", r"\\\1", line))


def _code(text: Any) -> str:
    # Backslash escapes do not work inside a code span: only plain names go in one.
    return f"`{text}`" if re.fullmatch(r"[\w.+/-]+", str(text), re.ASCII) else _md(text)


def _num(x: Any, fmt: str = "{:.3f}", scale: float = 1) -> str:
    ok = isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)
    return fmt.format(x * scale) if ok else "—"


def _table(head: str, rows: list[str]) -> list[str]:
    return ["", head, "|---" * head.count("|", 1) + "|", *rows, ""]


def _yaml(value: Any, indent: int = 0) -> list[str]:
    """Block YAML for nested dicts and lists; every string a JSON (so always valid) scalar."""
    def scalar(v: Any) -> str:
        return _y(v) if isinstance(v, str) else json.dumps(v)

    pad, out = " " * indent, []
    for key, item in value.items() if isinstance(value, dict) else enumerate(value):
        nested = isinstance(item, (dict, list))
        lines = _yaml(item, indent + 2) if nested else [pad + "  " + scalar(item)]
        if isinstance(value, dict):
            out += [f"{pad}{key}:", *lines] if nested else [f"{pad}{key}: {scalar(item)}"]
        else:
            out += [f"{pad}- {lines[0].lstrip()}", *lines[1:]]
    return out


def _front_matter(facts: dict[str, Any], export: dict[str, Any], licence: str) -> list[str]:
    meta: dict[str, Any] = {
        "language": [facts["language"]["code"].split("-")[0].lower()], "license": licence,
        "library_name": "onnxruntime", "pipeline_tag": "text-classification",
        "tags": ["shule", "onnx", "text-classification", "synthetic-data"]}
    mine = next((s for s in facts["scores"] if s["role"] == "this model"), None)
    metrics = [{"type": kind, "value": round(mine[key], 4), "name": name, **extra}
               for kind, key, name, extra in (("f1", "macro_f1", "Macro-F1", {"args": {"average": "macro"}}),
                                              ("accuracy", "accuracy", "Accuracy", {}))
               if mine and mine["scored"] and _num(mine[key]) != "—"]
    if metrics and not mine["stale"]:  # a score on an older gold set is not about the set it names
        meta["model-index"] = [{"name": export.get("model_id") or facts["student"]["id"], "results": [
            {"task": {"type": "text-classification", "name": "Text classification"},
             "dataset": {"name": f"{facts['project']} gold set", "type": "gold"}, "metrics": metrics}]}]
    return ["---", *_yaml(meta), "---", ""]


def warning_sentence(warning: dict[str, Any], on: Optional[str] = None) -> str:
    """One of an export's warnings (a code with figures) as an English sentence, plain text;
    ``on`` is what its verification was checked on ("gold", "held-out" or "samples")."""
    code, texts = warning.get("code"), check_set_name(on)
    if code == "int8_f1_drop":
        return (f"The int8 file lost {_num(warning.get('points'), '{:.1f}')} points of macro-F1 "
                f"against fp32 on the {texts} texts, more than the "
                f"{_num(warning.get('threshold'), '{:.1f}')} allowed.")
    if code == "int8_disagrees":
        agreement = warning.get("agreement")
        return (f"The int8 file gave another label than fp32 for "
                f"{_num(1 - agreement if agreement is not None else None, '{:.1f} %', 100)} "
                f"of the {texts} texts.")
    if code == "fp32_mismatch":
        return (f"The fp32 file's scores differ from the trained model's by up to "
                f"{_num(warning.get('max_abs_logit_diff'), '{:.2g}')}: check its predictions before "
                "relying on it.")
    return "Export warning: " + ", ".join(f"{k} {v}" for k, v in warning.items())


def check_set_name(on: Optional[str]) -> str:
    """The check set's name before "texts": "gold", "held-out" or "unlabelled sample"."""
    return {"gold": "gold", "held-out": "held-out"}.get(on or "", "unlabelled sample")


def _data(data: dict[str, Any]) -> list[str]:
    present = set(data["train"]) | set(data["dev"]) | set(data["review"])
    rows = []
    for source in [s for s in SOURCES if s in present] + sorted(present - set(SOURCES)):
        r = data["review"].get(source, {})
        rows.append(f"| {_md(source)} | {SOURCES.get(source, '')} | {data['train'].get(source, 0)} | "
                    f"{data['dev'].get(source, 0)} | {r.get('accepted', 0)} | {r.get('rejected', 0)} | "
                    f"{r.get('pending', 0)} | {_num(r.get('rate'), '{:.0f} %', 100)} |")
    out = ["Samples the teacher wrote or labelled were reviewed by a person; only accepted ones "
           "were trained on."]
    out += _table("| Source | What it is | Trained on | Dev split | Accepted | Rejected | Pending "
                  "| Acceptance rate |", rows)
    out.append(f"Gold set: {data['gold']} texts labelled by the user, never trained on." if data["gold"]
               else "There is no gold set: no texts labelled by the user test this model.")
    if data["reject_reasons"]:
        out += ["", "Reject reasons: " + "; ".join(f"{_md(REASONS.get(r, r.replace('_', ' ')))} ({n})"
                                                   for r, n in data["reject_reasons"]) + "."]
    if data["discarded"]:
        out += ["", f"Teacher replies discarded by automatic checks before review: {data['discarded']}."]
    return out


def _teacher_lines(teachers: list[dict[str, Any]]) -> list[str]:
    out = []
    for t in teachers:
        if t["kind"] == "gguf":
            sha = str(t.get("sha256") or "")
            digest = (f"sha256 `{sha}`" if re.fullmatch("[0-9a-f]{64}", sha)
                      else _md(t.get("hash_note") or "not hashed"))
            line = f"- Local GGUF model {_code(t['file'])}, {digest}"
        else:
            line = (f"- Model {_md(t.get('model') or 'unnamed')} on the server "
                    f"{_md(t.get('host') or 'unknown')}")
        out.append(f"{line}; licence: {_md(t.get('licence') or 'not known')}; samples made: {t['samples']}.")
    return (out or ["- No teacher is recorded."]) + [
        "", "The teacher's licence and terms of use may limit how its generated data, and a model "
        "trained on it, may be used."]


def _scores_lines(facts: dict[str, Any]) -> list[str]:
    rows = [f"| {_md(s['name'])} | {s['role']} | {_num(s['macro_f1'])} | {_num(s['accuracy'])} | "
            f"{s['n'] if s['scored'] else '—'} | "
            f"{'not scored' if not s['scored'] else 'scored on an older gold set' if s['stale'] else ''} |"
            for s in facts["scores"]]
    if not any(s["role"] == "teacher" for s in facts["scores"]):
        rows.append("| Teacher | teacher | — | — | — | not scored |")
    out = ["Scores on the user's gold set; the teacher is scored as a classifier on the same texts."]
    out += _table("| Model | Role | Macro-F1 | Accuracy | Gold texts | Note |", rows)
    if not any(s["role"] == "this model" and s["scored"] for s in facts["scores"]):
        out += ["This model was not scored on the gold set.", ""]
    dev = facts["student"]["dev"]
    if dev.get("macro_f1") is not None:
        out.append(f"On its dev split (accepted samples held back from training, {_num(dev.get('n'), '{}')} "
                   f"texts): macro-F1 {_num(dev['macro_f1'])}, accuracy {_num(dev.get('accuracy'))}.")
    return out


def _export_lines(export: dict[str, Any], on: str) -> list[str]:
    ver, files = export.get("verification") or {}, export.get("files") or {}
    labelled = ver.get("reference_macro_f1") is not None
    out = ["## Export check: int8 against fp32", "", "No check was recorded." if not ver else
           f"Checked on {_num(ver.get('n_texts'), '{}')} {on} texts; macro-F1 of the trained model: "
           + (_num(ver["reference_macro_f1"]) if labelled else "— (no labels: no F1)") + "."]
    rows = [f"| {variant} (vs {against}) | {_num(v.get('max_abs_logit_diff'), '{:.2g}')} | "
            f"{_num(v.get('argmax_agreement'), '{:.1f} %', 100)} | {_num(v.get('macro_f1'))} | "
            f"{_num(v.get('f1_delta_points'), '{:+.1f}')} |"
            for variant, against in (("fp32", "trained model"), ("int8", "fp32")) if (v := ver.get(variant))]
    out += _table("| File | Max logit difference | Label agreement | Macro-F1 | F1 change (points) |", rows)
    out += ["## Files and speed"]
    out += _table("| File | Size |", [f"| {_code(n)} | {_num(b, '{:.1f} MB', 1e-6)} |"
                                       for n, b in sorted(files.items())])
    flags = ", ".join(_code(f) for f in export.get("cpu_flags") or []) or "not recorded"
    out.append(f"Measured at export on a CPU with {flags}:")
    out += _table("| Variant | Latency per text (batch 1) | Throughput (batch 32) | Size |", [
        f"| {_md(v)} | {_num(s.get('latency_ms_b1'), '{:.1f} ms')} | "
        f"{_num(s.get('texts_per_s_b32'), '{:.0f} texts/s')} | {_num(s.get('size_bytes'), '{:.1f} MB', 1e-6)} |"
        for v, s in sorted((export.get("speed") or {}).items())])
    recommended = export.get("recommended") or "fp32"
    name = next((n for n in files if n.endswith(".onnx") and ("int8" in n) == (recommended == "int8")),
                "model.int8.onnx" if recommended == "int8" else "model.onnx")
    out += ["## Recommended file", "", f"**{_code(name)}** ({_md(recommended)}).", ""]
    q = ver.get("int8") or {}
    if recommended == "int8":
        delta = q.get("f1_delta_points")
        out.append(f"It is smaller and faster than fp32, and its labels agreed with fp32's on "
                   f"{_num(q.get('argmax_agreement'), '{:.1f} %', 100)} of the {on} texts" + (
                       "." if delta is None else f" (macro-F1 change {_num(delta, '{:+.1f}')} points; "
                       f"the limit is {_num(ver.get('max_f1_drop_points'), '{:.1f}')})."))
    else:
        out.append("The full-precision file is recommended because the int8 file did not pass the check."
                   if q else "Only the full-precision file was exported.")
    return out + [f"- {_md(warning_sentence(w, ver.get('on')))}"
                  for w in export.get("warnings") or []] + [""]


def render_card(facts: dict[str, Any], export: dict[str, Any]) -> str:
    """MODEL_CARD.md text."""
    lang, student, data = facts["language"], facts["student"], facts["data"]
    licence_id = student.get("licence_id") or "other"
    on = check_set_name((export.get("verification") or {}).get("on"))
    created = time.strftime("%Y-%m-%d", time.gmtime(export.get("created_at") or student["created_at"]))
    written = "right to left" if lang["direction"] == "rtl" else "left to right"
    base_licence = student.get("licence") or ("none: trained from scratch" if student["quick"] else "unknown")
    labels, language = len(facts["labels"]), _md(lang["name"])
    out = _front_matter(facts, export, licence_id)
    out += [f"# {_md(facts['project'])}: a text classifier for {language}", "",
            f"A {labels}-label text classifier trained with Shule {_md(export.get('shule_version', ''))} on "
            "examples written or labelled by a teacher language model and reviewed by a person, "
            "exported to ONNX for offline use on a CPU.", "", "## Model details"]
    out += _table("| | |", [
        f"| Model id | {_md(export.get('model_id') or student['id'])} |", f"| Exported | {created} |",
        f"| Language | {language} ({_code(lang['code'])}), script {_md(lang['script_name'])} "
        f"({_md(lang['script'])}), written {written} |",
        f"| Student base | {_md(student['name'])} |", f"| Student base licence | {_md(base_licence)} |",
        f"| ONNX opset / onnxruntime | {_md(export.get('opset', '—'))} / "
        f"{_md(export.get('onnxruntime_version', '—'))} |",
        *(f"| Training: {k.replace('_', ' ')} | {_md(v)} |" for k, v in student["settings"].items())])
    out += ["## Task and labels", "", f"**Task:** {_md(facts['task']) or 'not described'}"]
    out += _table("| Label | Description |", [f"| {_md(l['name'])} | {_md(l['description'])} |"
                                                for l in facts["labels"]])
    out += ["## Training data", "", *_data(data), "", "## Teacher", "", *_teacher_lines(facts["teachers"]),
            "", "## Evaluation", "", *_scores_lines(facts), "", *_export_lines(export, on)]
    gold = (f"The gold set has {data['gold']} texts: a small gold set gives scores with wide "
            "uncertainty (on 100 texts, about ±10 points)." if data["gold"] else
            "There is no gold set, so how well it works on real texts is unknown: uncertainty is wide.")
    trained = sum(data["train"].values()) + sum(data["dev"].values())
    synthetic = sum(data[part].get(s, 0) for part in ("train", "dev") for s in ("generated", "annotated"))
    out += ["## Intended use", "", f"Labelling short texts in {language} with the labels above, for "
            "the task described, offline on ordinary computers: sorting, routing, counting and triage "
            "where a person can check the results.", "", "## Limitations", "",
            f"- {synthetic} of the {trained} samples it was trained on are synthetic (written or labelled "
            "by the teacher): they can carry the teacher's biases and errors, and may not match how "
            "people really write.", f"- {gold}",
            f"- It knows only {language} and only these {labels} labels: texts in other languages or "
            "on other topics still get one of these labels, often with confidence.",
            "- Not for high-stakes decisions (health, legal, safety, money, people's rights) without "
            "human review of every decision.", "", "## How to use", "", "```bash",
            "pip install onnxruntime tokenizers numpy", 'python predict.py "some text"',
            "python predict.py --input texts.txt   # one text per line; prints one JSON object per text",
            "```", "", "```python", "from predict import Predictor", "",
            'model = Predictor(".")  # this folder; uses the recommended file',
            'print(model.predict(["some text"]))  # [{"label": ..., "scores": {...}}]', "```", "",
            "## Licence", ""]
    if licence_id != "other":
        out.append(f"This bundle is a fine-tuned {_md(student.get('hub_id') or student['name'])}, released "
                   f"under {_md(student['licence'])} (see {_md(student.get('card_url', ''))}).")
    else:
        out.append("No licence has been set (`license: other`): the owner of this model should choose "
                   "one before sharing it." + ("" if student["quick"] else " Its base model's licence "
                                               "is not confirmed here: read the base model's card."))
    out += ["", "The teacher's terms of use may constrain how data it generated, and models trained "
            "on that data, may be used."]
    return "\n".join(out) + "\n"

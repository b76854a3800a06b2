"""Gold samples: typed by the user, never trained on, and training leaves out their copies."""

import pytest

from core.errors import InvalidTask
from core.gold import add_gold, gold_overlaps, without_gold_overlaps
from core.languages import find_language
from core.project import Label, NewSample, Project
from core.training import TrainingConfig, train
from tests.fixtures.projects import make_project

LABELS = [Label("greeting", "Hellos and goodbyes"), Label("market", "Buying and selling")]


@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "p.shule", find_language("sw"), LABELS)
    yield p
    p.close()


def test_add_gold_stores_an_accepted_gold_sample(project):
    sample_id = add_gold(project, "  Habari za asubuhi  ", "greeting")
    s = project.sample(sample_id)
    assert (s.text, s.label, s.status, s.source) == ("Habari za asubuhi", "greeting", "accepted",
                                                      "gold")
    assert project.counts()["greeting"]["accepted"] == 0  # gold is not a training sample
    with pytest.raises(InvalidTask, match="needs a text"):
        add_gold(project, "   ", "greeting")
    with pytest.raises(InvalidTask, match="“weather” is not one of this project's labels"):
        add_gold(project, "Mvua inanyesha", "weather")
    assert project.sample_ids(source="gold") == [sample_id]


def test_gold_overlaps_match_after_normalising(project):
    gold = add_gold(project, "Habari  ya leo!", "greeting")
    other_gold = add_gold(project, "Bei ya nyanya", "market")
    accepted, pending, rejected, different = project.add_samples([
        NewSample("habari ya leo", "greeting", "generated", "accepted"),
        NewSample("HABARI, ya leo", "market", "imported", "pending"),
        NewSample("Habari ya leo.", "greeting", "generated", "rejected"),
        NewSample("Habari ya kesho", "greeting", "generated", "accepted"),
    ])
    project.add_samples([NewSample("bei ya nyanya!", "market", "gold", "accepted")])  # gold twice
    assert gold_overlaps(project) == [(gold, accepted), (gold, pending)]
    assert other_gold not in {g for g, _ in gold_overlaps(project)}

    candidates = [s for s in project.samples(status="accepted") if s.source != "gold"]
    keep, left_out = without_gold_overlaps(project, candidates)
    assert [s.id for s in left_out] == [accepted] and [s.id for s in keep] == [different]
    assert rejected not in {s.id for s in keep + left_out}


def test_training_leaves_out_samples_that_copy_a_gold_text(tmp_path, tiny_base):
    path = make_project(tmp_path / "toy")
    with Project.open(path) as project:
        copied = project.samples(label="sports")[0]
        add_gold(project, copied.text.upper() + "!", "sports")
        add_gold(project, "the team lost at home", "sports")
    model_id = train(path, tiny_base, TrainingConfig(epochs=1, learning_rate=1e-3, threads=1))
    with Project.open(path) as project:
        record = project.model(model_id)
        gold_ids = set(project.sample_ids(source="gold"))
        n_training = len(project.sample_ids(status="accepted", source="generated"))
    used = set(record.train_ids) | set(record.eval_ids)
    assert copied.id not in used and not used & gold_ids
    assert len(used) == n_training - 1
    assert record.settings["left_out_gold_overlaps"] == 1

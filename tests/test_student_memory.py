"""Running out of memory mid-training slows a run down instead of ending it: the batch is split
into parts with gradient accumulation. The memory limit is injected into a real model's forward
(no GPU here), the way a GPU of a given size would refuse a batch too big for it."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

from core.errors import NotReady  # noqa: E402
from core.student import _Steps, load_base  # noqa: E402
from tests.fixtures.projects import TOY, all_texts  # noqa: E402


def limited(model, max_batch: int):
    """Make ``model`` raise torch.OutOfMemoryError for batches larger than ``max_batch``."""
    forward = model.forward
    seen: list[int] = []

    def guarded(*args, **kwargs):
        size = kwargs["input_ids"].shape[0]
        seen.append(size)
        if size > max_batch:
            raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
        return forward(*args, **kwargs)

    model.forward = guarded
    return seen


def make_steps(tiny_base, max_batch: int):
    torch.manual_seed(0)
    model, tokenizer = load_base(tiny_base, list(TOY), dropout=0.0)
    seen = limited(model, max_batch)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
    notices: list[str] = []
    steps = _Steps(model, tokenizer, torch.device("cpu"), "fp32", 32, optimizer, notices.append)
    return model, steps, seen, notices


def test_a_batch_too_big_for_memory_is_split_and_the_step_still_happens(tiny_base):
    texts = all_texts()[:8]
    targets = torch.tensor([0, 1, 2, 0, 1, 2, 0, 1])
    model, steps, seen, notices = make_steps(tiny_base, max_batch=2)
    before = [p.detach().clone() for p in model.parameters()]
    loss = steps(texts, targets, max_grad_norm=1.0)
    assert steps.parts == 4 and seen[-4:] == [2, 2, 2, 2]
    assert loss > 0 and notices[-1] == "memory is short: each batch now runs in 4 parts"
    assert any(not torch.equal(a, b) for a, b in zip(before, model.parameters()))
    # The split is kept for the rest of the run: no second failure on the next batch.
    seen.clear()
    steps(texts, targets, max_grad_norm=1.0)
    assert seen == [2, 2, 2, 2]


def test_the_accumulated_step_equals_the_whole_batch_step(tiny_base):
    texts = all_texts()[:8]
    targets = torch.tensor([0, 1, 2, 0, 1, 2, 0, 1])
    whole_model, whole, _, _ = make_steps(tiny_base, max_batch=8)
    split_model, split, _, _ = make_steps(tiny_base, max_batch=2)
    assert whole(texts, targets, 1.0) == pytest.approx(split(texts, targets, 1.0), abs=1e-5)
    for a, b in zip(whole_model.parameters(), split_model.parameters()):
        assert torch.allclose(a, b, atol=1e-5)


def test_not_even_one_text_fits_says_what_to_do(tiny_base):
    _, steps, _, _ = make_steps(tiny_base, max_batch=0)
    with pytest.raises(NotReady, match="smaller base model or a shorter maximum length"):
        steps(all_texts()[:4], torch.tensor([0, 1, 2, 0]), max_grad_norm=1.0)

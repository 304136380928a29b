"""The merge is a pure function of the set of writes (hypothesis over random histories)."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from care_desktop.sync import clock
from care_desktop.sync.merge import DELETED, Write, all_heads, canonical, heads_of, record_view

FIELDS = ("a", "b", "c")


def simulate(plan: list[tuple[int, str, int]], skews: list[int]) -> list[Write]:
    """Three replicas edit, delete, erase and exchange writes; returns every write made."""
    known: list[dict[str, Write]] = [{}, {}, {}]
    seqs = [0, 0, 0]
    clocks = [clock.ZERO, clock.ZERO, clock.ZERO]
    made: list[Write] = []
    for step, (replica, action, arg) in enumerate(plan):
        mine = list(known[replica].values())
        if action == "sync":
            other = arg % 3
            for write in known[other].values():
                known[replica].setdefault(write.id, write)
            for write in known[replica].values():
                clocks[replica] = clock.observe(
                    clocks[replica], clock.Stamp.parse(write.stamp), wall=10**12
                )
            continue
        seqs[replica] += 1
        clocks[replica] = clock.tick(clocks[replica], wall=1_000_000 + step * 1000 + skews[replica])
        if action == "edit":
            name = FIELDS[arg % 3]
            values = {name: f"v{replica}-{step}"}
            supersedes = heads_of(mine, values)
            erases: frozenset[str] = frozenset()
        elif action == "delete":
            values = {name: None for name in FIELDS} | {DELETED: True}
            supersedes = all_heads(mine) | heads_of(mine, values)
            erases = frozenset()
        else:  # erase one field
            name = FIELDS[arg % 3]
            values = {name: None}
            supersedes = heads_of(mine, values)
            erases = frozenset({name})
        write = Write(
            origin=f"r{replica}",
            seq=seqs[replica],
            stamp=clocks[replica].text(),
            values=values,
            supersedes={k: v for k, v in supersedes.items() if v},
            erases=erases,
        )
        known[replica][write.id] = write
        made.append(write)
    return made


plans = st.lists(
    st.tuples(
        st.integers(0, 2),
        st.sampled_from(["edit", "edit", "edit", "sync", "sync", "delete", "erase"]),
        st.integers(0, 30),
    ),
    min_size=1,
    max_size=40,
)
skews = st.lists(st.integers(-(10**9), 10**9), min_size=3, max_size=3)


def _summary(writes: list[Write]) -> dict[str, tuple[str, bool, tuple[str, ...]]]:
    return {
        name: (canonical(view.value), view.conflict, tuple(h.id for h in view.heads))
        for name, view in record_view(writes).items()
    }


@settings(max_examples=300, deadline=None)
@given(plans, skews, st.randoms(use_true_random=False))
def test_merge_does_not_depend_on_order_duplicates_or_batches(
    plan: list[tuple[int, str, int]], skew: list[int], rng: random.Random
) -> None:
    writes = simulate(plan, skew)
    expected = _summary(writes)
    shuffled = writes + rng.sample(writes, k=len(writes) // 2)  # duplicates too
    rng.shuffle(shuffled)
    unique = list({w.id: w for w in shuffled}.values())
    assert _summary(unique) == expected


@settings(max_examples=300, deadline=None)
@given(plans, skews)
def test_no_write_is_lost(plan: list[tuple[int, str, int]], skew: list[int]) -> None:
    """Every value written is shown, kept as a conflicting head, superseded by a write that
    saw it, or erased by an erasure: nothing disappears silently."""
    writes = simulate(plan, skew)
    by_id = {w.id: w for w in writes}
    views = record_view(writes)
    for write in writes:
        for name in write.values:
            view = views[name]
            is_head = any(h.id == write.id for h in view.heads)
            superseded = any(write.id in w.supersedes.get(name, ()) for w in writes)
            erased = write.id in view.redacted or name in write.erases
            assert is_head or superseded or erased, (write.id, name)
    assert set(by_id) == {w.id for w in writes}


def test_concurrent_edits_conflict_and_a_resolution_supersedes_both() -> None:
    base = Write("a", 1, clock.Stamp(1, 0).text(), {"x": "old"})
    left = Write("a", 2, clock.Stamp(5, 0).text(), {"x": "left"}, {"x": (base.id,)})
    right = Write("b", 1, clock.Stamp(3, 0).text(), {"x": "right"}, {"x": (base.id,)})
    view = record_view([base, left, right])["x"]
    assert view.conflict
    assert view.value == "left"  # the greatest stamp is shown, the other is kept
    resolution = Write(
        "b", 2, clock.Stamp(2, 0).text(), {"x": "agreed"}, {"x": (left.id, right.id)}
    )
    resolved = record_view([base, left, right, resolution])["x"]
    assert (resolved.conflict, resolved.value) == (False, "agreed")


def test_a_clock_days_ahead_does_not_hide_the_other_value() -> None:
    base = Write("a", 1, clock.Stamp(1, 0).text(), {"x": "old"})
    fast = Write(
        "fast", 1, clock.Stamp(10**13, 0).text(), {"x": "from the fast clock"}, {"x": (base.id,)}
    )
    slow = Write(
        "slow", 1, clock.Stamp(2, 0).text(), {"x": "from the right clock"}, {"x": (base.id,)}
    )
    view = record_view([base, fast, slow])["x"]
    assert view.conflict
    assert {h.values["x"] for h in view.heads} == {"from the fast clock", "from the right clock"}


def test_an_edit_concurrent_with_a_delete_is_a_conflict_not_a_loss() -> None:
    create = Write("a", 1, clock.Stamp(1, 0).text(), {"x": "v1", "y": "w"})
    delete = Write(
        "a", 2, clock.Stamp(3, 0).text(), {"x": None, "y": None, DELETED: True},
        {"x": (create.id,), "y": (create.id,)},
    )  # fmt: skip
    edit = Write("b", 1, clock.Stamp(2, 0).text(), {"x": "edited"}, {"x": (create.id,)})
    view = record_view([create, delete, edit])
    assert view[DELETED].value is True
    assert view["x"].conflict
    assert "edited" in {h.values["x"] for h in view["x"].heads}


def test_an_erasure_removes_earlier_and_concurrent_values_but_not_later_ones() -> None:
    first = Write("a", 1, clock.Stamp(1, 0).text(), {"name": "Secret One"})
    concurrent = Write(
        "b", 1, clock.Stamp(9, 0).text(), {"name": "Secret Two"}, {"name": (first.id,)}
    )
    erasure = Write(
        "a", 2, clock.Stamp(2, 0).text(), {"name": None}, {"name": (first.id,)}, frozenset({"name"})
    )
    view = record_view([first, concurrent, erasure])["name"]
    assert view.value is None
    assert not view.conflict
    assert {first.id, concurrent.id} <= view.redacted
    later = Write(
        "a", 3, clock.Stamp(3, 0).text(), {"name": "new"}, {"name": (erasure.id, concurrent.id)}
    )
    assert record_view([first, concurrent, erasure, later])["name"].value == "new"

"""JSON from outside, bounded in depth (app.json_input)."""

from __future__ import annotations

import json
import sys

import pytest
import web3  # noqa: F401  (imports py_ecc, which raises the recursion limit: the real condition)

from app.json_input import MAX_DEPTH, TooDeep, loads


def test_web3_raised_the_recursion_limit_so_the_bound_is_ours():
    assert sys.getrecursionlimit() >= 100_000


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 2_000, 100_000])
def test_deeper_than_the_bound_is_refused_as_bad_json(depth):
    for bomb in ("[" * depth + "]" * depth, '{"a":' * depth + "1" + "}" * depth, "[" * depth):
        with pytest.raises(json.JSONDecodeError) as refused:
            loads(bomb)
        assert isinstance(refused.value, TooDeep)


def test_up_to_the_bound_and_brackets_inside_strings_are_read():
    assert loads("[" * MAX_DEPTH + "]" * MAX_DEPTH) == json.loads("[" * MAX_DEPTH + "]" * MAX_DEPTH)
    text = json.dumps({"memo": "[" * 500 + '\\"{', "rows": [[i, {"k": [i]}] for i in range(500)]})
    assert loads(text) == json.loads(text)
    assert loads(text.encode()) == json.loads(text)


@pytest.mark.parametrize("broken", ["[}", "[[[", '{"a": [1, 2}', "]" * 100, "[" * 70 + "}" * 70])
def test_malformed_input_is_still_named_by_the_decoder(broken):
    with pytest.raises(json.JSONDecodeError):
        loads(broken)

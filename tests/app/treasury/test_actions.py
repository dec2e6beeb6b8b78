import pytest

from app.storage import open_database
from app.treasury.actions import MOVES, TERMINAL, ActionStore, Kind, State, check_move
from app.treasury.errors import WorkflowError

TREASURY, ALICE = "0x" + "11" * 20, "0x" + "aa" * 20


@pytest.fixture
def store(tmp_path):
    db = open_database(tmp_path / "store.sqlite3")
    yield ActionStore(db)
    db.close()


def test_the_happy_path_is_allowed_and_every_step_is_kept(store):
    action = store.create(Kind.APPROVE, chain_id=1, treasury=TREASURY, actor=ALICE, proposal_id=7)
    for state in (State.SIMULATED, State.SIGNED, State.BROADCAST, State.CONFIRMED):
        action = store.move(action.id, state, f"to {state}")
    assert action.done and [s.state for s in action.steps] == [
        State.CREATED,
        State.SIMULATED,
        State.SIGNED,
        State.BROADCAST,
        State.CONFIRMED,
    ]
    assert store.open(1) == []


@pytest.mark.parametrize(
    ("path", "bad"),
    [
        ((), State.SIGNED),  # never signed without a simulation
        ((), State.BROADCAST),
        ((State.SIMULATED,), State.BROADCAST),  # never broadcast what was not recorded
        ((State.SIMULATED, State.SIGNED), State.SIMULATED),  # a signed action is never re-signed
        ((State.SIMULATED, State.SIGNED, State.BROADCAST), State.SIGNED),
        ((State.FAILED,), State.SIMULATED),  # final is final
    ],
)
def test_forbidden_moves_are_refused_and_change_nothing(store, path, bad):
    action = store.create(Kind.EXECUTE, chain_id=1, treasury=TREASURY, actor=ALICE, proposal_id=1)
    for state in path:
        action = store.move(action.id, state)
    with pytest.raises(WorkflowError) as caught:
        store.move(action.id, bad)
    assert caught.value.rule == "BadTransition"
    assert store.get(action.id) == action


def test_terminal_states_have_no_way_out_and_every_state_can_end():
    assert all(MOVES[s] == frozenset() for s in TERMINAL)
    for state in (State.CREATED, State.SIMULATED, State.SIGNED, State.BROADCAST):
        check_move(state, State.FAILED)
        check_move(state, State.SUPERSEDED)


def test_an_open_action_is_found_again_instead_of_doubled(store):
    first = store.create(Kind.APPROVE, chain_id=1, treasury=TREASURY, actor=ALICE, proposal_id=7)
    assert (
        store.find_open(1, Kind.APPROVE, ALICE.upper().replace("0X", "0x"), proposal_id=7) == first
    )
    assert store.find_open(1, Kind.APPROVE, ALICE, proposal_id=8) is None
    store.move(first.id, State.FAILED, "reverted")
    assert store.find_open(1, Kind.APPROVE, ALICE, proposal_id=7) is None


def test_state_and_intent_survive_reopening_the_database(tmp_path):
    db = open_database(tmp_path / "s.sqlite3")
    store = ActionStore(db)
    action = store.create(Kind.PROPOSE, chain_id=1, treasury=TREASURY, actor=ALICE, period=202603)
    store.move(action.id, State.SIMULATED)
    store.set_fields(action.id, intent_id="intent-1")
    db.close()
    db = open_database(tmp_path / "s.sqlite3")
    again = ActionStore(db).get(action.id)
    assert (again.state, again.intent_id, again.period) == (State.SIMULATED, "intent-1", 202603)
    db.close()

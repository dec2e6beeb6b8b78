"""Treasury actions as persisted state machines: the states, the allowed moves, the store.

    created -> simulated -> signed (recorded by the pipeline) -> broadcast -> confirmed
                                                                          \\-> failed | superseded
Every move is committed to SQLite with a step row before anything else happens, so after a crash
the row says how far the action got. `signed` means the chain pipeline holds the signed bytes
(its intent, named by `intent_id`, which this row stores *before* the pipeline signs).
`superseded`: the action no longer needs to happen (someone else executed, the proposal expired,
the transaction was replaced by a cancel).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from app.storage.db import Database
from app.storage.schema import TreasuryAction, TreasuryActionStep
from app.treasury.errors import WorkflowError


class State(StrEnum):
    CREATED = "created"
    SIMULATED = "simulated"
    SIGNED = "signed"
    BROADCAST = "broadcast"
    CONFIRMED = "confirmed"
    FAILED = "failed"
    SUPERSEDED = "superseded"


class Kind(StrEnum):
    PROPOSE = "propose"
    APPROVE = "approve"
    REJECT = "reject"
    EXECUTE = "execute"
    CANCEL = "cancel"


TERMINAL = frozenset({State.CONFIRMED, State.FAILED, State.SUPERSEDED})
_ENDINGS = {State.CONFIRMED, State.FAILED, State.SUPERSEDED}
MOVES: dict[State, frozenset[State]] = {
    # Simulating again is allowed (the chain moved while the user reviewed).
    State.CREATED: frozenset({State.SIMULATED, State.FAILED, State.SUPERSEDED}),
    State.SIMULATED: frozenset({State.SIMULATED, State.SIGNED, State.FAILED, State.SUPERSEDED}),
    # A receipt may be found before we saw our own broadcast succeed (crash, lost answer).
    State.SIGNED: frozenset({State.BROADCAST} | _ENDINGS),
    State.BROADCAST: frozenset(_ENDINGS),
    State.CONFIRMED: frozenset(),
    State.FAILED: frozenset(),
    State.SUPERSEDED: frozenset(),
}


def check_move(current: State, target: State) -> None:
    if target not in MOVES[current]:
        raise WorkflowError(
            "treasury.bad_transition", rule="BadTransition", current=current, target=target
        )


@dataclass(frozen=True)
class Step:
    state: State
    note: str
    at: dt.datetime


@dataclass(frozen=True)
class ActionRecord:
    id: str
    kind: Kind
    chain_id: int
    treasury: str
    actor: str
    store_id: str | None
    period: int | None
    proposal_id: int | None
    amount: int | None
    report_hash: str | None
    note: str | None
    signed_by: str | None  # a reject sending someone else's signed rejection: its signer
    state: State
    intent_id: str | None
    tx_hash: str | None
    error: str | None
    created_at: dt.datetime
    steps: tuple[Step, ...]

    @property
    def done(self) -> bool:
        return self.state in TERMINAL


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ActionStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(
        self,
        kind: Kind,
        *,
        chain_id: int,
        treasury: str,
        actor: str,
        store_id: str | None = None,
        period: int | None = None,
        proposal_id: int | None = None,
        amount: int | None = None,
        report_hash: str | None = None,
        note: str | None = None,
        signed_by: str | None = None,
    ) -> ActionRecord:
        action_id = str(uuid.uuid4())
        with self.db.session() as session:
            session.add(
                TreasuryAction(
                    id=action_id,
                    action=kind.value,
                    chain_id=chain_id,
                    treasury=treasury,
                    actor=actor,
                    store_id=store_id,
                    period=period,
                    proposal_id=proposal_id,
                    amount=None if amount is None else str(amount),
                    report_hash=report_hash,
                    note=note,
                    signed_by=signed_by,
                    state=State.CREATED.value,
                    created_at=_now(),
                    updated_at=_now(),
                )
            )
            session.flush()
            session.add(
                TreasuryActionStep(action_id=action_id, state="created", note="", at=_now())
            )
        return self.get(action_id)

    def move(self, action_id: str, target: State, note: str = "", **fields: object) -> ActionRecord:
        """Check the move, then commit the new state, its step and any fields at once."""
        with self.db.session() as session:
            row = session.get(TreasuryAction, action_id)
            if row is None:
                raise WorkflowError("treasury.no_action", action=action_id)
            check_move(State(row.state), target)
            for name, value in fields.items():
                setattr(row, name, value)
            row.state = target.value
            row.updated_at = _now()
            session.add(
                TreasuryActionStep(action_id=action_id, state=target.value, note=note, at=_now())
            )
        return self.get(action_id)

    def set_fields(self, action_id: str, **fields: object) -> ActionRecord:
        """Record facts without a state change (e.g. the intent id chosen before signing)."""
        with self.db.session() as session:
            row = session.get(TreasuryAction, action_id)
            if row is None:
                raise WorkflowError("treasury.no_action", action=action_id)
            for name, value in fields.items():
                setattr(row, name, value)
            row.updated_at = _now()
        return self.get(action_id)

    def get(self, action_id: str) -> ActionRecord:
        with self.db.session() as session:
            row = session.get(TreasuryAction, action_id)
            if row is None:
                raise WorkflowError("treasury.no_action", action=action_id)
            steps = session.scalars(
                select(TreasuryActionStep)
                .where(TreasuryActionStep.action_id == action_id)
                .order_by(TreasuryActionStep.id)
            ).all()
            return _record(row, steps)

    def open(self, chain_id: int) -> list[ActionRecord]:
        """Actions not yet final, oldest first: what resume() looks at."""
        return [a for a in self.all(chain_id) if not a.done]

    def all(self, chain_id: int) -> list[ActionRecord]:
        with self.db.session() as session:
            ids = session.scalars(
                select(TreasuryAction.id)
                .where(TreasuryAction.chain_id == chain_id)
                .order_by(TreasuryAction.created_at)
            ).all()
        return [self.get(i) for i in ids]

    def find_open(
        self,
        chain_id: int,
        kind: Kind,
        actor: str,
        *,
        proposal_id: int | None = None,
        store_id: str | None = None,
        period: int | None = None,
    ) -> ActionRecord | None:
        """The open action doing the same thing, so a second click resumes it, never doubles it."""
        for action in self.open(chain_id):
            same = (action.kind, action.actor.lower()) == (kind, actor.lower())
            target = (action.proposal_id, action.store_id, action.period)
            if same and target == (proposal_id, store_id, period):
                return action
        return None


def _record(row: TreasuryAction, steps: Sequence[TreasuryActionStep]) -> ActionRecord:
    return ActionRecord(
        id=row.id,
        kind=Kind(row.action),
        chain_id=row.chain_id,
        treasury=row.treasury,
        actor=row.actor,
        store_id=row.store_id,
        period=row.period,
        proposal_id=row.proposal_id,
        amount=None if row.amount is None else int(row.amount),
        report_hash=row.report_hash,
        note=row.note,
        signed_by=row.signed_by,
        state=State(row.state),
        intent_id=row.intent_id,
        tx_hash=row.tx_hash,
        error=row.error,
        created_at=row.created_at,
        steps=tuple(Step(State(s.state), s.note, s.at) for s in steps),
    )

"""The sandbox's signature collection: `POST/GET /v1/treasury/proposals/{id}/signatures`.

A posted signature is verified before it is stored (app.treasury.signature_check, against the
chain the sandbox runs): the proposal and the signed fields, pending, the deadline, the approver
role, never the proposer, the signer's current nonce, and the signature itself (ECDSA, or EIP-1271
for a contract such as a Safe); one per approver and proposal (a signature made after the signer
invalidated their earlier ones replaces the stale one). Each refusal is a problem with
its own code. Signatures live in SQLite beside the REST world's data and survive restarts.

`POST/GET /v1/treasury/proposals/{id}/override-reason`: the proposer's override reason, published
so approvers on other machines read it in full. It is stored only when its EIP-712 signature
(app.treasury.override_note) recovers to the proposal's proposer for the report hash on chain;
every desk checks that again before showing it, so this server cannot forge or alter a reason.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import weakref
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Header
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, Response

from app.backend.models import ApiError
from app.backend.signatures import (
    OverrideReasonPost,
    SignatureList,
    SignaturePost,
    StoredOverrideReason,
    StoredSignature,
)
from app.chain.client import ChainClient, checksum
from app.chain.errors import ChainError
from app.errors import AppError
from app.sandbox.bounded_body import JsonBodyRoute
from app.sandbox.world import SandboxWorld
from app.treasury.approvals import check_counts_once
from app.treasury.errors import TreasuryError
from app.treasury.onchain import TreasuryReader
from app.treasury.override_note import OverrideNote, verify_note
from app.treasury.rules import Status
from app.treasury.signature_check import SignatureRefused, check_decision, implausible_time
from app.treasury.signature_exchange import decision_of, post_of
from app.treasury.typed_approval import SignedDecision

# The problem each refused check answers with: (HTTP status, ApiError.error).
PROBLEMS: dict[str, int] = {
    "unknown_proposal": 404,
    "no_treasury": 404,
    "mismatch": 422,
    "not_pending": 409,
    "expired": 422,
    "proposer": 403,
    "not_an_approver": 403,
    "stale_nonce": 422,
    "invalid_signature": 422,
    "duplicate": 409,
    "owner_counted_twice": 409,
    "implausible_time": 422,
}

ProposalIdPath = Annotated[int, PathParam(ge=1, le=2**53 - 1, description="Proposal id")]
IfNoneMatch = Annotated[
    str | None,
    Header(description="An ETag from an earlier answer; 304 without a body if it still matches"),
]


class SignatureBook:
    """The stored signatures, and the chain they are verified against (linked by the chain
    service once the treasury is deployed; without it a POST answers 503)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS signatures (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
            " chain_id INTEGER NOT NULL, treasury TEXT NOT NULL, proposal_id INTEGER NOT NULL,"
            " signer TEXT NOT NULL, body TEXT NOT NULL,"
            " UNIQUE (chain_id, treasury, proposal_id, signer))"
        )
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS override_reasons (chain_id INTEGER NOT NULL,"
            " treasury TEXT NOT NULL, proposal_id INTEGER NOT NULL, body TEXT NOT NULL,"
            " PRIMARY KEY (chain_id, treasury, proposal_id))"
        )
        self._lock = threading.Lock()
        self.client: ChainClient | None = None
        self.treasury: str | None = None

    def link(self, client: ChainClient, treasury: str) -> None:
        self.client, self.treasury = client, checksum(treasury)

    def _scope(self) -> tuple[int, str]:
        if self.client is None or self.treasury is None:
            return 0, ""
        return self.client.chain_id, self.treasury

    def listed(self, proposal_id: int) -> SignatureList:
        chain_id, treasury = self._scope()
        with self._lock:
            rows = self._db.execute(
                "SELECT body FROM signatures WHERE chain_id = ? AND treasury = ?"
                " AND proposal_id = ? ORDER BY seq",
                (chain_id, treasury, proposal_id),
            ).fetchall()
        items = [StoredSignature.model_validate_json(body) for (body,) in rows]
        return SignatureList(proposal_id=proposal_id, items=items)

    def add(self, proposal_id: int, post: SignaturePost) -> StoredSignature:
        """Verify, then store; SignatureRefused (problem "duplicate" included) otherwise."""
        if self.client is None or self.treasury is None:
            raise _Unavailable()
        try:
            decision = decision_of(post)
        except TreasuryError:  # a rejection without its reason cannot be checked
            raise SignatureRefused(
                "signature.no_reason", problem="invalid_signature", proposal=proposal_id
            ) from None
        if decision.message.proposal_id != proposal_id:
            raise SignatureRefused(
                "signature.other_proposal", problem="mismatch", proposal=proposal_id
            )
        held = self._held(proposal_id, decision.signer)
        if held is not None and held.message.nonce == decision.message.nonce:
            raise _duplicate(decision)  # before the chain: cheap and certain
        facts = check_decision(self.client, self.treasury, decision)  # its nonce is current
        if implausible_time(self.client, self.treasury, facts, decision.signed_at):
            raise SignatureRefused(
                "signature.implausible_time",
                problem="implausible_time",
                signed_at=decision.signed_at,
                proposal=proposal_id,
            )
        kept = [decision_of(item) for item in self.listed(proposal_id).items]
        check_counts_once(self.client, self.treasury, decision, facts, kept)
        stored = StoredSignature(
            **post.model_dump(), received_at=dt.datetime.now(dt.UTC).replace(microsecond=0)
        )
        chain_id, treasury = self._scope()
        row = (chain_id, treasury, proposal_id, decision.signer, stored.model_dump_json())
        with self._lock:
            if held is not None:  # signed again after invalidating: the new one replaces it
                self._db.execute(
                    "UPDATE signatures SET body = ? WHERE chain_id = ? AND treasury = ?"
                    " AND proposal_id = ? AND signer = ?",
                    (row[4], *row[:4]),
                )
                return stored
            try:
                self._db.execute(
                    "INSERT INTO signatures (chain_id, treasury, proposal_id, signer, body)"
                    " VALUES (?, ?, ?, ?, ?)",
                    row,
                )
            except sqlite3.IntegrityError:  # two posts raced past the check above
                raise _duplicate(decision) from None
        return stored

    def add_override(self, proposal_id: int, post: OverrideReasonPost) -> StoredOverrideReason:
        """Verify that the proposal's proposer signed this reason for its report hash, then
        store it (the same note again is taken as it is; another one for the proposal is a
        duplicate). SignatureRefused otherwise."""
        if self.client is None or self.treasury is None:
            raise _Unavailable()
        proposal = TreasuryReader(self.client, self.treasury).proposal(proposal_id)
        if proposal.status == Status.NONE:
            raise SignatureRefused(
                "signature.unknown_proposal", problem="unknown_proposal", proposal=proposal_id
            )
        note = OverrideNote(
            proposal_id,
            bytes.fromhex(post.report_hash[2:]),
            post.reason,
            checksum(post.proposer),
            bytes.fromhex(post.signature[2:]),
        )
        try:
            verify_note(note, proposal, self.client.chain_id, self.treasury)
        except TreasuryError as refused:
            problem = "mismatch" if refused.code == "treasury.override_note_other" else "proposer"
            raise SignatureRefused(refused.code, problem=problem, **refused.params) from None
        held = self.override_of(proposal_id)
        if held is not None:
            if held.signature.lower() == post.signature.lower():
                return held
            raise SignatureRefused(
                "signature.duplicate", problem="duplicate", signer=post.proposer,
                proposal=proposal_id,
            )  # fmt: skip
        stored = StoredOverrideReason(
            **post.model_dump(),
            proposal_id=proposal_id,
            received_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        )
        chain_id, treasury = self._scope()
        with self._lock:
            self._db.execute(
                "INSERT OR IGNORE INTO override_reasons (chain_id, treasury, proposal_id, body)"
                " VALUES (?, ?, ?, ?)",
                (chain_id, treasury, proposal_id, stored.model_dump_json()),
            )
        return stored

    def override_of(self, proposal_id: int) -> StoredOverrideReason | None:
        chain_id, treasury = self._scope()
        with self._lock:
            row = self._db.execute(
                "SELECT body FROM override_reasons WHERE chain_id = ? AND treasury = ?"
                " AND proposal_id = ?",
                (chain_id, treasury, proposal_id),
            ).fetchone()
        return None if row is None else StoredOverrideReason.model_validate_json(row[0])

    def add_seeded(self, decisions: list[SignedDecision]) -> int:
        """Store the sandbox seeder's own signatures (made by its keys, not posted): those not
        stored yet. How many were added."""
        chain_id, treasury = self._scope()
        received = dt.datetime.now(dt.UTC).replace(microsecond=0)
        added = 0
        with self._lock:
            for decision in decisions:
                stored = StoredSignature(**post_of(decision).model_dump(), received_at=received)
                cursor = self._db.execute(
                    "INSERT OR IGNORE INTO signatures"
                    " (chain_id, treasury, proposal_id, signer, body) VALUES (?, ?, ?, ?, ?)",
                    (
                        chain_id,
                        treasury,
                        decision.message.proposal_id,
                        checksum(decision.signer),
                        stored.model_dump_json(),
                    ),
                )
                added += cursor.rowcount
        return added

    def forget(self) -> None:
        """Drop the linked treasury's signatures (its chain was seeded afresh)."""
        chain_id, treasury = self._scope()
        with self._lock:
            self._db.execute(
                "DELETE FROM signatures WHERE chain_id = ? AND treasury = ?", (chain_id, treasury)
            )
            self._db.execute(
                "DELETE FROM override_reasons WHERE chain_id = ? AND treasury = ?",
                (chain_id, treasury),
            )

    def _held(self, proposal_id: int, signer: str) -> SignaturePost | None:
        """The signer's stored signature of the proposal, if any."""
        chain_id, treasury = self._scope()
        with self._lock:
            row = self._db.execute(
                "SELECT body FROM signatures WHERE chain_id = ? AND treasury = ?"
                " AND proposal_id = ? AND signer = ?",
                (chain_id, treasury, proposal_id, signer),
            ).fetchone()
        return None if row is None else StoredSignature.model_validate_json(row[0])

    def close(self) -> None:
        self._db.close()


class _Unavailable(AppError):
    """No chain is linked (a sandbox started with --no-chain): there is nothing to sign."""

    code = "signature.no_treasury"


def _duplicate(decision: SignedDecision) -> SignatureRefused:
    return SignatureRefused(
        "signature.duplicate",
        problem="duplicate",
        signer=decision.signer,
        proposal=decision.message.proposal_id,
    )


_BOOKS: weakref.WeakKeyDictionary[SandboxWorld, SignatureBook] = weakref.WeakKeyDictionary()
_BOOKS_LOCK = threading.Lock()


def book_of(world: SandboxWorld) -> SignatureBook:
    """The world's signature book (one per world, beside its data)."""
    with _BOOKS_LOCK:
        book = _BOOKS.get(world)
        if book is None:
            book = _BOOKS[world] = SignatureBook(world.store.path.parent / "signatures.sqlite3")
        return book


def _problem(status: int, error: str, message: str) -> JSONResponse:
    body = ApiError(error=error[:100], message=message[:1000])
    return JSONResponse(body.model_dump(), status_code=status)


def create_router(world: SandboxWorld | None, dependencies: list[Any]) -> APIRouter:
    """The signature routes; `dependencies` are the API's (bearer auth, known query only)."""
    from app.sandbox.api import ApiProblem, _errors, _respond

    router = APIRouter(prefix="/v1/treasury", dependencies=dependencies, route_class=JsonBodyRoute)

    def the_book() -> SignatureBook:
        if world is None:
            raise ApiProblem(503, "unavailable", "The sandbox has no data loaded.")
        return book_of(world)

    path = "/proposals/{proposal_id}/signatures"

    # Starlette answers a wrong method with the Allow of the first route on the path only;
    # this path has two (GET and POST), so the other methods are answered here, first.
    @router.api_route(
        path, methods=["PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"], include_in_schema=False
    )
    def signatures_other_methods() -> JSONResponse:
        answer = _problem(405, "method_not_allowed", "Use GET or POST.")
        answer.headers["Allow"] = "GET, POST"
        return answer

    refusals: dict[int | str, dict[str, Any]] = {}
    for problem, status in sorted(PROBLEMS.items()):
        described = refusals.setdefault(status, {"description": "Refused:", "model": ApiError})
        described["description"] += f" {problem}"
    unavailable: dict[int | str, dict[str, Any]] = {
        503: {"description": "The sandbox runs without a chain", "model": ApiError}
    }

    @router.post(
        path,
        status_code=201,
        response_model=StoredSignature,
        summary="Add an approver's signed approval or rejection",
        description="The server verifies the signature against the chain before storing it: "
        "the proposal is pending and is the one signed, the deadline has not passed, the signer "
        "holds the approver role, is not the proposer and signed with their current nonce, and "
        "the signature verifies (ECDSA, or EIP-1271 for a contract signer such as a Safe). One "
        "signature per approver and proposal.",
        responses={**_errors(400, 401, 413, 422), **refusals, **unavailable},
    )
    def post_proposal_signature(
        proposal_id: ProposalIdPath, post: SignaturePost
    ) -> StoredSignature | JSONResponse:
        book = the_book()
        try:
            return book.add(proposal_id, post)
        except _Unavailable:  # no proposals exist to sign: a 404, not a server fault
            return _problem(404, "no_treasury", "The sandbox runs without a chain and treasury.")
        except SignatureRefused as refused:
            return _problem(PROBLEMS[refused.problem], refused.problem, refused.user_message)
        except ChainError as error:
            raise ApiProblem(503, "chain_unavailable", error.user_message) from None

    responses = _errors(304, 401, 422)
    responses[200] = {
        "headers": {
            "ETag": {"description": "Strong entity tag of the body", "schema": {"type": "string"}}
        }
    }

    @router.get(
        path,
        response_model=SignatureList,
        summary="Every stored signature of a proposal, in the order received",
        responses=responses,
    )
    def proposal_signatures(
        proposal_id: ProposalIdPath, if_none_match: IfNoneMatch = None
    ) -> Response:
        return _respond(the_book().listed(proposal_id), if_none_match)

    override = "/proposals/{proposal_id}/override-reason"

    @router.api_route(
        override, methods=["PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"], include_in_schema=False
    )
    def override_other_methods() -> JSONResponse:
        answer = _problem(405, "method_not_allowed", "Use GET or POST.")
        answer.headers["Allow"] = "GET, POST"
        return answer

    override_refusals: dict[int | str, dict[str, Any]] = {
        403: {"description": "Refused: proposer (not signed by the proposal's proposer)",
              "model": ApiError},
        404: {"description": "Refused: unknown_proposal, no_treasury", "model": ApiError},
        409: {"description": "Refused: duplicate (another reason is stored)", "model": ApiError},
    }  # fmt: skip
    override_refusals[422] = {"description": "Refused: mismatch", "model": ApiError}

    @router.post(
        override,
        status_code=201,
        response_model=StoredOverrideReason,
        summary="Publish the proposer's override reason, signed by the proposer",
        description="The proposer's reason for proposing despite a reconciliation difference, "
        "with their EIP-712 signature of OverrideReason(proposalId, reportHash, reasonHash) in "
        "the treasury's domain. Stored only when the signature recovers to the proposal's "
        "proposer and the report hash is the proposal's on chain. One per proposal.",
        responses={**_errors(400, 401, 413, 422), **override_refusals, **unavailable},
    )
    def post_override_reason(
        proposal_id: ProposalIdPath, post: OverrideReasonPost
    ) -> StoredOverrideReason | JSONResponse:
        book = the_book()
        try:
            return book.add_override(proposal_id, post)
        except _Unavailable:
            return _problem(404, "no_treasury", "The sandbox runs without a chain and treasury.")
        except SignatureRefused as refused:
            return _problem(PROBLEMS[refused.problem], refused.problem, refused.user_message)
        except ChainError as error:
            raise ApiProblem(503, "chain_unavailable", error.user_message) from None

    found = _errors(401, 422)
    found[404] = {"description": "No override reason was published", "model": ApiError}

    @router.get(
        override,
        response_model=StoredOverrideReason,
        summary="The proposer's signed override reason of a proposal",
        description="Check the signature yourself: it must recover to the proposal's proposer.",
        responses=found,
    )
    def proposal_override_reason(proposal_id: ProposalIdPath) -> Response:
        stored = the_book().override_of(proposal_id)
        if stored is None:
            return _problem(404, "not_found", "No override reason was published for it.")
        return _respond(stored, None)

    return router


__all__ = ["PROBLEMS", "SignatureBook", "book_of", "create_router", "decision_of"]

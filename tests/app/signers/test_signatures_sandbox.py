"""The sandbox's platform API serves the seeded proposals' signed approvals (the chain service
hands them over at start), and refuses a second one from the same approver."""

from __future__ import annotations

from pathlib import Path

from app.backend.client import ApiClient
from app.backend.errors import BackendHttpError
from app.treasury.signature_exchange import collect, publish
from app.treasury.signature_store import decisions_from_json
from tests.fixtures.sandbox import chain_view


def test_the_seeded_signatures_are_served(sandbox_chain):
    signed = decisions_from_json(Path(sandbox_chain.lines["treasury-signatures"]).read_text())
    assert signed
    with chain_view(sandbox_chain) as view:
        _check(sandbox_chain, view, signed)


def _check(sandbox_chain, view, signed) -> None:
    treasury = view.deployment.treasury
    assert treasury is not None
    with ApiClient(sandbox_chain.api_url, sandbox_chain.token) as api:
        for pid in sorted({d.message.proposal_id for d in signed}):
            got = collect(api, pid, view.client.chain_id, treasury)
            assert got is not None
            served, etag = got
            assert etag
            mine = [d for d in signed if d.message.proposal_id == pid]
            assert [(d.signer, d.signature) for d in served] == [
                (d.signer, d.signature) for d in mine
            ]
        try:
            publish(api, signed[0])
        except BackendHttpError as error:
            assert (error.status, error.server_code) == (409, "duplicate")
        else:
            raise AssertionError("a second copy of a stored signature was accepted")

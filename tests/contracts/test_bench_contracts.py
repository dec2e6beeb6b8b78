"""The gas bench's baselines must be honest implementations: they pay the right amounts and
refuse what they should."""

from __future__ import annotations

from eth_abi import encode
from eth_utils import keccak

from bench.gas_payouts import merkle_proof, merkle_tree
from tests.contracts.conftest import PST, USD, Env
from tests.contracts.helpers import assert_reverts


def _leaf(index: int, account: str, amount: int) -> bytes:
    return keccak(keccak(encode(["uint256", "address", "uint256"], [index, account, amount])))


def test_merkle_baseline_pays_once_per_valid_proof_in_each_epoch(env: Env) -> None:
    claimers = env.investors[:5]  # an odd count exercises the unpaired-node path
    leaves = [_leaf(i, s.address, (i + 1) * USD) for i, s in enumerate(claimers)]
    root, levels = merkle_tree(leaves)
    merkle = env.admin.deploy("MerkleClaimDistributor", env.platform.stablecoin)
    env.admin.send(env.stablecoin.functions.approve(merkle.address, 30 * USD))
    for epoch in (0, 1):
        env.admin.send(merkle.functions.addEpoch(root, 15 * USD))
        for i, s in enumerate(claimers):
            before = env.stablecoin.functions.balanceOf(s.address).call()
            proof = merkle_proof(levels, i)
            s.send(merkle.functions.claim(epoch, i, s.address, (i + 1) * USD, proof))
            assert env.stablecoin.functions.balanceOf(s.address).call() - before == (i + 1) * USD
        again = merkle.functions.claim(epoch, 0, claimers[0].address, USD, merkle_proof(levels, 0))
        assert_reverts(again, claimers[0], "AlreadyClaimed")
    forged = merkle.functions.claim(1, 5, env.outsider.address, USD, merkle_proof(levels, 0))
    assert_reverts(forged, env.outsider, "InvalidProof")
    assert env.stablecoin.functions.balanceOf(merkle.address).call() == 0


def test_push_baseline_pays_every_holder_pro_rata(env: Env) -> None:
    plain = env.admin.deploy("BenchPlainToken")
    push = env.admin.deploy("PushPayoutDistributor", env.platform.stablecoin)
    holders = [s.address for s in env.investors[:3]]
    for address, amount in zip(holders, (1, 1, 2), strict=True):
        env.admin.send(plain.functions.mint(address, amount * PST))

    def balances() -> list[int]:
        return [env.stablecoin.functions.balanceOf(a).call() for a in holders]

    before = balances()
    env.admin.send(env.stablecoin.functions.approve(push.address, 100 * USD))
    env.admin.send(push.functions.distribute(plain.address, holders, 100 * USD))
    after = balances()
    assert [b - a for a, b in zip(before, after, strict=True)] == [25 * USD, 25 * USD, 50 * USD]
    # A period split over several calls pays the same: funded once, paid part by part.
    env.admin.send(env.stablecoin.functions.transfer(push.address, 100 * USD))
    env.admin.send(push.functions.pay(plain.address, holders[:2], 100 * USD))
    env.admin.send(push.functions.pay(plain.address, holders[2:], 100 * USD))
    again = balances()
    assert [b - a for a, b in zip(after, again, strict=True)] == [25 * USD, 25 * USD, 50 * USD]
    assert env.stablecoin.functions.balanceOf(push.address).call() == 0


def test_event_emitter_emits_the_requested_transfers(env: Env) -> None:
    emitter = env.admin.deploy("EventEmitter")
    receipt = env.admin.send(emitter.functions.emitTransfers(7, 3))
    logs = emitter.events.Transfer().process_receipt(receipt)
    found = [
        (int(e["args"]["from"], 16), int(e["args"]["to"], 16), e["args"]["value"]) for e in logs
    ]
    assert found == [(k, k + 1, k) for k in (7, 8, 9)]

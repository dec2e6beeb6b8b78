"""A retry while the node's send endpoint is down (issue 12: "a killed send that later went out
twice"), against a real anvil behind the fault proxy.

The first send was recorded at nonce n and never reached the node; the person retried the same
call while sends still failed (reads worked). The retry signed n+1 on top of the unsent n, and
the next reconcile mined both: Bob received 1554 wei instead of 777. A new nonce is never signed
while a lower recorded one is not known to the node.
"""

from __future__ import annotations

import pytest

from app.chain.errors import BroadcastUncertain, ChainError, RetryNotReceived
from app.chain.transactions import Intent, TransactionPipeline
from app.chain.txstore import CONFIRMED
from app.events import TX_SETTLED, EventBus
from tests.app.chain.test_truth import rows
from tests.app.cli import test_exit_codes as exit_codes
from tests.app.wallet.conftest import PASSWORD

cli, cli_dir = exit_codes.cli, exit_codes.cli_dir  # the CLI run over a wallet with a key


def transfer(to: str, wei: int) -> Intent:
    return Intent(to=to, data=b"", value=wei, description=f"send {wei} wei")


def unsent_send(proxy, make_client, store, alice, bob, wei: int) -> str:
    """A send recorded and signed whose broadcast failed: its hash."""
    proxy.set_mode("error503", methods={"eth_sendRawTransaction"})
    with pytest.raises(BroadcastUncertain) as uncertain:
        TransactionPipeline(make_client(proxy.url, retries=0), store).send(
            transfer(bob.address, wei), alice
        )
    return uncertain.value.tx_hash


@pytest.mark.parametrize("failing_sends", [2, None], ids=["outage-then-back", "outage-lasts"])
@pytest.mark.parametrize("retries", [1, 2, 5])
def test_retries_during_a_send_outage_make_one_transfer(
    chain, rpc_proxy_factory, make_client, store, signers, failing_sends, retries
):
    proxy = rpc_proxy_factory(chain.url)
    alice, bob = signers[0], signers[1]
    before = chain.w3.eth.get_balance(bob.address)
    first = unsent_send(proxy, make_client, store, alice, bob, 777)
    proxy.set_mode("error503", count=failing_sends, methods={"eth_sendRawTransaction"})

    for _ in range(retries):  # the person retries the same call, no key, until told it went
        retry = TransactionPipeline(make_client(proxy.url, retries=0), store)
        try:
            record = retry.send(transfer(bob.address, 777), alice)
        except RetryNotReceived as refused:  # the node still has not got the first one
            assert refused.tx_hash == first
            assert first in refused.user_message and "not signed again" in refused.user_message
            assert rows(store) == 1  # nothing new was signed
            continue
        assert record.latest.tx_hash == first  # re-sent once the endpoint was back
        break
    assert rows(store) == 1

    proxy.set_mode("pass")
    later = TransactionPipeline(make_client(chain.url), store)
    later.reconcile()
    [record] = later.history()
    assert later.wait(record.intent_id, timeout=10).status == CONFIRMED
    assert chain.w3.eth.get_balance(bob.address) - before == 777


def test_a_retry_after_a_run_that_never_saw_its_send_mined_sends_once(
    chain, make_client, store, signers
):
    """Exit 4 ("sent, outcome not known"), the person retries without a key: the retry's
    start-up reconcile finds the first one mined; that is the payment, not a reason for a new."""
    alice, bob = signers[0], signers[1]
    before = chain.w3.eth.get_balance(bob.address)
    first = TransactionPipeline(make_client(chain.url), store).send(
        transfer(bob.address, 41), alice
    )

    retry = TransactionPipeline(make_client(chain.url), store)
    [outcome] = retry.reconcile()
    assert (outcome.action, outcome.record.status) == (CONFIRMED, CONFIRMED)
    again = retry.send(transfer(bob.address, 41), alice)

    assert again.intent_id == first.intent_id
    assert rows(store) == 1
    assert chain.w3.eth.get_balance(bob.address) - before == 41


def test_a_new_call_is_not_signed_behind_a_transaction_the_node_has_not_received(
    chain, rpc_proxy_factory, make_client, store, signers
):
    proxy = rpc_proxy_factory(chain.url)
    alice, bob = signers[0], signers[1]
    first = unsent_send(proxy, make_client, store, alice, bob, 31)
    told, heard = [], []
    bus = EventBus()  # the GUI hears it there (ui/shell/app.py posts it to the bell)
    bus.subscribe(TX_SETTLED, lambda _topic, outcome: heard.append(outcome))
    pipeline = TransactionPipeline(make_client(proxy.url, retries=0), store, bus)
    pipeline.on_settled = told.append

    with pytest.raises(ChainError) as refused:
        pipeline.send(transfer(bob.address, 32), alice)  # another payment

    assert refused.value.code == "chain.earlier_not_received"
    assert first in refused.value.user_message
    assert rows(store) == 1
    assert [(o.action, o.record.latest.tx_hash) for o in told] == [("uncertain", first)]
    proxy.set_mode("pass")
    second = pipeline.send(transfer(bob.address, 32), alice)  # the endpoint is back
    assert [o.action for o in told[1:]] == ["rebroadcast"]  # the first went out first
    assert second.nonce == told[0].record.nonce + 1
    for record in pipeline.history():
        assert pipeline.wait(record.intent_id, timeout=10).status == CONFIRMED
    assert heard == told


def test_retries_of_a_send_the_node_never_received_send_once(
    cli_dir, wallet_world, rpc_proxy_factory, capsys
):
    """No --key, the node's send endpoint down, reads fine: each retry signed the next nonce on
    top of the unsent one, and a later command mined both (two transfers for one)."""
    proxy = rpc_proxy_factory(wallet_world.chain.url)
    friend = wallet_world.friend.address
    w3 = wallet_world.chain.w3
    before = w3.eth.get_balance(friend)
    send = ("wallet", "send", "--to", friend, "--amount", "0.25", "--wait", "5")
    proxy.set_mode("error503", methods={"eth_sendRawTransaction"})

    assert cli(cli_dir, proxy.url, wallet_world, *send, stdin=f"yes\n{PASSWORD}\n") == 4
    first = capsys.readouterr().out.strip().splitlines()[-1]
    assert cli(cli_dir, proxy.url, wallet_world, *send, stdin=f"yes\n{PASSWORD}\n") == 4
    out, err = capsys.readouterr()
    assert out.strip().splitlines()[-1] == first  # the earlier one, not a new hash
    assert "could not be checked" in err and "not signed again" in err
    assert "Traceback" not in err
    proxy.set_mode("pass")

    assert cli(cli_dir, proxy.url, wallet_world, *send, stdin=f"yes\n{PASSWORD}\n") == 0
    out, err = capsys.readouterr()
    assert out.strip().splitlines()[-1] == first
    assert "re-sent your earlier recorded transaction" in err
    assert w3.eth.get_balance(friend) - before == 25 * 10**16

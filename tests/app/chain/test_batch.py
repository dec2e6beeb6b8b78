import json
import shutil
import subprocess
from pathlib import Path

import pytest

from app.chain.batch import MULTICALL3, BatchReader, balance, call
from app.chain.deploy import LocalSender

HERE = Path(__file__).parent
CONTRACTS = Path(__file__).resolve().parents[3] / "resources" / "contracts"
COMPILE = """
const solc = require("solc");
const source = require("fs").readFileSync(process.argv[1], "utf8");
const input = {language: "Solidity", sources: {"M.sol": {content: source}},
  settings: {evmVersion: "prague", outputSelection: {"*": {"*": ["evm.deployedBytecode.object"]}}}};
const out = JSON.parse(solc.compile(JSON.stringify(input)));
process.stdout.write(out.contracts["M.sol"].MiniMulticall3.evm.deployedBytecode.object);
"""


@pytest.fixture(scope="session")
def multicall_code() -> str:
    if shutil.which("node") is None:
        pytest.skip("node is needed to compile the test Multicall3")
    runtime = subprocess.run(
        ["node", "-e", COMPILE, str(HERE / "data" / "MiniMulticall3.sol")],
        cwd=CONTRACTS,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    assert len(runtime) > 100
    return "0x" + runtime


@pytest.fixture
def coin_reads(chain):
    owner = chain.accounts[0]
    coin = LocalSender(chain.w3, owner).deploy("SandboxStablecoin", owner.address)
    holders = [a.address for a in chain.accounts[1:11]]
    for i, holder in enumerate(holders):
        LocalSender(chain.w3, owner).send(coin.functions.mint(holder, 1_000_000 * (i + 1)))
    reads = [call(coin.functions.balanceOf(h)) for h in holders] + [balance(h) for h in holders]
    # A read that fails (no allowance) must not spoil the others.
    reads.append(call(coin.functions.transferFrom(holders[0], owner.address, 1)))
    return reads


def expected_values(chain, reads):
    return [1_000_000 * (i + 1) for i in range(10)] + [
        chain.w3.eth.get_balance(a.address) for a in chain.accounts[1:11]
    ]


@pytest.mark.parametrize("transport", ["batch", "single"])
def test_json_rpc_batch_against_one_call_per_read(chain, make_client, coin_reads, transport):
    client = make_client(chain.url)
    reader = BatchReader(client, transport=transport)
    before = client.round_trips
    results = reader.read(coin_reads)
    trips = client.round_trips - before
    assert trips == (1 if transport == "batch" else len(coin_reads))
    assert [r.value for r in results[:-1]] == expected_values(chain, coin_reads)
    assert not results[-1].ok and results[-1].error.startswith("ERC20 insufficient allowance")


def test_multicall3_is_used_where_the_chain_has_it(chain, make_client, coin_reads, multicall_code):
    chain.rpc("anvil_setCode", [MULTICALL3, multicall_code])
    client = make_client(chain.url)
    reader = BatchReader(client)  # auto
    before = client.round_trips
    results = reader.read(coin_reads)
    assert reader.transport == "multicall"
    assert client.round_trips - before == 2  # the code check, then one eth_call
    assert [r.value for r in results[:-1]] == expected_values(chain, coin_reads)
    assert not results[-1].ok and results[-1].error.startswith("ERC20 insufficient allowance")


def test_reads_are_split_into_trips_of_bounded_size(chain, make_client, coin_reads):
    client = make_client(chain.url)
    reader = BatchReader(client, transport="batch", max_per_trip=8)
    before = client.round_trips
    assert len(reader.read(coin_reads)) == 21
    assert client.round_trips - before == 3
    assert reader.read([]) == []
    assert json.dumps([r.ok for r in reader.read(coin_reads[:2])]) == "[true, true]"


def test_a_read_from_the_abi_encodes_and_decodes_as_web3s_contract_call() -> None:
    from eth_abi import encode
    from web3 import Web3

    from app.chain.artifacts import load_artifact
    from app.chain.batch import abi_read, call

    address = "0x" + "ab" * 20
    store = b"\x07" * 32
    for name, function, args, answer in [
        ("ProfitShareToken", "paused", (), encode(["bool"], [True])),
        ("StoreGovernor", "quorum", (41,), encode(["uint256"], [12])),
        ("DistributionTreasury", "policyOf", (store,), encode(["uint256"] * 4, [5, 9, 2, 8])),
    ]:
        handle = Web3().eth.contract(Web3.to_checksum_address(address), abi=load_artifact(name).abi)
        expected = call(getattr(handle.functions, function)(*args))
        read = abi_read(name, address, function, *args)
        assert (read.to, read.data) == (expected.to, expected.data)
        assert read.decode is not None and expected.decode is not None
        assert read.decode(answer) == expected.decode(answer)

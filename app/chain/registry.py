"""Every contract address, discovered from the StoreRegistry (the one address a profile names)."""

from __future__ import annotations

from dataclasses import dataclass

from eth_typing import ChecksumAddress
from eth_utils import to_checksum_address

from app.chain.batch import BatchReader, call
from app.chain.client import ChainClient, checksum
from app.chain.errors import ChainError, ContractNotFound

ZERO = "0x" + "00" * 20


@dataclass(frozen=True)
class StoreContracts:
    store_id: bytes
    token: ChecksumAddress
    router: ChecksumAddress
    treasury: ChecksumAddress
    governor: ChecksumAddress
    sale: ChecksumAddress
    owner: ChecksumAddress
    pending_owner: ChecksumAddress | None
    credential_commitment: bytes
    key_version: int


@dataclass(frozen=True)
class Deployment:
    registry: ChecksumAddress
    stablecoin: ChecksumAddress
    compliance: ChecksumAddress
    treasury: ChecksumAddress | None
    stores: tuple[StoreContracts, ...]
    market: ChecksumAddress | None = None  # the PSTMarket, once the platform names one

    def store(self, store_id: bytes) -> StoreContracts:
        for store in self.stores:
            if store.store_id == store_id:
                return store
        raise ChainError("chain.store_not_registered", store=f"0x{store_id.hex()}")


def discover(
    client: ChainClient, registry: str | None = None, reader: BatchReader | None = None
) -> Deployment:
    """Read the platform from the registry in two batched round trips (plus one code check)."""
    address = checksum(registry or client.profile.registry_address or ZERO)
    if address == ZERO:
        raise ChainError("chain.no_registry", profile=client.profile.name)
    if not client.has_code(address):
        raise ContractNotFound(address=address, chain_id=client.chain_id)
    reader = reader or BatchReader(client, transport="batch")
    contract = client.contract("StoreRegistry", address)
    f = contract.functions
    first = [call(f.stablecoin()), call(f.compliance()), call(f.treasury()), call(f.stores())]
    stablecoin, compliance, treasury, ids, market = (
        r.unwrap() for r in reader.read([*first, call(f.market())])
    )
    infos = [r.unwrap() for r in reader.read([call(f.storeInfo(i)) for i in ids])]
    stores = tuple(_store(bytes(i), info) for i, info in zip(ids, infos, strict=True))
    return Deployment(
        registry=address,
        stablecoin=to_checksum_address(stablecoin),
        compliance=to_checksum_address(compliance),
        treasury=_optional(treasury),
        stores=stores,
        market=_optional(market),
    )


def _optional(address: str) -> ChecksumAddress | None:
    return None if int(address, 16) == 0 else to_checksum_address(address)


def _store(store_id: bytes, info: tuple) -> StoreContracts:  # type: ignore[type-arg]
    token, router, treasury, governor, sale, owner, pending, commitment, version = info
    return StoreContracts(
        store_id=store_id,
        token=to_checksum_address(token),
        router=to_checksum_address(router),
        treasury=to_checksum_address(treasury),
        governor=to_checksum_address(governor),
        sale=to_checksum_address(sale),
        owner=to_checksum_address(owner),
        pending_owner=None if int(pending, 16) == 0 else to_checksum_address(pending),
        credential_commitment=bytes(commitment),
        key_version=int(version),
    )

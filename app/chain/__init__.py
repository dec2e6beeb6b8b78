"""The chain layer: RPC client, batched reads, the transaction pipeline and the event indexer."""

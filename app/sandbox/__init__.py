"""The local sandbox: anvil with every contract deployed, the REST server, the demo world."""

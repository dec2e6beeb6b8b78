"""Benchmarks: `python -m bench NAME [--json]`. Each prints a table, or one JSON object."""

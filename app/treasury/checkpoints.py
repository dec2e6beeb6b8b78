"""The treasury's crash-test checkpoints are the chain layer's (app/chain/checkpoints.py)."""

from app.chain.checkpoints import ENVS, NAMES, checkpoint

ENV = ENVS[1]

__all__ = ["ENV", "NAMES", "checkpoint"]

"""The sandbox's programmable bank: controlled collection accounts, statements, daily sweeps."""

"""The treasury core: reconciliation, proposal checks, payout preview, audit trail, workflow.

Qt-free. Every rule the DistributionTreasury and ProfitShareToken contracts enforce is mirrored
here so the app refuses before simulation with a clear message, and previews pay to the base unit
what the contracts pay.
"""

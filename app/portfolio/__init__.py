"""The investor's portfolio: holdings, cash flows, returns, actions, KYC, statements (no Qt)."""

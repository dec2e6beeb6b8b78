"""Banking: the programmable bank's statements (camt.053, MT940), imported and matched line by
line against the payment providers' settlements and the chain's routing."""

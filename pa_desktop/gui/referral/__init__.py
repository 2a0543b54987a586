"""Documents that leave the vault: the CLB referral and the signalling list."""

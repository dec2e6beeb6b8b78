// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

interface IClaimableFor {
    function claimFor(address holder) external returns (uint256);
}

/// @title ClaimRouter
/// @notice Claim all: one transaction claims the caller's profit share in many tokens. It holds
/// nothing and has no owner: each token's `claimFor(msg.sender)` pays the caller directly and
/// applies the same rules as the caller's own `claim` (KYC current, claims not paused, something
/// to claim), so a token the caller cannot claim reverts the whole transaction and nothing is
/// paid. The caller chooses the tokens, so a bogus address only wastes the caller's own gas.
contract ClaimRouter {
    /// @notice Claim everything the caller has accrued in each of `tokens`; returns the total.
    function claimAll(IClaimableFor[] calldata tokens) external returns (uint256 total) {
        for (uint256 i = 0; i < tokens.length; ++i) {
            total += tokens[i].claimFor(msg.sender);
        }
    }
}

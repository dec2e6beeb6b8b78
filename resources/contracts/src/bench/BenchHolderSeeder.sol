// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ComplianceRegistry} from "../ComplianceRegistry.sol";

interface IMintable {
    function mint(address to, uint256 amount) external;
}

/// @title BenchHolderSeeder
/// @notice Benchmark only: creates many real PST holders quickly. Granted the KYC officer role on
/// the compliance registry and the minter role on the token, it allowlists and mints to the
/// synthetic addresses first, first+1, ... in one call, through the contracts' normal paths.
contract BenchHolderSeeder {
    function seed(
        ComplianceRegistry compliance,
        IMintable token,
        uint160 first,
        uint256 count,
        uint256 amount,
        uint64 expiry
    ) external {
        for (uint256 i = 0; i < count; ++i) {
            address holder = address(uint160(first + i));
            compliance.setKyc(holder, expiry);
            token.mint(holder, amount);
        }
    }
}

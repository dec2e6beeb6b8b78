// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title BenchPlainToken
/// @notice Benchmark baseline only: a plain OpenZeppelin ERC-20 that anyone can mint.
contract BenchPlainToken is ERC20 {
    constructor() ERC20("Bench Plain", "BPT") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Give `count` synthetic holders (addresses first, first+1, ...) `amount` each.
    function mintMany(uint160 first, uint256 count, uint256 amount) external {
        for (uint256 i = 0; i < count; ++i) {
            _mint(address(uint160(first + i)), amount);
        }
    }
}

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title TestCoin
/// @notice Tests only: a plain stablecoin of any number of decimals that anyone can mint, to
/// try the profit share over coins other than the 6-decimal sandbox one.
contract TestCoin is ERC20 {
    uint8 private immutable _decimals;

    constructor(uint8 decimals_) ERC20("Test Coin", "TCOIN") {
        _decimals = decimals_;
    }

    function decimals() public view override returns (uint8) {
        return _decimals;
    }

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}

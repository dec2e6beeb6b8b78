// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title SandboxStablecoin
/// @notice A 6-decimal dollar stand-in for the sandbox and tests only. Never deploy to a real
/// network: the owner can mint without limit.
contract SandboxStablecoin is ERC20, Ownable {
    constructor(address owner_) ERC20("Sandbox USD", "sUSD") Ownable(owner_) {}

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}

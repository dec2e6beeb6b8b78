// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title PushPayoutDistributor
/// @notice Benchmark baseline only: the naive payout that loops over every holder and pushes
/// their pro-rata share, so its gas grows linearly with the number of holders.
contract PushPayoutDistributor {
    using SafeERC20 for IERC20;

    IERC20 public immutable stablecoin;

    constructor(IERC20 stablecoin_) {
        stablecoin = stablecoin_;
    }

    /// @notice One period in one transaction: pull `amount`, push every holder's share.
    function distribute(IERC20 shareToken, address[] calldata holders, uint256 amount) external {
        stablecoin.safeTransferFrom(msg.sender, address(this), amount);
        pay(shareToken, holders, amount);
    }

    /// @notice Push `holders` their share of `amount` from what this contract holds: a period
    /// too large for one block is funded once, then paid in several calls over the holder list.
    function pay(IERC20 shareToken, address[] calldata holders, uint256 amount) public {
        uint256 supply = shareToken.totalSupply();
        for (uint256 i = 0; i < holders.length; ++i) {
            uint256 share = amount * shareToken.balanceOf(holders[i]) / supply;
            if (share > 0) stablecoin.safeTransfer(holders[i], share);
        }
    }
}

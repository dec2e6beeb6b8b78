// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

interface IRouterTreasury {
    function depositFromRouter(bytes32 storeId, uint256 amount) external;
}

/// @title RevenueRouter
/// @notice Splits a store's sales proceeds: a fixed share to its investors (credited to the
/// store in the distribution treasury), a fixed platform fee, the rest to the merchant. The split
/// is fixed at deployment: no owner, no setter, nothing but `route` changes state. Anyone may call
/// `route`; rounding remainders go to the merchant.
contract RevenueRouter {
    using SafeERC20 for IERC20;

    uint16 public constant BASIS_POINTS = 10_000;

    IERC20 public immutable stablecoin;
    IRouterTreasury public immutable treasury;
    bytes32 public immutable storeId;
    address public immutable feeRecipient;
    address public immutable merchant;
    uint16 public immutable investorsBp;
    uint16 public immutable feeBp;

    event Routed(
        bytes32 indexed storeId,
        address indexed caller,
        uint256 total,
        uint256 toInvestors,
        uint256 toFee,
        uint256 toMerchant
    );

    error ZeroAddress();
    error InvalidSplit(uint16 investorsBp, uint16 feeBp);
    error NothingToRoute();

    constructor(
        IERC20 stablecoin_,
        IRouterTreasury treasury_,
        bytes32 storeId_,
        uint16 investorsBp_,
        uint16 feeBp_,
        address feeRecipient_,
        address merchant_
    ) {
        if (
            address(stablecoin_) == address(0) || address(treasury_) == address(0)
                || feeRecipient_ == address(0) || merchant_ == address(0)
        ) revert ZeroAddress();
        if (uint256(investorsBp_) + feeBp_ > BASIS_POINTS) revert InvalidSplit(investorsBp_, feeBp_);
        stablecoin = stablecoin_;
        treasury = treasury_;
        storeId = storeId_;
        investorsBp = investorsBp_;
        feeBp = feeBp_;
        feeRecipient = feeRecipient_;
        merchant = merchant_;
    }

    /// @notice Route the whole stablecoin balance held by this router.
    function route() external {
        uint256 total = stablecoin.balanceOf(address(this));
        if (total == 0) revert NothingToRoute();
        uint256 toInvestors = total * investorsBp / BASIS_POINTS;
        uint256 toFee = total * feeBp / BASIS_POINTS;
        uint256 toMerchant = total - toInvestors - toFee;
        emit Routed(storeId, msg.sender, total, toInvestors, toFee, toMerchant);
        if (toInvestors > 0) {
            stablecoin.forceApprove(address(treasury), toInvestors);
            treasury.depositFromRouter(storeId, toInvestors);
        }
        if (toFee > 0) stablecoin.safeTransfer(feeRecipient, toFee);
        if (toMerchant > 0) stablecoin.safeTransfer(merchant, toMerchant);
    }

    /// @notice The split as (investors, fee, merchant) in basis points.
    function split() external view returns (uint16, uint16, uint16) {
        return (investorsBp, feeBp, BASIS_POINTS - investorsBp - feeBp);
    }
}

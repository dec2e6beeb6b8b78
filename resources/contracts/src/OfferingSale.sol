// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {ComplianceRegistry} from "./ComplianceRegistry.sol";

interface IMintableShareToken {
    function mint(address to, uint256 amount) external;
}

/// @title OfferingSale
/// @notice Primary offering of a store's PST: a fixed price in the stablecoin per whole PST
/// (10**18 base units), a cap on PST sold, a deadline, allowlisted buyers only. Each purchase
/// moves the stablecoin straight from the buyer to the proceeds recipient and mints the PST to
/// the buyer, so the sale never holds funds. Prices of fractional amounts round up (the buyer
/// never pays less than the exact price). The price is stated in a unit of `priceDecimals`
/// decimals; the stablecoin's own decimals are read at deployment and a mismatch is refused, so a
/// 6-decimal price can never be charged in an 18-decimal coin (a trillionth of the price).
contract OfferingSale {
    using SafeERC20 for IERC20;

    uint256 public constant ONE_TOKEN = 1e18;

    IMintableShareToken public immutable token;
    IERC20 public immutable stablecoin;
    ComplianceRegistry public immutable compliance;
    address public immutable proceedsRecipient;
    uint256 public immutable price; // stablecoin base units per whole PST
    uint8 public immutable priceDecimals; // the decimals of the unit `price` is stated in
    uint256 public immutable cap; // PST base units
    uint64 public immutable deadline; // unix seconds; purchases allowed while now < deadline

    uint256 public sold;
    uint256 public raised;

    event Purchased(address indexed buyer, uint256 amount, uint256 cost);

    error ZeroAddress();
    error ZeroAmount();
    error InvalidTerms();
    error DecimalsMismatch(uint8 priceDecimals, uint8 stablecoinDecimals);
    error SaleClosed(uint64 deadline);
    error BuyerNotAllowed(address buyer, uint64 expiry);
    error CapExceeded(uint256 requested, uint256 remaining);

    constructor(
        IMintableShareToken token_,
        IERC20 stablecoin_,
        ComplianceRegistry compliance_,
        address proceedsRecipient_,
        uint256 price_,
        uint8 priceDecimals_,
        uint256 cap_,
        uint64 deadline_
    ) {
        if (
            address(token_) == address(0) || address(stablecoin_) == address(0)
                || address(compliance_) == address(0) || proceedsRecipient_ == address(0)
        ) revert ZeroAddress();
        if (price_ == 0 || cap_ == 0 || deadline_ <= block.timestamp) revert InvalidTerms();
        uint8 coinDecimals = IERC20Metadata(address(stablecoin_)).decimals();
        if (coinDecimals != priceDecimals_) revert DecimalsMismatch(priceDecimals_, coinDecimals);
        priceDecimals = priceDecimals_;
        token = token_;
        stablecoin = stablecoin_;
        compliance = compliance_;
        proceedsRecipient = proceedsRecipient_;
        price = price_;
        cap = cap_;
        deadline = deadline_;
    }

    /// @notice The stablecoin cost of `amount` PST base units.
    function quote(uint256 amount) public view returns (uint256) {
        return Math.mulDiv(amount, price, ONE_TOKEN, Math.Rounding.Ceil);
    }

    function remaining() external view returns (uint256) {
        return cap - sold;
    }

    function buy(uint256 amount) external returns (uint256 cost) {
        if (block.timestamp >= deadline) revert SaleClosed(deadline);
        if (amount == 0) revert ZeroAmount();
        uint64 expiry = compliance.expiryOf(msg.sender);
        if (block.timestamp >= expiry) revert BuyerNotAllowed(msg.sender, expiry);
        if (amount > cap - sold) revert CapExceeded(amount, cap - sold);
        cost = quote(amount);
        sold += amount;
        raised += cost;
        emit Purchased(msg.sender, amount, cost);
        stablecoin.safeTransferFrom(msg.sender, proceedsRecipient, cost);
        token.mint(msg.sender, amount);
    }
}

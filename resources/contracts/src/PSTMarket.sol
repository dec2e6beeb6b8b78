// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

import {ComplianceRegistry} from "./ComplianceRegistry.sol";

/// @title PSTMarket
/// @notice Peer-to-peer settlement of profit share tokens (PSTs) against one stablecoin.
/// Makers sign EIP-712 orders off chain; a taker fills one (wholly or in part) and the PST and
/// the stablecoin move between the two in this one transaction, or not at all.
///
/// No custody, no owner. The market never holds a balance: every leg is a `transferFrom` straight
/// from one party to the other, under the allowance each gave the market. Nobody can change the
/// fee, its recipient, the stablecoin or the registry after deployment, and there is no function
/// that moves anything except `fill`, which moves only what a maker signed and a taker asked for.
///
/// Compliance. Maker and taker must both be allowed by the platform's compliance registry when
/// the fill happens (`NotCompliant`), and the PST's own transfer rules (KYC of sender and
/// recipient, pauses) still apply because the PST moves by its ordinary `transferFrom`. The PST
/// also checks the spender's KYC: someone else's tokens move only by an allowed spender. The
/// market is that spender, so the platform's KYC officer allowlists the market's address in the
/// same registry, the way it allowlists any operator it vouches for. That is safe because the
/// market spends only inside a fill signed by the owner of the tokens (the maker) or sent by them
/// (the taker), each of whom is checked here and again by the token; revoking the market's entry
/// stops every fill at once without touching anyone's funds.
///
/// Economics. `price` is stablecoin base units per whole PST (PRICE_UNIT = 10**18 base units).
/// cost = amount * price / PRICE_UNIT, rounded in the maker's favour: up when the taker buys
/// from an ask, down when the taker sells into a bid. The fee is cost * FEE_BPS / 10000 rounded
/// up, borne by the taker: a buying taker pays cost to the maker and the fee on top; a selling
/// taker receives cost minus the fee, and the fee goes from the maker's payment straight to the
/// fee recipient (so a selling taker needs no stablecoin allowance). Either way the maker gets or
/// pays exactly `cost`, and maker + taker + fee recipient balances change by zero in sum.
///
/// Profit accrued by a PST before a fill stays with the seller: the token's points-per-share
/// corrections carry entitlement with every transfer, and the fill is an ordinary transfer.
contract PSTMarket is EIP712 {
    using SafeERC20 for IERC20;

    enum Side {
        Sell, // the maker sells PST (an ask); the taker buys
        Buy // the maker buys PST (a bid); the taker sells
    }

    struct Order {
        address maker;
        uint8 side;
        address token;
        uint256 amount; // PST base units
        uint256 price; // stablecoin base units per whole PST
        uint64 expiry; // unix seconds; the order is good while block.timestamp < expiry
        uint256 salt;
        uint256 nonce; // must equal nonces(maker) at fill
        address taker; // address(0): anyone
    }

    bytes32 public constant ORDER_TYPEHASH = keccak256(
        "Order(address maker,uint8 side,address token,uint256 amount,uint256 price,uint64 expiry,uint256 salt,uint256 nonce,address taker)"
    );
    uint256 public constant MAX_FEE_BPS = 1000;
    /// Prices are per whole PST: 10**18 base units (every ProfitShareToken has 18 decimals; a
    /// constant rather than a `decimals()` call saves 1,300 gas a fill).
    uint256 public constant PRICE_UNIT = 1e18;

    IERC20 public immutable stablecoin;
    ComplianceRegistry public immutable compliance;
    uint256 public immutable FEE_BPS;
    address public immutable feeRecipient;

    // Per order: the PST amount filled so far, and the cancelled flag in the top bit (one slot,
    // one cold read per fill). A fill can never reach the top bit: amount <= MAX_ORDER_AMOUNT.
    mapping(bytes32 orderHash => uint256) private _state;
    mapping(address maker => uint256) public nonces;

    uint256 private constant CANCELLED = 1 << 255;
    uint256 public constant MAX_ORDER_AMOUNT = CANCELLED - 1;

    event Filled(
        bytes32 indexed orderHash,
        address indexed maker,
        address indexed taker,
        address token,
        uint8 side,
        uint256 amount,
        uint256 price,
        uint256 cost,
        uint256 fee
    );
    event OrderCancelled(bytes32 indexed orderHash, address indexed maker);
    event NonceIncreased(address indexed maker, uint256 nonce);

    error ZeroAddress();
    error FeeTooHigh(uint256 feeBps, uint256 maximum);
    error ZeroAmount();
    error BadSide(uint8 side);
    error OrderExpired(uint64 expiry);
    error OrderWasCancelled(bytes32 orderHash); // the event is OrderCancelled
    error Overfill(bytes32 orderHash, uint256 remaining);
    error BadSignature();
    error NotTaker(address taker);
    error NotMaker(address maker);
    error NotCompliant(address account);
    error StaleNonce(uint256 nonce, uint256 current);
    error PriceOverflow();
    error SelfTrade();

    constructor(
        IERC20 stablecoin_,
        ComplianceRegistry compliance_,
        uint256 feeBps,
        address feeRecipient_
    ) EIP712("PST Market", "1") {
        if (
            address(stablecoin_) == address(0) || address(compliance_) == address(0)
                || feeRecipient_ == address(0)
        ) revert ZeroAddress();
        if (feeBps > MAX_FEE_BPS) revert FeeTooHigh(feeBps, MAX_FEE_BPS);
        stablecoin = stablecoin_;
        compliance = compliance_;
        FEE_BPS = feeBps;
        feeRecipient = feeRecipient_;
    }

    // ---- fills --------------------------------------------------------------------------

    /// @notice Take `amount` PST base units of `order`. The caller is the taker.
    /// @return cost the stablecoin the maker receives (ask) or pays (bid)
    /// @return fee the stablecoin the fee recipient receives, borne by the caller
    function fill(Order calldata order, bytes calldata signature, uint256 amount)
        external
        returns (uint256 cost, uint256 fee)
    {
        bytes32 hash = _record(order, signature, amount);
        (cost, fee) = _price(order, amount);
        emit Filled(hash, order.maker, msg.sender, order.token, order.side, amount, order.price, cost, fee);
        _settle(order, amount, cost, fee);
    }

    /// Every check of a fill, then its one effect (the filled amount), before any token call.
    function _record(Order calldata order, bytes calldata signature, uint256 amount)
        private
        returns (bytes32 hash)
    {
        // An amount of zero costs zero: `_price` refuses it (ZeroAmount).
        if (order.side > uint8(Side.Buy)) revert BadSide(order.side);
        if (block.timestamp >= order.expiry) revert OrderExpired(order.expiry);
        if (order.taker != address(0) && order.taker != msg.sender) revert NotTaker(order.taker);
        address maker = order.maker;
        if (maker == msg.sender) revert SelfTrade();
        uint256 current = nonces[maker];
        if (order.nonce != current) revert StaleNonce(order.nonce, current);

        hash = orderHash(order);
        uint256 state = _state[hash];
        if (state & CANCELLED != 0) revert OrderWasCancelled(hash);
        uint256 remaining = order.amount > state ? order.amount - state : 0;
        // order.amount <= MAX_ORDER_AMOUNT keeps the filled amount clear of the cancelled bit.
        if (amount > remaining || order.amount > MAX_ORDER_AMOUNT) revert Overfill(hash, remaining);
        if (!_validSignature(maker, hash, signature)) revert BadSignature();

        address refused = compliance.firstNotAllowed(maker, msg.sender);
        if (refused != address(0)) revert NotCompliant(refused);
        _state[hash] = state + amount;
    }

    function _settle(Order calldata order, uint256 amount, uint256 cost, uint256 fee) private {
        address maker = order.maker;
        if (order.side == uint8(Side.Sell)) {
            IERC20(order.token).safeTransferFrom(maker, msg.sender, amount);
            stablecoin.safeTransferFrom(msg.sender, maker, cost);
            if (fee != 0) stablecoin.safeTransferFrom(msg.sender, feeRecipient, fee);
        } else {
            IERC20(order.token).safeTransferFrom(msg.sender, maker, amount);
            stablecoin.safeTransferFrom(maker, msg.sender, cost - fee);
            if (fee != 0) stablecoin.safeTransferFrom(maker, feeRecipient, fee);
        }
    }

    function _price(Order calldata order, uint256 amount)
        private
        view
        returns (uint256 cost, uint256 fee)
    {
        uint256 price = order.price;
        if (price != 0 && amount > type(uint256).max / price) revert PriceOverflow();
        unchecked {
            uint256 value = amount * price; // checked just above
            cost = value / PRICE_UNIT;
            // The maker's favour: a taker buying pays the fraction of a base unit in full.
            if (order.side == uint8(Side.Sell) && value % PRICE_UNIT != 0) ++cost;
            if (cost == 0) revert ZeroAmount();
            // ceil(cost * FEE_BPS / 10000), never overflowing: FEE_BPS <= MAX_FEE_BPS.
            uint256 rest = (cost % 10000) * FEE_BPS;
            fee = (cost / 10000) * FEE_BPS + rest / 10000;
            if (rest % 10000 != 0) ++fee;
        }
    }

    /// EOA makers by ECDSA first (no extcodesize), contract makers (a Safe) by EIP-1271.
    function _validSignature(address maker, bytes32 hash, bytes calldata signature)
        private
        view
        returns (bool)
    {
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(hash, signature);
        if (err == ECDSA.RecoverError.NoError && recovered == maker) return true;
        return maker.code.length != 0
            && SignatureChecker.isValidERC1271SignatureNowCalldata(maker, hash, signature);
    }

    // ---- cancels ------------------------------------------------------------------------

    /// @notice Cancel one of the caller's orders for good (filled parts stay filled).
    function cancel(Order calldata order) external {
        if (order.maker != msg.sender) revert NotMaker(order.maker);
        bytes32 hash = orderHash(order);
        uint256 state = _state[hash];
        if (state & CANCELLED != 0) revert OrderWasCancelled(hash);
        _state[hash] = state | CANCELLED;
        emit OrderCancelled(hash, msg.sender);
    }

    /// @notice Cancel every order the caller has signed so far: their nonce goes up by one.
    function cancelAll() external {
        uint256 nonce = nonces[msg.sender] + 1;
        nonces[msg.sender] = nonce;
        emit NonceIncreased(msg.sender, nonce);
    }

    // ---- views --------------------------------------------------------------------------

    function orderHash(Order calldata order) public view returns (bytes32) {
        return _hashTypedDataV4(_structHash(order));
    }

    /// keccak256(abi.encode(ORDER_TYPEHASH, order)) without the copy through Solidity's ABI
    /// encoder. Every field is static, so the struct's calldata is already its EIP-712 encoding;
    /// the narrow fields (addresses, side, expiry) are validated wherever the fill reads them, so
    /// dirty upper bits revert there rather than sign a different hash.
    function _structHash(Order calldata order) private pure returns (bytes32 hash) {
        bytes32 typeHash = ORDER_TYPEHASH;
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, typeHash)
            calldatacopy(add(ptr, 0x20), order, 0x120)
            hash := keccak256(ptr, 0x140)
        }
    }

    /// @notice PST base units of the order filled so far.
    function filled(bytes32 hash) external view returns (uint256) {
        return _state[hash] & MAX_ORDER_AMOUNT;
    }

    function cancelled(bytes32 hash) external view returns (bool) {
        return _state[hash] & CANCELLED != 0;
    }

    /// @notice What a fill of `amount` would cost and charge: (cost, fee).
    function quote(Order calldata order, uint256 amount) external view returns (uint256 cost, uint256 fee) {
        return _price(order, amount);
    }
}

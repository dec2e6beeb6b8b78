// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {ComplianceRegistry} from "./ComplianceRegistry.sol";

/// @title ProfitShareToken (PST)
/// @notice ERC-20 with permit and votes whose holders share a store's profits, paid in a
/// stablecoin. Tokens move only between addresses the compliance registry currently allows.
///
/// Profit accounting is the funds-distribution-token pattern: `distribute` raises a magnified
/// points-per-share accumulator in O(1); every balance change adjusts the moving holders'
/// int256 corrections so past entitlement stays with whoever held the tokens at the time, and a
/// claim of `a` lowers the claimer's correction by exactly a * MAGNITUDE:
///   claimable(h) = (pointsPerShare * balance(h) + correction(h)) / MAGNITUDE   (floor)
/// (Claims live in the correction rather than in a separate "withdrawn" slot: one storage slot
/// less to read and write on every claim. Per-holder totals are in the ProfitClaimed events.)
/// Rounding always favours the token:
///   * the remainder of (amount * MAGNITUDE) / totalSupply is carried to the next distribution
///     (`magnifiedDust`), never credited twice;
///   * each holder's share is floored, so fractions of a base unit stay in the token for good.
/// Hence sum(claimable) + totalClaimed <= totalDistributed at all times.
contract ProfitShareToken is ERC20, ERC20Permit, ERC20Votes, AccessControl, Pausable {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;
    using SafeCast for int256;

    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");
    bytes32 public constant DISTRIBUTOR_ROLE = keccak256("DISTRIBUTOR_ROLE");
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    // A power of ten, not the customary 2**128: with decimal supplies (whole tokens of 10**18
    // units) round shares come out exact (a quarter of 1,000 is 250, not 249.999999).
    uint256 public constant MAGNITUDE = 1e38;

    // The EIP-712 domain name of permits. OpenZeppelin keeps it in a 31-byte immutable, and a
    // store's full name is often longer ("Voxhearth Essentials Profit Share"); the domain's
    // chain id and verifying contract already bind a signature to this token, and wallets read
    // the domain from `eip712Domain()`. `name()` is the full name, of any length.
    string private constant SIGNING_DOMAIN = "Profit Share Token";

    // transferCheck codes; the order of checks matches the order in which a transfer reverts.
    uint8 public constant OK = 0;
    uint8 public constant INVALID_ADDRESS = 1;
    uint8 public constant PAUSED = 2;
    uint8 public constant SENDER_NOT_ALLOWLISTED = 3;
    uint8 public constant SENDER_KYC_EXPIRED = 4;
    uint8 public constant RECIPIENT_NOT_ALLOWLISTED = 5;
    uint8 public constant RECIPIENT_KYC_EXPIRED = 6;
    uint8 public constant INSUFFICIENT_BALANCE = 7;

    IERC20 public immutable stablecoin;
    ComplianceRegistry public immutable compliance;

    // Declared first so it shares Pausable's storage slot: `claim` reads `paused` and updates
    // this total with one cold slot access instead of two.
    uint128 public totalClaimed;
    uint256 public magnifiedPointsPerShare;
    // Packed: after the first distribution this slot is never zero again, so every later
    // distribution pays the same storage price whatever the dust (gas independent of holders).
    // Dust < totalSupply <= type(uint208).max (the ERC20Votes supply cap), so it fits.
    uint208 private _magnifiedDust;
    uint48 public lastDistributedAt;
    uint256 public totalDistributed;
    mapping(address holder => int256) public magnifiedCorrectionOf;

    event ProfitDistributed(address indexed distributor, uint256 amount, uint256 pointsPerShare);
    event ProfitClaimed(address indexed holder, uint256 amount);

    error ZeroAddress();
    error ZeroAmount();
    error NoHolders();
    error NothingToClaim();
    error SenderNotAllowed(address account, uint64 expiry);
    error RecipientNotAllowed(address account, uint64 expiry);
    error ClaimerNotAllowed(address account, uint64 expiry);

    constructor(
        string memory name_,
        string memory symbol_,
        IERC20 stablecoin_,
        ComplianceRegistry compliance_,
        address admin
    ) ERC20(name_, symbol_) ERC20Permit(SIGNING_DOMAIN) {
        if (
            address(stablecoin_) == address(0) || address(compliance_) == address(0)
                || admin == address(0)
        ) revert ZeroAddress();
        stablecoin = stablecoin_;
        compliance = compliance_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    // ---- supply -------------------------------------------------------------------------

    /// @notice Mint to an allowlisted address (the offering sale holds this role).
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }

    /// @notice Holders may burn their own tokens; profit already accrued stays claimable.
    function burn(uint256 amount) external {
        _burn(msg.sender, amount);
    }

    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    // ---- profit share -------------------------------------------------------------------

    /// @notice Pull `amount` of the stablecoin from the caller and share it pro rata among all
    /// current holders. Constant gas whatever the number of holders.
    function distribute(uint256 amount) external onlyRole(DISTRIBUTOR_ROLE) {
        if (amount == 0) revert ZeroAmount();
        uint256 supply = totalSupply();
        if (supply == 0) revert NoHolders();
        // Credit what actually arrived, so a fee-charging stablecoin can never over-credit.
        uint256 before = stablecoin.balanceOf(address(this));
        stablecoin.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = stablecoin.balanceOf(address(this)) - before;
        if (received == 0) revert ZeroAmount();

        uint256 magnified = received * MAGNITUDE + _magnifiedDust;
        uint256 pointsPerShare = magnifiedPointsPerShare + magnified / supply;
        magnifiedPointsPerShare = pointsPerShare;
        _magnifiedDust = uint208(magnified % supply);
        lastDistributedAt = uint48(block.timestamp);
        totalDistributed += received;
        emit ProfitDistributed(msg.sender, received, pointsPerShare);
    }

    /// @notice Pay the caller everything they have accrued. Reverts while their KYC is lapsed;
    /// the money stays in the token and keeps accruing until they renew.
    function claim() external whenNotPaused returns (uint256 amount) {
        uint64 expiry = compliance.expiryOf(msg.sender);
        if (block.timestamp >= expiry) revert ClaimerNotAllowed(msg.sender, expiry);
        int256 correction = magnifiedCorrectionOf[msg.sender];
        int256 owed = (magnifiedPointsPerShare * balanceOf(msg.sender)).toInt256() + correction;
        amount = owed.toUint256() / MAGNITUDE;
        if (amount == 0) revert NothingToClaim();
        // amount * MAGNITUDE <= owed, and owed - correction >= 0: no overflow possible.
        unchecked {
            magnifiedCorrectionOf[msg.sender] = correction - int256(amount * MAGNITUDE);
        }
        totalClaimed += amount.toUint128();
        stablecoin.safeTransfer(msg.sender, amount);
        emit ProfitClaimed(msg.sender, amount);
    }

    /// @notice Magnified remainder carried into the next distribution (always < totalSupply).
    function magnifiedDust() external view returns (uint256) {
        return _magnifiedDust;
    }

    /// @notice What `holder` would receive from `claim` now (if their KYC is current).
    function claimableOf(address holder) public view returns (uint256) {
        int256 magnified = (magnifiedPointsPerShare * balanceOf(holder)).toInt256()
            + magnifiedCorrectionOf[holder];
        return magnified.toUint256() / MAGNITUDE;
    }

    // ---- compliance ---------------------------------------------------------------------

    /// @notice Explain in advance whether `transfer(to, amount)` from `from` would succeed.
    function transferCheck(address from, address to, uint256 amount)
        external
        view
        returns (bool ok, uint8 code, string memory reason)
    {
        if (from == address(0) || to == address(0)) {
            return (false, INVALID_ADDRESS, "sender and recipient must be non-zero addresses");
        }
        if (paused()) return (false, PAUSED, "transfers are paused");
        uint64 senderExpiry = compliance.expiryOf(from);
        if (senderExpiry == 0) {
            return (false, SENDER_NOT_ALLOWLISTED, "sender is not allowlisted (no KYC on file)");
        }
        if (block.timestamp >= senderExpiry) {
            return (false, SENDER_KYC_EXPIRED, "sender's KYC has expired; renew it to transfer");
        }
        uint64 recipientExpiry = compliance.expiryOf(to);
        if (recipientExpiry == 0) {
            return (false, RECIPIENT_NOT_ALLOWLISTED, "recipient is not allowlisted (no KYC on file)");
        }
        if (block.timestamp >= recipientExpiry) {
            return (false, RECIPIENT_KYC_EXPIRED, "recipient's KYC has expired");
        }
        if (balanceOf(from) < amount) {
            return (false, INSUFFICIENT_BALANCE, "sender's balance is lower than the amount");
        }
        return (true, OK, "");
    }

    function _requireAllowed(address account, bool asSender) private view {
        uint64 expiry = compliance.expiryOf(account);
        if (block.timestamp < expiry) return;
        if (asSender) revert SenderNotAllowed(account, expiry);
        revert RecipientNotAllowed(account, expiry);
    }

    // ---- hooks --------------------------------------------------------------------------

    function _update(address from, address to, uint256 value)
        internal
        override(ERC20, ERC20Votes)
        whenNotPaused
    {
        // Mints need an allowed recipient; burns need no counterparty check.
        if (from != address(0) && to != address(0)) _requireAllowed(from, true);
        if (to != address(0)) _requireAllowed(to, false);
        super._update(from, to, value);
        uint256 pointsPerShare = magnifiedPointsPerShare;
        if (pointsPerShare == 0 || value == 0) return;
        int256 moved = (pointsPerShare * value).toInt256();
        if (from != address(0)) magnifiedCorrectionOf[from] += moved;
        if (to != address(0)) magnifiedCorrectionOf[to] -= moved;
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}

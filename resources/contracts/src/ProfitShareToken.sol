// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControlEnumerable} from
    "@openzeppelin/contracts/access/extensions/AccessControlEnumerable.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {ComplianceRegistry} from "./ComplianceRegistry.sol";

interface IStoreSale {
    function token() external view returns (address);
}

/// @title ProfitShareToken (PST)
/// @notice ERC-20 with permit and votes whose holders share a store's profits, paid in a
/// stablecoin. Tokens move only between addresses the compliance registry currently allows, and
/// only an allowed spender may move someone else's tokens.
///
/// Profit accounting is the funds-distribution-token pattern: `distribute` raises a magnified
/// points-per-share accumulator in O(1); every balance change adjusts the moving holders'
/// int256 corrections so past entitlement stays with whoever held the tokens at the time, and a
/// claim of `a` lowers the claimer's correction by exactly a * MAGNITUDE:
///   claimable(h) = (pointsPerShare * balance(h) + correction(h)) / MAGNITUDE   (floor)
/// Claims live in the correction rather than in a separate "withdrawn" slot, and no running
/// total of claims is kept: a global counter would be one more storage write on every claim
/// (2,900 gas, 5% of it). What was claimed is in the ProfitClaimed events, and what the token
/// still holds for its holders is its stablecoin balance: totalDistributed minus every claim.
/// Rounding always favours the token:
///   * the remainder of (amount * MAGNITUDE) / totalSupply is carried to the next distribution
///     (`magnifiedDust`), never credited twice;
///   * each holder's share is floored, so fractions of a base unit stay in the token for good.
/// Hence sum(claimable) + (sum of claims) <= totalDistributed at all times.
///
/// MAGNITUDE is set once, from the stablecoin's decimals d: 10**(44 - d), and 1e38 for d <= 6
/// (d > 18 is refused). So one whole coin (10**d base units) raises points-per-share by at most
/// 1e44 / supply whatever d is: the bound below is in coins, not base units. (A fixed 1e38 let a
/// store over 1,000 PST distribute only ~425 coins of an 18-decimal stablecoin in its life.)
///
/// No overflow, ever: the supply is capped at MAX_SUPPLY (2**128 - 1), points-per-share at
/// MAX_POINTS_PER_SHARE (2**125), all distributions together at MAX_TOTAL_DISTRIBUTED
/// (2**120 - 1) and MAGNITUDE at 1e38 (< 2**127), so pointsPerShare * balance < 2**253,
/// amount * MAGNITUDE + dust < 2**248, and every correction
/// (|c| <= pointsPerShare * balance + MAGNITUDE * totalDistributed < 2**253 + 2**247 < 2**254)
/// fits an int256.
/// `distribute` refuses a supply below MIN_DISTRIBUTION_SUPPLY (one whole token), so one
/// distribution adds at most 1e26 points per whole coin: at the minimum supply the store can
/// still distribute 2**125 / 1e26 = 4.25e11 whole coins (425 billion) before the bound, and a
/// thousand times as much per thousand tokens of supply (4.25e14 coins over 1,000 PST).
///
/// Powers. Before the DAO handover the deployer (the platform) administers the token. The
/// handover is two-step: the admin proposes (timelock, sale, treasury, guardian), and the
/// timelock accepts by a DAO vote whose call names the same sale, treasury and guardian. The
/// admin can still rewrite its offer while the vote waits out the timelock's delay; the
/// acceptance then reverts, so what the holders voted for is exactly what takes effect.
/// Acceptance strips every member of every role and leaves admin and pause to the timelock,
/// minting to the sale (bounded by its cap and deadline), distributing to the treasury, and
/// optionally a guardian who may pause transfers (never claims) for GUARDIAN_PAUSE, once per
/// GUARDIAN_PAUSE + GUARDIAN_COOLDOWN.
///
/// Votes. An account's votes can be delegated only to itself (or to nobody), so every account's
/// voting weight is its own balance and the governor's check of the voter's KYC covers every
/// token that votes: a holder whose KYC lapsed cannot lend their tokens' votes to someone else.
contract ProfitShareToken is ERC20, ERC20Permit, ERC20Votes, AccessControlEnumerable {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;
    using SafeCast for int256;

    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");
    bytes32 public constant DISTRIBUTOR_ROLE = keccak256("DISTRIBUTOR_ROLE");
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");

    // A power of ten, not the customary 2**128: with decimal supplies (whole tokens of 10**18
    // units) round shares come out exact (a quarter of 1,000 is 250, not 249.999999). The
    // magnitude itself is the immutable MAGNITUDE, set from the stablecoin's decimals.
    uint256 private constant MAGNIFIED_COIN = 1e44; // MAGNITUDE * 10**decimals, for decimals >= 6
    uint8 public constant MAX_STABLECOIN_DECIMALS = 18;
    uint256 public constant MAX_SUPPLY = type(uint128).max;
    uint256 public constant MAX_POINTS_PER_SHARE = 2 ** 125;
    uint256 public constant MIN_DISTRIBUTION_SUPPLY = 1e18;
    uint256 public constant MAX_TOTAL_DISTRIBUTED = type(uint120).max;
    uint48 public constant GUARDIAN_PAUSE = 7 days;
    uint48 public constant GUARDIAN_COOLDOWN = 7 days;

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

    struct Handover {
        address timelock;
        address sale;
        address treasury;
        address guardian;
    }

    IERC20 public immutable stablecoin;
    ComplianceRegistry public immutable compliance;
    // 10**(44 - decimals) of the stablecoin, 1e38 at most (see the contract notes).
    uint256 public immutable MAGNITUDE;

    // One slot, read by every claim, transfer and distribution (one cold access, not three).
    uint128 private _pointsPerShare; // <= MAX_POINTS_PER_SHARE
    bool private _paused; // the timelock's pause: transfers and claims
    uint48 public transfersPausedUntil; // the guardian's pause: transfers only, ends by itself
    // Dust < totalSupply <= MAX_SUPPLY.
    uint128 private _magnifiedDust;
    uint48 public lastDistributedAt;
    uint256 public totalDistributed;
    mapping(address holder => int256) public magnifiedCorrectionOf;
    Handover private _pendingHandover;

    event ProfitDistributed(address indexed distributor, uint256 amount, uint256 pointsPerShare);
    event ProfitClaimed(address indexed holder, uint256 amount);
    event Paused(address account);
    event Unpaused(address account);
    event TransfersPausedByGuardian(address indexed guardian, uint48 until);
    event HandoverProposed(address indexed timelock, address sale, address treasury, address guardian);
    event HandedOver(address indexed timelock, address sale, address treasury, address guardian);

    error ZeroAddress();
    error StablecoinDecimalsUnsupported(uint8 decimals, uint8 maximum);
    error ZeroAmount();
    error NoHolders();
    error SupplyTooSmall(uint256 supply, uint256 minimum);
    error PointsPerShareTooHigh(uint256 pointsPerShare, uint256 maximum);
    error DistributedTooMuch(uint256 total, uint256 maximum);
    error NothingToClaim();
    error EnforcedPause();
    error ExpectedPause();
    error TransfersPaused(uint48 until);
    error GuardianCoolingDown(uint48 nextAllowedAt);
    error NotAContract(address account);
    error SaleOfAnotherToken(address sale);
    error NotPendingTimelock(address caller);
    error HandoverTermsChanged(address sale, address treasury, address guardian);
    error SenderNotAllowed(address account, uint64 expiry);
    error RecipientNotAllowed(address account, uint64 expiry);
    error SpenderNotAllowed(address account, uint64 expiry);
    error ClaimerNotAllowed(address account, uint64 expiry);
    error DelegateeNotSelf(address account, address delegatee);

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
        uint8 coinDecimals = IERC20Metadata(address(stablecoin_)).decimals();
        if (coinDecimals > MAX_STABLECOIN_DECIMALS) {
            revert StablecoinDecimalsUnsupported(coinDecimals, MAX_STABLECOIN_DECIMALS);
        }
        stablecoin = stablecoin_;
        compliance = compliance_;
        MAGNITUDE = MAGNIFIED_COIN / 10 ** (coinDecimals < 6 ? 6 : coinDecimals);
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    // ---- supply -------------------------------------------------------------------------

    /// @notice Mint to an allowlisted address (after the handover only the offering sale can).
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }

    /// @notice Holders may burn their own tokens; profit already accrued stays claimable.
    function burn(uint256 amount) external {
        _burn(msg.sender, amount);
    }

    // ---- pause ----------------------------------------------------------------------------

    /// @notice The timelock's pause (a DAO decision): stops transfers and claims until lifted.
    function pause() external onlyRole(PAUSER_ROLE) {
        if (_paused) revert EnforcedPause();
        _paused = true;
        emit Paused(msg.sender);
    }

    /// @notice Lift the timelock's pause and end any guardian pause early.
    function unpause() external onlyRole(PAUSER_ROLE) {
        if (!_paused && block.timestamp >= transfersPausedUntil) revert ExpectedPause();
        _paused = false;
        if (block.timestamp < transfersPausedUntil) transfersPausedUntil = uint48(block.timestamp);
        emit Unpaused(msg.sender);
    }

    /// @notice The guardian's emergency brake: token movements (transfers, and with them the
    /// sale's mints and burns) stop for GUARDIAN_PAUSE and start again by themselves; claims and
    /// distributions go on. The next brake needs GUARDIAN_COOLDOWN after that one ended, so a
    /// guardian can never hold the token still for good; the timelock may revoke it any time.
    function guardianPause() external onlyRole(GUARDIAN_ROLE) {
        uint48 until = transfersPausedUntil; // 0 before the first pause: long past
        if (block.timestamp < uint256(until) + GUARDIAN_COOLDOWN) {
            revert GuardianCoolingDown(until + GUARDIAN_COOLDOWN);
        }
        until = uint48(block.timestamp) + GUARDIAN_PAUSE;
        transfersPausedUntil = until;
        emit TransfersPausedByGuardian(msg.sender, until);
    }

    /// @notice True while transfers are stopped, by the timelock or by the guardian.
    function paused() public view returns (bool) {
        return _paused || block.timestamp < transfersPausedUntil;
    }

    /// @notice True while claims are stopped (only the timelock's pause stops them).
    function claimsPaused() external view returns (bool) {
        return _paused;
    }

    // ---- the DAO handover -------------------------------------------------------------------

    /// @notice Propose the store DAO as the holder of every power over this token (the admin;
    /// a zero timelock cancels). Nothing changes until the timelock accepts.
    function proposeHandover(address timelock, address sale, address treasury, address guardian)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        if (timelock == address(0)) {
            delete _pendingHandover;
        } else {
            _requireContract(timelock);
            _requireContract(sale);
            _requireContract(treasury);
            _requireSaleOfThisToken(sale);
            _pendingHandover = Handover(timelock, sale, treasury, guardian);
        }
        emit HandoverProposed(timelock, sale, treasury, guardian);
    }

    /// @notice The timelock (a passed DAO vote) takes the token on the terms the vote names:
    /// every role loses every member, then admin and pause go to the timelock, mint to `sale`,
    /// distribute to `treasury`, the transfer brake to `guardian` (none: address(0)). Reverts
    /// unless these are exactly the pending offer's terms, which the admin could have rewritten
    /// after the vote.
    function acceptHandover(address sale, address treasury, address guardian) external {
        Handover memory h = _pendingHandover;
        if (msg.sender != h.timelock) revert NotPendingTimelock(msg.sender); // none: address(0)
        if (sale != h.sale || treasury != h.treasury || guardian != h.guardian) {
            revert HandoverTermsChanged(h.sale, h.treasury, h.guardian);
        }
        delete _pendingHandover;
        _clearRole(DEFAULT_ADMIN_ROLE);
        _clearRole(MINTER_ROLE);
        _clearRole(DISTRIBUTOR_ROLE);
        _clearRole(PAUSER_ROLE);
        _clearRole(GUARDIAN_ROLE);
        _grantRole(DEFAULT_ADMIN_ROLE, h.timelock);
        _grantRole(PAUSER_ROLE, h.timelock);
        _grantRole(MINTER_ROLE, h.sale);
        _grantRole(DISTRIBUTOR_ROLE, h.treasury);
        if (h.guardian != address(0)) _grantRole(GUARDIAN_ROLE, h.guardian);
        emit HandedOver(h.timelock, h.sale, h.treasury, h.guardian);
    }

    function pendingHandover() external view returns (Handover memory) {
        return _pendingHandover;
    }

    // ---- profit share -------------------------------------------------------------------

    /// @notice Pull `amount` of the stablecoin from the caller and share it pro rata among all
    /// current holders. Constant gas whatever the number of holders.
    function distribute(uint256 amount) external onlyRole(DISTRIBUTOR_ROLE) {
        if (amount == 0) revert ZeroAmount();
        uint256 supply = totalSupply();
        if (supply == 0) revert NoHolders();
        if (supply < MIN_DISTRIBUTION_SUPPLY) revert SupplyTooSmall(supply, MIN_DISTRIBUTION_SUPPLY);
        // Credit what actually arrived, so a fee-charging stablecoin can never over-credit.
        uint256 before = stablecoin.balanceOf(address(this));
        stablecoin.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = stablecoin.balanceOf(address(this)) - before;
        if (received == 0) revert ZeroAmount();

        uint256 total = totalDistributed + received;
        if (total > MAX_TOTAL_DISTRIBUTED) revert DistributedTooMuch(total, MAX_TOTAL_DISTRIBUTED);
        uint256 magnified = received * MAGNITUDE + _magnifiedDust;
        uint256 pointsPerShare = _pointsPerShare + magnified / supply;
        if (pointsPerShare > MAX_POINTS_PER_SHARE) {
            revert PointsPerShareTooHigh(pointsPerShare, MAX_POINTS_PER_SHARE);
        }
        _pointsPerShare = uint128(pointsPerShare);
        _magnifiedDust = uint128(magnified % supply);
        lastDistributedAt = uint48(block.timestamp);
        totalDistributed = total;
        emit ProfitDistributed(msg.sender, received, pointsPerShare);
    }

    /// @notice Pay the caller everything they have accrued. Reverts while their KYC is lapsed;
    /// the money stays in the token and keeps accruing until they renew.
    function claim() external returns (uint256) {
        return _claim(msg.sender);
    }

    /// @notice Pay `holder` (never anyone else) everything they have accrued, under the same
    /// rules as their own `claim`: anyone may trigger it, e.g. a router claiming many tokens.
    function claimFor(address holder) external returns (uint256) {
        return _claim(holder);
    }

    function _claim(address holder) private returns (uint256 amount) {
        if (_paused) revert EnforcedPause();
        uint64 expiry = compliance.expiryOf(holder);
        if (block.timestamp >= expiry) revert ClaimerNotAllowed(holder, expiry);
        int256 correction = magnifiedCorrectionOf[holder];
        // Both terms are bounded (see the contract notes): no overflow possible.
        int256 owed;
        unchecked {
            owed = int256(uint256(_pointsPerShare) * balanceOf(holder)) + correction;
        }
        amount = owed.toUint256() / MAGNITUDE;
        if (amount == 0) revert NothingToClaim();
        unchecked {
            // amount * MAGNITUDE <= owed, and owed - correction >= 0.
            magnifiedCorrectionOf[holder] = correction - int256(amount * MAGNITUDE);
        }
        stablecoin.safeTransfer(holder, amount);
        emit ProfitClaimed(holder, amount);
    }

    /// @notice Magnified points per token base unit (always <= MAX_POINTS_PER_SHARE).
    function magnifiedPointsPerShare() external view returns (uint256) {
        return _pointsPerShare;
    }

    /// @notice Magnified remainder carried into the next distribution (always < totalSupply).
    function magnifiedDust() external view returns (uint256) {
        return _magnifiedDust;
    }

    /// @notice What `holder` would receive from `claim` now (if their KYC is current).
    function claimableOf(address holder) public view returns (uint256) {
        int256 magnified = (uint256(_pointsPerShare) * balanceOf(holder)).toInt256()
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

    function _expiryIfNotAllowed(address account) private view returns (bool allowed, uint64 expiry) {
        expiry = compliance.expiryOf(account);
        allowed = block.timestamp < expiry;
    }

    function _requireContract(address account) private view {
        if (account.code.length == 0) revert NotAContract(account);
    }

    function _requireSaleOfThisToken(address sale) private view {
        try IStoreSale(sale).token() returns (address token) {
            if (token == address(this)) return;
        } catch {}
        revert SaleOfAnotherToken(sale);
    }

    function _clearRole(bytes32 role) private {
        for (uint256 n = getRoleMemberCount(role); n > 0; --n) {
            _revokeRole(role, getRoleMember(role, n - 1));
        }
    }

    // ---- hooks --------------------------------------------------------------------------

    /// Someone else's tokens move only by an allowed spender (transferFrom, after approve or
    /// permit); an owner spending their own allowance is checked as the sender anyway.
    function _spendAllowance(address owner, address spender, uint256 value) internal override {
        if (spender != owner) {
            (bool allowed, uint64 expiry) = _expiryIfNotAllowed(spender);
            if (!allowed) revert SpenderNotAllowed(spender, expiry);
        }
        super._spendAllowance(owner, spender, value);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        if (_paused) revert EnforcedPause();
        uint48 until = transfersPausedUntil;
        if (block.timestamp < until) revert TransfersPaused(until);
        // Mints need an allowed recipient; burns need no counterparty check.
        if (from != address(0) && to != address(0)) {
            (bool allowed, uint64 expiry) = _expiryIfNotAllowed(from);
            if (!allowed) revert SenderNotAllowed(from, expiry);
        }
        if (to != address(0)) {
            (bool allowed, uint64 expiry) = _expiryIfNotAllowed(to);
            if (!allowed) revert RecipientNotAllowed(to, expiry);
        }
        super._update(from, to, value);
        uint256 pointsPerShare = _pointsPerShare;
        if (pointsPerShare == 0 || value == 0) return;
        // value <= MAX_SUPPLY and pointsPerShare <= MAX_POINTS_PER_SHARE: below 2**253.
        int256 moved = int256(pointsPerShare * value);
        if (from != address(0)) magnifiedCorrectionOf[from] += moved;
        if (to != address(0)) magnifiedCorrectionOf[to] -= moved;
    }

    /// Both `delegate` and `delegateBySig` come here: votes go to the account itself or nowhere.
    function _delegate(address account, address delegatee) internal override {
        if (delegatee != account && delegatee != address(0)) {
            revert DelegateeNotSelf(account, delegatee);
        }
        super._delegate(account, delegatee);
    }

    function _maxSupply() internal pure override returns (uint256) {
        return MAX_SUPPLY;
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}

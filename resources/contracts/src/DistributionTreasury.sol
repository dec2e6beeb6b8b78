// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {StoreRegistry} from "./StoreRegistry.sol";

interface IProfitDistributor {
    function distribute(uint256 amount) external;
}

interface ITimelockedGovernor {
    function timelock() external view returns (address);
}

/// @title DistributionTreasury
/// @notice Holds the investors' share of every store's routed revenue and pays it out to the
/// store's token holders through a maker-checker approval: a proposer proposes (store, period,
/// amount, report hash), other approvers approve (one approval each, never the proposer), and at
/// the threshold anyone with a treasury role executes. Each (store, period) is paid at most once,
/// never above what the store's routers delivered, within the store's cap and minimum interval.
///
/// Nothing is stranded, and no key can take what is not a store's: a deposit from a router the
/// registry does not name for that store (or whose store belongs to another treasury) is held
/// for the store it names (`unassignedOf`), and stablecoin sent here outside `depositFromRouter`
/// is stray (`strayBalance`). Only a store's DAO (its timelock, owning the store in the
/// registry) can credit either to its store or return it to an address; the platform cannot.
contract DistributionTreasury is AccessControl {
    using SafeERC20 for IERC20;

    bytes32 public constant PROPOSER_ROLE = keccak256("PROPOSER_ROLE");
    bytes32 public constant APPROVER_ROLE = keccak256("APPROVER_ROLE");

    /// Expired is never stored: a pending proposal past its expiry reads as Expired.
    enum Status {
        None,
        Pending,
        Executed,
        Rejected,
        Cancelled,
        Expired
    }

    struct Proposal {
        bytes32 storeId;
        address proposer;
        uint64 expiresAt;
        uint32 period;
        Status status;
        uint16 approvals;
        uint128 amount;
        bytes32 reportHash;
    }

    struct Policy {
        uint128 capPerPeriod; // 0: the store is not enabled for distributions
        uint64 minInterval; // seconds between two executions for the store
    }

    StoreRegistry public immutable registry;
    IERC20 public immutable stablecoin;

    uint16 public threshold;
    uint64 public proposalLifetime;
    uint256 public proposalCount;

    // Everything this treasury owes: every store's pending balance plus every held deposit.
    // Any stablecoin above it arrived outside depositFromRouter.
    uint256 public accounted;
    mapping(bytes32 storeId => uint256) public unassignedOf;
    mapping(bytes32 storeId => uint256) public receivedOf;
    mapping(bytes32 storeId => uint256) public distributedOf;
    mapping(bytes32 storeId => Policy) public policyOf;
    mapping(bytes32 storeId => uint64) public lastExecutedAt;
    mapping(bytes32 storeId => mapping(uint32 period => uint256 proposalId)) public executedFor;
    mapping(uint256 proposalId => mapping(address approver => bool)) public hasApproved;
    mapping(uint256 proposalId => Proposal) private _proposals;

    event Deposited(bytes32 indexed storeId, address indexed router, uint256 amount);
    event DepositHeld(bytes32 indexed storeId, address indexed from, uint256 amount);
    event CreditedToStore(bytes32 indexed storeId, uint256 amount, bool stray, address indexed by);
    event FundsReturned(
        bytes32 indexed storeId, address indexed to, uint256 amount, bool stray, address indexed by
    );
    event PolicySet(bytes32 indexed storeId, uint128 capPerPeriod, uint64 minInterval);
    event ThresholdSet(uint16 threshold);
    event ProposalLifetimeSet(uint64 lifetime);
    event Proposed(
        uint256 indexed proposalId,
        bytes32 indexed storeId,
        uint32 indexed period,
        uint256 amount,
        bytes32 reportHash,
        address proposer,
        uint64 expiresAt
    );
    event Approved(uint256 indexed proposalId, address indexed approver, uint16 approvals);
    event Rejected(uint256 indexed proposalId, address indexed approver, string reason);
    event Cancelled(uint256 indexed proposalId, address indexed by);
    event Executed(
        uint256 indexed proposalId,
        bytes32 indexed storeId,
        uint32 indexed period,
        uint256 amount,
        bytes32 reportHash,
        address executor
    );

    error ZeroAddress();
    error ZeroAmount();
    error InvalidThreshold();
    error InvalidLifetime();
    error InvalidPeriod(uint32 period);
    error MissingReportHash();
    error UnknownStore(bytes32 storeId);
    error NoPolicy(bytes32 storeId);
    error AboveCap(bytes32 storeId, uint256 amount, uint256 cap);
    error AbovePending(bytes32 storeId, uint256 amount, uint256 pending);
    error PeriodAlreadyDistributed(bytes32 storeId, uint32 period);
    error TooSoon(bytes32 storeId, uint64 nextAllowedAt);
    error UnknownProposal(uint256 proposalId);
    error ProposalNotPending(uint256 proposalId, Status status);
    error ProposalExpired(uint256 proposalId, uint64 expiredAt);
    error ProposerCannotApprove(uint256 proposalId);
    error AlreadyApproved(uint256 proposalId, address approver);
    error BelowThreshold(uint256 proposalId, uint16 approvals, uint16 threshold);
    error NotProposerOrAdmin(uint256 proposalId, address caller);
    error NotTreasuryStaff(address caller);
    error NotStoreDao(bytes32 storeId, address caller);
    error AboveAvailable(uint256 amount, uint256 available);

    constructor(
        address admin,
        StoreRegistry registry_,
        IERC20 stablecoin_,
        uint16 threshold_,
        uint64 proposalLifetime_
    ) {
        if (admin == address(0) || address(registry_) == address(0) || address(stablecoin_) == address(0)) {
            revert ZeroAddress();
        }
        registry = registry_;
        stablecoin = stablecoin_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setThreshold(threshold_);
        _setProposalLifetime(proposalLifetime_);
    }

    // ---- money in -------------------------------------------------------------------------

    /// @notice Pull `amount` from the caller. From the store's registered router (and this the
    /// store's treasury) it is credited to the store; from anyone else it is held for the store
    /// it names, until that store's DAO credits or returns it. Only money that arrives counts.
    function depositFromRouter(bytes32 storeId, uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        uint256 before = stablecoin.balanceOf(address(this));
        stablecoin.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = stablecoin.balanceOf(address(this)) - before;
        accounted += received;
        if (msg.sender == registry.routerOf(storeId) && registry.treasuryOf(storeId) == address(this)) {
            receivedOf[storeId] += received;
            emit Deposited(storeId, msg.sender, received);
        } else {
            unassignedOf[storeId] += received;
            emit DepositHeld(storeId, msg.sender, received);
        }
    }

    /// @notice Stablecoin held here that no store's books account for (sent outside
    /// depositFromRouter).
    function strayBalance() public view returns (uint256) {
        return stablecoin.balanceOf(address(this)) - accounted;
    }

    // ---- what belongs to no store yet: only a store's DAO decides ------------------------

    /// @notice Credit `amount` held for the store (or, with `stray`, of the stray balance) to
    /// the store's pending balance, for its holders. Only the store's DAO timelock.
    function creditToStore(bytes32 storeId, uint256 amount, bool stray) external {
        _takeForStore(storeId, amount, stray);
        if (stray) accounted += amount;
        receivedOf[storeId] += amount;
        emit CreditedToStore(storeId, amount, stray, msg.sender);
    }

    /// @notice Send `amount` held for the store (or, with `stray`, of the stray balance) to
    /// `to`, e.g. back to whoever sent it by mistake. Only the store's DAO timelock.
    function returnFunds(bytes32 storeId, address to, uint256 amount, bool stray) external {
        if (to == address(0)) revert ZeroAddress();
        _takeForStore(storeId, amount, stray);
        if (!stray) accounted -= amount;
        emit FundsReturned(storeId, to, amount, stray, msg.sender);
        stablecoin.safeTransfer(to, amount);
    }

    /// @notice What the store's holders are owed and not yet distributed.
    function pendingOf(bytes32 storeId) public view returns (uint256) {
        return receivedOf[storeId] - distributedOf[storeId];
    }

    // ---- administration -------------------------------------------------------------------

    function setPolicy(bytes32 storeId, uint128 capPerPeriod, uint64 minInterval)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        if (!registry.isRegistered(storeId)) revert UnknownStore(storeId);
        policyOf[storeId] = Policy(capPerPeriod, minInterval);
        emit PolicySet(storeId, capPerPeriod, minInterval);
    }

    function setThreshold(uint16 threshold_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setThreshold(threshold_);
    }

    function setProposalLifetime(uint64 lifetime) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setProposalLifetime(lifetime);
    }

    // ---- the approval workflow ------------------------------------------------------------

    function propose(bytes32 storeId, uint32 period, uint256 amount, bytes32 reportHash)
        external
        onlyRole(PROPOSER_ROLE)
        returns (uint256 proposalId)
    {
        if (!registry.isRegistered(storeId)) revert UnknownStore(storeId);
        _checkPeriod(period);
        if (reportHash == bytes32(0)) revert MissingReportHash();
        _checkAmount(storeId, period, amount);
        proposalId = ++proposalCount;
        uint64 expiresAt = uint64(block.timestamp) + proposalLifetime;
        _proposals[proposalId] = Proposal({
            storeId: storeId,
            proposer: msg.sender,
            expiresAt: expiresAt,
            period: period,
            status: Status.Pending,
            approvals: 0,
            amount: uint128(amount), // _checkAmount bounded it by the uint128 cap
            reportHash: reportHash
        });
        emit Proposed(proposalId, storeId, period, amount, reportHash, msg.sender, expiresAt);
    }

    function approve(uint256 proposalId) external onlyRole(APPROVER_ROLE) {
        Proposal storage p = _live(proposalId);
        if (msg.sender == p.proposer) revert ProposerCannotApprove(proposalId);
        if (hasApproved[proposalId][msg.sender]) revert AlreadyApproved(proposalId, msg.sender);
        hasApproved[proposalId][msg.sender] = true;
        uint16 approvals = p.approvals + 1;
        p.approvals = approvals;
        emit Approved(proposalId, msg.sender, approvals);
    }

    function reject(uint256 proposalId, string calldata reason) external onlyRole(APPROVER_ROLE) {
        Proposal storage p = _live(proposalId);
        p.status = Status.Rejected;
        emit Rejected(proposalId, msg.sender, reason);
    }

    /// @notice Withdraw a proposal (its proposer) or strike it (an admin); expired ones too.
    function cancel(uint256 proposalId) external {
        Proposal storage p = _proposal(proposalId);
        if (p.status != Status.Pending) revert ProposalNotPending(proposalId, p.status);
        if (msg.sender != p.proposer && !hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) {
            revert NotProposerOrAdmin(proposalId, msg.sender);
        }
        p.status = Status.Cancelled;
        emit Cancelled(proposalId, msg.sender);
    }

    function execute(uint256 proposalId) external {
        if (!hasRole(PROPOSER_ROLE, msg.sender) && !hasRole(APPROVER_ROLE, msg.sender)) {
            revert NotTreasuryStaff(msg.sender);
        }
        Proposal storage p = _live(proposalId);
        if (p.approvals < threshold) revert BelowThreshold(proposalId, p.approvals, threshold);
        bytes32 storeId = p.storeId;
        uint32 period = p.period;
        uint256 amount = p.amount;
        // Re-checked: balances, policy and other executions may have changed since proposal.
        _checkAmount(storeId, period, amount);
        uint64 last = lastExecutedAt[storeId];
        uint64 minInterval = policyOf[storeId].minInterval;
        if (last != 0 && block.timestamp < uint256(last) + minInterval) {
            revert TooSoon(storeId, last + minInterval);
        }

        p.status = Status.Executed;
        executedFor[storeId][period] = proposalId;
        distributedOf[storeId] += amount;
        accounted -= amount;
        lastExecutedAt[storeId] = uint64(block.timestamp);
        emit Executed(proposalId, storeId, period, amount, p.reportHash, msg.sender);

        address token = registry.tokenOf(storeId);
        stablecoin.forceApprove(token, amount);
        IProfitDistributor(token).distribute(amount);
    }

    // ---- reads ----------------------------------------------------------------------------

    function proposal(uint256 proposalId) external view returns (Proposal memory) {
        return _proposal(proposalId);
    }

    function stateOf(uint256 proposalId) public view returns (Status) {
        Proposal storage p = _proposal(proposalId);
        if (p.status == Status.Pending && block.timestamp >= p.expiresAt) return Status.Expired;
        return p.status;
    }

    // ---- internals ------------------------------------------------------------------------

    /// The caller must be the store's DAO: the registry's owner of the store, and the timelock
    /// of the governor registered for it. Then `amount` must be available in the chosen pool.
    function _takeForStore(bytes32 storeId, uint256 amount, bool stray) private {
        StoreRegistry.Store memory store = registry.storeInfo(storeId);
        // An unregistered store has no owner; a store without a governor cannot answer.
        if (msg.sender != store.owner || ITimelockedGovernor(store.governor).timelock() != msg.sender) {
            revert NotStoreDao(storeId, msg.sender);
        }
        if (amount == 0) revert ZeroAmount();
        uint256 available = stray ? strayBalance() : unassignedOf[storeId];
        if (amount > available) revert AboveAvailable(amount, available);
        if (!stray) unassignedOf[storeId] = available - amount;
    }

    function _proposal(uint256 proposalId) private view returns (Proposal storage p) {
        p = _proposals[proposalId];
        if (p.status == Status.None) revert UnknownProposal(proposalId);
    }

    function _live(uint256 proposalId) private view returns (Proposal storage p) {
        p = _proposal(proposalId);
        if (p.status != Status.Pending) revert ProposalNotPending(proposalId, p.status);
        if (block.timestamp >= p.expiresAt) revert ProposalExpired(proposalId, p.expiresAt);
    }

    function _checkAmount(bytes32 storeId, uint32 period, uint256 amount) private view {
        if (amount == 0) revert ZeroAmount();
        uint128 cap = policyOf[storeId].capPerPeriod;
        if (cap == 0) revert NoPolicy(storeId);
        if (amount > cap) revert AboveCap(storeId, amount, cap);
        if (executedFor[storeId][period] != 0) revert PeriodAlreadyDistributed(storeId, period);
        uint256 pending = pendingOf(storeId);
        if (amount > pending) revert AbovePending(storeId, amount, pending);
    }

    /// A period is yyyymm, e.g. 202604.
    function _checkPeriod(uint32 period) private pure {
        uint32 month = period % 100;
        if (period < 200001 || period > 999912 || month == 0 || month > 12) revert InvalidPeriod(period);
    }

    function _setThreshold(uint16 threshold_) private {
        if (threshold_ == 0) revert InvalidThreshold();
        threshold = threshold_;
        emit ThresholdSet(threshold_);
    }

    function _setProposalLifetime(uint64 lifetime) private {
        if (lifetime == 0) revert InvalidLifetime();
        proposalLifetime = lifetime;
        emit ProposalLifetimeSet(lifetime);
    }
}

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

import {StoreRegistry} from "./StoreRegistry.sol";

interface IProfitDistributor {
    function distribute(uint256 amount) external;
}

/// What a Safe answers about who may sign for it.
interface IOwnedSigner {
    function getOwners() external view returns (address[] memory);
}

interface ITimelockedGovernor {
    function timelock() external view returns (address);
}

/// @title DistributionTreasury
/// @notice Holds the investors' share of every store's routed revenue and pays it out to the
/// store's token holders through a maker-checker approval: a proposer proposes (store, period,
/// amount, report hash); approvers sign an EIP-712 `Approval` off chain (no gas); anyone with a
/// treasury role executes with the signatures. Each (store, period) is proposed while live and
/// paid at most once, never above what the store's routers delivered, within the store's cap per
/// period, minimum interval and monthly velocity cap.
///
/// Signatures are checked at execution, against the roles of that moment: each signer must hold
/// APPROVER_ROLE then (a revoked approver's signature is dead), must not be the proposer, and
/// signs once (signers strictly ascending). A key is checked by ECDSA, a contract such as a Safe
/// by EIP-1271. A key counts once: a contract signer that names its owners (a Safe's
/// `getOwners()`) must not have any other signer among them, else one owner's key would count
/// both directly and again inside the Safe's signature. A signature carries the signer's current
/// nonce here; `invalidateSignatures` bumps it, killing every outstanding signature of that
/// signer (after a key compromise).
/// A proposal whose proposer lost PROPOSER_ROLE can no longer be executed, nor cancelled by them.
///
/// Policy per store: a cap per period, a minimum interval between executions, a tier amount above
/// which a proposal needs one approval more than the threshold, and a monthly cap on what is
/// executed within one calendar month (UTC, of the execution's block time; see `monthOf`).
///
/// Nothing is stranded, and no key can take what is not a store's: a deposit from a router the
/// registry does not name for that store (or whose store belongs to another treasury) is held
/// for the store it names (`unassignedOf`), and stablecoin sent here outside `depositFromRouter`
/// is stray (`strayBalance`). Only a store's DAO (its timelock, owning the store in the
/// registry) can credit either to its store's holders, or return a deposit held for its store
/// to an address; the platform cannot. Stray money names no store, so no store's DAO may send
/// it out: whoever registers a store chooses its DAO, and a store registered with a DAO its
/// registrar controls would otherwise carry every stray deposit away in one vote. For the same
/// reason a deposit held for a store id before that store was registered
/// (`heldBeforeRegistrationOf`) is never returned, only credited: its sender could not know the
/// DAO the registrar would choose later. Credited to a store, money leaves only as a payout to
/// that store's holders, through the approvals below.
contract DistributionTreasury is AccessControl, EIP712 {
    using SafeERC20 for IERC20;

    bytes32 public constant PROPOSER_ROLE = keccak256("PROPOSER_ROLE");
    bytes32 public constant APPROVER_ROLE = keccak256("APPROVER_ROLE");
    bytes32 public constant APPROVAL_TYPEHASH = keccak256(
        "Approval(uint256 proposalId,bytes32 storeId,uint32 period,uint256 amount,bytes32 reportHash,uint256 nonce,uint64 deadline)"
    );
    bytes32 public constant REJECTION_TYPEHASH = keccak256(
        "Rejection(uint256 proposalId,bytes32 storeId,uint32 period,uint256 amount,bytes32 reportHash,bytes32 reasonHash,uint256 nonce,uint64 deadline)"
    );

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
        uint128 amount;
        bytes32 reportHash;
    }

    /// An approver's EIP-712 signature: ECDSA (r, s, v) of a key, or what a contract signer's
    /// EIP-1271 `isValidSignature` accepts (a Safe: its owners' signatures). The deadline it
    /// signed travels beside it.
    struct Signature {
        address signer;
        uint64 deadline;
        bytes data;
    }

    struct Policy {
        uint128 capPerPeriod; // 0: the store is not enabled for distributions
        uint64 minInterval; // seconds between two executions for the store
        uint128 tierAmount; // above it one more approval is needed; 0: no tier
        uint128 monthlyCap; // executed per calendar month (UTC) at most; 0: no monthly cap
    }

    /// What a store's routers delivered and what was distributed, in one slot.
    struct Balance {
        uint128 received;
        uint128 distributed;
    }

    /// What a store has been paid, packed so an execution reads and writes one slot.
    struct Book {
        uint64 lastExecutedAt;
        uint32 month; // yyyymm of the last execution (UTC)
        uint128 executedInMonth; // executed within `month`
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
    /// The part of `unassignedOf` that arrived while the store id was not registered: it can
    /// only be credited to the store, never returned.
    mapping(bytes32 storeId => uint256) public heldBeforeRegistrationOf;
    mapping(bytes32 storeId => Balance) private _balances;
    mapping(bytes32 storeId => Policy) public policyOf;
    mapping(bytes32 storeId => Book) private _books;
    /// The latest proposal for a (store, period): while it is live or executed, the period
    /// cannot be proposed again.
    mapping(bytes32 storeId => mapping(uint32 period => uint256 proposalId)) public proposalFor;
    mapping(address signer => uint256) public nonces;
    mapping(uint256 proposalId => Proposal) private _proposals;

    event Deposited(bytes32 indexed storeId, address indexed router, uint256 amount);
    event DepositHeld(bytes32 indexed storeId, address indexed from, uint256 amount);
    event CreditedToStore(bytes32 indexed storeId, uint256 amount, bool stray, address indexed by);
    event FundsReturned(bytes32 indexed storeId, address indexed to, uint256 amount, address indexed by);
    event PolicySet(
        bytes32 indexed storeId, uint128 capPerPeriod, uint64 minInterval, uint128 tierAmount, uint128 monthlyCap
    );
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
    event Rejected(uint256 indexed proposalId, address indexed approver, string reason);
    event Cancelled(uint256 indexed proposalId, address indexed by);
    event Executed(
        uint256 indexed proposalId,
        bytes32 indexed storeId,
        uint32 indexed period,
        uint256 amount,
        bytes32 reportHash,
        address executor,
        address[] signers
    );
    event SignaturesInvalidated(address indexed signer, uint256 nonce);

    error ZeroAddress();
    error ZeroAmount();
    error InvalidThreshold();
    error InvalidLifetime();
    error InvalidPeriod(uint32 period);
    error MissingReportHash();
    error UnknownStore(bytes32 storeId);
    error NoPolicy(bytes32 storeId);
    error AboveCap(bytes32 storeId, uint256 amount, uint256 cap);
    error AboveMonthlyCap(bytes32 storeId, uint32 month, uint256 executedInMonth, uint256 amount, uint256 cap);
    error AbovePending(bytes32 storeId, uint256 amount, uint256 pending);
    error PeriodAlreadyProposed(bytes32 storeId, uint32 period, uint256 proposalId);
    error TooSoon(bytes32 storeId, uint64 nextAllowedAt);
    error UnknownProposal(uint256 proposalId);
    error ProposalNotPending(uint256 proposalId, Status status);
    error ProposalExpired(uint256 proposalId, uint64 expiredAt);
    error ProposerRevoked(uint256 proposalId, address proposer);
    error ProposerCannotApprove(uint256 proposalId);
    error SignersNotAscending(uint256 proposalId, address signer);
    error NotApprover(uint256 proposalId, address signer);
    error SignatureExpired(uint256 proposalId, address signer, uint64 deadline);
    error InvalidSignature(uint256 proposalId, address signer);
    error OwnerCountedTwice(uint256 proposalId, address owner, address safe);
    error BelowThreshold(uint256 proposalId, uint256 approvals, uint256 required);
    error NotProposerOrAdmin(uint256 proposalId, address caller);
    error NotTreasuryStaff(address caller);
    error NotStoreDao(bytes32 storeId, address caller);
    error AboveAvailable(uint256 amount, uint256 available);
    error HeldBeforeRegistration(bytes32 storeId, uint256 amount, uint256 returnable);
    error MonthNotKept(bytes32 storeId, uint32 month, uint32 keptMonth);

    constructor(
        address admin,
        StoreRegistry registry_,
        IERC20 stablecoin_,
        uint16 threshold_,
        uint64 proposalLifetime_
    ) EIP712("PST Treasury", "1") {
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
        address router = registry.routerOf(storeId); // address(0): the store is not registered
        if (msg.sender == router && registry.treasuryOf(storeId) == address(this)) {
            _credit(storeId, received);
            emit Deposited(storeId, msg.sender, received);
        } else {
            unassignedOf[storeId] += received;
            if (router == address(0)) heldBeforeRegistrationOf[storeId] += received;
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
        if (stray) {
            accounted += amount;
        } else {
            // What arrived before the store existed is credited first: it has no other way out.
            uint256 early = heldBeforeRegistrationOf[storeId];
            if (early != 0) heldBeforeRegistrationOf[storeId] = early > amount ? early - amount : 0;
        }
        _credit(storeId, amount);
        emit CreditedToStore(storeId, amount, stray, msg.sender);
    }

    /// @notice Send `amount` of a deposit held for the store to `to`, e.g. back to whoever
    /// sent it by mistake. Only the store's DAO timelock; stray money cannot be sent out, nor
    /// what was held before the store was registered (its registrar chose the DAO).
    function returnFunds(bytes32 storeId, address to, uint256 amount) external {
        if (to == address(0)) revert ZeroAddress();
        _takeForStore(storeId, amount, false);
        uint256 early = heldBeforeRegistrationOf[storeId];
        uint256 left = unassignedOf[storeId];
        if (left < early) revert HeldBeforeRegistration(storeId, amount, left + amount - early);
        accounted -= amount;
        emit FundsReturned(storeId, to, amount, msg.sender);
        stablecoin.safeTransfer(to, amount);
    }

    /// @notice What the store's holders are owed and not yet distributed.
    function pendingOf(bytes32 storeId) public view returns (uint256) {
        Balance memory balance = _balances[storeId];
        return balance.received - balance.distributed;
    }

    function receivedOf(bytes32 storeId) external view returns (uint256) {
        return _balances[storeId].received;
    }

    function distributedOf(bytes32 storeId) external view returns (uint256) {
        return _balances[storeId].distributed;
    }

    // ---- administration -------------------------------------------------------------------

    /// @notice The store's policy: `capPerPeriod` (0 disables the store), `minInterval` seconds
    /// between two executions, `tierAmount` above which a proposal needs threshold + 1 approvals
    /// (0: no tier) and `monthlyCap` on what is executed per calendar month (0: no monthly cap).
    function setPolicy(
        bytes32 storeId,
        uint128 capPerPeriod,
        uint64 minInterval,
        uint128 tierAmount,
        uint128 monthlyCap
    ) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (!registry.isRegistered(storeId)) revert UnknownStore(storeId);
        policyOf[storeId] = Policy(capPerPeriod, minInterval, tierAmount, monthlyCap);
        emit PolicySet(storeId, capPerPeriod, minInterval, tierAmount, monthlyCap);
    }

    function setThreshold(uint16 threshold_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setThreshold(threshold_);
    }

    function setProposalLifetime(uint64 lifetime) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setProposalLifetime(lifetime);
    }

    /// @notice Kill every outstanding signature of the caller (an approval or rejection carries
    /// the signer's nonce; this bumps it). A Safe calls it through a Safe transaction.
    function invalidateSignatures() external {
        uint256 nonce = ++nonces[msg.sender];
        emit SignaturesInvalidated(msg.sender, nonce);
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
        uint256 previous = proposalFor[storeId][period];
        if (previous != 0) {
            Status status = stateOf(previous);
            if (status == Status.Pending || status == Status.Executed) {
                revert PeriodAlreadyProposed(storeId, period, previous);
            }
        }
        Policy storage policy = policyOf[storeId];
        _checkAmount(storeId, amount, policy.capPerPeriod);
        uint128 monthlyCap = policy.monthlyCap;
        // Alone above the monthly cap: it could never execute in any month.
        if (monthlyCap != 0 && amount > monthlyCap) {
            revert AboveMonthlyCap(storeId, monthOf(block.timestamp), 0, amount, monthlyCap);
        }
        proposalId = ++proposalCount;
        proposalFor[storeId][period] = proposalId;
        uint64 expiresAt = uint64(block.timestamp) + proposalLifetime;
        _proposals[proposalId] = Proposal({
            storeId: storeId,
            proposer: msg.sender,
            expiresAt: expiresAt,
            period: period,
            status: Status.Pending,
            amount: uint128(amount), // _checkAmount bounded it by the uint128 cap
            reportHash: reportHash
        });
        emit Proposed(proposalId, storeId, period, amount, reportHash, msg.sender, expiresAt);
    }

    /// @notice Reject a proposal with an approver's signed `Rejection`; anyone may submit it.
    /// `reason` is what was signed (its keccak256 is `reasonHash`).
    function reject(uint256 proposalId, Signature calldata sig, string calldata reason) external {
        Proposal storage p = _live(proposalId);
        bytes memory fields = abi.encode(
            REJECTION_TYPEHASH,
            proposalId,
            p.storeId,
            p.period,
            p.amount,
            p.reportHash,
            keccak256(bytes(reason)),
            uint256(0), // the signer's nonce
            uint64(0) // the signature's deadline
        );
        _checkSigner(proposalId, p.proposer, sig, _structHash(fields, sig));
        p.status = Status.Rejected;
        emit Rejected(proposalId, sig.signer, reason);
    }

    /// @notice Withdraw a proposal (its proposer, while still a proposer) or strike it (an
    /// admin); expired ones too.
    function cancel(uint256 proposalId) external {
        Proposal storage p = _proposal(proposalId);
        if (p.status != Status.Pending) revert ProposalNotPending(proposalId, p.status);
        bool byProposer = msg.sender == p.proposer && hasRole(PROPOSER_ROLE, msg.sender);
        if (!byProposer && !hasRole(DEFAULT_ADMIN_ROLE, msg.sender)) {
            revert NotProposerOrAdmin(proposalId, msg.sender);
        }
        p.status = Status.Cancelled;
        emit Cancelled(proposalId, msg.sender);
    }

    /// @notice Pay a proposal out with its approvers' signatures, sorted by signer ascending.
    /// Every signature given must be valid; at least `requiredApprovals(proposalId)` are needed.
    function execute(uint256 proposalId, Signature[] calldata sigs) external {
        if (!hasRole(PROPOSER_ROLE, msg.sender) && !hasRole(APPROVER_ROLE, msg.sender)) {
            revert NotTreasuryStaff(msg.sender);
        }
        Proposal storage p = _live(proposalId);
        if (!hasRole(PROPOSER_ROLE, p.proposer)) revert ProposerRevoked(proposalId, p.proposer);
        bytes32 storeId = p.storeId;
        uint256 amount = p.amount;
        Policy memory policy = policyOf[storeId];
        uint256 required = _required(amount, policy.tierAmount);
        if (sigs.length < required) revert BelowThreshold(proposalId, sigs.length, required);
        address[] memory signers = _checkApprovals(proposalId, p, sigs);

        // Re-checked: balances, policy and other executions may have changed since proposal.
        _checkAmount(storeId, amount, policy.capPerPeriod);
        _book(storeId, amount, policy);
        p.status = Status.Executed;
        _balances[storeId].distributed += uint128(amount); // amount <= pending, a uint128
        accounted -= amount;
        emit Executed(proposalId, storeId, p.period, amount, p.reportHash, msg.sender, signers);

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

    /// @notice How many approvers' signatures the proposal needs now: the threshold, plus one
    /// when its amount is above the store's tier amount.
    function requiredApprovals(uint256 proposalId) external view returns (uint256) {
        Proposal storage p = _proposal(proposalId);
        return _required(p.amount, policyOf[p.storeId].tierAmount);
    }

    /// @notice The proposal that paid the (store, period) out, 0 when none did.
    function executedFor(bytes32 storeId, uint32 period) external view returns (uint256) {
        uint256 proposalId = proposalFor[storeId][period];
        return proposalId != 0 && _proposals[proposalId].status == Status.Executed ? proposalId : 0;
    }

    function lastExecutedAt(bytes32 storeId) external view returns (uint64) {
        return _books[storeId].lastExecutedAt;
    }

    /// @notice What was executed for the store within `month` (yyyymm, UTC). Only the month of
    /// the store's last execution is kept (and any later month reads 0); earlier months are in
    /// the Executed events.
    function monthlyExecuted(bytes32 storeId, uint32 month) external view returns (uint256) {
        Book memory book = _books[storeId];
        if (month == book.month) return book.executedInMonth;
        if (month < book.month) revert MonthNotKept(storeId, month, book.month);
        return 0;
    }

    /// @notice The calendar month (UTC) of a unix time as yyyymm: the month the monthly cap
    /// counts in (an execution counts in the month of its block's timestamp).
    /// Proleptic Gregorian calendar, by Howard Hinnant's days-to-civil algorithm.
    function monthOf(uint256 timestamp) public pure returns (uint32) {
        unchecked {
            uint256 z = timestamp / 86_400 + 719_468;
            uint256 era = z / 146_097;
            uint256 doe = z - era * 146_097;
            uint256 yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
            uint256 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
            uint256 mp = (5 * doy + 2) / 153;
            uint256 m = mp < 10 ? mp + 3 : mp - 9;
            uint256 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
            return uint32(y * 100 + m);
        }
    }

    /// @notice The EIP-712 digest `signer` signs to approve with `deadline` (the app builds the
    /// same off chain).
    function approvalDigest(uint256 proposalId, address signer, uint64 deadline) external view returns (bytes32) {
        Proposal storage p = _proposal(proposalId);
        bytes memory fields = _approvalFields(proposalId, p);
        return _hashTypedDataV4(_structHash(fields, signer, deadline));
    }

    // ---- internals ------------------------------------------------------------------------

    /// Every signature valid, signers strictly ascending (so one each); the signers in order.
    function _checkApprovals(uint256 proposalId, Proposal storage p, Signature[] calldata sigs)
        private
        view
        returns (address[] memory signers)
    {
        bytes memory fields = _approvalFields(proposalId, p);
        address proposer = p.proposer;
        signers = new address[](sigs.length);
        bool[] memory byContract = new bool[](sigs.length);
        bool anyContract;
        address previous;
        for (uint256 i = 0; i < sigs.length; ++i) {
            Signature calldata sig = sigs[i];
            address signer = sig.signer;
            if (signer <= previous) revert SignersNotAscending(proposalId, signer);
            previous = signer;
            byContract[i] = _checkSigner(proposalId, proposer, sig, _structHash(fields, sig));
            anyContract = anyContract || byContract[i];
            signers[i] = signer;
        }
        // Keys alone cannot count twice: the owners' check costs nothing on the common path.
        if (anyContract) _checkOwnersCountOnce(proposalId, proposer, signers, byContract);
    }

    /// No signer is also an owner of a contract signer (a Safe) in the same set: its key would
    /// count twice. Nor is the proposer an owner of one: maker-checker, the proposer's key never
    /// approves, not even inside a Safe it owns. A contract that names no owners (no
    /// `getOwners()`) is taken as one signer.
    function _checkOwnersCountOnce(
        uint256 proposalId,
        address proposer,
        address[] memory signers,
        bool[] memory byContract
    ) private view {
        for (uint256 i = 0; i < signers.length; ++i) {
            if (!byContract[i]) continue;
            address safe = signers[i];
            address[] memory owners = _ownersOf(safe);
            for (uint256 k = 0; k < owners.length; ++k) {
                if (owners[k] == proposer) revert ProposerCannotApprove(proposalId);
                for (uint256 j = 0; j < signers.length; ++j) {
                    if (j != i && owners[k] == signers[j]) {
                        revert OwnerCountedTwice(proposalId, owners[k], safe);
                    }
                }
            }
        }
    }

    /// A contract's `getOwners()` answer; none when it has no such function or answers
    /// something that is not an address[] (read by hand so a malformed answer cannot revert).
    function _ownersOf(address account) private view returns (address[] memory owners) {
        (bool ok, bytes memory answer) =
            account.staticcall(abi.encodeWithSelector(IOwnedSigner.getOwners.selector));
        if (!ok || answer.length < 64) return owners;
        uint256 offset;
        uint256 count;
        assembly ("memory-safe") {
            offset := mload(add(answer, 0x20))
            count := mload(add(answer, 0x40))
        }
        if (offset != 0x20 || count > (answer.length - 64) / 32) return owners;
        owners = new address[](count);
        for (uint256 k = 0; k < count; ++k) {
            uint256 word;
            assembly ("memory-safe") {
                word := mload(add(answer, add(0x60, mul(k, 0x20))))
            }
            owners[k] = address(uint160(word)); // a dirty word matches no signer's address
            if (word >> 160 != 0) owners[k] = address(0);
        }
    }

    /// The Approval's encoded fields with nonce and deadline left 0: each signer fills its own.
    function _approvalFields(uint256 proposalId, Proposal storage p) private view returns (bytes memory) {
        return abi.encode(
            APPROVAL_TYPEHASH, proposalId, p.storeId, p.period, p.amount, p.reportHash, uint256(0), uint64(0)
        );
    }

    function _structHash(bytes memory fields, Signature calldata sig) private view returns (bytes32) {
        return _structHash(fields, sig.signer, sig.deadline);
    }

    /// keccak256 of `fields` with its last two words (nonce, deadline) set for this signer.
    function _structHash(bytes memory fields, address signer, uint64 deadline) private view returns (bytes32 hash) {
        uint256 nonce = nonces[signer];
        assembly ("memory-safe") {
            let length := mload(fields)
            let end := add(add(fields, 0x20), length)
            mstore(sub(end, 0x40), nonce)
            mstore(sub(end, 0x20), deadline)
            hash := keccak256(add(fields, 0x20), length)
        }
    }

    /// One approver's signature over `structHash`: signing before its deadline, holding the
    /// approver role now, not the proposer, and valid (a key's ECDSA, else a contract's EIP-1271).
    /// True when the signer is a contract (its EIP-1271 answer was used).
    function _checkSigner(uint256 proposalId, address proposer, Signature calldata sig, bytes32 structHash)
        private
        view
        returns (bool byContract)
    {
        address signer = sig.signer;
        if (signer == proposer) revert ProposerCannotApprove(proposalId);
        if (!hasRole(APPROVER_ROLE, signer)) revert NotApprover(proposalId, signer);
        if (block.timestamp > sig.deadline) revert SignatureExpired(proposalId, signer, sig.deadline);
        bytes32 digest = _hashTypedDataV4(structHash);
        // A key's signature first: the common case, without a call.
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(digest, sig.data);
        if (err == ECDSA.RecoverError.NoError && recovered == signer) return false;
        // Else a contract's EIP-1271 answer (an account without code answers nothing: refused).
        if (!SignatureChecker.isValidERC1271SignatureNowCalldata(signer, digest, sig.data)) {
            revert InvalidSignature(proposalId, signer);
        }
        return true;
    }

    /// The minimum interval since the store's last execution and the monthly cap, then the
    /// execution booked (one slot).
    function _book(bytes32 storeId, uint256 amount, Policy memory policy) private {
        Book memory book = _books[storeId];
        uint64 last = book.lastExecutedAt;
        if (last != 0 && block.timestamp < uint256(last) + policy.minInterval) {
            revert TooSoon(storeId, last + policy.minInterval);
        }
        uint32 month = monthOf(block.timestamp);
        uint256 inMonth = book.month == month ? book.executedInMonth : 0;
        if (policy.monthlyCap != 0 && inMonth + amount > policy.monthlyCap) {
            revert AboveMonthlyCap(storeId, month, inMonth, amount, policy.monthlyCap);
        }
        _books[storeId] = Book(uint64(block.timestamp), month, SafeCast.toUint128(inMonth + amount));
    }

    function _credit(bytes32 storeId, uint256 amount) private {
        Balance storage balance = _balances[storeId];
        balance.received = SafeCast.toUint128(balance.received + amount);
    }

    function _required(uint256 amount, uint128 tierAmount) private view returns (uint256) {
        return tierAmount != 0 && amount > tierAmount ? uint256(threshold) + 1 : threshold;
    }

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

    function _checkAmount(bytes32 storeId, uint256 amount, uint128 cap) private view {
        if (amount == 0) revert ZeroAmount();
        if (cap == 0) revert NoPolicy(storeId);
        if (amount > cap) revert AboveCap(storeId, amount, cap);
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

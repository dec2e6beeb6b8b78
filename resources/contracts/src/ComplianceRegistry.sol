// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";

/// @title ComplianceRegistry
/// @notice KYC allowlist with an expiry per address. An address is allowed while
/// `block.timestamp < expiry`; expiry 0 means "never allowlisted" (or revoked).
///
/// Two views of the same record:
///   * Compliance (`isAllowed`, `expiryOf`): every change counts at once for transfers and claims.
///   * Governance (`governanceExpiryAt`): what a store DAO counts at a proposal's snapshot. A
///     renewal or extension counts at once; a cut by an officer (a revocation, or an expiry
///     earlier than the one governance holds) counts only `GOVERNANCE_NOTICE` blocks after it
///     was made, and a cut undone within the notice never counts. Otherwise one officer key
///     could revoke the holders who would vote against, propose in the next block (their
///     weight is then zero for that proposal) and restore them a block later, deciding any
///     DAO vote with a few percent of the supply. Natural expiry is no officer action: the
///     governor compares the governance expiry with the time of the vote, so it counts at once.
contract ComplianceRegistry is AccessControl {
    using Checkpoints for Checkpoints.Trace208;

    bytes32 public constant KYC_OFFICER_ROLE = keccak256("KYC_OFFICER_ROLE");

    /// @notice Blocks between an officer's cut of an account's KYC and the first block in which
    /// governance counts it.
    uint48 public immutable GOVERNANCE_NOTICE;

    /// A cut not yet written into the governance history: from block `effective` on, governance
    /// reads `expiry`. `effective` 0: none. Written into the history by the account's next change.
    struct PendingCut {
        uint48 effective;
        uint64 expiry;
    }

    // The current expiry, read by every transfer and claim (one slot, no history search).
    mapping(address account => uint64 expiry) private _expiry;
    // Governance's expiry by block, plus at most one cut not yet written into it.
    mapping(address account => Checkpoints.Trace208) private _governance;
    mapping(address account => PendingCut) private _pendingCut;

    event KycUpdated(address indexed account, uint64 expiry, address indexed officer);
    /// A cut governance will count from block `effective` on, unless undone before.
    event GovernanceCutScheduled(address indexed account, uint64 expiry, uint48 effective);

    error ZeroAddress();
    error InvalidGovernanceNotice();
    error FutureLookup(uint256 blockNumber, uint256 current);

    constructor(address admin, uint48 governanceNoticeBlocks) {
        if (admin == address(0)) revert ZeroAddress();
        if (governanceNoticeBlocks == 0) revert InvalidGovernanceNotice();
        GOVERNANCE_NOTICE = governanceNoticeBlocks;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Allowlist `account` until `expiry` (unix seconds); a past expiry lapses it at once
    /// (for governance after the notice, see the contract's notice).
    function setKyc(address account, uint64 expiry) external onlyRole(KYC_OFFICER_ROLE) {
        _setKyc(account, expiry);
    }

    function setKycBatch(address[] calldata accounts, uint64 expiry)
        external
        onlyRole(KYC_OFFICER_ROLE)
    {
        for (uint256 i = 0; i < accounts.length; ++i) {
            _setKyc(accounts[i], expiry);
        }
    }

    function revoke(address account) external onlyRole(KYC_OFFICER_ROLE) {
        _setKyc(account, 0);
    }

    function isAllowed(address account) external view returns (bool) {
        return block.timestamp < _expiry[account];
    }

    /// @notice The first of two parties that is not allowed now, or address(0) when both are: a
    /// settlement checks both sides of a trade in one call.
    function firstNotAllowed(address first, address second) external view returns (address) {
        if (block.timestamp >= _expiry[first]) return first;
        if (block.timestamp >= _expiry[second]) return second;
        return address(0);
    }

    function expiryOf(address account) external view returns (uint64) {
        return _expiry[account];
    }

    /// @notice The expiry governance counts for `account` at the end of block `blockNumber` (a
    /// past block): every renewal made by then, and every cut made `GOVERNANCE_NOTICE` blocks
    /// before it and not undone within the notice.
    function governanceExpiryAt(address account, uint256 blockNumber)
        external
        view
        returns (uint64)
    {
        if (blockNumber >= block.number) revert FutureLookup(blockNumber, block.number);
        PendingCut memory cut = _pendingCut[account];
        if (cut.effective != 0 && blockNumber >= cut.effective) return cut.expiry;
        return uint64(_governance[account].upperLookupRecent(uint48(blockNumber)));
    }

    /// @notice The cut of `account` governance will count from block `effective` on (0, 0 when
    /// there is none still to come): what a holder can contest before it reaches a vote.
    function pendingGovernanceCut(address account)
        external
        view
        returns (uint64 expiry, uint48 effective)
    {
        PendingCut memory cut = _pendingCut[account];
        if (cut.effective <= block.number) return (0, 0);
        return (cut.expiry, cut.effective);
    }

    function _setKyc(address account, uint64 expiry) private {
        if (account == address(0)) revert ZeroAddress();
        _expiry[account] = expiry;
        _recordForGovernance(account, expiry);
        emit KycUpdated(account, expiry, msg.sender);
    }

    function _recordForGovernance(address account, uint64 expiry) private {
        Checkpoints.Trace208 storage history = _governance[account];
        PendingCut memory cut = _pendingCut[account];
        uint48 current = uint48(block.number);
        if (cut.effective != 0 && cut.effective <= current) {
            // In force since its block: history from then on, so the slot is free again.
            history.push(cut.effective, cut.expiry);
            cut.effective = 0;
            delete _pendingCut[account];
        }
        if (expiry >= history.latest()) {
            // A renewal counts at once and undoes any cut still in its notice.
            history.push(current, expiry);
            if (cut.effective != 0) delete _pendingCut[account];
            return;
        }
        // A cut. One that goes no lower than the pending one keeps its block (the account has
        // been at or below it since then); a deeper one waits a full notice of its own.
        uint48 effective = cut.effective != 0 && expiry >= cut.expiry
            ? cut.effective
            : current + GOVERNANCE_NOTICE;
        _pendingCut[account] = PendingCut(effective, expiry);
        emit GovernanceCutScheduled(account, expiry, effective);
    }
}

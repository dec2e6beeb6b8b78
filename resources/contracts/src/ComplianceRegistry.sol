// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";

/// @title ComplianceRegistry
/// @notice KYC allowlist with an expiry per address. An address is allowed while
/// `block.timestamp < expiry`; expiry 0 means "never allowlisted" (or revoked).
/// Every change is also checkpointed by block number, so governance can ask what the record said
/// at a proposal's snapshot (`expiryAt`): a holder whose KYC had lapsed or been revoked by then
/// votes with zero weight, whatever happens later.
contract ComplianceRegistry is AccessControl {
    using Checkpoints for Checkpoints.Trace208;

    bytes32 public constant KYC_OFFICER_ROLE = keccak256("KYC_OFFICER_ROLE");

    // The current expiry, read by every transfer and claim (one slot, no history search).
    mapping(address account => uint64 expiry) private _expiry;
    mapping(address account => Checkpoints.Trace208) private _history;

    event KycUpdated(address indexed account, uint64 expiry, address indexed officer);

    error ZeroAddress();
    error FutureLookup(uint256 blockNumber, uint256 current);

    constructor(address admin) {
        if (admin == address(0)) revert ZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Allowlist `account` until `expiry` (unix seconds); a past expiry lapses it at once.
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

    /// @notice The expiry on record at the end of block `blockNumber` (a past block).
    function expiryAt(address account, uint256 blockNumber) external view returns (uint64) {
        if (blockNumber >= block.number) revert FutureLookup(blockNumber, block.number);
        return uint64(_history[account].upperLookupRecent(uint48(blockNumber)));
    }

    function _setKyc(address account, uint64 expiry) private {
        if (account == address(0)) revert ZeroAddress();
        _expiry[account] = expiry;
        _history[account].push(uint48(block.number), expiry);
        emit KycUpdated(account, expiry, msg.sender);
    }
}

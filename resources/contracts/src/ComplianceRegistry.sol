// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title ComplianceRegistry
/// @notice KYC allowlist with an expiry per address. An address is allowed while
/// `block.timestamp < expiry`; expiry 0 means "never allowlisted" (or revoked).
contract ComplianceRegistry is AccessControl {
    bytes32 public constant KYC_OFFICER_ROLE = keccak256("KYC_OFFICER_ROLE");

    mapping(address account => uint64 expiry) private _expiry;

    event KycUpdated(address indexed account, uint64 expiry, address indexed officer);

    error ZeroAddress();

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

    function expiryOf(address account) external view returns (uint64) {
        return _expiry[account];
    }

    function _setKyc(address account, uint64 expiry) private {
        if (account == address(0)) revert ZeroAddress();
        _expiry[account] = expiry;
        emit KycUpdated(account, expiry, msg.sender);
    }
}

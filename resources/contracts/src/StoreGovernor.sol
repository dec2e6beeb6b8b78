// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorCountingSimple} from
    "@openzeppelin/contracts/governance/extensions/GovernorCountingSimple.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {GovernorVotesQuorumFraction} from
    "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {GovernorTimelockControl} from
    "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

interface IComplianceHistory {
    function governanceExpiryAt(address account, uint256 blockNumber)
        external
        view
        returns (uint64);
}

interface ICompliantToken {
    function compliance() external view returns (IComplianceHistory);
}

/// @title StoreGovernor
/// @notice The store DAO: PST holders vote (by delegated votes, counted in blocks) and approved
/// proposals run through the store's timelock, which owns the store in the StoreRegistry and
/// administers its token.
///
/// Governance follows compliance, and no vote can be bought once a proposal is known:
///   * Weight: an account's votes at the snapshot count only if the KYC expiry governance held
///     for it at the snapshot (the registry's `governanceExpiryAt`) has not passed when it votes;
///     a lapsed or revoked account votes, and proposes, with zero weight. An officer's
///     revocation reaches governance only after the registry's notice, and a change after the
///     snapshot changes nothing: one KYC key can neither revoke a majority for one proposal
///     (revoke, propose, restore) nor silence a holder during a vote.
///   * Snapshot: the block BEFORE the proposal's block (voting delay 0). Whoever sees a proposal
///     can no longer buy votes for it, not even in the same block, although the offering sale
///     may be open at a fixed price for a year. Voting opens at once.
///   * Proposal threshold: 1% of the supply at the previous block, and at least one base unit,
///     so an address with no tokens (or no KYC) cannot propose and dust holders cannot spam,
///     while any holder group with 1% can.
///   * Voting period: fixed at deployment (the DAO cannot shorten it to rush a vote). A real
///     network should give about a week (50,400 blocks at 12 s) so holders can notice and vote;
///     dev chains use a few blocks.
contract StoreGovernor is
    Governor,
    GovernorCountingSimple,
    GovernorVotes,
    GovernorVotesQuorumFraction,
    GovernorTimelockControl
{
    uint256 public constant PROPOSAL_THRESHOLD_BP = 100; // 1% of the supply
    uint32 private immutable _votingPeriod;
    IComplianceHistory public immutable compliance;

    // OpenZeppelin's Governor uses its name as the EIP-712 domain, held in a 31-byte immutable;
    // a store DAO's full name is often longer. The domain gets this fixed name (chain id and
    // verifying contract bind vote signatures to this governor); `name()` returns the full one.
    string private constant SIGNING_DOMAIN = "Store DAO";
    string private _fullName;

    error InvalidVotingPeriod();

    constructor(
        string memory name_,
        IVotes token,
        TimelockController timelock,
        uint32 votingPeriodBlocks,
        uint256 quorumPercent
    )
        Governor(SIGNING_DOMAIN)
        GovernorVotes(token)
        GovernorVotesQuorumFraction(quorumPercent)
        GovernorTimelockControl(timelock)
    {
        if (votingPeriodBlocks == 0) revert InvalidVotingPeriod();
        _votingPeriod = votingPeriodBlocks;
        compliance = ICompliantToken(address(token)).compliance();
        _fullName = name_;
    }

    /// @notice The DAO's full name, of any length (the EIP-712 domain name is `SIGNING_DOMAIN`).
    function name() public view override returns (string memory) {
        return _fullName;
    }

    /// @notice Zero: the snapshot is the block before the proposal (see `proposalSnapshot`).
    function votingDelay() public pure override returns (uint256) {
        return 0;
    }

    function votingPeriod() public view override returns (uint256) {
        return _votingPeriod;
    }

    /// @notice Votes needed to propose: 1% of the supply at the previous block, at least 1.
    function proposalThreshold() public view override returns (uint256) {
        uint256 supply = token().getPastTotalSupply(clock() - 1);
        return Math.max(1, supply * PROPOSAL_THRESHOLD_BP / 10_000);
    }

    /// @notice The block whose votes count: the one before the proposal was made.
    function proposalSnapshot(uint256 proposalId) public view override returns (uint256) {
        uint256 start = super.proposalSnapshot(proposalId);
        return start == 0 ? 0 : start - 1;
    }

    /// Zero weight for an account whose KYC, as governance held it at `timepoint`, had been
    /// revoked or has lapsed by now: compliance binds voters and proposers as it binds holders.
    function _getVotes(address account, uint256 timepoint, bytes memory params)
        internal
        view
        override(Governor, GovernorVotes)
        returns (uint256)
    {
        if (block.timestamp >= compliance.governanceExpiryAt(account, timepoint)) return 0;
        return super._getVotes(account, timepoint, params);
    }

    function quorum(uint256 timepoint)
        public
        view
        override(Governor, GovernorVotesQuorumFraction)
        returns (uint256)
    {
        return super.quorum(timepoint);
    }

    function state(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (ProposalState)
    {
        return super.state(proposalId);
    }

    function proposalNeedsQueuing(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (bool)
    {
        return super.proposalNeedsQueuing(proposalId);
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor() internal view override(Governor, GovernorTimelockControl) returns (address) {
        return super._executor();
    }
}

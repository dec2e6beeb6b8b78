// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title MerkleClaimDistributor
/// @notice Benchmark baseline only: the usual off-chain-computed payout, claimed with a Merkle
/// proof. Each period is an epoch: its root is published with its funds in one call. Leaf =
/// keccak256(bytes.concat(keccak256(abi.encode(index, account, amount)))), pairs hashed in sorted
/// order (OpenZeppelin's convention); claims tracked in a bitmap per epoch.
contract MerkleClaimDistributor {
    using SafeERC20 for IERC20;

    IERC20 public immutable stablecoin;
    bytes32[] public roots;
    mapping(uint256 epoch => mapping(uint256 wordIndex => uint256)) private _claimedBitmap;

    event EpochAdded(uint256 epoch, bytes32 root, uint256 amount);
    event Claimed(uint256 epoch, uint256 index, address account, uint256 amount);

    error AlreadyClaimed(uint256 epoch, uint256 index);
    error InvalidProof();

    constructor(IERC20 stablecoin_) {
        stablecoin = stablecoin_;
    }

    /// @notice Publish a period: its root, funded by the caller with `amount`.
    function addEpoch(bytes32 root, uint256 amount) external returns (uint256 epoch) {
        stablecoin.safeTransferFrom(msg.sender, address(this), amount);
        epoch = roots.length;
        roots.push(root);
        emit EpochAdded(epoch, root, amount);
    }

    function isClaimed(uint256 epoch, uint256 index) public view returns (bool) {
        return _claimedBitmap[epoch][index / 256] & (1 << (index % 256)) != 0;
    }

    function claim(uint256 epoch, uint256 index, address account, uint256 amount, bytes32[] calldata proof)
        external
    {
        if (isClaimed(epoch, index)) revert AlreadyClaimed(epoch, index);
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(index, account, amount))));
        if (!MerkleProof.verifyCalldata(proof, roots[epoch], leaf)) revert InvalidProof();
        _claimedBitmap[epoch][index / 256] |= 1 << (index % 256);
        stablecoin.safeTransfer(account, amount);
        emit Claimed(epoch, index, account, amount);
    }
}

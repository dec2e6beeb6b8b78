// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title MerkleClaimDistributor
/// @notice Benchmark baseline only: the usual off-chain-computed payout, claimed with a Merkle
/// proof. Leaf = keccak256(bytes.concat(keccak256(abi.encode(index, account, amount)))), pairs
/// hashed in sorted order (OpenZeppelin's convention); claims tracked in a bitmap.
contract MerkleClaimDistributor {
    using SafeERC20 for IERC20;

    IERC20 public immutable stablecoin;
    bytes32 public immutable merkleRoot;
    mapping(uint256 wordIndex => uint256) private _claimedBitmap;

    event Claimed(uint256 index, address account, uint256 amount);

    error AlreadyClaimed(uint256 index);
    error InvalidProof();

    constructor(IERC20 stablecoin_, bytes32 merkleRoot_) {
        stablecoin = stablecoin_;
        merkleRoot = merkleRoot_;
    }

    function isClaimed(uint256 index) public view returns (bool) {
        return _claimedBitmap[index / 256] & (1 << (index % 256)) != 0;
    }

    function claim(uint256 index, address account, uint256 amount, bytes32[] calldata proof) external {
        if (isClaimed(index)) revert AlreadyClaimed(index);
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(index, account, amount))));
        if (!MerkleProof.verifyCalldata(proof, merkleRoot, leaf)) revert InvalidProof();
        _claimedBitmap[index / 256] |= 1 << (index % 256);
        stablecoin.safeTransfer(account, amount);
        emit Claimed(index, account, amount);
    }
}

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title StoreTimelock
/// @notice The store DAO's TimelockController, published as its own artifact so the app can deploy
/// it. After the handover it owns the store in the StoreRegistry.
contract StoreTimelock is TimelockController {
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}

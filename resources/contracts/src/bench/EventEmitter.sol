// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title EventEmitter
/// @notice Benchmark only: emits ERC-20 `Transfer(address indexed from, address indexed to,
/// uint256 value)` logs cheaply, for the event-indexer benchmark. Event k (k = start .. start +
/// count - 1) has from = address(k), to = address(k + 1), value = k.
contract EventEmitter {
    event Transfer(address indexed from, address indexed to, uint256 value);

    function emitTransfers(uint256 start, uint256 count) external {
        bytes32 topic = Transfer.selector;
        assembly ("memory-safe") {
            let end := add(start, count)
            for { let k := start } lt(k, end) { k := add(k, 1) } {
                mstore(0, k)
                log3(0, 32, topic, and(k, 0xffffffffffffffffffffffffffffffffffffffff), and(add(k, 1), 0xffffffffffffffffffffffffffffffffffffffff))
            }
        }
    }
}

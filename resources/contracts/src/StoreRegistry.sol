// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title StoreRegistry
/// @notice The one address the app needs: every tokenized store with its token, revenue router,
/// treasury, governance and offering, its owner (the store DAO's timelock after handover) and the
/// commitment to its sealed credentials. Also names the platform-wide stablecoin, compliance
/// registry and distribution treasury.
contract StoreRegistry is AccessControl {
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");

    struct Store {
        address token;
        address router;
        address treasury;
        address governor;
        address sale;
        address owner;
        address pendingOwner;
        bytes32 credentialCommitment;
        uint32 keyVersion;
    }

    address public immutable stablecoin;
    address public immutable compliance;
    address public treasury;
    address public claimRouter; // claims a holder's profit in many tokens in one transaction
    address public market; // the PSTMarket settling trades of every store's token (issue 16)

    mapping(bytes32 storeId => Store) private _stores;
    bytes32[] private _storeIds;
    // One store per token: the treasury pays a store's holders through its token, and the app
    // lists holdings by token, so a second store on a token would pay and show the same holders.
    mapping(address token => bytes32 storeId) private _storeOfToken;
    // Operators belong to an ownership period, not to an owner address: every accepted handover
    // starts a new period with no operators, so a previous owner's operators lose authority with
    // no loop to clear them, and never come back, even if that owner becomes owner again
    // (A -> B -> A starts a third period, not A's first one).
    mapping(bytes32 storeId => uint64) public ownershipPeriodOf;
    mapping(bytes32 storeId => mapping(uint64 period => mapping(address operator => bool)))
        private _operators;

    event TreasurySet(address indexed treasury);
    event ClaimRouterSet(address indexed claimRouter);
    event MarketSet(address indexed market);
    event StoreRegistered(
        bytes32 indexed storeId, address token, address router, address governor, address sale, address owner
    );
    event OwnershipHandoverStarted(bytes32 indexed storeId, address indexed owner, address indexed pendingOwner);
    event OwnershipHandoverCancelled(bytes32 indexed storeId, address indexed owner);
    event OwnershipHandedOver(bytes32 indexed storeId, address indexed previousOwner, address indexed newOwner);
    event OperatorSet(bytes32 indexed storeId, address indexed owner, address indexed operator, bool authorised);
    event CredentialRotated(bytes32 indexed storeId, bytes32 commitment, uint32 keyVersion, address indexed by);
    event CredentialAccessed(
        bytes32 indexed storeId, address indexed accessor, uint32 keyVersion, bytes32 purposeHash
    );

    error ZeroAddress();
    error TreasuryAlreadySet();
    error TreasuryNotSet();
    error ClaimRouterAlreadySet();
    error MarketAlreadySet();
    error StoreExists(bytes32 storeId);
    error NotAContract(string part, address account);
    error TokenAlreadyRegistered(address token, bytes32 storeId);
    error UnknownStore(bytes32 storeId);
    error NotStoreOwner(bytes32 storeId, address caller);
    error NotOwnerOrOperator(bytes32 storeId, address caller);
    error NotPendingOwner(bytes32 storeId, address caller);
    error StaleKeyVersion(bytes32 storeId, uint32 current, uint32 proposed);

    constructor(address admin, address stablecoin_, address compliance_) {
        if (admin == address(0) || stablecoin_ == address(0) || compliance_ == address(0)) {
            revert ZeroAddress();
        }
        stablecoin = stablecoin_;
        compliance = compliance_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(REGISTRAR_ROLE, admin);
    }

    /// @notice One-time link to the distribution treasury (which itself needs this registry's
    /// address, hence not a constructor argument).
    function setTreasury(address treasury_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (treasury_ == address(0)) revert ZeroAddress();
        if (treasury != address(0)) revert TreasuryAlreadySet();
        if (treasury_.code.length == 0) revert NotAContract("treasury", treasury_);
        treasury = treasury_;
        emit TreasurySet(treasury_);
    }

    /// @notice One-time link to the claim-all router (it holds nothing and has no owner).
    function setClaimRouter(address claimRouter_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (claimRouter_ == address(0)) revert ZeroAddress();
        if (claimRouter != address(0)) revert ClaimRouterAlreadySet();
        claimRouter = claimRouter_;
        emit ClaimRouterSet(claimRouter_);
    }

    /// @notice One-time link to the PST market (it holds nothing and has no owner), so the app
    /// discovers it with every other address.
    function setMarket(address market_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (market_ == address(0)) revert ZeroAddress();
        if (market != address(0)) revert MarketAlreadySet();
        market = market_;
        emit MarketSet(market_);
    }

    function registerStore(
        bytes32 storeId,
        address token,
        address router,
        address governor,
        address sale,
        address owner,
        bytes32 credentialCommitment,
        uint32 keyVersion
    ) external onlyRole(REGISTRAR_ROLE) {
        if (token == address(0) || router == address(0) || owner == address(0)) revert ZeroAddress();
        if (treasury == address(0)) revert TreasuryNotSet();
        if (_stores[storeId].token != address(0)) revert StoreExists(storeId);
        // Every investor's app reads the token, the sale and the governor of every store: each
        // must be a contract (the router may be any address that deposits; only it is credited).
        if (token.code.length == 0) revert NotAContract("token", token);
        if (sale.code.length == 0) revert NotAContract("sale", sale);
        if (governor.code.length == 0) revert NotAContract("governor", governor);
        bytes32 holder = _storeOfToken[token];
        if (_stores[holder].token == token) revert TokenAlreadyRegistered(token, holder);
        _storeOfToken[token] = storeId;
        _stores[storeId] = Store({
            token: token,
            router: router,
            treasury: treasury,
            governor: governor,
            sale: sale,
            owner: owner,
            pendingOwner: address(0),
            credentialCommitment: credentialCommitment,
            keyVersion: keyVersion
        });
        _storeIds.push(storeId);
        emit StoreRegistered(storeId, token, router, governor, sale, owner);
        emit CredentialRotated(storeId, credentialCommitment, keyVersion, msg.sender);
    }

    // ---- ownership handover (two-step) --------------------------------------------------

    /// @notice Offer the store to `newOwner`, who must accept; address(0) cancels the offer.
    function proposeOwner(bytes32 storeId, address newOwner) external {
        Store storage store = _existing(storeId);
        if (msg.sender != store.owner) revert NotStoreOwner(storeId, msg.sender);
        store.pendingOwner = newOwner;
        if (newOwner == address(0)) emit OwnershipHandoverCancelled(storeId, store.owner);
        else emit OwnershipHandoverStarted(storeId, store.owner, newOwner);
    }

    function acceptOwnership(bytes32 storeId) external {
        Store storage store = _existing(storeId);
        if (msg.sender != store.pendingOwner) revert NotPendingOwner(storeId, msg.sender);
        address previous = store.owner;
        store.owner = msg.sender;
        store.pendingOwner = address(0);
        ++ownershipPeriodOf[storeId];
        emit OwnershipHandedOver(storeId, previous, msg.sender);
    }

    // ---- credentials ----------------------------------------------------------------------

    function setOperator(bytes32 storeId, address operator, bool authorised) external {
        Store storage store = _existing(storeId);
        if (msg.sender != store.owner) revert NotStoreOwner(storeId, msg.sender);
        if (operator == address(0)) revert ZeroAddress();
        _operators[storeId][ownershipPeriodOf[storeId]][operator] = authorised;
        emit OperatorSet(storeId, msg.sender, operator, authorised);
    }

    /// @notice Replace the credential commitment; the key version must increase so an old sealed
    /// blob can never be re-bound to the store.
    function rotateCredential(bytes32 storeId, bytes32 commitment, uint32 keyVersion) external {
        Store storage store = _authorised(storeId);
        if (keyVersion <= store.keyVersion) revert StaleKeyVersion(storeId, store.keyVersion, keyVersion);
        store.credentialCommitment = commitment;
        store.keyVersion = keyVersion;
        emit CredentialRotated(storeId, commitment, keyVersion, msg.sender);
    }

    /// @notice Leave an on-chain record that the credentials were opened, and why.
    function recordAccess(bytes32 storeId, bytes32 purposeHash) external {
        Store storage store = _authorised(storeId);
        emit CredentialAccessed(storeId, msg.sender, store.keyVersion, purposeHash);
    }

    // ---- reads ----------------------------------------------------------------------------

    function storeCount() external view returns (uint256) {
        return _storeIds.length;
    }

    function storeAt(uint256 index) external view returns (bytes32) {
        return _storeIds[index];
    }

    function stores() external view returns (bytes32[] memory) {
        return _storeIds;
    }

    function isRegistered(bytes32 storeId) external view returns (bool) {
        return _stores[storeId].token != address(0);
    }

    function storeInfo(bytes32 storeId) external view returns (Store memory) {
        return _stores[storeId];
    }

    function tokenOf(bytes32 storeId) external view returns (address) {
        return _stores[storeId].token;
    }

    function routerOf(bytes32 storeId) external view returns (address) {
        return _stores[storeId].router;
    }

    function treasuryOf(bytes32 storeId) external view returns (address) {
        return _stores[storeId].treasury;
    }

    function ownerOf(bytes32 storeId) external view returns (address) {
        return _stores[storeId].owner;
    }

    function isOperator(bytes32 storeId, address account) public view returns (bool) {
        return _operators[storeId][ownershipPeriodOf[storeId]][account];
    }

    function _existing(bytes32 storeId) private view returns (Store storage store) {
        store = _stores[storeId];
        if (store.token == address(0)) revert UnknownStore(storeId);
    }

    function _authorised(bytes32 storeId) private view returns (Store storage store) {
        store = _existing(storeId);
        if (msg.sender != store.owner && !_operators[storeId][ownershipPeriodOf[storeId]][msg.sender]) {
            revert NotOwnerOrOperator(storeId, msg.sender);
        }
    }
}

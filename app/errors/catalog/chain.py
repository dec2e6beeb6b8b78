"""The chain layer: the node, the network profile's chain settings, contracts and transactions."""

from app.errors.catalog import Message

MESSAGES = {
    "chain.error": Message(
        "The blockchain operation failed. Nothing was signed or sent; try again.",
        "区块链操作失败。未签名也未发送任何交易；请重试。",
        "區塊鏈操作失敗。未簽署也未發送任何交易；請重試。",
    ),
    "chain.bad_event_data": Message(
        "A contract logged an event of {length} bytes, not whole 32-byte words: it does not "
        "follow the platform's contracts. Check the network profile's registry address.",
        "某合约记录的事件长度为 {length} 字节，不是完整的 32 字节字：它不符合平台的合约。"
        "请检查网络配置中的注册表地址。",
        "某合約記錄的事件長度為 {length} 位元組，不是完整的 32 位元組字：它不符合平台的合約。"
        "請檢查網絡設定中的註冊表地址。",
    ),
    "chain.unavailable": Message(
        "Cannot reach the blockchain node. Check that it is running and that the RPC URL in the "
        "network profile is right.",
        "无法连接区块链节点。请确认节点正在运行，且网络配置中的 RPC 地址正确。",
        "無法連接區塊鏈節點。請確認節點正在運行，且網絡設定檔中的 RPC 網址正確。",
    ),
    "chain.timeout": Message(
        "The blockchain node did not answer within {seconds} s. Check your connection or try "
        "again later.",
        "区块链节点在 {seconds} 秒内没有响应。请检查网络连接或稍后重试。",
        "區塊鏈節點在 {seconds} 秒內沒有回應。請檢查網絡連線或稍後重試。",
    ),
    "chain.rate_limited": Message(
        "The blockchain node is limiting requests. Try again in a moment.",
        "区块链节点正在限制请求频率。请稍后重试。",
        "區塊鏈節點正在限制請求頻率。請稍後重試。",
    ),
    "chain.http_status": Message(
        "The blockchain node answered with HTTP error {status}. Check the RPC URL in the network "
        "profile, or try again later.",
        "区块链节点返回了 HTTP {status}。请检查网络配置中的 RPC 地址，或稍后重试。",
        "區塊鏈節點傳回了 HTTP {status}。請檢查網絡設定檔中的 RPC 網址，或稍後重試。",
    ),
    "chain.answer_too_large": Message(
        "The blockchain node's answer is larger than {megabytes} MB; it was not used. Check the "
        "RPC URL in the network profile.",
        "区块链节点的响应超过 {megabytes} MB，未被使用。请检查网络配置中的 RPC 地址。",
        "區塊鏈節點的回應超過 {megabytes} MB，未被使用。請檢查網絡設定檔中的 RPC 網址。",
    ),
    "chain.anvil_missing": Message(
        "anvil is not installed. Run `make` to install the contract tools (npm).",
        "未安装 anvil。请运行 `make` 安装合约工具（npm）。",
        "未安裝 anvil。請執行 `make` 安裝合約工具（npm）。",
    ),
    "chain.anvil_exited": Message(
        "anvil exited at start-up. Check that its port is free and try again.",
        "anvil 在启动时退出。请确认其端口未被占用后重试。",
        "anvil 在啟動時退出。請確認其連接埠未被佔用後重試。",
    ),
    "chain.anvil_slow": Message(
        "anvil did not start within {seconds} s. Try again; if the machine is busy, wait a "
        "moment first.",
        "anvil 未能在 {seconds} 秒内启动。请重试；如果机器繁忙，请稍候再试。",
        "anvil 未能在 {seconds} 秒內啟動。請重試；如果機器繁忙，請稍候再試。",
    ),
    "chain.bad_answer": Message(
        "The RPC endpoint gave a malformed answer to {method}. Check the RPC URL in the network "
        "profile.",
        "RPC 端点对 {method} 返回了格式错误的响应。请检查网络配置中的 RPC 地址。",
        "RPC 端點對 {method} 傳回了格式錯誤的回應。請檢查網絡設定檔中的 RPC 網址。",
    ),
    "chain.bad_number": Message(
        "The RPC endpoint gave an invalid number for {method}: {value}. Check the RPC URL in the "
        "network profile.",
        "RPC 端点为 {method} 返回了无效的数字：{value}。请检查网络配置中的 RPC 地址。",
        "RPC 端點為 {method} 傳回了無效的數字：{value}。請檢查網絡設定檔中的 RPC 網址。",
    ),
    "chain.not_json_rpc": Message(
        "The RPC endpoint answered with something that is not JSON-RPC. Check the RPC URL.",
        "RPC 端点返回的不是 JSON-RPC 响应。请检查 RPC 地址。",
        "RPC 端點傳回的不是 JSON-RPC 回應。請檢查 RPC 網址。",
    ),
    "chain.bad_multicall": Message(
        "The Multicall3 answer could not be decoded. Try again; if it keeps happening, check the "
        "RPC URL.",
        "无法解码 Multicall3 的响应。请重试；如果持续出现，请检查 RPC 地址。",
        "無法解碼 Multicall3 的回應。請重試；如果持續出現，請檢查 RPC 網址。",
    ),
    "chain.no_fee_history": Message(
        "The node gave no fee history; it may not support EIP-1559. Use a node that does.",
        "节点没有提供手续费历史，可能不支持 EIP-1559。请使用支持它的节点。",
        "節點沒有提供手續費歷史，可能不支援 EIP-1559。請使用支援它的節點。",
    ),
    "chain.bad_logs": Message(
        "The node gave a malformed log in eth_getLogs. Nothing was indexed; try again later.",
        "节点在 eth_getLogs 中返回了格式错误的日志。未索引任何内容；请稍后重试。",
        "節點在 eth_getLogs 中傳回了格式錯誤的日誌。未索引任何內容；請稍後重試。",
    ),
    "chain.batch_refused": Message(
        "The node refused a batch of {method} requests. Try again later.",
        "节点拒绝了一批 {method} 请求。请稍后重试。",
        "節點拒絕了一批 {method} 請求。請稍後重試。",
    ),
    "chain.rpc_refused": Message(
        "The blockchain node refused the request {method}: {message}",
        "区块链节点拒绝了请求 {method}：{message}",
        "區塊鏈節點拒絕了請求 {method}：{message}",
    ),
    "chain.id_mismatch": Message(
        "The RPC endpoint serves chain {actual}, but this network profile expects chain "
        "{expected}. Nothing was signed or sent. Check the RPC URL and the chain id in Settings.",
        "RPC 端点提供的是链 {actual}，但此网络配置要求链 {expected}。未签名也未发送任何交易。"
        "请在“设置”中检查 RPC 地址和链 ID。",
        "RPC 端點提供的是鏈 {actual}，但此網絡設定檔要求鏈 {expected}。未簽署也未發送任何交易。"
        "請在「設定」中檢查 RPC 網址和鏈 ID。",
    ),
    "chain.no_rpc_url": Message(
        "The network profile '{profile}' has no RPC URL. Add one in Settings.",
        "网络配置“{profile}”没有 RPC 地址。请在“设置”中添加。",
        "網絡設定檔「{profile}」沒有 RPC 網址。請在「設定」中新增。",
    ),
    "chain.no_registry": Message(
        "The network profile '{profile}' names no store registry. Add its address in Settings.",
        "网络配置“{profile}”没有指定店铺登记合约。请在“设置”中添加其地址。",
        "網絡設定檔「{profile}」沒有指定店鋪登記合約。請在「設定」中新增其地址。",
    ),
    "chain.no_contract": Message(
        "No contract at the store registry address {address} on chain {chain_id}. Check the "
        "registry address and the RPC URL in the network profile.",
        "链 {chain_id} 上的店铺登记地址 {address} 没有合约。请检查网络配置中的登记合约地址和 "
        "RPC 地址。",
        "鏈 {chain_id} 上的店鋪登記地址 {address} 沒有合約。請檢查網絡設定檔中的登記合約地址和 "
        "RPC 網址。",
    ),
    "chain.store_not_registered": Message(
        "Store {store} is not in the registry. Refresh, or check the network profile.",
        "店铺 {store} 不在登记合约中。请刷新，或检查网络配置。",
        "店鋪 {store} 不在登記合約中。請重新整理，或檢查網絡設定檔。",
    ),
    "chain.bad_address": Message(
        "{value} is not an Ethereum address.",
        "{value} 不是以太坊地址。",
        "{value} 不是以太坊地址。",
    ),
    "chain.read_failed": Message(
        "A chain read failed: {reason}. Try again.",
        "读取链上数据失败：{reason}。请重试。",
        "讀取鏈上資料失敗：{reason}。請重試。",
    ),
    "chain.would_revert": Message(
        "The transaction would fail: {reason}. Nothing was signed or sent.",
        "该交易将会失败：{reason}。未签名也未发送任何交易。",
        "該交易將會失敗：{reason}。未簽署也未發送任何交易。",
    ),
    "chain.reverted": Message(
        "Transaction {tx_hash} was mined but failed: {reason}.",
        "交易 {tx_hash} 已上链但执行失败：{reason}。",
        "交易 {tx_hash} 已上鏈但執行失敗：{reason}。",
    ),
    "chain.broadcast_uncertain": Message(
        "Transaction {tx_hash} was signed and recorded, but the node did not confirm that it "
        "received it. It will be checked and, if needed, sent again as the same transaction; it "
        "cannot be sent twice.",
        "交易 {tx_hash} 已签名并记录，但节点未确认收到。系统会进行核对，"
        "必要时以同一笔交易重新发送；"
        "该交易不会被发送两次。",
        "交易 {tx_hash} 已簽署並記錄，但節點未確認收到。系統會進行核對，"
        "必要時以同一筆交易重新發送；"
        "該交易不會被發送兩次。",
    ),
    "chain.not_pending": Message(
        "This transaction is no longer waiting, so it cannot be sped up or cancelled.",
        "此交易已不在等待中，无法加速或取消。",
        "此交易已不在等待中，無法加速或取消。",
    ),
    "chain.receipt_timeout": Message(
        "No receipt yet; the transaction stays recorded as pending and will be checked again.",
        "尚未收到回执；该交易仍记录为待处理，系统会再次核对。",
        "尚未收到收據；該交易仍記錄為待處理，系統會再次核對。",
    ),
    "chain.artifact_name": Message(
        "Invalid contract name '{name}'.",
        "无效的合约名称“{name}”。",
        "無效的合約名稱「{name}」。",
    ),
    "chain.artifact_missing": Message(
        "No build artifact for contract {name} at {path}. Run `make contracts`.",
        "在 {path} 找不到合约 {name} 的构建文件。请运行 `make contracts`。",
        "在 {path} 找不到合約 {name} 的建置檔案。請執行 `make contracts`。",
    ),
    "chain.artifact_unreadable": Message(
        "The build artifact {path} cannot be read ({reason}). Reinstall PST Desk or run "
        "`make contracts`.",
        "无法读取构建文件 {path}（{reason}）。请重新安装 PST Desk 或运行 `make contracts`。",
        "無法讀取建置檔案 {path}（{reason}）。請重新安裝 PST Desk 或執行 `make contracts`。",
    ),
    "chain.artifact_other": Message(
        "The build artifact {path} is not the artifact of {name}. Reinstall PST Desk or run "
        "`make contracts`.",
        "构建文件 {path} 不是 {name} 的构建文件。请重新安装 PST Desk 或运行 `make contracts`。",
        "建置檔案 {path} 不是 {name} 的建置檔案。請重新安裝 PST Desk 或執行 `make contracts`。",
    ),
    "chain.artifact_no_abi": Message(
        "The build artifact {path} has no valid ABI. Reinstall PST Desk or run `make contracts`.",
        "构建文件 {path} 没有有效的 ABI。请重新安装 PST Desk 或运行 `make contracts`。",
        "建置檔案 {path} 沒有有效的 ABI。請重新安裝 PST Desk 或執行 `make contracts`。",
    ),
    "chain.artifact_bytecode": Message(
        "The build artifact {path} has malformed bytecode. Reinstall PST Desk or run "
        "`make contracts`.",
        "构建文件 {path} 的字节码格式错误。请重新安装 PST Desk 或运行 `make contracts`。",
        "建置檔案 {path} 的位元組碼格式錯誤。請重新安裝 PST Desk 或執行 `make contracts`。",
    ),
    # -- claim all (app/chain/claim_all.py) ---------------------------------------------------
    "chain.no_claim_router": Message(
        "The store registry {registry} names no claim router, so claims go one token at a time.",
        "店铺登记合约 {registry} 没有指定领取路由合约，只能逐个代币领取。",
        "店鋪登記合約 {registry} 沒有指定領取路由合約，只能逐個代幣領取。",
    ),
    "chain.claim_all_empty": Message(
        "There is no token to claim. Refresh the portfolio and try again.",
        "没有可领取的代币。请刷新投资组合后重试。",
        "沒有可領取的代幣。請重新整理投資組合後重試。",
    ),
    "chain.claim_all_too_many": Message(
        "{count} tokens are more than one claim can hold ({limit}). Claim them in parts.",
        "{count} 个代币超过一次领取的上限（{limit} 个）。请分批领取。",
        "{count} 個代幣超過一次領取的上限（{limit} 個）。請分批領取。",
    ),
}

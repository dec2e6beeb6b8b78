"""The embedded sandbox: its processes, its chain and its deployment (set-up transactions)."""

from app.errors.catalog import Message

MESSAGES = {
    "sandbox.exited": Message(
        "The sandbox exited with code {exit_code} before it was ready: {stderr}",
        "沙盒在就绪前退出，退出码为 {exit_code}：{stderr}",
        "沙盒在就緒前退出，結束代碼為 {exit_code}：{stderr}",
    ),
    "sandbox.slow": Message(
        "The sandbox did not announce {keys} within {seconds} s: {stderr}",
        "沙盒未在 {seconds} 秒内报告 {keys}：{stderr}",
        "沙盒未在 {seconds} 秒內回報 {keys}：{stderr}",
    ),
    "sandbox.incomplete": Message(
        "The sandbox started without announcing {keys}: {stderr}",
        "沙盒已启动，但没有报告 {keys}：{stderr}",
        "沙盒已啟動，但沒有回報 {keys}：{stderr}",
    ),
    "sandbox.api_slow": Message(
        "The sandbox API did not start on {url}. Try again; if the machine is busy, wait a "
        "moment first.",
        "沙盒 API 未能在 {url} 上启动。请重试；如果机器繁忙，请稍候再试。",
        "沙盒 API 未能在 {url} 上啟動。請重試；如果機器繁忙，請稍候再試。",
    ),
    "sandbox.bank_slow": Message(
        "The sandbox bank did not start on {url}. Try again; if the machine is busy, wait a "
        "moment first.",
        "沙盒银行未能在 {url} 上启动。请重试；如果机器繁忙，请稍候再试。",
        "沙盒銀行未能在 {url} 上啟動。請重試；如果機器繁忙，請稍候再試。",
    ),
    "sandbox.chain": Message(
        "The sandbox chain cannot start. Start the sandbox again with --reset to rebuild it.",
        "沙盒区块链无法启动。请使用 --reset 重新启动沙盒以重建它。",
        "沙盒區塊鏈無法啟動。請使用 --reset 重新啟動沙盒以重建它。",
    ),
    "sandbox.cli_bad_merchants": Message(
        "--merchants must be between 1 and 99999.",
        "--merchants 必须在 1 到 99999 之间。",
        "--merchants 必須在 1 到 99999 之間。",
    ),
    "sandbox.cli_bad_day_seconds": Message(
        "--day-seconds must be between 0.01 and 86400.",
        "--day-seconds 必须在 0.01 到 86400 之间。",
        "--day-seconds 必須在 0.01 到 86400 之間。",
    ),
    "sandbox.cli_bad_port": Message(
        "--port must be between 0 and 65535 (0 picks a free port).",
        "--port 必须在 0 到 65535 之间（0 表示自动选择空闲端口）。",
        "--port 必須在 0 到 65535 之間（0 表示自動選擇可用連接埠）。",
    ),
    "sandbox.cli_bad_seed": Message(
        "--seed must be a non-negative integer below 2**63.",
        "--seed 必须是小于 2**63 的非负整数。",
        "--seed 必須是小於 2**63 的非負整數。",
    ),
    "chain.deploy": Message(
        "A set-up transaction of the platform failed. Start the sandbox again with --reset.",
        "平台的一笔设置交易失败。请使用 --reset 重新启动沙盒。",
        "平台的一筆設定交易失敗。請使用 --reset 重新啟動沙盒。",
    ),
    "chain.governance": Message(
        "A governance proposal did not reach execution.",
        "一项治理提案未能执行。",
        "一項治理提案未能執行。",
    ),
    # Set-up transactions on a dev chain (app/chain/deploy.py, app/sandbox/chain_seed.py).
    "chain.deploy_no_address": Message(
        "Deploying {contract} gave a receipt without a contract address. Start the sandbox "
        "again with --reset.",
        "部署 {contract} 的回执中没有合约地址。请使用 --reset 重新启动沙盒。",
        "部署 {contract} 的收據中沒有合約地址。請使用 --reset 重新啟動沙盒。",
    ),
    "chain.deploy_reverted": Message(
        "The set-up transaction {what} from {sender} ({tx_hash}) reverted. Start the sandbox "
        "again with --reset.",
        "来自 {sender} 的设置交易 {what}（{tx_hash}）被回滚。请使用 --reset 重新启动沙盒。",
        "來自 {sender} 的設定交易 {what}（{tx_hash}）被回滾。請使用 --reset 重新啟動沙盒。",
    ),
    "chain.deploy_refused": Message(
        "The set-up transaction {what} from {sender} would fail: {reason}. Start the sandbox "
        "again with --reset.",
        "来自 {sender} 的设置交易 {what} 将会失败：{reason}。请使用 --reset 重新启动沙盒。",
        "來自 {sender} 的設定交易 {what} 將會失敗：{reason}。請使用 --reset 重新啟動沙盒。",
    ),
    "chain.deploy_batch": Message(
        "The sandbox chain refused a batch of receipt lookups ({answer}). Start the sandbox again.",
        "沙盒区块链拒绝了一批回执查询（{answer}）。请重新启动沙盒。",
        "沙盒區塊鏈拒絕了一批收據查詢（{answer}）。請重新啟動沙盒。",
    ),
    # A store DAO's proposal on a dev chain (app/chain/dao.py).
    "chain.governance_rpc": Message(
        "The chain does not offer {method} ({reason}): governance is run this way on a dev "
        "chain (anvil) only.",
        "该区块链不提供 {method}（{reason}）：只有开发链（anvil）才能以这种方式执行治理。",
        "該區塊鏈不提供 {method}（{reason}）：只有開發鏈（anvil）才能以這種方式執行治理。",
    ),
    "chain.governance_not_created": Message(
        "The governor emitted no ProposalCreated event: the proposal was not created.",
        "治理合约没有发出 ProposalCreated 事件：提案未创建。",
        "治理合約沒有發出 ProposalCreated 事件：提案未建立。",
    ),
    "chain.governance_not_executed": Message(
        "Proposal {proposal_id} ended in state {state}, not executed.",
        "提案 {proposal_id} 最终处于状态 {state}，未被执行。",
        "提案 {proposal_id} 最終處於狀態 {state}，未被執行。",
    ),
    "chain.governance_owner": Message(
        "The timelock does not own the store after the handover.",
        "移交后，时间锁并未拥有该店铺。",
        "移交後，時間鎖並未擁有該店鋪。",
    ),
    "chain.governance_powers": Message(
        "After the handover the token's powers are not the DAO's: {powers}.",
        "移交后，代币的权限不属于 DAO：{powers}。",
        "移交後，代幣的權限不屬於 DAO：{powers}。",
    ),
    # The sandbox chain's saved state (app/sandbox/chain.py, app/sandbox/chain_state.py).
    "sandbox.seed_failed": Message(
        "Seeding the sandbox chain failed: {cause}",
        "沙盒区块链初始化失败：{cause}",
        "沙盒區塊鏈初始化失敗：{cause}",
    ),
    "sandbox.state_unloadable": Message(
        "anvil could not load the sandbox chain state {path} ({cause}). Start the sandbox with "
        "--reset to deploy the chain afresh.",
        "anvil 无法加载沙盒区块链状态 {path}（{cause}）。请使用 --reset 启动沙盒以重新部署区块链。",
        "anvil 無法載入沙盒區塊鏈狀態 {path}（{cause}）。請使用 --reset 啟動沙盒以重新部署區塊鏈。",
    ),
    "sandbox.state_mismatch": Message(
        "The sandbox chain state {path} does not hold the deployment {record} records ({cause}). "
        "Start the sandbox with --reset to deploy the chain afresh.",
        "沙盒区块链状态 {path} 不包含 {record} 记录的部署（{cause}）。请使用 --reset 启动沙盒以"
        "重新部署区块链。",
        "沙盒區塊鏈狀態 {path} 不包含 {record} 記錄的部署（{cause}）。請使用 --reset 啟動沙盒以"
        "重新部署區塊鏈。",
    ),
    "sandbox.store_differs": Message(
        "the store of {offering} has other contracts",
        "{offering} 的店铺对应的是其他合约",
        "{offering} 的店鋪對應的是其他合約",
    ),
    "sandbox.routing_failed": Message(
        "{what}: the routing transaction {tx_hash} failed on the sandbox chain.",
        "{what}：路由交易 {tx_hash} 在沙盒区块链上失败。",
        "{what}：路由交易 {tx_hash} 在沙盒區塊鏈上失敗。",
    ),
    "sandbox.record_damaged": Message(
        "The sandbox chain record {path} is damaged ({reason}). Start the sandbox with --reset "
        "to deploy the chain afresh (this also regenerates the REST data).",
        "沙盒区块链记录 {path} 已损坏（{reason}）。请使用 --reset 启动沙盒以重新部署区块链"
        "（这也会重新生成 REST 数据）。",
        "沙盒區塊鏈記錄 {path} 已損壞（{reason}）。請使用 --reset 啟動沙盒以重新部署區塊鏈"
        "（這也會重新產生 REST 資料）。",
    ),
    "sandbox.state_missing": Message(
        "The sandbox chain state {path} is missing, although {record} records a deployment. "
        "Start the sandbox with --reset to deploy afresh.",
        "沙盒区块链状态 {path} 缺失，但 {record} 记录了一次部署。"
        "请使用 --reset 启动沙盒以重新部署。",
        "沙盒區塊鏈狀態 {path} 遺失，但 {record} 記錄了一次部署。"
        "請使用 --reset 啟動沙盒以重新部署。",
    ),
    "sandbox.state_damaged": Message(
        "The sandbox chain state {path} is damaged ({reason}). Start the sandbox with --reset "
        "to deploy the chain afresh (this also regenerates the REST data).",
        "沙盒区块链状态 {path} 已损坏（{reason}）。请使用 --reset 启动沙盒以重新部署区块链"
        "（这也会重新生成 REST 数据）。",
        "沙盒區塊鏈狀態 {path} 已損壞（{reason}）。請使用 --reset 啟動沙盒以重新部署區塊鏈"
        "（這也會重新產生 REST 資料）。",
    ),
}

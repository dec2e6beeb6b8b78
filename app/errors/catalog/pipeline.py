"""The transaction pipeline's own sentences (app/chain/transactions.py, tracking.py) and the
transaction statuses the CLI and the History show."""

from app.errors.catalog import Message

MESSAGES = {
    "chain.value_out_of_range": Message(
        "The amount to send is out of range. Nothing was signed.",
        "发送金额超出范围。未签名任何交易。",
        "發送金額超出範圍。未簽署任何交易。",
    ),
    "chain.wrong_signer": Message(
        "The signing account is not the account this transaction is for. Nothing was signed; "
        "choose the sending account and try again.",
        "签名账户不是此交易的发送账户。未签名任何交易；请选择发送账户后重试。",
        "簽署帳戶不是此交易的發送帳戶。未簽署任何交易；請選擇發送帳戶後重試。",
    ),
    "chain.signed_by_other_key": Message(
        "The wallet signed with a different key than expected; nothing was sent. Unlock the "
        "right account and try again.",
        "钱包使用了与预期不同的密钥签名；未发送任何交易。请解锁正确的账户后重试。",
        "錢包使用了與預期不同的金鑰簽署；未發送任何交易。請解鎖正確的帳戶後重試。",
    ),
    "chain.key_for_another_call": Message(
        "The key {key} was already used for “{description}”, a different transaction; nothing "
        "was signed. Use a new key for a new payment, or the same command to retry that one.",
        "键 {key} 已用于另一笔交易“{description}”；未签名任何交易。新的付款请使用新的键，"
        "重试那笔交易请使用相同的命令。",
        "鍵 {key} 已用於另一筆交易「{description}」；未簽署任何交易。新的付款請使用新的鍵，"
        "重試那筆交易請使用相同的命令。",
    ),
    "chain.same_bytes_recorded": Message(
        "Transaction {tx_hash} is already recorded for another request that is still waiting "
        "or mined; nothing new was signed. Check the History, then try again.",
        "交易 {tx_hash} 已记录在另一个仍在等待或已上链的请求中；未签名新交易。"
        "请查看历史记录后重试。",
        "交易 {tx_hash} 已記錄在另一個仍在等待或已上鏈的請求中；未簽署新交易。"
        "請查看歷史紀錄後重試。",
    ),
    "chain.retry_not_received": Message(
        "This is the same transaction as your earlier '{description}' (nonce {nonce}, "
        "{tx_hash}), which the node has not received yet, so it was not signed again. Retry "
        "later (the next command sends that recorded transaction again), or cancel it.",
        "这与您先前的交易“{description}”（nonce {nonce}，{tx_hash}）相同，节点尚未收到它，"
        "因此未再次签名。请稍后重试（下一个命令会重新发送那笔已记录的交易），或取消它。",
        "這與您先前的交易「{description}」（nonce {nonce}，{tx_hash}）相同，節點尚未收到它，"
        "因此未再次簽署。請稍後重試（下一個指令會重新發送那筆已記錄的交易），或取消它。",
    ),
    "chain.earlier_not_received": Message(
        "Your earlier transaction '{description}' (nonce {nonce}, {tx_hash}) has not reached "
        "the node yet, and a new one would wait behind it; nothing was signed. Retry later (the "
        "next command sends it again), or cancel it.",
        "您先前的交易“{description}”（nonce {nonce}，{tx_hash}）尚未送达节点，"
        "新交易会排在它之后；未签名任何交易。请稍后重试（下一个命令会重新发送它），或取消它。",
        "您先前的交易「{description}」（nonce {nonce}，{tx_hash}）尚未送達節點，"
        "新交易會排在它之後；未簽署任何交易。請稍後重試（下一個指令會重新發送它），或取消它。",
    ),
    "chain.node_refused": Message(
        "The node refused the transaction ({message}); nothing was sent. Fix the cause and try "
        "again.",
        "节点拒绝了该交易（{message}）；未发送任何交易。请排除原因后重试。",
        "節點拒絕了該交易（{message}）；未發送任何交易。請排除原因後重試。",
    ),
    "chain.no_such_transaction": Message(
        "There is no recorded transaction {intent_id}.",
        "没有记录的交易 {intent_id}。",
        "沒有紀錄的交易 {intent_id}。",
    ),
    "chain.receipt_unknown": Message(
        "'{description}' was sent as {tx_hash} but has no receipt after {seconds} s. It stays "
        "recorded; the next command checks it again (you can also speed it up or cancel it).",
        "“{description}”已作为 {tx_hash} 发送，但 {seconds} 秒后仍无回执。"
        "该交易仍有记录；下一个命令会再次核对（也可以加速或取消）。",
        "「{description}」已作為 {tx_hash} 發送，但 {seconds} 秒後仍無收據。"
        "該交易仍有紀錄；下一個指令會再次核對（也可以加速或取消）。",
    ),
    # Statuses of a recorded transaction (History, CLI).
    "tx.status.pending": Message("pending", "待确认", "待確認"),
    "tx.status.confirmed": Message("confirmed", "已确认", "已確認"),
    "tx.status.failed": Message("failed", "失败", "失敗"),
    "tx.status.cancelled": Message("cancelled", "已取消", "已取消"),
    "tx.status.dropped": Message(
        "dropped: another of your transactions used its nonce",
        "已丢弃：您的另一笔交易使用了其 nonce",
        "已丟棄：您的另一筆交易使用了其 nonce",
    ),
    "tx.status.nonce_taken": Message(
        "not mined: a transaction this app did not send used its nonce",
        "未上链：一笔非本应用发送的交易使用了其 nonce",
        "未上鏈：一筆非本應用發送的交易使用了其 nonce",
    ),
    "tx.settled.title": Message("An earlier transaction", "先前的交易", "先前的交易"),
    "tx.settled.rebroadcast": Message(
        "re-sent your earlier recorded transaction '{description}' (nonce {nonce}, {tx_hash}): "
        "the node did not have it",
        "已重新发送您先前记录的交易“{description}”（nonce {nonce}，{tx_hash}）：节点上没有它",
        "已重新發送您先前紀錄的交易「{description}」（nonce {nonce}，{tx_hash}）：節點上沒有它",
    ),
    "tx.settled.failed": Message(
        "your earlier recorded transaction '{description}' (nonce {nonce}) was refused by the "
        "node: it was not sent, and its nonce is used by the next transaction",
        "您先前记录的交易“{description}”（nonce {nonce}）被节点拒绝：未发送，"
        "其 nonce 将由下一笔交易使用",
        "您先前紀錄的交易「{description}」（nonce {nonce}）被節點拒絕：未發送，"
        "其 nonce 將由下一筆交易使用",
    ),
    "tx.settled.uncertain": Message(
        "your earlier transaction '{description}' (nonce {nonce}, {tx_hash}) could not be "
        "checked: the node did not answer",
        "无法核对您先前的交易“{description}”（nonce {nonce}，{tx_hash}）：节点没有响应",
        "無法核對您先前的交易「{description}」（nonce {nonce}，{tx_hash}）：節點沒有回應",
    ),
    "tx.settled.final": Message(
        "your earlier transaction '{description}' (nonce {nonce}, {tx_hash}): {status}",
        "您先前的交易“{description}”（nonce {nonce}，{tx_hash}）：{status}",
        "您先前的交易「{description}」（nonce {nonce}，{tx_hash}）：{status}",
    ),
    "tx.settled.waiting": Message(
        "your earlier transaction '{description}' (nonce {nonce}, {tx_hash}) is still waiting "
        "to be mined",
        "您先前的交易“{description}”（nonce {nonce}，{tx_hash}）仍在等待上链",
        "您先前的交易「{description}」（nonce {nonce}，{tx_hash}）仍在等待上鏈",
    ),
    # The wallet's chain side (app/services/wallet.py) and the CLI (app/cli/command.py).
    "wallet.no_network": Message(
        "No blockchain network is configured: set an RPC URL and the registry address in "
        "Settings (or pass --rpc-url and --registry).",
        "未配置区块链网络：请在设置中填写 RPC 地址和注册表地址（或传入 --rpc-url 和 --registry）。",
        "未設定區塊鏈網絡：請在設定中填寫 RPC 網址和註冊表地址（或傳入 --rpc-url 和 --registry）。",
    ),
    "cli.usage": Message(
        "The command line is not valid; see --help. Nothing was changed.",
        "命令行无效；请参阅 --help。未做任何更改。",
        "指令列無效；請參閱 --help。未做任何變更。",
    ),
    "cli.bad_data_dir": Message(
        "The data directory {path} cannot be used ({reason}). Pass --data-dir with a directory "
        "you can write to. Nothing was changed.",
        "无法使用数据目录 {path}（{reason}）。请用 --data-dir 指定一个可写的目录。未做任何更改。",
        "無法使用資料目錄 {path}（{reason}）。請用 --data-dir 指定一個可寫入的目錄。未做任何變更。",
    ),
    "cli.data_dir_empty": Message(
        "the path is empty (an unset variable in a script?); the default directory is not used "
        "in its place",
        "路径为空（脚本中的变量未设置？）；不会改用默认目录",
        "路徑為空（指令碼中的變數未設定？）；不會改用預設目錄",
    ),
    "cli.data_dir_read_only": Message(
        "no file can be created in it: {reason}",
        "无法在其中创建文件：{reason}",
        "無法在其中建立檔案：{reason}",
    ),
    "cli.bad_network_option": Message(
        "Invalid network option: {reason}. Nothing was sent.",
        "网络选项无效：{reason}。未发送任何交易。",
        "網絡選項無效：{reason}。未發送任何交易。",
    ),
    "cli.no_rpc_url": Message(
        "The network profile '{profile}' has no RPC URL. Pass --rpc-url and --registry (for "
        "the sandbox: the 'rpc:' and 'registry:' lines that `python main.py sandbox` prints), or "
        "set them in the profile.",
        "网络配置“{profile}”没有 RPC 地址。请传入 --rpc-url 和 --registry（沙盒：使用 "
        "`python main.py sandbox` 打印的“rpc:”和“registry:”行），或在配置中设置。",
        "網絡設定檔「{profile}」沒有 RPC 網址。請傳入 --rpc-url 和 --registry（沙盒：使用 "
        "`python main.py sandbox` 列印的「rpc:」和「registry:」行），或在設定檔中設定。",
    ),
    "cli.no_api_token": Message(
        "No API token: set ${env} or give it on the first line of standard input.",
        "没有 API 令牌：请设置 ${env}，或在标准输入的第一行提供。",
        "沒有 API 權杖：請設定 ${env}，或在標準輸入的第一行提供。",
    ),
    "cli.no_api_token_vault": Message(
        "No API token: keep it in the vault (`vault add --api-token`), set ${env} or pipe it on "
        "standard input (for the sandbox, the 'token:' line it prints).",
        "没有 API 令牌：请将其保存在保险库中（`vault add --api-token`），设置 ${env}，"
        "或通过标准输入提供（沙盒请使用其打印的“token:”行）。",
        "沒有 API 權杖：請將其保存在保險庫中（`vault add --api-token`），設定 ${env}，"
        "或透過標準輸入提供（沙盒請使用其列印的「token:」行）。",
    ),
    "cli.vault_token": Message(
        "The API token could not be read from the vault: {problem}",
        "无法从保险库读取 API 令牌：{problem}",
        "無法從保險庫讀取 API 權杖：{problem}",
    ),
    "cli.input_ended": Message(
        "standard input ended before {what} (line {line}); see --help for the order. Nothing "
        "was changed or sent.",
        "标准输入在{what}之前结束（第 {line} 行）；顺序请参阅 --help。"
        "未做任何更改，也未发送任何交易。",
        "標準輸入在{what}之前結束（第 {line} 行）；順序請參閱 --help。"
        "未做任何變更，也未發送任何交易。",
    ),
    "cli.bad_wait": Message(
        "--wait must be 0 or more seconds. Nothing was sent.",
        "--wait 必须是 0 或更多秒。未发送任何交易。",
        "--wait 必須是 0 或更多秒。未發送任何交易。",
    ),
    "wallet.name_the_sender": Message(
        "Name the sending account with --from (this wallet has {count} accounts that can sign).",
        "请用 --from 指定发送账户（此钱包有 {count} 个可签名的账户）。",
        "請用 --from 指定發送帳戶（此錢包有 {count} 個可簽署的帳戶）。",
    ),
    "treasury.cli_no_network": Message(
        "No RPC URL or registry address: pass --rpc-url and --registry (for the sandbox, the "
        "'rpc:' and 'registry:' lines `python main.py sandbox` prints).",
        "没有 RPC 地址或注册表地址：请传入 --rpc-url 和 --registry（沙盒：使用 "
        "`python main.py sandbox` 打印的“rpc:”和“registry:”行）。",
        "沒有 RPC 網址或註冊表地址：請傳入 --rpc-url 和 --registry（沙盒：使用 "
        "`python main.py sandbox` 列印的「rpc:」和「registry:」行）。",
    ),
    "treasury.cli_no_account": Message(
        "`treasury {command}` signs: name the account with --account.",
        "`treasury {command}` 需要签名：请用 --account 指定账户。",
        "`treasury {command}` 需要簽署：請用 --account 指定帳戶。",
    ),
    "treasury.cli_no_api_url": Message(
        "Proposing needs the revenue report: pass --api-url.",
        "提案需要收入报告：请传入 --api-url。",
        "提案需要收入報告：請傳入 --api-url。",
    ),
    "treasury.cli_show_what": Message(
        "show needs a proposal id or --store SYMBOL.",
        "show 需要提案编号或 --store 代币符号。",
        "show 需要提案編號或 --store 代幣符號。",
    ),
    "treasury.cli_file_exists": Message(
        "{path} exists; choose a new file name.",
        "{path} 已存在；请换一个文件名。",
        "{path} 已存在；請換一個檔案名稱。",
    ),
    "config.what.explorer_url": Message("block explorer URL", "区块浏览器地址", "區塊瀏覽器網址"),
    "treasury.cli_no_such_store": Message(
        "No store has that token symbol.",
        "没有使用该代币符号的店铺。",
        "沒有使用該代幣符號的店鋪。",
    ),
    "cli.entries_differ": Message(
        "the two entries of {what} differ; nothing was changed",
        "两次输入的{what}不一致；未做任何更改",
        "兩次輸入的{what}不一致；未做任何變更",
    ),
    "cli.vault_add_needs": Message(
        "add needs STORE, --platform and --login (or --api-token)",
        "add 需要 STORE、--platform 和 --login（或 --api-token）",
        "add 需要 STORE、--platform 和 --login（或 --api-token）",
    ),
    "cli.vault_reveal_needs": Message(
        "reveal needs STORE and FIELD (or --api-token)",
        "reveal 需要 STORE 和 FIELD（或 --api-token）",
        "reveal 需要 STORE 和 FIELD（或 --api-token）",
    ),
    "cli.vault_rotate_needs": Message(
        "rotate needs STORE, or --master",
        "rotate 需要 STORE，或 --master",
        "rotate 需要 STORE，或 --master",
    ),
    "cli.passphrases_differ": Message(
        "The two passphrases differ. Nothing was changed.",
        "两次输入的密语不一致。未做任何更改。",
        "兩次輸入的密語不一致。未做任何變更。",
    ),
}

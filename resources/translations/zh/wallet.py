"""Wallet page and dialogs, address book, states: English -> (Simplified, Traditional)."""

STRINGS: dict[str, tuple[str, str]] = {
    "%n row(s) of the file have problems, so nothing was imported yet. Import only the valid "
    "rows?": (
        "文件中有 %n 行存在问题，因此尚未导入任何内容。是否只导入有效的行？",
        "檔案中有 %n 行存在問題，因此尚未匯入任何內容。是否只匯入有效的行？",
    ),
    "%n row(s) skipped.": ("已跳过 %n 行。", "已略過 %n 行。"),
    "0x… (checksummed address)": ("0x…（带校验的地址）", "0x…（帶校驗的地址）"),
    "12 or 24 words separated by spaces": (
        "以空格分隔的 12 或 24 个单词",
        "以空格分隔的 12 或 24 個單詞",
    ),
    "12 words": ("12 个单词", "12 個單詞"),
    "24 words": ("24 个单词", "24 個單詞"),
    "64 hexadecimal digits": ("64 位十六进制数字", "64 位十六進位數字"),
    "Account 1": ("账户 1", "帳戶 1"),
    "Account index (m/44'/60'/0'/0/i)": (
        "账户索引（m/44'/60'/0'/0/i）",
        "帳戶索引（m/44'/60'/0'/0/i）",
    ),
    "Account name": ("账户名称", "帳戶名稱"),
    "Add a contact": ("添加联系人", "新增聯絡人"),
    "Add account": ("添加账户", "新增帳戶"),
    "Address": ("地址", "地址"),
    "Address (0x…)": ("地址（0x…）", "地址（0x…）"),
    "Address book": ("地址簿", "地址簿"),
    "Address book…": ("地址簿…", "地址簿…"),
    "Address copied.": ("地址已复制。", "地址已複製。"),
    "Add…": ("添加…", "新增…"),
    "Amount": ("金额", "金額"),
    "Asset": ("资产", "資產"),
    "Balances": ("余额", "餘額"),
    "CSV (*.csv)": ("CSV 文件 (*.csv)", "CSV 檔案 (*.csv)"),
    "Cancel transaction": ("取消交易", "取消交易"),
    "Cannot read {path}: {value}.": ("无法读取 {path}：{value}。", "無法讀取 {path}：{value}。"),
    "Chain: {user_message}": ("区块链：{user_message}", "區塊鏈：{user_message}"),
    "Check every line. Signing sends it; it cannot be undone once mined.": (
        "请逐行核对。签名后即发送；一旦上链便无法撤销。",
        "請逐行核對。簽署後即發送；一旦上鏈便無法撤銷。",
    ),
    "Checking and simulating…": ("正在检查并模拟…", "正在檢查並模擬…"),
    "Choose a strong password and type it twice.": (
        "请设置一个强密码并输入两次。",
        "請設定一個強密碼並輸入兩次。",
    ),
    "Choose the wallet password (it protects every account):": (
        "设置钱包密码（它保护所有账户）：",
        "設定錢包密碼（它保護所有帳戶）：",
    ),
    "Choose…": ("选择…", "選擇…"),
    "Confirm": ("确认", "確認"),
    "Contract": ("合约", "合約"),
    "Copy address": ("复制地址", "複製地址"),
    "Create a new wallet…": ("创建新钱包…", "建立新錢包…"),
    "Create a wallet": ("创建钱包", "建立錢包"),
    "Enter the wallet password to export this key.": (
        "请输入钱包密码以导出此密钥。",
        "請輸入錢包密碼以匯出此密鑰。",
    ),
    "Enter the wallet password to sign.": ("请输入钱包密码以签名。", "請輸入錢包密碼以簽署。"),
    "Export CSV…": ("导出 CSV…", "匯出 CSV…"),
    "Export contacts": ("导出联系人", "匯出聯絡人"),
    "Export keystore": ("导出密钥库文件", "匯出密鑰庫檔案"),
    "Export keystore of the selected account…": (
        "导出所选账户的密钥库文件…",
        "匯出所選帳戶的密鑰庫檔案…",
    ),
    "Exported %n contact(s) to {path}.": (
        "已将 %n 个联系人导出到 {path}。",
        "已將 %n 個聯絡人匯出至 {path}。",
    ),
    "File password": ("文件密码", "檔案密碼"),
    "From": ("从", "從"),
    "History": ("历史记录", "歷史記錄"),
    "Import CSV…": ("导入 CSV…", "匯入 CSV…"),
    "Import a keystore file": ("导入密钥库文件", "匯入密鑰庫檔案"),
    "Import a keystore file…": ("导入密钥库文件…", "匯入密鑰庫檔案…"),
    "Import a private key": ("导入私钥", "匯入私鑰"),
    "Import a private key…": ("导入私钥…", "匯入私鑰…"),
    "Import contacts": ("导入联系人", "匯入聯絡人"),
    "Import nothing": ("不导入", "不匯入"),
    "Import the valid rows": ("导入有效的行", "匯入有效的行"),
    "Imported %n contact(s), {unchanged} already present.": (
        "已导入 %n 个联系人，{unchanged} 个已存在。",
        "已匯入 %n 個聯絡人，{unchanged} 個已存在。",
    ),
    "Keystore (*.json *)": ("密钥库文件 (*.json *)", "密鑰庫檔案 (*.json *)"),
    "Keystore file": ("密钥库文件", "密鑰庫檔案"),
    "Keystore written to {p}.": ("密钥库文件已写入 {p}。", "密鑰庫檔案已寫入 {p}。"),
    "Kind": ("类型", "類型"),
    "Label": ("标签", "標籤"),
    "Lock": ("锁定", "鎖定"),
    "Locked": ("已锁定", "已鎖定"),
    "Needs at least '{level}'.": ("强度至少需要“{level}”。", "強度至少需要「{level}」。"),
    "New wallet password": ("新钱包密码", "新錢包密碼"),
    "No accounts yet: create a wallet, restore one or import a key.": (
        "尚无账户：请创建钱包、恢复钱包或导入私钥。",
        "尚無帳戶：請建立錢包、復原錢包或匯入私鑰。",
    ),
    "Note": ("备注", "備註"),
    "Nothing was imported.": ("未导入任何内容。", "未匯入任何內容。"),
    "Optional BIP-39 passphrase": ("可选的 BIP-39 密语", "可選的 BIP-39 密語"),
    "Passphrase": ("密语", "密語"),
    "Password": ("密码", "密碼"),
    "Private key": ("私钥", "私鑰"),
    "Receive": ("收款", "收款"),
    "Recovery phrase": ("助记词", "助記詞"),
    "Remove": ("删除", "刪除"),
    "Restore from a recovery phrase": ("从助记词恢复", "從助記詞復原"),
    "Restore from a recovery phrase…": ("从助记词恢复…", "從助記詞復原…"),
    "Reveal the words": ("显示助记词", "顯示助記詞"),
    "Reveal the words and write them down first.": (
        "请先显示助记词并抄写下来。",
        "請先顯示助記詞並抄寫下來。",
    ),
    "Review the transaction": ("核对交易", "核對交易"),
    "Review…": ("核对…", "核對…"),
    "Row {row}: {reason}": ("第 {row} 行：{reason}", "第 {row} 行：{reason}"),
    "Select an account that can sign (not watch-only) to unlock.": (
        "请选择可以签名的账户（非观察账户）来解锁。",
        "請選擇可以簽署的帳戶（非觀察帳戶）來解鎖。",
    ),
    "Send": ("发送", "發送"),
    "Send only ETH, the stablecoin or this platform's PSTs to this address.": (
        "请只向此地址发送 ETH、稳定币或本平台的 PST。",
        "請只向此地址發送 ETH、穩定幣或本平台的 PST。",
    ),
    "Send…": ("发送…", "發送…"),
    "Sent: {description}. It appears in History.": (
        "已发送：{description}。可在“历史记录”中查看。",
        "已發送：{description}。可在「歷史記錄」中查看。",
    ),
    "Sign and send": ("签名并发送", "簽署並發送"),
    "Signing and sending…": ("正在签名并发送…", "正在簽署並發送…"),
    "Some rows cannot be imported": ("部分行无法导入", "部分行無法匯入"),
    "Speed up": ("加速", "加速"),
    "Status": ("状态", "狀態"),
    "Strength": ("强度", "強度"),
    "The file could not be read or written ({reason}).": (
        "无法读取或写入该文件（{reason}）。",
        "無法讀取或寫入該檔案（{reason}）。",
    ),
    "The keystore file's password": ("密钥库文件的密码", "密鑰庫檔案的密碼"),
    "The two passwords differ.": ("两次输入的密码不一致。", "兩次輸入的密碼不一致。"),
    "This file is not UTF-8 text; save it as CSV (UTF-8) and try again.": (
        "此文件不是 UTF-8 文本；请另存为 CSV（UTF-8）后重试。",
        "此檔案不是 UTF-8 文字；請另存為 CSV（UTF-8）後重試。",
    ),
    "This file is too large for an address book (over 2 MiB).": (
        "此文件对于地址簿来说太大（超过 2 MiB）。",
        "此檔案對於地址簿來說太大（超過 2 MiB）。",
    ),
    "This transfer would fail, so it cannot be signed. Nothing was sent.": (
        "此转账将会失败，因此无法签名。未发送任何交易。",
        "此轉帳將會失敗，因此無法簽署。未發送任何交易。",
    ),
    "To": ("至", "至"),
    "Tx": ("交易", "交易"),
    "Type it again": ("再次输入", "再次輸入"),
    "Unlock the wallet": ("解锁钱包", "解鎖錢包"),
    "Unlocked": ("已解锁", "已解鎖"),
    "Unlocking…": ("正在解锁…", "正在解鎖…"),
    "Unlock…": ("解锁…", "解鎖…"),
    "Wallet password": ("钱包密码", "錢包密碼"),
    "Watch an address": ("观察地址", "觀察地址"),
    "Watch an address…": ("观察地址…", "觀察地址…"),
    "What": ("内容", "內容"),
    "Word #{position}": ("第 {position} 个单词", "第 {position} 個單詞"),
    "Working…": ("正在处理…", "正在處理…"),
    "Write these words on paper, in order, and keep them offline. Anyone who sees them "
    "controls the funds; PST Desk cannot recover them for you.": (
        "请按顺序将这些单词抄写在纸上，并离线保管。任何看到它们的人都能控制资金；"
        "PST Desk 无法为您找回。",
        "請按順序將這些單詞抄寫在紙上，並離線保管。任何看到它們的人都能控制資金；"
        "PST Desk 無法為您找回。",
    ),
    # states and kinds (Names)
    "hd": ("助记词派生", "助記詞衍生"),
    "imported": ("已导入", "已匯入"),
    "watch": ("仅观察", "僅觀察"),
    "pending": ("待处理", "待處理"),
    "confirmed": ("已确认", "已確認"),
    "failed": ("失败", "失敗"),
    "cancelled": ("已取消", "已取消"),
    "dropped": ("已丢弃", "已丟棄"),
    "administrator": ("管理员", "管理員"),
    "approve": ("批准", "批准"),
    "approver": ("审批人", "審批人"),
    "broadcast": ("已广播", "已廣播"),
    "cancel": ("取消", "取消"),
    "created": ("已创建", "已建立"),
    "execute": ("执行", "執行"),
    "propose": ("提议", "提議"),
    "proposer": ("提议人", "提議人"),
    "reject": ("拒绝", "拒絕"),
    "signed": ("已签名", "已簽署"),
    "simulated": ("已模拟", "已模擬"),
    "superseded": ("已被替代", "已被取代"),
}
STRINGS.update({"Accounts": ("账户", "帳戶")})

STRINGS.update(
    {
        # The address book's one dialog, delete and BIP-329 labels.
        "Delete": ("删除", "刪除"),
        "Import labels…": ("导入标签…", "匯入標籤…"),
        "Export labels…": ("导出标签…", "匯出標籤…"),
        "Import labels": ("导入标签", "匯入標籤"),
        "Export labels": ("导出标签", "匯出標籤"),
        "{address} is already in the address book as '{label}'; edit it.": (
            "{address} 已以“{label}”的名称存在于地址簿中；请编辑该条目。",
            "{address} 已以「{label}」的名稱存在於地址簿中；請編輯該項目。",
        ),
        "Delete contact": ("删除联系人", "刪除聯絡人"),
        "Delete '{label}' ({address}) from the address book?": (
            "要从地址簿中删除“{label}”（{address}）吗？",
            "要從地址簿中刪除「{label}」（{address}）嗎？",
        ),
        "BIP-329 labels (*.jsonl *.json)": (
            "BIP-329 标签 (*.jsonl *.json)",
            "BIP-329 標籤 (*.jsonl *.json)",
        ),
        "BIP-329 labels (*.jsonl)": ("BIP-329 标签 (*.jsonl)", "BIP-329 標籤 (*.jsonl)"),
        "%n transaction label(s) imported.": ("已导入 %n 个交易标签。", "已匯入 %n 個交易標籤。"),
        "%n label(s) of Bitcoin-only types (pubkey, input, output, xpub) skipped.": (
            "已跳过 %n 个仅适用于比特币的类型（pubkey、input、output、xpub）的标签。",
            "已略過 %n 個僅適用於比特幣的類型（pubkey、input、output、xpub）的標籤。",
        ),
        "Exported %n label(s) to {path}.": (
            "已将 %n 个标签导出到 {path}。",
            "已將 %n 個標籤匯出到 {path}。",
        ),
        "Edit contact": ("编辑联系人", "編輯聯絡人"),
        "optional": ("可选", "選填"),
    }
)

STRINGS.update(
    {
        # What a password prompt will sign.
        "You are about to sign: {what}": ("您即将签名：{what}", "您即將簽署：{what}"),
        "a claim of your profit share of {symbol} ({amount} {coin})": (
            "领取 {symbol} 的利润分成（{amount} {coin}）",
            "領取 {symbol} 的利潤分成（{amount} {coin}）",
        ),
        "a claim of your profit share of every token you hold": (
            "领取您持有的每种代币的利润分成",
            "領取您持有的每種代幣的利潤分成",
        ),
        "a transfer of {amount} {symbol} to {recipient}": (
            "向 {recipient} 转账 {amount} {symbol}",
            "向 {recipient} 轉帳 {amount} {symbol}",
        ),
        "a purchase of {amount} {symbol} for {cost} {coin}": (
            "以 {cost} {coin} 购买 {amount} {symbol}",
            "以 {cost} {coin} 購買 {amount} {symbol}",
        ),
        "{action} proposal #{id}": ("{action}提议 #{id}", "{action}提議 #{id}"),
        "a payout proposal for {merchant}, period {period}": (
            "{merchant} 在 {period} 期间的派息提议",
            "{merchant} 在 {period} 期間的派息提議",
        ),
        "a cancellation of: {description}": ("取消：{description}", "取消：{description}"),
        "a faster fee for: {description}": (
            "提高手续费以加速：{description}",
            "提高手續費以加速：{description}",
        ),
    }
)

STRINGS.update(
    {
        "Max": ("最大", "最大"),
        "All of the asset; for ETH, all but the largest fee the transfer may pay": (
            "该资产的全部余额；ETH 则扣除本次转账可能支付的最高手续费",
            "該資產的全部餘額；ETH 則扣除本次轉帳可能支付的最高手續費",
        ),
        "Nothing of this asset can be sent.": (
            "此资产没有可发送的余额。",
            "此資產沒有可傳送的餘額。",
        ),
    }
)

STRINGS.update(
    {
        "Add the next account from the recovery phrase": (
            "从恢复短语添加下一个账户",
            "從復原短語新增下一個帳戶",
        ),
        "Account {n}": ("账户 {n}", "帳戶 {n}"),
        "This wallet has no recovery phrase yet: create or restore one first.": (
            "此钱包还没有恢复短语：请先创建或恢复一个。",
            "此錢包還沒有復原短語：請先建立或復原一個。",
        ),
        "Next account from the recovery phrase…": (
            "从恢复短语添加下一个账户…",
            "從復原短語新增下一個帳戶…",
        ),
    }
)
# The History (ui/wallet/history.py) and its actions.
STRINGS.update(
    {
        "WalletHistory|Date": ("日期", "日期"),
        "WalletHistory|Status": ("状态", "狀態"),
        "WalletHistory|What": ("内容", "內容"),
        "WalletHistory|Amount": ("金额", "金額"),
        "WalletHistory|Counterparty": ("对方", "對方"),
        "Fee (ETH)": ("手续费（ETH）", "手續費（ETH）"),
        "WalletHistory|Transaction": ("交易", "交易"),
        "block {block}": ("区块 {block}", "區塊 {block}"),
        "Copy hash": ("复制哈希", "複製雜湊"),
        "Open in explorer": ("在区块浏览器中打开", "在區塊瀏覽器中開啟"),
        "Transaction hash copied.": ("交易哈希已复制。", "交易雜湊已複製。"),
    }
)

STRINGS.update(
    {
        # Getting started (ui/wallet/getting_started.py).
        "Platform (admin, KYC officer)": ("平台（管理员、KYC 官员）", "平台（管理員、KYC 專員）"),
        "Treasury proposer": ("资金库提议人", "資金庫提議人"),
        "Treasury approver 1": ("资金库审批人 1", "資金庫審批人 1"),
        "Treasury approver 2": ("资金库审批人 2", "資金庫審批人 2"),
        "Investor": ("投资者", "投資者"),
        "Investor 2": ("投资者 2", "投資者 2"),
        "Getting started": ("入门", "入門"),
        "Getting started…": ("入门…", "入門…"),
        "Sandbox only: these accounts come from a public test phrase that everyone knows. Never "
        "use it, or send real money to its addresses, on a real network.": (
            "仅限沙盒：这些账户来自人人皆知的公开测试短语。切勿在真实网络上使用它，"
            "也切勿向其地址发送真实资金。",
            "僅限沙盒：這些帳戶來自人人皆知的公開測試短語。切勿在真實網路上使用它，"
            "也切勿向其位址傳送真實資金。",
        ),
        "Demo recovery phrase": ("演示恢复短语", "示範復原短語"),
        "Demo phrase": ("演示短语", "示範短語"),
        "Index": ("索引", "索引"),
        "Role": ("角色", "角色"),
        "Choose a wallet password": ("设置钱包密码", "設定錢包密碼"),
        "Load demo accounts": ("载入演示账户", "載入示範帳戶"),
        "Loading the demo accounts…": ("正在载入演示账户…", "正在載入示範帳戶…"),
        "%n demo account(s) loaded. Unlock one on the Wallet page to act as it: Investor for "
        "the Portfolio, a treasury role for the Treasury.": (
            "已载入 %n 个演示账户。在钱包页面解锁其中一个即可以该身份操作："
            "投资者用于投资组合，资金库角色用于资金库。",
            "已載入 %n 個示範帳戶。在錢包頁面解鎖其中一個即可以該身分操作："
            "投資者用於投資組合，資金庫角色用於資金庫。",
        ),
        "Start with a wallet: create a new one (you write down its recovery phrase), restore one "
        "from its phrase, import a key or a keystore file, or watch an address without being "
        "able to sign.": (
            "从钱包开始：新建一个（记下其恢复短语）、用短语恢复、导入私钥或密钥库文件，"
            "或只观察一个地址而不能签名。",
            "從錢包開始：新建一個（記下其復原短語）、用短語復原、匯入私鑰或金鑰庫檔案，"
            "或只觀察一個位址而不能簽署。",
        ),
        "Create…": ("新建…", "新建…"),
        "Restore…": ("恢复…", "復原…"),
        "Import…": ("导入…", "匯入…"),
        "Watch…": ("观察…", "觀察…"),
    }
)

STRINGS.update(
    {
        "Unlocked: {accounts}": ("已解锁：{accounts}", "已解鎖：{accounts}"),
        "Locked: no account can sign": ("已锁定：没有可签名的账户", "已鎖定：沒有可簽署的帳戶"),
    }
)

STRINGS.update(
    {
        "Slow: a lower fee, may wait when blocks are full": (
            "慢速：手续费较低，区块拥堵时可能需要等待",
            "慢速：手續費較低，區塊擁塞時可能需要等待",
        ),
        "Normal": ("普通", "普通"),
        "Fast: a higher tip and fee cap": (
            "快速：更高的小费和手续费上限",
            "快速：更高的小費和手續費上限",
        ),
        "SendDialog|Fee": ("手续费", "手續費"),
    }
)

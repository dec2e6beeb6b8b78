"""Vault page, dialogs, entries and reveal panel: English -> (Simplified, Traditional)."""

STRINGS: dict[str, tuple[str, str]] = {
    "API keys": ("API 密钥", "API 密鑰"),
    "API token of {profile}": ("{profile} 的 API 令牌", "{profile} 的 API 權杖"),
    "API token…": ("API 令牌…", "API 權杖…"),
    "Access log": ("访问日志", "存取日誌"),
    "Access recorded in the local access log.": (
        "访问已记录在本地访问日志中。",
        "存取已記錄在本機存取日誌中。",
    ),
    "Access recorded locally and on chain (tx {tx}).": (
        "访问已在本地和链上记录（交易 {tx}）。",
        "存取已在本機和鏈上記錄（交易 {tx}）。",
    ),
    "Access recorded locally; the on-chain record failed: {error}": (
        "访问已在本地记录；链上记录失败：{error}",
        "存取已在本機記錄；鏈上記錄失敗：{error}",
    ),
    "Action": ("操作", "操作"),
    "Add store credentials": ("添加店铺凭证", "新增店鋪憑證"),
    "Again": ("再次输入", "再次輸入"),
    "Backup password": ("备份密码", "備份密碼"),
    "Bind on chain": ("链上绑定", "鏈上綁定"),
    "Binding on chain…": ("正在链上绑定…", "正在鏈上綁定…"),
    "Chain": ("链上状态", "鏈上狀態"),
    "Check chain": ("检查链上状态", "檢查鏈上狀態"),
    "Clipboard cleared.": ("剪贴板已清空。", "剪貼簿已清除。"),
    "Copied; the clipboard is cleared in {seconds:g} s": (
        "已复制；剪贴板将在 {seconds:g} 秒后清空",
        "已複製；剪貼簿將在 {seconds:g} 秒後清除",
    ),
    "Copy": ("复制", "複製"),
    "Create vault": ("创建保险库", "建立保險庫"),
    "Edit {store}": ("编辑 {store}", "編輯 {store}"),
    "Edit…": ("编辑…", "編輯…"),
    "Export a sealed vault backup": ("导出加密的保险库备份", "匯出加密的保險庫備份"),
    "Export backup…": ("导出备份…", "匯出備份…"),
    "Exported {n} entries to {path}.": (
        "已将 {n} 个条目导出到 {path}。",
        "已將 {n} 個項目匯出至 {path}。",
    ),
    "Field": ("字段", "欄位"),
    "Hidden again after a short time.": ("稍后将再次隐藏。", "稍後將再次隱藏。"),
    "Hide": ("隐藏", "隱藏"),
    "Show": ("显示", "顯示"),
    "Import a sealed vault backup": ("导入加密的保险库备份", "匯入加密的保險庫備份"),
    "Import backup…": ("导入备份…", "匯入備份…"),
    "Imported: {added} added, {replaced} replaced, {unchanged} already here.": (
        "已导入：新增 {added} 个，替换 {replaced} 个，{unchanged} 个已存在。",
        "已匯入：新增 {added} 個，取代 {replaced} 個，{unchanged} 個已存在。",
    ),
    "Kept the credentials of {store_id}.": (
        "已保存 {store_id} 的凭证。",
        "已保存 {store_id} 的憑證。",
    ),
    "Key version": ("密钥版本", "密鑰版本"),
    "Locked.": ("已锁定。", "已鎖定。"),
    "Login": ("登录名", "登入名稱"),
    "New data key and key version, in the vault and on chain": (
        "在保险库和链上生成新的数据密钥和密钥版本",
        "在保險庫和鏈上產生新的數據密鑰和密鑰版本",
    ),
    "Notes": ("备注", "備註"),
    "Opening the backup…": ("正在打开备份…", "正在開啟備份…"),
    "Purpose": ("用途", "用途"),
    "REST API token": ("REST API 令牌", "REST API 權杖"),
    "REST API token: in the vault": (
        "REST API 令牌：已保存在保险库",
        "REST API 權杖：已保存在保險庫",
    ),
    "Reveal the {field} (asks for a purpose; recorded)": (
        "显示{field}（需说明用途；将被记录）",
        "顯示{field}（需說明用途；將被記錄）",
    ),
    "Reveal the {field} of {store}": ("显示 {store} 的{field}", "顯示 {store} 的{field}"),
    "Revealed secrets appear here for a short time.": (
        "显示的机密信息会在此短暂出现。",
        "顯示的機密資訊會在此短暫出現。",
    ),
    "Revealing…": ("正在显示…", "正在顯示…"),
    "Rotate": ("轮换", "輪換"),
    "Rotated {store} to key version {version} (tx {tx}).": (
        "已将 {store} 轮换至密钥版本 {version}（交易 {tx}）。",
        "已將 {store} 輪換至密鑰版本 {version}（交易 {tx}）。",
    ),
    "Rotated {store} to key version {version} in the vault.": (
        "已在保险库中将 {store} 轮换至密钥版本 {version}。",
        "已在保險庫中將 {store} 輪換至密鑰版本 {version}。",
    ),
    "Rotating…": ("正在轮换…", "正在輪換…"),
    "Sealing the backup…": ("正在加密备份…", "正在加密備份…"),
    "Sealing…": ("正在加密…", "正在加密…"),
    "Select a store": ("请选择店铺", "請選擇店鋪"),
    "State why you need it. The purpose is recorded in the access log (and, for the store's "
    "owner or operators, on chain as a hash).": (
        "请说明您需要它的原因。用途会记录在访问日志中（对于店铺所有者或运营方，"
        "还会以哈希形式记录在链上）。",
        "請說明您需要它的原因。用途會記錄在存取日誌中（對於店鋪擁有者或營運方，"
        "還會以雜湊形式記錄在鏈上）。",
    ),
    "Store": ("店铺", "店鋪"),
    "TOTP code": ("TOTP 验证码", "TOTP 驗證碼"),
    "TOTP seed": ("TOTP 种子", "TOTP 種子"),
    "That code expired; reveal again for the next one.": (
        "该验证码已过期；请再次显示以获取下一个。",
        "該驗證碼已過期；請再次顯示以取得下一個。",
    ),
    "The API token is kept in the vault.": (
        "API 令牌已保存在保险库中。",
        "API 權杖已保存在保險庫中。",
    ),
    "The chain binding could not be checked ({chain_note}).": (
        "无法检查链上绑定（{chain_note}）。",
        "無法檢查鏈上綁定（{chain_note}）。",
    ),
    "The chain binding has not been checked.": ("尚未检查链上绑定。", "尚未檢查鏈上綁定。"),
    "The clipboard holds something else now; left as is.": (
        "剪贴板中现在是其他内容；保持不变。",
        "剪貼簿中現在是其他內容；保持不變。",
    ),
    "The active account {account} is locked, so the registry still holds the previous version: "
    "unlock it, then bind.": (
        "当前账户 {account} 已锁定，因此注册表仍记录旧版本：请先解锁，再进行绑定。",
        "目前帳戶 {account} 已鎖定，因此登記表仍記錄舊版本：請先解鎖，再進行綁定。",
    ),
    "The active account {account} is locked. Unlock it on the Wallet page, or choose another "
    "account in the header, to bind.": (
        "当前账户 {account} 已锁定。请在钱包页面解锁它，或在页首选择其他账户，然后绑定。",
        "目前帳戶 {account} 已鎖定。請在錢包頁面解鎖它，或在頁首選擇其他帳戶，然後綁定。",
    ),
    "The registry still holds the previous version: bind it with an account that owns or "
    "operates the store.": (
        "注册表仍记录旧版本：请使用拥有或运营该店铺的账户进行绑定。",
        "登記表仍記錄舊版本：請使用擁有或營運該店鋪的帳戶進行綁定。",
    ),
    "The two vault passwords differ.": (
        "两次输入的保险库密码不一致。",
        "兩次輸入的保險庫密碼不一致。",
    ),
    "Unlock": ("解锁", "解鎖"),
    "Unlock a wallet account that owns or operates this store to bind.": (
        "请解锁拥有或运营此店铺的钱包账户以进行绑定。",
        "請解鎖擁有或營運此店鋪的錢包帳戶以進行綁定。",
    ),
    "Unlocked.": ("已解锁。", "已解鎖。"),
    "Updated": ("更新时间", "更新時間"),
    "Vault access log": ("保险库访问日志", "保險庫存取日誌"),
    "When": ("时间", "時間"),
    "Who": ("操作人", "操作人"),
    "base32 seed from the platform (optional)": (
        "平台提供的 base32 种子（可选）",
        "平台提供的 base32 種子（可選）",
    ),
    "bound": ("已绑定", "已綁定"),
    "current TOTP code": ("当前 TOTP 验证码", "目前 TOTP 驗證碼"),
    "enter it first": ("请先输入", "請先輸入"),
    "for example: monthly payout reconciliation": ("例如：月度派发对账", "例如：月度派發對帳"),
    "leave empty to keep the stored one": ("留空则保留已保存的值", "留空則保留已保存的值"),
    "merchant id, for example M00042": ("商户编号，例如 M00042", "商戶編號，例如 M00042"),
    "no chain": ("无链", "無鏈"),
    "not checked": ("未检查", "未檢查"),
    "notes": ("备注", "備註"),
    "one per line": ("每行一个", "每行一個"),
    "password": ("密码", "密碼"),
    "profile {profile}": ("配置 {profile}", "設定檔 {profile}"),
    "profile {profile} · {how} · {state}": (
        "配置 {profile} · {how} · {state}",
        "設定檔 {profile} · {how} · {state}",
    ),
    "stale": ("已过时", "已過時"),
    "tampered": ("已被篡改", "已被竄改"),
    "the new vault password again": ("再次输入新的保险库密码", "再次輸入新的保險庫密碼"),
    "the two entries differ": ("两次输入不一致", "兩次輸入不一致"),
    "unavailable": ("不可用", "不可用"),
    "unregistered": ("未注册", "未登記"),
    "not bound yet": ("尚未绑定", "尚未綁定"),
    "vault password": ("保险库密码", "保險庫密碼"),
    "{field}:": ("{field}：", "{field}："),
    "{seconds_left} s left": ("剩余 {seconds_left} 秒", "剩餘 {seconds_left} 秒"),
    "{store_id} is bound at key version {key_version}.": (
        "{store_id} 已绑定在密钥版本 {key_version}。",
        "{store_id} 已綁定在密鑰版本 {key_version}。",
    ),
}
STRINGS.update(
    {
        "key in the OS keyring": ("密钥在系统密钥环中", "密鑰在系統密鑰環中"),
        "protected by the vault password": ("受保险库密码保护", "受保險庫密碼保護"),
        "not created yet": ("尚未创建", "尚未建立"),
        "unlocked": ("已解锁", "已解鎖"),
        "locked": ("已锁定", "已鎖定"),
    }
)
STRINGS.update(
    {
        "The OS keyring is unavailable: the vault is protected by your vault password only": (
            "系统密钥环不可用：保险库仅受您的保险库密码保护",
            "系統密鑰環不可用：保險庫僅受您的保險庫密碼保護",
        ),
        "The vault is protected by your vault password only; the OS keyring works now, so you "
        "can move the vault key into it (rotate the master key to the keyring)": (
            "保险库目前仅受您的保险库密码保护；系统密钥环现已可用，您可以将保险库密钥移入其中"
            "（将主密钥轮换到密钥环）",
            "保險庫目前僅受您的保險庫密碼保護；系統密鑰環現已可用，您可以將保險庫密鑰移入其中"
            "（將主密鑰輪換到密鑰環）",
        ),
        "The OS keyring is unavailable, and this vault's key is kept there: unlock or start your "
        "keyring (Secret Service, Keychain or Credential Manager), or import a backup": (
            "系统密钥环不可用，而此保险库的密钥保存在其中：请解锁或启动密钥环"
            "（Secret Service、Keychain 或凭据管理器），或导入备份",
            "系統密鑰環不可用，而此保險庫的密鑰保存在其中：請解鎖或啟動密鑰環"
            "（Secret Service、Keychain 或認證管理員），或匯入備份",
        ),
    }
)
STRINGS.update(
    {
        "Revealed secret": ("显示的机密", "顯示的機密"),
        "Vault entries": ("保险库条目", "保險庫項目"),
        # Vault polish: the access log's actions, masked fields, checks and binds explained.
        "reveal": ("查看", "檢視"),
        "add": ("添加", "新增"),
        "edit": ("编辑", "編輯"),
        "rotate": ("轮换", "輪換"),
        "bind on chain": ("链上绑定", "鏈上綁定"),
        "remove": ("删除", "刪除"),
        "export backup": ("导出备份", "匯出備份"),
        "import backup": ("导入备份", "匯入備份"),
        "set API token": ("设置 API 令牌", "設定 API 權杖"),
        "separate several keys with spaces": ("多个密钥请用空格分隔", "多個密鑰請用空格分隔"),
        "The store registry is at key version {chain} for {store}, with no commitment yet.": (
            "店铺登记合约中 {store} 的密钥版本为 {chain}，尚无承诺值。",
            "店鋪登記合約中 {store} 的金鑰版本為 {chain}，尚無承諾值。",
        ),
        "The store registry already holds key version {chain} for {store}, which this vault "
        "never registered.": (
            "店铺登记合约已持有 {store} 的密钥版本 {chain}，但它并非由本保险库登记。",
            "店鋪登記合約已持有 {store} 的金鑰版本 {chain}，但它並非由本保險庫登記。",
        ),
        "It only accepts a higher version, so binding first re-seals the entry in this vault at "
        "key version {new} (it was {old}), then records that version's commitment on chain in a "
        "transaction signed by {account}.": (
            "它只接受更高的版本，因此绑定会先在本保险库中以密钥版本 {new}"
            "（原为 {old}）重新封存该条目，"
            "然后由 {account} 签名的交易在链上记录该版本的承诺值。",
            "它只接受更高的版本，因此綁定會先在本保險庫中以金鑰版本 {new}"
            "（原為 {old}）重新封存該條目，"
            "然後由 {account} 簽署的交易在鏈上記錄該版本的承諾值。",
        ),
        "Binding records the commitment of {store} at key version {version} in the store "
        "registry, in a transaction signed by {account}. The key version does not change.": (
            "绑定会由 {account} 签名的交易，在店铺登记合约中记录 {store} "
            "密钥版本 {version} 的承诺值。"
            "密钥版本不变。",
            "綁定會由 {account} 簽署的交易，在店鋪登記合約中記錄 {store} "
            "金鑰版本 {version} 的承諾值。"
            "金鑰版本不變。",
        ),
        "Bind {store} on chain": ("在链上绑定 {store}", "在鏈上綁定 {store}"),
        "Sign and bind": ("签名并绑定", "簽署並綁定"),
        "Vault password": ("保险库密码", "保險庫密碼"),
        "New vault password": ("新的保险库密码", "新的保險庫密碼"),
        "Checking the store registry…": ("正在检查店铺登记合约…", "正在檢查店鋪登記合約…"),
        "Checked the chain: this vault holds no store credentials yet.": (
            "已检查链上记录：本保险库还没有店铺凭据。",
            "已檢查鏈上記錄：本保險庫還沒有店鋪憑據。",
        ),
        "Checked %n store(s) on chain: {states}.": (
            "已在链上检查 %n 个店铺：{states}。",
            "已在鏈上檢查 %n 個店鋪：{states}。",
        ),
        "VaultPage|, ": ("，", "，"),
        "Choose a password.": ("请选择密码。", "請選擇密碼。"),
    }
)

"""The vault: its key (OS keyring or password), entries, backups and the chain binding."""

from app.errors.catalog import Message

_UNCHANGED = ("Nothing was changed.", "没有任何更改。", "沒有任何變更。")

MESSAGES = {
    "vault.error": Message(
        "The vault could not do this. Nothing was changed; try again.",
        "保险库无法完成此操作。没有任何更改；请重试。",
        "保險庫無法完成此操作。沒有任何變更；請重試。",
    ),
    # --- the vault and its key --------------------------------------------------------------
    "vault.exists": Message(
        "The vault of profile '{profile}' already exists.",
        "配置“{profile}”的保险库已存在。",
        "設定檔「{profile}」的保險庫已存在。",
    ),
    "vault.none": Message(
        "Profile '{profile}' has no vault yet. Create it on the Vault page (or with `vault init`).",
        "配置“{profile}”还没有保险库。请在“保险库”页面（或用 `vault init`）创建。",
        "設定檔「{profile}」還沒有保險庫。請在「保險庫」頁面（或用 `vault init`）建立。",
    ),
    "vault.locked": Message(
        "The vault is locked. Unlock it on the Vault page first.",
        "保险库已锁定。请先在“保险库”页面解锁。",
        "保險庫已鎖定。請先在「保險庫」頁面解鎖。",
    ),
    "vault.profile_locked": Message(
        "The vault of profile '{profile}' is locked. Unlock it first.",
        "配置“{profile}”的保险库已锁定。请先解锁。",
        "設定檔「{profile}」的保險庫已鎖定。請先解鎖。",
    ),
    "vault.password_required": Message(
        "This vault is protected by a password: enter it to unlock.",
        "此保险库受密码保护：请输入密码解锁。",
        "此保險庫受密碼保護：請輸入密碼解鎖。",
    ),
    "vault.password_to_create": Message(
        "The OS keyring is unavailable: the vault is protected by your vault password only. "
        "Choose a vault password to create it.",
        "系统密钥环不可用：保险库仅受您的保险库密码保护。请设定保险库密码以创建保险库。",
        "系統密鑰環不可用：保險庫僅受您的保險庫密碼保護。請設定保險庫密碼以建立保險庫。",
    ),
    "vault.password_for_new_key": Message(
        "Choose the vault password that will protect the new key.",
        "请设定用于保护新密钥的保险库密码。",
        "請設定用於保護新密鑰的保險庫密碼。",
    ),
    "vault.token_locked": Message(
        "The API token of profile '{profile}' is in its vault, which is protected by a "
        "password: unlock the vault first.",
        "配置“{profile}”的 API 令牌保存在受密码保护的保险库中：请先解锁保险库。",
        "設定檔「{profile}」的 API 權杖保存在受密碼保護的保險庫中：請先解鎖保險庫。",
    ),
    "vault.wrong_password": Message(
        "Wrong vault password (or the OS keyring holds another key). Try again.",
        "保险库密码错误（或系统密钥环中保存的是另一把密钥）。请重试。",
        "保險庫密碼錯誤（或系統密鑰環中保存的是另一把密鑰）。請重試。",
    ),
    "vault.keyring_other_key": Message(
        "The OS keyring holds a different key for this vault. Import a vault backup to recover "
        "the entries.",
        "系统密钥环中保存的是此保险库的另一把密钥。请导入保险库备份以恢复条目。",
        "系統密鑰環中保存的是此保險庫的另一把密鑰。請匯入保險庫備份以復原項目。",
    ),
    "vault.keyring_unavailable": Message(
        "The OS keyring is not available (missing, locked or not running). Unlock it, or "
        "protect the vault with a password instead.",
        "系统密钥环不可用（未安装、已锁定或未运行）。请解锁密钥环，或改用密码保护保险库。",
        "系統密鑰環不可用（未安裝、已鎖定或未運行）。請解鎖密鑰環，或改用密碼保護保險庫。",
    ),
    "vault.keyring_cannot_load": Message(
        "The OS keyring cannot be loaded ({backend}). Unlock it, or protect the vault with a "
        "password instead.",
        "无法加载系统密钥环（{backend}）。请解锁密钥环，或改用密码保护保险库。",
        "無法載入系統密鑰環（{backend}）。請解鎖密鑰環，或改用密碼保護保險庫。",
    ),
    "vault.keyring_refused": Message(
        "The keyrings.alt backend keeps secrets in files and is refused. Use the OS keyring, or "
        "protect the vault with a password instead.",
        "keyrings.alt 后端以文件保存机密，已被拒绝。请使用系统密钥环，或改用密码保护保险库。",
        "keyrings.alt 後端以檔案保存機密，已被拒絕。請使用系統密鑰環，或改用密碼保護保險庫。",
    ),
    "vault.keyring_none": Message(
        "No OS keyring backend is available. Protect the vault with a password instead.",
        "没有可用的系统密钥环后端。请改用密码保护保险库。",
        "沒有可用的系統密鑰環後端。請改用密碼保護保險庫。",
    ),
    "vault.keyring_failed": Message(
        "The OS keyring could not {action} ({reason}); is it unlocked?",
        "系统密钥环无法{action}（{reason}）；它是否已解锁？",
        "系統密鑰環無法{action}（{reason}）；它是否已解鎖？",
    ),
    "vault.keyring_not_a_key": Message(
        "The keyring entry '{username}' does not hold a vault key. Import a vault backup to "
        "recover the entries.",
        "密钥环条目“{username}”中保存的不是保险库密钥。请导入保险库备份以恢复条目。",
        "密鑰環項目「{username}」中保存的不是保險庫密鑰。請匯入保險庫備份以復原項目。",
    ),
    "vault.key_missing": Message(
        "The vault key is missing from the OS keyring. Import a vault backup to recover the "
        "entries.",
        "系统密钥环中缺少保险库密钥。请导入保险库备份以恢复条目。",
        "系統密鑰環中缺少保險庫密鑰。請匯入保險庫備份以復原項目。",
    ),
    "vault.key_unreachable": Message(
        "The OS keyring is unavailable, and this vault's key is kept there: unlock or start your "
        "keyring (Secret Service, Keychain or Credential Manager), or import a backup ({reason}).",
        "系统密钥环不可用，而此保险库的密钥保存在其中：请解锁或启动密钥环"
        "（Secret Service、Keychain 或凭据管理器），或导入备份（{reason}）。",
        "系統密鑰環不可用，而此保險庫的密鑰保存在其中：請解鎖或啟動密鑰環"
        "（Secret Service、Keychain 或認證管理員），或匯入備份（{reason}）。",
    ),
    "vault.keyring_action.read": Message("be read", "被读取", "被讀取"),
    "vault.keyring_action.write": Message(
        "store the vault key", "保存保险库密钥", "保存保險庫密鑰"
    ),
    "vault.keyring_action.delete": Message(
        "delete an old vault key", "删除旧的保险库密钥", "刪除舊的保險庫密鑰"
    ),
    # --- fields -----------------------------------------------------------------------------
    "vault.input": Message(
        "This value is not accepted. " + _UNCHANGED[0],
        "此值不被接受。" + _UNCHANGED[1],
        "此值不被接受。" + _UNCHANGED[2],
    ),
    "vault.password_short": Message(
        "{what} must have at least {limit} characters.",
        "{what}至少需要 {limit} 个字符。",
        "{what}至少需要 {limit} 個字元。",
    ),
    "vault.field_long": Message(
        "{what} is longer than {limit} characters.",
        "{what}超过了 {limit} 个字符。",
        "{what}超過了 {limit} 個字元。",
    ),
    "vault.field_not_text": Message(
        "{what} must be text.",
        "{what}必须是文本。",
        "{what}必須是文字。",
    ),
    "vault.field_empty": Message(
        "{what} must not be empty.",
        "{what}不能为空。",
        "{what}不能為空。",
    ),
    "vault.field_one_line": Message(
        "{what} must be a single line.",
        "{what}必须是单行。",
        "{what}必須是單行。",
    ),
    "vault.field.vault_password": Message("The vault password", "保险库密码", "保險庫密碼"),
    "vault.field.backup_password": Message("The backup password", "备份密码", "備份密碼"),
    "vault.field.platform": Message("The platform", "平台", "平台"),
    "vault.field.login": Message("The login", "登录名", "登入名稱"),
    "vault.field.password": Message("The password", "密码", "密碼"),
    "vault.field.api_key": Message("An API key", "API 密钥", "API 金鑰"),
    "vault.field.notes": Message("The notes", "备注", "備註"),
    "vault.field.api_token": Message("The API token", "API 令牌", "API 權杖"),
    "vault.field.label": Message("The label", "名称", "名稱"),
    "vault.field.purpose": Message("The purpose", "用途", "用途"),
    "vault.store_id": Message(
        "A store id is 1-64 letters, digits, '_', '.', ':' or '-', starting with a letter or "
        "digit (for example M00042).",
        "店铺 ID 为 1-64 个字母、数字、'_'、'.'、':' 或 '-'，以字母或数字开头（例如 M00042）。",
        "店鋪 ID 為 1-64 個字母、數字、'_'、'.'、':' 或 '-'，以字母或數字開頭（例如 M00042）。",
    ),
    "vault.api_keys": Message(
        "A store keeps at most {limit} API keys.",
        "一个店铺最多保存 {limit} 个 API 密钥。",
        "一個店鋪最多保存 {limit} 個 API 金鑰。",
    ),
    "vault.no_totp": Message(
        "This store has no TOTP seed.",
        "此店铺没有 TOTP 种子。",
        "此店鋪沒有 TOTP 種子。",
    ),
    "vault.no_field": Message(
        "A store credential has no field '{field}'. Use password, api-key, totp, totp-seed or "
        "notes.",
        "店铺凭据没有“{field}”字段。请使用 password、api-key、totp、totp-seed 或 notes。",
        "店鋪憑證沒有「{field}」欄位。請使用 password、api-key、totp、totp-seed 或 notes。",
    ),
    "vault.purpose": Message(
        "State a purpose to reveal a secret (for example 'monthly payout').",
        "查看机密前请说明用途（例如“每月派付”）。",
        "查看機密前請說明用途（例如「每月派付」）。",
    ),
    "vault.key_version": Message(
        "A key version is a whole number from 1 to 2**32 - 1.",
        "密钥版本是 1 到 2**32 - 1 之间的整数。",
        "密鑰版本是 1 到 2**32 - 1 之間的整數。",
    ),
    "vault.key_size": Message(
        "A vault key must be {size} bytes.",
        "保险库密钥必须为 {size} 字节。",
        "保險庫密鑰必須為 {size} 位元組。",
    ),
    "vault.scrypt_cost": Message(
        "Unsupported scrypt cost (n must be 2**17..2**22, r 8..32).",
        "不支持的 scrypt 成本（n 必须为 2**17..2**22，r 为 8..32）。",
        "不支援的 scrypt 成本（n 必須為 2**17..2**22，r 為 8..32）。",
    ),
    "vault.totp_alphabet": Message(
        "A TOTP seed is base32: letters A-Z and digits 2-7.",
        "TOTP 种子为 base32 编码：字母 A-Z 和数字 2-7。",
        "TOTP 種子為 base32 編碼：字母 A-Z 和數字 2-7。",
    ),
    "vault.totp_length": Message(
        "The TOTP seed is not valid base32 (wrong length). Copy it again from the platform.",
        "TOTP 种子不是有效的 base32（长度错误）。请从平台重新复制。",
        "TOTP 種子不是有效的 base32（長度錯誤）。請從平台重新複製。",
    ),
    "vault.totp_short": Message(
        "A TOTP seed must hold at least {limit} bytes.",
        "TOTP 种子至少需要 {limit} 字节。",
        "TOTP 種子至少需要 {limit} 位元組。",
    ),
    "vault.totp_digits": Message(
        "A one-time code has 6 to 10 digits.",
        "一次性验证码有 6 到 10 位数字。",
        "一次性驗證碼有 6 到 10 位數字。",
    ),
    "vault.totp_digest": Message(
        "Unknown TOTP digest; use one of {digests}.",
        "未知的 TOTP 摘要算法；请使用以下之一：{digests}。",
        "未知的 TOTP 摘要演算法；請使用以下之一：{digests}。",
    ),
    # --- entries ----------------------------------------------------------------------------
    "vault.entry_not_found": Message(
        "The vault of profile '{profile}' has no credentials for '{store}'.",
        "配置“{profile}”的保险库中没有“{store}”的凭据。",
        "設定檔「{profile}」的保險庫中沒有「{store}」的憑證。",
    ),
    "vault.no_api_token": Message(
        "The vault of profile '{profile}' has no API token.",
        "配置“{profile}”的保险库中没有 API 令牌。",
        "設定檔「{profile}」的保險庫中沒有 API 權杖。",
    ),
    "vault.entry_exists": Message(
        "'{store}' already has an entry; rotate it or replace it.",
        "“{store}”已有条目；请轮换或替换它。",
        "「{store}」已有項目；請輪換或替換它。",
    ),
    "vault.entry_tampered": Message(
        "The entry does not authenticate: it was altered, or its store id or key version does "
        "not match. Restore it from a vault backup.",
        "该条目未通过验证：已被修改，或其店铺 ID 或密钥版本不符。请从保险库备份恢复。",
        "該項目未通過驗證：已被修改，或其店鋪 ID 或密鑰版本不符。請從保險庫備份復原。",
    ),
    "vault.entry_key_tampered": Message(
        "The entry's key does not open: the envelope was altered, moved to another entry, or "
        "sealed under another master key. Restore it from a vault backup.",
        "无法打开该条目的密钥：信封已被修改、移到了其他条目，或由另一把主密钥封存。"
        "请从保险库备份恢复。",
        "無法開啟該項目的密鑰：信封已被修改、移到了其他項目，或由另一把主密鑰封存。"
        "請從保險庫備份復原。",
    ),
    "vault.not_an_envelope": Message(
        "This is not a vault envelope (bad magic or too short).",
        "这不是保险库信封（标识错误或太短）。",
        "這不是保險庫信封（標識錯誤或太短）。",
    ),
    "vault.envelope_version": Message(
        "Unsupported envelope format version {version}; was it written by a newer version of "
        "PST Desk?",
        "不支持的信封格式版本 {version}；是否由更新版本的 PST Desk 写入？",
        "不支援的信封格式版本 {version}；是否由更新版本的 PST Desk 寫入？",
    ),
    "vault.envelope_algorithm": Message(
        "Unsupported envelope algorithm; was it written by a newer version of PST Desk?",
        "不支持的信封算法；是否由更新版本的 PST Desk 写入？",
        "不支援的信封演算法；是否由更新版本的 PST Desk 寫入？",
    ),
    "vault.record_header": Message(
        "The sealed record has an unknown header. Restore it from a vault backup.",
        "封存记录的标头未知。请从保险库备份恢复。",
        "封存記錄的標頭未知。請從保險庫備份復原。",
    ),
    "vault.record_shape": Message(
        "A sealed record has an unknown shape; was it written by a newer version of PST Desk?",
        "封存记录的结构未知；是否由更新版本的 PST Desk 写入？",
        "封存記錄的結構未知；是否由更新版本的 PST Desk 寫入？",
    ),
    # --- backups ----------------------------------------------------------------------------
    "vault.backup_exists": Message(
        "{path} exists; choose another file or allow overwriting.",
        "{path} 已存在；请选择其他文件，或允许覆盖。",
        "{path} 已存在；請選擇其他檔案，或允許覆寫。",
    ),
    "vault.backup_entry_unopened": Message(
        "Entry '{store}' does not open, so no backup was written: {reason}",
        "条目“{store}”无法打开，因此未写入备份：{reason}",
        "項目「{store}」無法開啟，因此未寫入備份：{reason}",
    ),
    "vault.backup_unreadable": Message(
        "Cannot read {path}: {reason}.",
        "无法读取 {path}：{reason}。",
        "無法讀取 {path}：{reason}。",
    ),
    "vault.backup_damaged": Message(
        "The backup is damaged, altered or the password is wrong; nothing was imported.",
        "备份已损坏、被修改，或密码错误；没有导入任何内容。",
        "備份已損壞、被修改，或密碼錯誤；沒有匯入任何內容。",
    ),
    "vault.backup_not_ours": Message(
        "This file is not a PST Desk vault backup. " + _UNCHANGED[0],
        "此文件不是 PST Desk 保险库备份。" + _UNCHANGED[1],
        "此檔案不是 PST Desk 保險庫備份。" + _UNCHANGED[2],
    ),
    "vault.backup_newer": Message(
        "This backup was written by a newer version of PST Desk; update PST Desk to import it.",
        "此备份由更新版本的 PST Desk 写入；请更新 PST Desk 后再导入。",
        "此備份由更新版本的 PST Desk 寫入；請更新 PST Desk 後再匯入。",
    ),
    "vault.backup_inconsistent": Message(
        "Entry '{store}' in the backup is inconsistent. " + _UNCHANGED[0],
        "备份中的条目“{store}”不一致。" + _UNCHANGED[1],
        "備份中的項目「{store}」不一致。" + _UNCHANGED[2],
    ),
    "vault.backup_invalid_entry": Message(
        "The backup holds an invalid entry ({problem}). " + _UNCHANGED[0],
        "备份中有无效的条目（{problem}）。" + _UNCHANGED[1],
        "備份中有無效的項目（{problem}）。" + _UNCHANGED[2],
    ),
    "vault.backup_duplicate": Message(
        "The backup lists the same entry twice. " + _UNCHANGED[0],
        "备份中同一条目出现了两次。" + _UNCHANGED[1],
        "備份中同一項目出現了兩次。" + _UNCHANGED[2],
    ),
    "vault.backup_other_profile": Message(
        "The backup's entries belong to profile '{profile}'. " + _UNCHANGED[0],
        "备份中的条目属于配置“{profile}”。" + _UNCHANGED[1],
        "備份中的項目屬於設定檔「{profile}」。" + _UNCHANGED[2],
    ),
    "vault.backup_conflict": Message(
        "'{store}' already has different credentials; nothing was imported (import with replace "
        "to overwrite them).",
        "“{store}”已有不同的凭据；没有导入任何内容（如需覆盖，请以替换方式导入）。",
        "「{store}」已有不同的憑證；沒有匯入任何內容（如需覆寫，請以取代方式匯入）。",
    ),
    # --- the chain binding ------------------------------------------------------------------
    "vault.binding": Message(
        "The credentials could not be bound to the chain. " + _UNCHANGED[0],
        "凭据未能绑定到链上。" + _UNCHANGED[1],
        "憑證未能綁定到鏈上。" + _UNCHANGED[2],
    ),
    "vault.no_registry": Message(
        "The network profile '{profile}' names no store registry; add it in Settings to bind "
        "credentials to the chain.",
        "网络配置“{profile}”没有指定店铺登记合约；请在“设置”中添加，才能将凭据绑定到链上。",
        "網絡設定檔「{profile}」沒有指定店鋪登記合約；請在「設定」中新增，才能將憑證綁定到鏈上。",
    ),
    "vault.registry_unreadable": Message(
        "The store registry could not be read: {reason}",
        "无法读取店铺登记合约：{reason}",
        "無法讀取店鋪登記合約：{reason}",
    ),
    "vault.store_unregistered": Message(
        "Store {store} is not in the store registry, so its credentials cannot be bound there. "
        + _UNCHANGED[0],
        "店铺 {store} 不在店铺登记合约中，因此其凭据无法绑定到那里。" + _UNCHANGED[1],
        "店鋪 {store} 不在店鋪登記合約中，因此其憑證無法綁定到那裡。" + _UNCHANGED[2],
    ),
    "vault.not_authorised": Message(
        "Account {account} may not rotate the credentials of store {store}: only its owner "
        "({owner}) or an operator the owner authorised can. Use that account, or ask the owner "
        "to authorise this one. " + _UNCHANGED[0],
        "账户 {account} 无权轮换店铺 {store} 的凭据：只有其所有者（{owner}）"
        "或所有者授权的操作员可以。"
        "请使用该账户，或请所有者授权此账户。" + _UNCHANGED[1],
        "帳戶 {account} 無權輪換店鋪 {store} 的憑證：只有其擁有者（{owner}）"
        "或擁有者授權的操作員可以。"
        "請使用該帳戶，或請擁有者授權此帳戶。" + _UNCHANGED[2],
    ),
    "vault.registry_other_commitment": Message(
        "The registry holds another commitment for store {store} at key version {key_version}: "
        "the entry or the registry record was changed. Nothing was changed; rotate the entry.",
        "登记合约中店铺 {store} 在密钥版本 {key_version} 下保存的是另一个承诺值："
        "条目或登记记录已被修改。"
        "没有任何更改；请轮换该条目。",
        "登記合約中店鋪 {store} 在密鑰版本 {key_version} 下保存的是另一個承諾值："
        "項目或登記記錄已被修改。"
        "沒有任何變更；請輪換該項目。",
    ),
    "vault.registry_newer": Message(
        "The registry holds newer credentials for {store} (key version {chain_version}, this "
        "vault {vault_version}); import the backup of the vault that rotated them, or enter the "
        "new credentials. " + _UNCHANGED[0],
        "登记合约中 {store} 的凭据较新（密钥版本 {chain_version}，此保险库为 {vault_version}）；"
        "请导入轮换了凭据的那个保险库的备份，或输入新的凭据。" + _UNCHANGED[1],
        "登記合約中 {store} 的憑證較新（密鑰版本 {chain_version}，此保險庫為 {vault_version}）；"
        "請匯入輪換了憑證的那個保險庫的備份，或輸入新的憑證。" + _UNCHANGED[2],
    ),
    "vault.registry_refuses": Message(
        "The registry refuses it: {reason}.",
        "登记合约拒绝了此操作：{reason}。",
        "登記合約拒絕了此操作：{reason}。",
    ),
    "vault.bind_ended": Message(
        "The binding transaction ended as {status}. Bind again to retry.",
        "绑定交易的结果为 {status}。请重新绑定以重试。",
        "綁定交易的結果為 {status}。請重新綁定以重試。",
    ),
    "vault.bind_attempts": Message(
        "Too many failed attempts; check the account and the network.",
        "失败次数过多；请检查账户和网络。",
        "失敗次數過多；請檢查帳戶和網絡。",
    ),
    "vault.binding_incomplete": Message(
        "The credentials of store {store} are rotated in the vault (key version {key_version}) "
        "but the registry was not updated: {reason} The entry shows as pending until you bind it "
        "again; a transaction already sent is reused, never sent twice.",
        "店铺 {store} 的凭据已在保险库中轮换（密钥版本 {key_version}），但登记合约尚未更新："
        "{reason}"
        "在您再次绑定之前，该条目显示为待处理；已发送的交易会被重用，绝不会发送两次。",
        "店鋪 {store} 的憑證已在保險庫中輪換（密鑰版本 {key_version}），但登記合約尚未更新："
        "{reason}"
        "在您再次綁定之前，該項目顯示為待處理；已發送的交易會被重用，絕不會發送兩次。",
    ),
}

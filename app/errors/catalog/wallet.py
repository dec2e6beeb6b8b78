"""The wallet: accounts, keystores, the recovery phrase, passwords, addresses and transfers."""

from app.errors.catalog import Message

_RESTORE = (
    "Restore it from a backup, or restore the wallet from its recovery phrase.",
    "请从备份恢复该文件，或用恢复短语恢复钱包。",
    "請從備份復原該檔案，或用復原短語復原錢包。",
)

MESSAGES = {
    # --- the send review's rows (the dialog and the CLI) and the recipient's warnings -------
    "wallet.review.from": Message("From", "付款方", "付款方"),
    "wallet.review.to": Message("To", "收款方", "收款方"),
    "wallet.review.amount": Message("Amount", "金额", "金額"),
    "wallet.review.asset": Message("Asset", "资产", "資產"),
    "wallet.review.call": Message("Call", "调用", "呼叫"),
    "wallet.review.call_plain": Message(
        "(a plain ETH transfer, no contract call)",
        "（普通 ETH 转账，不调用合约）",
        "（一般 ETH 轉帳，不呼叫合約）",
    ),
    # The function and its arguments' names are the contract's own (its ABI): kept as they are.
    "wallet.review.call_transfer": Message(
        "transfer(to = {to}, amount = {amount} ({units} base units))",
        "transfer(to = {to}, amount = {amount}（{units} 个最小单位）)",
        "transfer(to = {to}, amount = {amount}（{units} 個最小單位）)",
    ),
    "wallet.review.contract": Message("Contract", "合约", "合約"),
    "wallet.review.precheck": Message("Pre-check", "预检", "預檢"),
    "wallet.review.simulation": Message("Simulation", "模拟", "模擬"),
    "wallet.review.network_fee": Message("Network fee", "网络手续费", "網路手續費"),
    "wallet.review.fee_at_most": Message("Fee at most", "手续费上限", "手續費上限"),
    "wallet.review.total_at_most": Message("Total at most", "总额上限", "總額上限"),
    "wallet.review.warning": Message("Warning", "警告", "警告"),
    "wallet.review.passes": Message("passes", "通过", "通過"),
    "wallet.review.fails": Message("FAILS: {reason}", "未通过：{reason}", "未通過：{reason}"),
    "wallet.review.succeeds": Message("succeeds", "成功", "成功"),
    "wallet.review.succeeds_true": Message(
        "succeeds: the token returns true", "成功：代币返回 true", "成功：代幣傳回 true"
    ),
    "wallet.review.would_fail": Message(
        "would fail: {reason}", "将会失败：{reason}", "將會失敗：{reason}"
    ),
    "wallet.review.about_eth": Message("about {amount} ETH", "约 {amount} ETH", "約 {amount} ETH"),
    "wallet.review.eth": Message("{amount} ETH", "{amount} ETH", "{amount} ETH"),
    "wallet.review.asset_eth": Message(
        "ETH (the network's own coin)", "ETH（网络原生币）", "ETH（網路原生幣）"
    ),
    "wallet.review.asset_token": Message(
        "{name} ({symbol}, {kind}, {decimals} decimals)",
        "{name}（{symbol}，{kind}，{decimals} 位小数）",
        "{name}（{symbol}，{kind}，{decimals} 位小數）",
    ),
    "wallet.review.kind_stablecoin": Message("stablecoin", "稳定币", "穩定幣"),
    "wallet.review.kind_pst": Message("profit share token", "利润分成代币", "利潤分成代幣"),
    "wallet.review.known": Message(
        "{address} ({source} '{label}')",
        "{address}（{source}“{label}”）",
        "{address}（{source}「{label}」）",
    ),
    "wallet.source.address_book": Message("address book", "地址簿", "通訊錄"),
    "wallet.source.your_account": Message("your account", "您的账户", "您的帳戶"),
    "wallet.source.past_recipient": Message("past recipient", "以往收款方", "以往收款方"),
    "wallet.warn.no_checksum": Message(
        "This address is all lower case (or all upper case), so it carries no checksum and a "
        "typo would go unnoticed. Compare every character with the source.",
        "此地址全为小写（或全为大写），不含校验和，输错也不会被发现。请逐个字符与来源核对。",
        "此位址全為小寫（或全為大寫），不含校驗和，輸錯也不會被發現。請逐個字元與來源核對。",
    ),
    "wallet.warn.own_account": Message(
        "This is your own account '{label}'.",
        "这是您自己的账户“{label}”。",
        "這是您自己的帳戶「{label}」。",
    ),
    "wallet.warn.first_time": Message(
        "You have never sent to this address and it is not in your address book. Check it with "
        "the recipient through another channel.",
        "您从未向此地址付款，它也不在您的地址簿中。请通过其他渠道与收款方核实。",
        "您從未向此位址付款，它也不在您的通訊錄中。請透過其他管道與收款方核實。",
    ),
    "wallet.warn.lookalike": Message(
        "Careful: this address looks like {other} ({source} '{label}') but is a different "
        "address. Scammers create look-alike addresses to catch copy-paste from history "
        "(address poisoning).",
        "注意：此地址看起来像 {other}（{source}“{label}”），但并不是同一个地址。诈骗者会制造相似"
        "地址，诱使您从历史记录中复制粘贴（地址投毒）。",
        "注意：此位址看起來像 {other}（{source}「{label}」），但並不是同一個位址。詐騙者會製造相似"
        "位址，誘使您從歷史記錄中複製貼上（位址投毒）。",
    ),
    "wallet.error": Message(
        "The wallet could not do this. Nothing was changed; try again.",
        "钱包无法完成此操作。没有任何更改；请重试。",
        "錢包無法完成此操作。沒有任何變更；請重試。",
    ),
    # --- labels, notes and the address book -------------------------------------------------
    "wallet.label_empty": Message(
        "A label cannot be empty.",
        "名称不能为空。",
        "名稱不能為空。",
    ),
    "wallet.label_long": Message(
        "A label has at most {limit} characters (this one has {length}).",
        "名称最多 {limit} 个字符（当前为 {length} 个）。",
        "名稱最多 {limit} 個字元（目前為 {length} 個）。",
    ),
    "wallet.label_control": Message(
        "A label cannot contain control characters.",
        "名称不能包含控制字符。",
        "名稱不能包含控制字元。",
    ),
    "wallet.note_long": Message(
        "A note has at most {limit} characters.",
        "备注最多 {limit} 个字符。",
        "備註最多 {limit} 個字元。",
    ),
    "wallet.book_csv": Message(
        "This file is not valid CSV ({reason}). Save it as CSV and try again.",
        "此文件不是有效的 CSV（{reason}）。请另存为 CSV 后重试。",
        "此檔案不是有效的 CSV（{reason}）。請另存為 CSV 後重試。",
    ),
    "wallet.book_too_large": Message(
        "This file is too large for an address book (over 2 MiB).",
        "此文件太大，不能作为地址簿（超过 2 MiB）。",
        "此檔案太大，不能作為地址簿（超過 2 MiB）。",
    ),
    "wallet.book_too_many_rows": Message(
        "An address book file has at most {limit} rows.",
        "地址簿文件最多 {limit} 行。",
        "地址簿檔案最多 {limit} 行。",
    ),
    "wallet.book_columns": Message(
        "expected 2 or 3 columns (label,address[,note]), found {found}",
        "应为 2 或 3 列（名称,地址[,备注]），实际为 {found} 列",
        "應為 2 或 3 欄（名稱,地址[,備註]），實際為 {found} 欄",
    ),
    "wallet.book_duplicate_row": Message(
        "{address} already appears on row {row}.",
        "{address} 已出现在第 {row} 行。",
        "{address} 已出現在第 {row} 行。",
    ),
    "wallet.book_known": Message(
        "{address} is already in the address book as '{label}'; edit that entry instead.",
        "{address} 已以“{label}”的名称存在于地址簿中；请改为编辑该条目。",
        "{address} 已以「{label}」的名稱存在於地址簿中；請改為編輯該項目。",
    ),
    "wallet.book_taken": Message(
        "{address} already belongs to the contact '{label}'; nothing was changed. Edit or "
        "delete that contact first.",
        "{address} 已属于联系人“{label}”；未做任何更改。请先编辑或删除该联系人。",
        "{address} 已屬於聯絡人「{label}」；未做任何變更。請先編輯或刪除該聯絡人。",
    ),
    "wallet.book_gone": Message(
        "{address} is no longer in the address book (deleted meanwhile); nothing was changed.",
        "{address} 已不在地址簿中（已被删除）；未做任何更改。",
        "{address} 已不在地址簿中（已被刪除）；未做任何變更。",
    ),
    "wallet.book_rejected": Message(
        "{count} row(s) of the file cannot be imported, so nothing was imported. Fix the file, "
        "or choose to import only the valid rows.",
        "文件中有 {count} 行无法导入，因此没有导入任何内容。请修正文件，或选择只导入有效的行。",
        "檔案中有 {count} 行無法匯入，因此沒有匯入任何內容。請修正檔案，或選擇只匯入有效的行。",
    ),
    "wallet.label_json": Message(
        "this line is not a JSON object (BIP-329 labels have one per line)",
        "此行不是 JSON 对象（BIP-329 标签每行一个）",
        "此行不是 JSON 物件（BIP-329 標籤每行一個）",
    ),
    "wallet.label_type": Message(
        "unknown label type '{found}' (BIP-329 types: tx, addr, pubkey, input, output, xpub)",
        "未知的标签类型“{found}”（BIP-329 类型：tx、addr、pubkey、input、output、xpub）",
        "未知的標籤類型「{found}」（BIP-329 類型：tx、addr、pubkey、input、output、xpub）",
    ),
    "wallet.label_fields": Message(
        "an addr label needs 'ref' (the address) and 'label' as text",
        "addr 标签需要文本形式的“ref”（地址）和“label”",
        "addr 標籤需要文字形式的「ref」（地址）和「label」",
    ),
    "wallet.label_tx_fields": Message(
        "a tx label needs 'ref' (the transaction hash) and 'label' as text",
        "tx 标签需要文本形式的“ref”（交易哈希）和“label”",
        "tx 標籤需要文字形式的「ref」（交易雜湊）和「label」",
    ),
    "wallet.label_tx_hash": Message(
        "'{found}' is not a transaction hash (0x and 64 hex digits)",
        "“{found}”不是交易哈希（0x 加 64 位十六进制数字）",
        "「{found}」不是交易雜湊（0x 加 64 位十六進位數字）",
    ),
    "wallet.label_origin": Message(
        "unknown origin '{found}': an EVM label's origin is eip155:<chain id>",
        "未知的来源“{found}”：EVM 标签的来源应为 eip155:<链 ID>",
        "未知的來源「{found}」：EVM 標籤的來源應為 eip155:<鏈 ID>",
    ),
    "wallet.book_row": Message(
        "row {row}: {reason}",
        "第 {row} 行：{reason}",
        "第 {row} 行：{reason}",
    ),
    "wallet.book_more_rows": Message(
        "... and {count} more",
        "……另有 {count} 行",
        "……另有 {count} 行",
    ),
    # --- addresses --------------------------------------------------------------------------
    "wallet.address_shape": Message(
        "An address starts with 0x followed by 40 hexadecimal digits.",
        "地址以 0x 开头，后接 40 位十六进制数字。",
        "地址以 0x 開頭，後接 40 位十六進位數字。",
    ),
    "wallet.address_length": Message(
        "An address has 40 hexadecimal digits after 0x; this one has {digits}.",
        "地址在 0x 之后有 40 位十六进制数字；此地址有 {digits} 位。",
        "地址在 0x 之後有 40 位十六進位數字；此地址有 {digits} 位。",
    ),
    "wallet.address_digits": Message(
        "An address contains only 0-9 and a-f after 0x.",
        "地址在 0x 之后只能包含 0-9 和 a-f。",
        "地址在 0x 之後只能包含 0-9 和 a-f。",
    ),
    "wallet.address_checksum": Message(
        "This address's capitalisation does not match its EIP-55 checksum: a character is "
        "probably mistyped. Copy the address again from a trusted source.",
        "此地址的大小写与其 EIP-55 校验不符：可能有字符输错。请从可信来源重新复制地址。",
        "此地址的大小寫與其 EIP-55 校驗不符：可能有字元輸錯。請從可信來源重新複製地址。",
    ),
    "wallet.zero_address": Message(
        "Sending to the zero address destroys the funds; check the address.",
        "发送到零地址会销毁资金；请检查地址。",
        "發送到零地址會銷毀資金；請檢查地址。",
    ),
    # --- keys and keystores -----------------------------------------------------------------
    "wallet.private_key_shape": Message(
        "A private key is 64 hexadecimal digits (0-9, a-f), optionally starting with 0x; this "
        "input has {digits} characters after any 0x.",
        "私钥是 64 位十六进制数字（0-9、a-f），可以 0x 开头；此输入在 0x 之后有 {digits} 个字符。",
        "私鑰是 64 位十六進位數字（0-9、a-f），可以 0x 開頭；此輸入在 0x 之後有 {digits} 個字元。",
    ),
    "wallet.private_key_hex": Message(
        "A private key is 64 hexadecimal digits (0-9, a-f), optionally starting with 0x; this "
        "input has 64 characters after any 0x but contains a non-hex character.",
        "私钥是 64 位十六进制数字（0-9、a-f），可以 0x 开头；此输入有 64 个字符，"
        "但包含非十六进制字符。",
        "私鑰是 64 位十六進位數字（0-9、a-f），可以 0x 開頭；此輸入有 64 個字元，"
        "但包含非十六進位字元。",
    ),
    "wallet.private_key_range": Message(
        "A private key is 32 bytes (64 hex digits) between 1 and the secp256k1 order.",
        "私钥是 32 字节（64 位十六进制数字），取值介于 1 和 secp256k1 阶之间。",
        "私鑰是 32 位元組（64 位十六進位數字），取值介於 1 和 secp256k1 階之間。",
    ),
    "wallet.wrong_password": Message(
        "The password does not open this account (or the file was altered). Check the password "
        "and try again.",
        "密码无法解锁此账户（或文件已被修改）。请检查密码后重试。",
        "密碼無法解鎖此帳戶（或檔案已被修改）。請檢查密碼後重試。",
    ),
    "wallet.keystore_damaged": Message(
        "The keystore file is damaged. " + _RESTORE[0],
        "密钥库文件已损坏。" + _RESTORE[1],
        "金鑰庫檔案已損壞。" + _RESTORE[2],
    ),
    "wallet.keystore_not_json": Message(
        "This file is not a readable keystore (not valid JSON). Use an intact copy.",
        "此文件不是可读取的密钥库（不是有效的 JSON）。请使用完好的副本。",
        "此檔案不是可讀取的金鑰庫（不是有效的 JSON）。請使用完好的副本。",
    ),
    "wallet.keystore_not_object": Message(
        "This file is not a keystore (expected a JSON object). Use an intact copy.",
        "此文件不是密钥库（应为 JSON 对象）。请使用完好的副本。",
        "此檔案不是金鑰庫（應為 JSON 物件）。請使用完好的副本。",
    ),
    "wallet.keystore_bad_key": Message(
        "This keystore decrypts, but not to a valid private key. Use an intact copy.",
        "此密钥库可以解密，但得到的不是有效的私钥。请使用完好的副本。",
        "此金鑰庫可以解密，但得到的不是有效的私鑰。請使用完好的副本。",
    ),
    "wallet.keystore_section": Message(
        "This keystore is damaged: the '{name}' section is missing. Use an intact copy.",
        "此密钥库已损坏：缺少“{name}”部分。请使用完好的副本。",
        "此金鑰庫已損壞：缺少「{name}」部分。請使用完好的副本。",
    ),
    "wallet.keystore_hex": Message(
        "This keystore is damaged: the '{name}' field is not valid hex. Use an intact copy.",
        "此密钥库已损坏：“{name}”字段不是有效的十六进制。请使用完好的副本。",
        "此金鑰庫已損壞：「{name}」欄位不是有效的十六進位。請使用完好的副本。",
    ),
    "wallet.keystore_int": Message(
        "This keystore is damaged: '{name}' is not a whole number. Use an intact copy.",
        "此密钥库已损坏：“{name}”不是整数。请使用完好的副本。",
        "此金鑰庫已損壞：「{name}」不是整數。請使用完好的副本。",
    ),
    "wallet.keystore_unsupported": Message(
        "This keystore uses a format PST Desk does not support ({feature}). Export the key again "
        "as a standard Web3 Secret Storage v3 file (scrypt or PBKDF2, aes-128-ctr).",
        "此密钥库使用了 PST Desk 不支持的格式（{feature}）。请将密钥重新导出为标准的 Web3 Secret "
        "Storage v3 文件（scrypt 或 PBKDF2，aes-128-ctr）。",
        "此金鑰庫使用了 PST Desk 不支援的格式（{feature}）。請將金鑰重新匯出為標準的 Web3 Secret "
        "Storage v3 檔案（scrypt 或 PBKDF2，aes-128-ctr）。",
    ),
    "wallet.keystore_version": Message(
        "Only Web3 Secret Storage version 3 keystores are supported (this file says version "
        "{version}).",
        "仅支持 Web3 Secret Storage 第 3 版密钥库（此文件标明的版本为 {version}）。",
        "僅支援 Web3 Secret Storage 第 3 版金鑰庫（此檔案標明的版本為 {version}）。",
    ),
    "wallet.keystore_memory": Message(
        "This keystore asks for more scrypt memory than is safe here (over 512 MiB).",
        "此密钥库要求的 scrypt 内存超出安全范围（超过 512 MiB）。",
        "此金鑰庫要求的 scrypt 記憶體超出安全範圍（超過 512 MiB）。",
    ),
    "wallet.keystore_tampered": Message(
        "This keystore's address field does not match its key: the file was altered. Do not use "
        "it; restore an intact copy.",
        "此密钥库的地址字段与其密钥不符：文件已被修改。请勿使用；请恢复完好的副本。",
        "此金鑰庫的地址欄位與其金鑰不符：檔案已被修改。請勿使用；請復原完好的副本。",
    ),
    "wallet.file_bad_name": Message(
        "The wallet database names an invalid file; restore a backup.",
        "钱包数据库中记录的文件名无效；请恢复备份。",
        "錢包資料庫中記錄的檔案名稱無效；請復原備份。",
    ),
    "wallet.file_missing": Message(
        "The encrypted file for {what} is missing from {folder}. " + _RESTORE[0],
        "{what} 的加密文件不在 {folder} 中。" + _RESTORE[1],
        "{what} 的加密檔案不在 {folder} 中。" + _RESTORE[2],
    ),
    "wallet.file_unreadable": Message(
        "The encrypted file for {what} cannot be read ({reason}). Check the data directory's "
        "permissions.",
        "无法读取 {what} 的加密文件（{reason}）。请检查数据目录的权限。",
        "無法讀取 {what} 的加密檔案（{reason}）。請檢查資料目錄的權限。",
    ),
    "wallet.file_damaged": Message(
        "The encrypted file for {what} is damaged (no longer a readable keystore). " + _RESTORE[0],
        "{what} 的加密文件已损坏（不再是可读取的密钥库）。" + _RESTORE[1],
        "{what} 的加密檔案已損壞（不再是可讀取的金鑰庫）。" + _RESTORE[2],
    ),
    "wallet.file_changed": Message(
        "The encrypted file for {what} was changed outside PST Desk and will not be used. "
        + _RESTORE[0],
        "{what} 的加密文件在 PST Desk 之外被修改，将不会被使用。" + _RESTORE[1],
        "{what} 的加密檔案在 PST Desk 之外被修改，將不會被使用。" + _RESTORE[2],
    ),
    "wallet.other_key": Message(
        "The keystore file for {address} holds a different key. Restore it from a backup.",
        "{address} 的密钥库文件保存的是另一把密钥。请从备份恢复。",
        "{address} 的金鑰庫檔案保存的是另一把金鑰。請從備份復原。",
    ),
    "wallet.what_account": Message("account {address}", "账户 {address}", "帳戶 {address}"),
    "wallet.what_seed": Message("the recovery phrase", "恢复短语", "復原短語"),
    "wallet.seed_damaged": Message(
        "The stored recovery phrase is damaged. Restore the wallet from your written copy.",
        "保存的恢复短语已损坏。请用您抄写的副本恢复钱包。",
        "保存的復原短語已損壞。請用您抄寫的副本復原錢包。",
    ),
    # --- the recovery phrase ----------------------------------------------------------------
    "wallet.mnemonic_length": Message(
        "A recovery phrase has 12, 15, 18, 21 or 24 words; this one has {words}. Check for "
        "missing or extra words.",
        "恢复短语有 12、15、18、21 或 24 个单词；此短语有 {words} 个。请检查是否缺少或多出单词。",
        "復原短語有 12、15、18、21 或 24 個單詞；此短語有 {words} 個。請檢查是否缺少或多出單詞。",
    ),
    "wallet.mnemonic_unknown_word": Message(
        "Word {listed} is not in the BIP-39 English word list. Check the spelling at that "
        "position.",
        "第 {listed} 个单词不在 BIP-39 英文词表中。请检查该位置的拼写。",
        "第 {listed} 個單詞不在 BIP-39 英文詞表中。請檢查該位置的拼寫。",
    ),
    "wallet.mnemonic_unknown_words": Message(
        "Words {listed} are not in the BIP-39 English word list. Check the spelling at those "
        "positions.",
        "第 {listed} 个单词不在 BIP-39 英文词表中。请检查这些位置的拼写。",
        "第 {listed} 個單詞不在 BIP-39 英文詞表中。請檢查這些位置的拼寫。",
    ),
    "wallet.mnemonic_checksum": Message(
        "Every word is valid but the checksum does not match: a word is wrong or two words are "
        "swapped. Compare the phrase with your written copy.",
        "每个单词都有效，但校验和不符：有一个单词错误或两个单词顺序颠倒。请与您抄写的副本核对。",
        "每個單詞都有效，但校驗和不符：有一個單詞錯誤或兩個單詞順序顛倒。請與您抄寫的副本核對。",
    ),
    "wallet.account_index": Message(
        "An account index is between 0 and {limit}.",
        "账户索引介于 0 和 {limit} 之间。",
        "帳戶索引介於 0 和 {limit} 之間。",
    ),
    "wallet.verification_incomplete": Message(
        "Confirm the requested words of your recovery phrase before the wallet is saved.",
        "保存钱包前，请确认恢复短语中要求的单词。",
        "儲存錢包前，請確認復原短語中要求的單詞。",
    ),
    # --- passwords --------------------------------------------------------------------------
    "wallet.weak_password": Message(
        "This password is {strength}; a wallet needs at least '{needed}'. Use a longer password "
        "made of several unrelated words.",
        "此密码强度为“{strength}”；钱包至少需要“{needed}”。"
        "请使用由几个不相关的单词组成的更长密码。",
        "此密碼強度為「{strength}」；錢包至少需要「{needed}」。"
        "請使用由幾個不相關的單詞組成的更長密碼。",
    ),
    "wallet.strength.0": Message("very weak", "非常弱", "非常弱"),
    "wallet.strength.1": Message("weak", "弱", "弱"),
    "wallet.strength.2": Message("fair", "一般", "一般"),
    "wallet.strength.3": Message("strong", "强", "強"),
    "wallet.strength.4": Message("very strong", "非常强", "非常強"),
    "wallet.advice.empty": Message("Enter a password.", "请输入密码。", "請輸入密碼。"),
    "wallet.advice.too_long": Message(
        "Use at most {limit} characters.", "最多使用 {limit} 个字符。", "最多使用 {limit} 個字元。"
    ),
    "wallet.advice.most_common": Message(
        "This is one of the most common passwords.",
        "这是最常见的密码之一。",
        "這是最常見的密碼之一。",
    ),
    "wallet.advice.contains_common": Message(
        "It contains a common password; attackers try those first.",
        "其中包含常见密码；攻击者会最先尝试这些。",
        "其中包含常見密碼；攻擊者會最先嘗試這些。",
    ),
    "wallet.advice.sequence": Message(
        "Sequences like abc, 123 or qwerty are easy to guess.",
        "abc、123 或 qwerty 这样的序列很容易被猜到。",
        "abc、123 或 qwerty 這樣的序列很容易被猜到。",
    ),
    "wallet.advice.repeat": Message(
        "Repeats like aaa or abcabc are easy to guess.",
        "aaa 或 abcabc 这样的重复很容易被猜到。",
        "aaa 或 abcabc 這樣的重複很容易被猜到。",
    ),
    "wallet.advice.year": Message(
        "Years are easy to guess.", "年份很容易被猜到。", "年份很容易被猜到。"
    ),
    "wallet.advice.too_short": Message(
        "Too short: use at least {minimum} characters, better 12 or more.",
        "太短：至少使用 {minimum} 个字符，最好 12 个或更多。",
        "太短：至少使用 {minimum} 個字元，最好 12 個或更多。",
    ),
    "wallet.advice.longer": Message(
        "Add more characters: a few uncommon words make a strong passphrase.",
        "增加字符：几个不常见的单词就能组成强密码短语。",
        "增加字元：幾個不常見的單詞就能組成強密碼短語。",
    ),
    "wallet.advice.mix": Message(
        "Mix upper and lower case, digits and symbols.",
        "混合使用大小写字母、数字和符号。",
        "混合使用大小寫字母、數字和符號。",
    ),
    "wallet.advice.words": Message(
        "Avoid plain dictionary words, or use more of them.",
        "避免使用普通的字典单词，或者多用几个。",
        "避免使用普通的字典單詞，或者多用幾個。",
    ),
    "wallet.password_mismatch": Message(
        "The two passwords differ. Type the same password twice.",
        "两次输入的密码不同。请输入两次相同的密码。",
        "兩次輸入的密碼不同。請輸入兩次相同的密碼。",
    ),
    "wallet.confirm_new_password": Message(
        "Confirm the new wallet password by typing it twice.",
        "请输入两次新的钱包密码以确认。",
        "請輸入兩次新的錢包密碼以確認。",
    ),
    # --- accounts ---------------------------------------------------------------------------
    "wallet.account_exists": Message(
        "{address} is already in this wallet.",
        "{address} 已在此钱包中。",
        "{address} 已在此錢包中。",
    ),
    "wallet.account_exists_as": Message(
        "{address} is already in this wallet as '{label}'.",
        "{address} 已以“{label}”的名称在此钱包中。",
        "{address} 已以「{label}」的名稱在此錢包中。",
    ),
    "wallet.index_exists": Message(
        "Account index {index} is already in this wallet.",
        "账户索引 {index} 已在此钱包中。",
        "帳戶索引 {index} 已在此錢包中。",
    ),
    "wallet.account_not_found": Message(
        "No account {address} in this wallet. Run 'wallet list' to see the accounts.",
        "此钱包中没有账户 {address}。运行 'wallet list' 查看账户。",
        "此錢包中沒有帳戶 {address}。執行 'wallet list' 查看帳戶。",
    ),
    "wallet.seed_exists": Message(
        "This wallet keeps another recovery phrase. Restoring its own phrase again adds the "
        "accounts you ask for; for a different phrase, use another data directory.",
        "此钱包保存的是另一个恢复短语。再次恢复同一短语会添加您所要的账户；"
        "如需使用不同的短语，请使用其他数据目录。",
        "此錢包保存的是另一個復原短語。再次復原同一短語會新增您所要的帳戶；"
        "如需使用不同的短語，請使用其他資料目錄。",
    ),
    "wallet.no_seed": Message(
        "This wallet has no recovery phrase: create or restore one first.",
        "此钱包没有恢复短语：请先创建或恢复一个。",
        "此錢包沒有復原短語：請先建立或復原一個。",
    ),
    "wallet.watch_only": Message(
        "{address} is watch-only: this wallet holds no key for it, so it cannot sign.",
        "{address} 是仅观察账户：此钱包没有它的密钥，因此无法签名。",
        "{address} 是僅觀察帳戶：此錢包沒有它的金鑰，因此無法簽署。",
    ),
    "wallet.locked": Message(
        "The wallet is locked. Unlock it to sign.",
        "钱包已锁定。请解锁后再签名。",
        "錢包已鎖定。請解鎖後再簽署。",
    ),
    "wallet.signing_cancelled": Message(
        "Signing cancelled: the password was not entered. Nothing was signed or sent.",
        "已取消签名：未输入密码。未签名也未发送任何交易。",
        "已取消簽署：未輸入密碼。未簽署也未發送任何交易。",
    ),
    "wallet.file_exists": Message(
        "{path} already exists; choose a new file name.",
        "{path} 已存在；请选择新的文件名。",
        "{path} 已存在；請選擇新的檔案名稱。",
    ),
    # --- assets and transfers ---------------------------------------------------------------
    "wallet.asset_not_here": Message(
        "{asset} is not the stablecoin or a PST of this network.",
        "{asset} 不是此网络的稳定币或 PST。",
        "{asset} 不是此網絡的穩定幣或 PST。",
    ),
    "wallet.asset_ambiguous": Message(
        "Several tokens are called {asset}; name it by its address.",
        "有多个代币名为 {asset}；请用其地址指定。",
        "有多個代幣名為 {asset}；請用其地址指定。",
    ),
    "wallet.asset_unknown": Message(
        "No asset called '{asset}' on this network (known: {known}).",
        "此网络上没有名为“{asset}”的资产（已知：{known}）。",
        "此網絡上沒有名為「{asset}」的資產（已知：{known}）。",
    ),
    "wallet.transfer_refused": Message(
        "This transfer would fail: {reason}. Nothing was signed.",
        "此转账将会失败：{reason}。未签名任何交易。",
        "此轉帳將會失敗：{reason}。未簽署任何交易。",
    ),
    # History: what each line is (app/wallet/descriptions.py)
    "wallet.history.issued": Message(
        "Received {symbol} (issued)", "收到 {symbol}（发行）", "收到 {symbol}（發行）"
    ),
    "wallet.history.received": Message(
        "Received {symbol} from {other}", "从 {other} 收到 {symbol}", "從 {other} 收到 {symbol}"
    ),
    "wallet.history.to_self": Message(
        "Moved {symbol} to yourself", "将 {symbol} 转给自己", "將 {symbol} 轉給自己"
    ),
    "wallet.history.sent": Message(
        "Sent {symbol} to {other}", "向 {other} 发送 {symbol}", "向 {other} 發送 {symbol}"
    ),
    "wallet.history.allowance": Message(
        "Allowed {spender} to spend {symbol}",
        "允许 {spender} 动用 {symbol}",
        "允許 {spender} 動用 {symbol}",
    ),
    "wallet.history.cancellation": Message(
        "Cancellation of a pending transaction", "取消待确认的交易", "取消待確認的交易"
    ),
    "wallet.history.claim": Message(
        "Claim profit share ({contract})",
        "领取利润分成（{contract}）",
        "領取利潤分成（{contract}）",
    ),
    "wallet.history.claim_all": Message(
        "Claim all profit share", "领取全部利润分成", "領取全部利潤分成"
    ),
    "wallet.history.delegate": Message(
        "Activate votes ({contract})", "激活投票权（{contract}）", "啟用投票權（{contract}）"
    ),
    "wallet.history.subscribe": Message(
        "Subscribe to an offering ({contract})",
        "认购发行（{contract}）",
        "認購發行（{contract}）",
    ),
    "wallet.history.vote": Message(
        "Vote in a store DAO ({contract})",
        "在店铺 DAO 中投票（{contract}）",
        "在店鋪 DAO 中投票（{contract}）",
    ),
    "wallet.history.dao_propose": Message(
        "Proposal to a store DAO ({contract})",
        "向店铺 DAO 提出提案（{contract}）",
        "向店鋪 DAO 提出提案（{contract}）",
    ),
    "wallet.history.treasury_propose": Message(
        "Treasury: propose a distribution", "资金库：提议分配", "資金庫：提議分配"
    ),
    "wallet.history.treasury_approve": Message(
        "Treasury: approve proposal #{number}",
        "资金库：批准提案 #{number}",
        "資金庫：核准提案 #{number}",
    ),
    "wallet.history.treasury_reject": Message(
        "Treasury: reject proposal #{number}",
        "资金库：拒绝提案 #{number}",
        "資金庫：拒絕提案 #{number}",
    ),
    "wallet.history.treasury_execute": Message(
        "Treasury: execute proposal #{number}",
        "资金库：执行提案 #{number}",
        "資金庫：執行提案 #{number}",
    ),
    "wallet.history.treasury_cancel": Message(
        "Treasury: cancel proposal #{number}",
        "资金库：取消提案 #{number}",
        "資金庫：取消提案 #{number}",
    ),
    "wallet.history.bind_credentials": Message(
        "Bind store credentials on chain ({contract})",
        "在链上绑定店铺凭据（{contract}）",
        "在鏈上綁定店鋪憑證（{contract}）",
    ),
    "wallet.history.record_access": Message(
        "Record a credential access ({contract})",
        "记录一次凭据访问（{contract}）",
        "記錄一次憑證存取（{contract}）",
    ),
    "wallet.history.market_fill": Message(
        "Trade on the PST market ({contract})",
        "在 PST 市场成交（{contract}）",
        "在 PST 市場成交（{contract}）",
    ),
    "wallet.history.market_cancel": Message(
        "Cancel a PST market order ({contract})",
        "取消 PST 市场订单（{contract}）",
        "取消 PST 市場訂單（{contract}）",
    ),
    "wallet.history.market_cancel_all": Message(
        "Cancel all your PST market orders ({contract})",
        "取消您在 PST 市场的全部订单（{contract}）",
        "取消您在 PST 市場的全部訂單（{contract}）",
    ),
    "wallet.send.description": Message(
        "Send {amount} to {to}", "向 {to} 发送 {amount}", "向 {to} 發送 {amount}"
    ),
}
